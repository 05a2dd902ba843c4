using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>zip(*iterables, strict=False): tuples of the next item of each iterator, until the shortest ends.</summary>
    public sealed class PyZip : PyObject
    {
        private static ArgSpec s_spec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec Spec
        {
            get { return s_spec ?? (s_spec = new ArgSpec("zip", "*, strict", 0)); }
        }

        private PyObject[] _its;
        private readonly bool _strict;

        /// <summary>A zip over iterators (strict: unequal lengths raise ValueError).</summary>
        public PyZip(PyObject[] iterators, bool strict)
        {
            _its = iterators;
            _strict = strict;
        }

        /// <summary>The native constructor: zip(*iterables, strict=False).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            bool strict = false;
            int npos = count;
            if (kwnames != null)
            {
                npos -= kwnames.Items.Length;
                PyObject[] kw = new PyObject[1];
                Spec.ParseKeywords(ip, args, offset, count, kwnames, kw);
                strict = kw[0] != null && Ops.IsTrue(ip, kw[0]);
            }

            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++)
            {
                its[i] = Ops.GetIter(ip, args[offset + i]);
            }

            return new PyZip(its, strict);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return BuiltinTypes.Zip; }
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
            PyObject[] its = _its;
            if (its == null || its.Length == 0)
            {
                return null;
            }

            PyObject[] items = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                PyObject x = its[i].Next(ip);
                if (x == null)
                {
                    // Exhausted for good: later calls must not advance the other iterators again.
                    _its = null;
                    if (_strict)
                    {
                        CheckStrict(ip, its, i);
                    }

                    return null;
                }

                items[i] = x;
            }

            return new PyTuple(items);
        }

        private static void CheckStrict(Interpreter ip, PyObject[] its, int ended)
        {
            if (ended > 0)
            {
                throw new PyException(PyExc.ValueError, "zip() argument " + (ended + 1) + " is shorter than " + FirstArguments(ended));
            }

            for (int j = 1; j < its.Length; j++)
            {
                if (its[j].Next(ip) != null)
                {
                    throw new PyException(PyExc.ValueError, "zip() argument " + (j + 1) + " is longer than " + FirstArguments(j));
                }
            }
        }

        private static string FirstArguments(int n)
        {
            return n == 1 ? "argument 1" : "arguments 1-" + n;
        }
    }
}
