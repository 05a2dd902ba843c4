using NanoPython.Runtime;

namespace NanoPython.Re
{
    /// <summary>The iterator of Pattern.finditer: finds one match per step, with CPython's rule for empty matches.</summary>
    internal sealed class PyRegexScanner : PyObject
    {
        private static PyType s_type;

        private readonly PyPattern _pattern;
        private readonly RegexSubject _subject;
        private readonly RegexMatcher _matcher;
        private readonly int _end;
        private readonly int _pos;
        private readonly int _endPos;
        private int _at;
        private bool _mustAdvance;
        private bool _done;

        /// <summary>A scanner over chars [at, end) of subject; pos and endPos are the Python positions given.</summary>
        internal PyRegexScanner(PyPattern pattern, RegexSubject subject, RegexMatcher matcher, int at, int end, int pos, int endPos)
        {
            _pattern = pattern;
            _subject = subject;
            _matcher = matcher;
            _at = at;
            _end = end;
            _pos = pos;
            _endPos = endPos;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return s_type; }
        }

        /// <summary>Creates the type (once per process, under PyPattern's lock).</summary>
        internal static void Install()
        {
            s_type = new PyType("callable_iterator", PyTypes.Object, 0);
        }

        /// <inheritdoc/>
        public override bool IsIterator
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return this;
        }

        /// <inheritdoc/>
        public override PyObject Next(Interpreter ip)
        {
            if (_done || _at > _end || !_matcher.Search(_at, false, false, _mustAdvance))
            {
                _done = true;
                return null;
            }

            int[] slots = _matcher.Slots;
            _mustAdvance = slots[0] == slots[1];
            _at = slots[1];
            return new PyMatch(_pattern, _subject, slots, _pos, _endPos);
        }
    }
}
