using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Re
{
    /// <summary>
    /// A compiled regular expression (re.compile): match, search, fullmatch, sub, subn, split, findall, finditer, and
    /// the attributes pattern, flags, groups and groupindex.
    /// </summary>
    public sealed partial class PyPattern : PyObject
    {
        // The types and argument specifications of the module are created on its first import, not as static
        // initialisers, which nanoFramework runs when it loads the assembly (RAM taken at boot by every program).
        private static readonly object s_lock = new object();

        /// <summary>The pattern type (re.Pattern), created by <see cref="Install"/>.</summary>
        internal static PyType PatternType;

        /// <summary>The compiled program.</summary>
        internal readonly RegexProgram Program;

        private readonly PyObject _source;
        private readonly bool _bytes;

        private PyPattern(RegexProgram program, PyObject source, bool bytes)
        {
            Program = program;
            _source = source;
            _bytes = bytes;
        }

        /// <summary>Compiles a str or bytes pattern (ValueError for bad syntax).</summary>
        public static PyPattern Compile(Interpreter ip, PyObject pattern, int flags)
        {
            PyPattern p = pattern as PyPattern;
            if (p != null)
            {
                if (flags != 0)
                {
                    throw new PyException(PyExc.ValueError, "cannot process flags argument with a compiled pattern");
                }

                return p;
            }

            PyStr s = pattern.NativeBase as PyStr;
            if (s != null)
            {
                return new PyPattern(RegexCompiler.Compile(s.Value, flags, false), pattern, false);
            }

            RegexSubject b = RegexSubject.Of(pattern);
            return new PyPattern(RegexCompiler.Compile(new string(b.Chars), flags, true), pattern, true);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PatternType; }
        }

        /// <summary>Installs the methods of patterns and matches (once per process).</summary>
        internal static void Install()
        {
            lock (s_lock)
            {
                if (PatternType == null)
                {
                    s_matchSpec = new ArgSpec("match", "string, pos, endpos", 1);
                    s_subSpec = new ArgSpec("sub", "repl, string, count", 2);
                    s_splitSpec = new ArgSpec("split", "string, maxsplit", 1);
                    PyRegexScanner.Install();
                    PyMatch.Install();
                    ReModule.Install();
                    PyType t = new PyType("Pattern", PyTypes.Object, 0);
                    PyType.AddFiller(Fill);
                    PatternType = t;
                }
            }
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, PatternType))
            {
                return;
            }

            d.SetName("match", new PyBuiltinN(t, "match", MatchMethod));
            d.SetName("search", new PyBuiltinN(t, "search", SearchMethod));
            d.SetName("fullmatch", new PyBuiltinN(t, "fullmatch", FullMatchMethod));
            d.SetName("sub", new PyBuiltinN(t, "sub", SubMethod));
            d.SetName("subn", new PyBuiltinN(t, "subn", SubnMethod));
            d.SetName("split", new PyBuiltinN(t, "split", SplitMethod));
            d.SetName("findall", new PyBuiltinN(t, "findall", FindAllMethod));
            d.SetName("finditer", new PyBuiltinN(t, "finditer", FindIterMethod));
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (name.Value)
            {
                case "pattern":
                    return _source;
                case "flags":
                    return PyInt.Get(Program.Flags | (_bytes ? 0 : RegexCompiler.FlagUnicode));
                case "groups":
                    return PyInt.Get(Program.GroupCount - 1);
                case "groupindex":
                {
                    PyDict d = new PyDict();
                    for (int g = 1; g < Program.GroupNames.Length; g++)
                    {
                        if (Program.GroupNames[g] != null)
                        {
                            d.Set(ip, new PyStr(Program.GroupNames[g]), PyInt.Get(g));
                        }
                    }

                    return d;
                }
            }

            return base.GetAttr(ip, name);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append("re.compile(");
            sb.Append(Ops.Repr(ip, _source));
            string[] names = new string[] { "IGNORECASE", "MULTILINE", "DOTALL", "ASCII" };
            int[] bits = new int[] { RegexCompiler.FlagIgnoreCase, RegexCompiler.FlagMultiline, RegexCompiler.FlagDotAll, RegexCompiler.FlagAscii };
            string sep = ", re.";
            for (int i = 0; i < bits.Length; i++)
            {
                if ((Program.Flags & bits[i]) != 0)
                {
                    sb.Append(sep);
                    sb.Append(names[i]);
                    sep = "|re.";
                }
            }

            sb.Append(')');
            return sb.ToString();
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyPattern o = other as PyPattern;
            if (o == null || (op != CompareOp.Eq && op != CompareOp.Ne))
            {
                return null;
            }

            bool eq = Program.Flags == o.Program.Flags && Ops.Equal(ip, _source, o._source);
            return PyBool.Of(eq == (op == CompareOp.Eq));
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return Ops.Hash(ip, _source) ^ Program.Flags;
        }
    }
}
