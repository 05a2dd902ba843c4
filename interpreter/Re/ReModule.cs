using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Re
{
    /// <summary>
    /// The re module: compile, match, search, fullmatch, sub, subn, split, findall, finditer, escape and the flags
    /// I/IGNORECASE, M/MULTILINE, S/DOTALL, A/ASCII, U/UNICODE. MicroPython's re is a subset of this (no flags but
    /// DEBUG, no named groups or lookaheads); the semantics are CPython's. Syntax errors raise ValueError, which is
    /// also re.error here. See <see cref="RegexMatcher"/> for the step limit that stops runaway backtracking.
    /// </summary>
    public static class ReModule
    {
        private static ArgSpec s_compileSpec;
        private static ArgSpec s_matchSpec;
        private static ArgSpec s_subSpec;
        private static ArgSpec s_splitSpec;

        /// <summary>Creates the argument specifications (once per process, under PyPattern's lock).</summary>
        internal static void Install()
        {
            s_compileSpec = new ArgSpec("compile", "pattern, flags", 1);
            s_matchSpec = new ArgSpec("match", "pattern, string, flags", 2);
            s_subSpec = new ArgSpec("sub", "pattern, repl, string, count, flags", 3);
            s_splitSpec = new ArgSpec("split", "pattern, string, maxsplit, flags", 2);
        }

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            PyPattern.Install();
            d.SetName("compile", new PyBuiltinN("compile", Compile));
            d.SetName("match", new PyBuiltinN("match", Match));
            d.SetName("search", new PyBuiltinN("search", Search));
            d.SetName("fullmatch", new PyBuiltinN("fullmatch", FullMatch));
            d.SetName("sub", new PyBuiltinN("sub", Sub));
            d.SetName("subn", new PyBuiltinN("subn", Subn));
            d.SetName("split", new PyBuiltinN("split", Split));
            d.SetName("findall", new PyBuiltinN("findall", FindAll));
            d.SetName("finditer", new PyBuiltinN("finditer", FindIter));
            d.SetName("escape", new PyBuiltin1("escape", Escape));
            d.SetName("error", PyExc.ValueError);
            d.SetName("Pattern", PyPattern.PatternType);
            d.SetName("Match", PyMatch.MatchType);
            SetFlag(d, "I", "IGNORECASE", RegexCompiler.FlagIgnoreCase);
            SetFlag(d, "M", "MULTILINE", RegexCompiler.FlagMultiline);
            SetFlag(d, "S", "DOTALL", RegexCompiler.FlagDotAll);
            SetFlag(d, "A", "ASCII", RegexCompiler.FlagAscii);
            SetFlag(d, "U", "UNICODE", RegexCompiler.FlagUnicode);
        }

        private static void SetFlag(PyDict d, string shortName, string longName, int value)
        {
            d.SetName(shortName, PyInt.Get(value));
            d.SetName(longName, PyInt.Get(value));
        }

        private static int Flags(Interpreter ip, PyObject f)
        {
            return f == null ? 0 : (int)Ops.Index(ip, f);
        }

        private static PyObject Compile(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            s_compileSpec.Parse(ip, args, offset, count, kwnames, a);
            return PyPattern.Compile(ip, a[0], Flags(ip, a[1]));
        }

        private static PyObject MatchLike(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, int mode)
        {
            PyObject[] a = new PyObject[3];
            s_matchSpec.Parse(ip, args, offset, count, kwnames, a);
            PyPattern p = PyPattern.Compile(ip, a[0], Flags(ip, a[2]));
            switch (mode)
            {
                case 3:
                    return p.FindAll(ip, a[1], null, null);
                case 4:
                    return p.FindIter(ip, a[1], null, null);
            }

            return p.Match(ip, a[1], null, null, mode);
        }

        private static PyObject Match(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, PyPattern.ModeMatch);
        }

        private static PyObject Search(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, PyPattern.ModeSearch);
        }

        private static PyObject FullMatch(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, PyPattern.ModeFull);
        }

        private static PyObject FindAll(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, 3);
        }

        private static PyObject FindIter(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, 4);
        }

        private static PyObject SubLike(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, bool subn)
        {
            PyObject[] a = new PyObject[5];
            s_subSpec.Parse(ip, args, offset, count, kwnames, a);
            return PyPattern.Compile(ip, a[0], Flags(ip, a[4])).Sub(ip, a[1], a[2], a[3], subn);
        }

        private static PyObject Sub(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return SubLike(ip, args, offset, count, kwnames, false);
        }

        private static PyObject Subn(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return SubLike(ip, args, offset, count, kwnames, true);
        }

        private static PyObject Split(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[4];
            s_splitSpec.Parse(ip, args, offset, count, kwnames, a);
            return PyPattern.Compile(ip, a[0], Flags(ip, a[3])).Split(ip, a[1], a[2]);
        }

        // Backslash before every character that is special in a pattern (CPython's set).
        private static PyObject Escape(Interpreter ip, PyObject pattern)
        {
            RegexSubject s = RegexSubject.Of(pattern);
            StringBuilder sb = new StringBuilder();
            char[] c = s.Chars;
            for (int i = 0; i < c.Length; i++)
            {
                if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".IndexOf(c[i]) >= 0)
                {
                    sb.Append('\\');
                }

                sb.Append(c[i]);
            }

            if (!s.IsBytes)
            {
                return new PyStr(sb.ToString());
            }

            byte[] b = new byte[sb.Length];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)sb[i];
            }

            return new PyBytes(b);
        }
    }
}
