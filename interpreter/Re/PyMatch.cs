using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Re
{
    /// <summary>
    /// A match object: group, groups, groupdict, start, end, span, m[g], and the attributes string, re, pos, endpos,
    /// lastindex and lastgroup. Positions are code points (bytes for bytes subjects).
    /// </summary>
    public sealed class PyMatch : PyObject
    {
        /// <summary>The match type (re.Match), created by <see cref="PyPattern.Install"/>.</summary>
        internal static PyType MatchType;

        private static ArgSpec s_defaultSpec;

        private readonly PyPattern _pattern;
        private readonly RegexSubject _subject;
        private readonly int[] _slots;
        private readonly int _pos;
        private readonly int _endPos;

        /// <summary>A match of pattern in subject with the matcher's slots (copied).</summary>
        internal PyMatch(PyPattern pattern, RegexSubject subject, int[] slots, int pos, int endPos)
        {
            _pattern = pattern;
            _subject = subject;
            _slots = (int[])slots.Clone();
            _pos = pos;
            _endPos = endPos;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MatchType; }
        }

        /// <summary>Creates the type and installs its methods (once per process, under PyPattern's lock).</summary>
        internal static void Install()
        {
            s_defaultSpec = new ArgSpec("groups", "default", 0);
            MatchType = new PyType("Match", PyTypes.Object, 0);
            PyType.AddFiller(Fill);
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, MatchType))
            {
                return;
            }

            d.SetName("group", new PyBuiltinN(t, "group", Group));
            d.SetName("groups", new PyBuiltinN(t, "groups", Groups));
            d.SetName("groupdict", new PyBuiltinN(t, "groupdict", GroupDict));
            d.SetName("start", new PyBuiltin2(t, "start", Start, 1));
            d.SetName("end", new PyBuiltin2(t, "end", End, 1));
            d.SetName("span", new PyBuiltin2(t, "span", Span, 1));
        }

        /// <summary>Char index where group g starts (-1 when it did not take part).</summary>
        internal int StartIndex(int g)
        {
            return _slots[2 * g + 1] < 0 ? -1 : _slots[2 * g];
        }

        /// <summary>Char index where group g ends (-1 when it did not take part).</summary>
        internal int EndIndex(int g)
        {
            return _slots[2 * g] < 0 ? -1 : _slots[2 * g + 1];
        }

        /// <summary>The text of group g, or null when it did not take part.</summary>
        internal PyObject GroupValue(int g)
        {
            int s = StartIndex(g);
            int e = EndIndex(g);
            return s < 0 || e < 0 ? null : _subject.Slice(s, e);
        }

        /// <summary>The number of groups, group 0 included.</summary>
        internal int GroupCount
        {
            get { return _slots.Length / 2; }
        }

        /// <summary>The group number of an int or a group name; IndexError("no such group") otherwise.</summary>
        internal int GroupIndex(Interpreter ip, PyObject g)
        {
            PyStr name = g.NativeBase as PyStr;
            if (name != null)
            {
                int k = _pattern.Program.IndexOfName(name.Value);
                if (k >= 0)
                {
                    return k;
                }
            }
            else if (ip.Numbers.IsInt(g.NativeBase))
            {
                long k;
                if (ip.Numbers.TryToLong(g.NativeBase, out k) && k >= 0 && k < GroupCount)
                {
                    return (int)k;
                }
            }

            throw new PyException(PyExc.IndexError, "no such group");
        }

        private static PyObject Group(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw new PyException(PyExc.TypeError, "group() takes no keyword arguments");
            }

            PyMatch m = (PyMatch)args[offset];
            if (count == 1)
            {
                return m.GroupValue(0) ?? PyNone.Value;
            }

            if (count == 2)
            {
                return m.GroupValue(m.GroupIndex(ip, args[offset + 1])) ?? PyNone.Value;
            }

            PyObject[] r = new PyObject[count - 1];
            for (int i = 1; i < count; i++)
            {
                r[i - 1] = m.GroupValue(m.GroupIndex(ip, args[offset + i])) ?? PyNone.Value;
            }

            return new PyTuple(r);
        }

        private static PyObject Groups(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[1];
            s_defaultSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            PyMatch m = (PyMatch)args[offset];
            PyObject[] r = new PyObject[m.GroupCount - 1];
            for (int g = 1; g < m.GroupCount; g++)
            {
                r[g - 1] = m.GroupValue(g) ?? a[0] ?? PyNone.Value;
            }

            return PyTuple.Of(r);
        }

        private static PyObject GroupDict(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[1];
            s_defaultSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            PyMatch m = (PyMatch)args[offset];
            PyDict d = new PyDict();
            string[] names = m._pattern.Program.GroupNames;
            for (int g = 1; g < names.Length; g++)
            {
                if (names[g] != null)
                {
                    d.Set(ip, new PyStr(names[g]), m.GroupValue(g) ?? a[0] ?? PyNone.Value);
                }
            }

            return d;
        }

        private static PyObject Start(Interpreter ip, PyObject self, PyObject g)
        {
            PyMatch m = (PyMatch)self;
            return PyInt.Get(m._subject.ToPython(m.StartIndex(g == null ? 0 : m.GroupIndex(ip, g))));
        }

        private static PyObject End(Interpreter ip, PyObject self, PyObject g)
        {
            PyMatch m = (PyMatch)self;
            return PyInt.Get(m._subject.ToPython(m.EndIndex(g == null ? 0 : m.GroupIndex(ip, g))));
        }

        private static PyObject Span(Interpreter ip, PyObject self, PyObject g)
        {
            PyMatch m = (PyMatch)self;
            int k = g == null ? 0 : m.GroupIndex(ip, g);
            return PyTuple.Of(PyInt.Get(m._subject.ToPython(m.StartIndex(k))), PyInt.Get(m._subject.ToPython(m.EndIndex(k))));
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            return GroupValue(GroupIndex(ip, key)) ?? PyNone.Value;
        }

        // The group whose match closed last: the largest end, the outermost on a tie (it closes after its insides).
        private int LastIndex()
        {
            int best = -1;
            for (int g = 1; g < GroupCount; g++)
            {
                if (EndIndex(g) >= 0 && (best < 0 || EndIndex(g) > EndIndex(best)))
                {
                    best = g;
                }
            }

            return best;
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (name.Value)
            {
                case "string":
                    return _subject.Source;
                case "re":
                    return _pattern;
                case "pos":
                    return PyInt.Get(_pos);
                case "endpos":
                    return PyInt.Get(_endPos);
                case "lastindex":
                {
                    int g = LastIndex();
                    return g < 0 ? (PyObject)PyNone.Value : PyInt.Get(g);
                }

                case "lastgroup":
                {
                    int g = LastIndex();
                    string n = g < 0 ? null : _pattern.Program.GroupNames[g];
                    return n == null ? (PyObject)PyNone.Value : new PyStr(n);
                }
            }

            return base.GetAttr(ip, name);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append("<re.Match object; span=(");
            sb.Append(_subject.ToPython(StartIndex(0)));
            sb.Append(", ");
            sb.Append(_subject.ToPython(EndIndex(0)));
            sb.Append("), match=");
            sb.Append(Ops.Repr(ip, GroupValue(0)));
            sb.Append('>');
            return sb.ToString();
        }
    }
}
