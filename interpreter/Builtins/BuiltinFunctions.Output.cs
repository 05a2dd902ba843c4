using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    public static partial class BuiltinFunctions
    {
        private static ArgSpec s_printSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec PrintSpec
        {
            get { return s_printSpec ?? (s_printSpec = new ArgSpec("print", "*, sep, end, file, flush", 0)); }
        }

        /// <summary>
        /// Where standard output goes: null while sys.stdout is the interpreter's native stdout (or sys was never
        /// imported), so print can write to <see cref="Interpreter.Stdout"/> directly; else the Python object sys.stdout
        /// (possibly None).
        /// </summary>
        public static PyObject PythonStdout(Interpreter ip)
        {
            PyModule sys = ip.Modules.LookupName(Names.Get(Names.sys)) as PyModule;
            if (sys == null)
            {
                return null;
            }

            PyObject o = sys.Dict.LookupName(Names.Get(Names.stdout));
            return o == null || ReferenceEquals(o, ip.NativeStdout) ? null : o;
        }

        /// <summary>Writes text to standard output (sys.stdout.write when it was replaced); flushes when asked.</summary>
        public static void WriteStdout(Interpreter ip, string text, bool flush)
        {
            PyObject file = PythonStdout(ip);
            if (file == null)
            {
                OutputStream o = ip.Stdout;
                if (o != null)
                {
                    o.Write(text);
                    if (flush)
                    {
                        o.Flush();
                    }
                }

                return;
            }

            if (file is PyNone)
            {
                return;
            }

            Ops.Call1(ip, Ops.GetAttr(ip, file, Names.Get(Names.write)), new PyStr(text));
            if (flush)
            {
                PyObject f = Ops.GetAttrOrNull(ip, file, Names.Get(Names.flush));
                if (f != null)
                {
                    Ops.Call0(ip, f);
                }
            }
        }

        // print(*objects, sep=' ', end='\n', file=None, flush=False).
        private static PyObject Print(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            string sep = " ";
            string end = "\n";
            PyObject file = null;
            bool flush = false;
            int npos = count;
            if (kwnames != null)
            {
                npos -= kwnames.Items.Length;
                PyObject[] kw = new PyObject[4];
                PrintSpec.ParseKeywords(ip, args, offset, count, kwnames, kw);
                sep = SepOrEnd(kw[0], "sep", sep);
                end = SepOrEnd(kw[1], "end", end);
                file = kw[2] is PyNone ? null : kw[2];
                flush = kw[3] != null && Ops.IsTrue(ip, kw[3]);
            }

            if (file == null)
            {
                file = PythonStdout(ip);
                if (file == null)
                {
                    PrintNative(ip, args, offset, npos, sep, end, flush);
                    return PyNone.Value;
                }

                if (file is PyNone)
                {
                    return PyNone.Value;
                }
            }

            // A Python file object gets one write() per piece, as CPython's print does.
            PyObject write = Ops.GetAttr(ip, file, Names.Get(Names.write));
            for (int i = 0; i < npos; i++)
            {
                if (i > 0)
                {
                    Ops.Call1(ip, write, new PyStr(sep));
                }

                PyObject a = args[offset + i];
                Ops.Call1(ip, write, a is PyStr ? a : new PyStr(Ops.Str(ip, a)));
            }

            Ops.Call1(ip, write, new PyStr(end));
            if (flush)
            {
                Ops.Call0(ip, Ops.GetAttr(ip, file, Names.Get(Names.flush)));
            }

            return PyNone.Value;
        }

        // The fast path: the whole line as one string and one write.
        private static void PrintNative(Interpreter ip, PyObject[] args, int offset, int npos, string sep, string end, bool flush)
        {
            OutputStream o = ip.Stdout;
            string line;
            if (npos == 0)
            {
                line = end;
            }
            else if (npos == 1)
            {
                line = string.Concat(Ops.Str(ip, args[offset]), end);
            }
            else
            {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < npos; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(sep);
                    }

                    sb.Append(Ops.Str(ip, args[offset + i]));
                }

                sb.Append(end);
                line = sb.ToString();
            }

            if (o != null)
            {
                o.Write(line);
                if (flush)
                {
                    o.Flush();
                }
            }
        }

        private static string SepOrEnd(PyObject v, string what, string dflt)
        {
            if (v == null || v is PyNone)
            {
                return dflt;
            }

            PyStr s = v as PyStr ?? v.NativeBase as PyStr;
            if (s == null)
            {
                throw new PyException(PyExc.TypeError, what + " must be None or a string, not " + v.Type.Name.Value);
            }

            return s.Value;
        }
    }
}
