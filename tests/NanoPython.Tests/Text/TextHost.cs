using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Tests.Text
{
    /// <summary>
    /// An interpreter with the VM, the numbers and the text types installed, and a small evaluator of Python
    /// expressions (<see cref="TextExpr"/>) so that the data tables of the text tests read as Python: each row is an
    /// expression and the ascii() of its value in CPython, or "!Type: message" when CPython raises.
    /// </summary>
    internal sealed class TextHost
    {
        public readonly Interpreter Ip;

        /// <summary>A str subclass (class S(str): pass), a bytes subclass (B) and a bytearray subclass (BA).</summary>
        public readonly PyType StrSub;
        public readonly PyType BytesSub;
        public readonly PyType ByteArraySub;

        public TextHost()
        {
            Ip = new Interpreter();
            VmSetup.Install(Ip);
            NanoPython.Numbers.NumbersSetup.Install(Ip);
            TextSetup.Install(Ip);
            StrSub = UserClass("S", PyTypes.Str);
            BytesSub = UserClass("B", PyTypes.Bytes);
            ByteArraySub = UserClass("BA", PyTypes.ByteArray);
        }

        private static PyType UserClass(string name, PyType native)
        {
            PyType t = null;
            PyType[] mro = new PyType[native.Mro.Length + 1];
            Array.Copy(native.Mro, 0, mro, 1, native.Mro.Length);
            t = new PyType(Intern.Get(name), PyTuple.Of(native), mro, new PyDict(), null, native, PyType.FlagUserClass | PyType.FlagBaseType);
            mro[0] = t;
            return t;
        }

        public static PyStr S(string s) => new PyStr(s);

        public static PyBytes B(params byte[] b) => new PyBytes(b);

        public static PyInt I(long v) => PyInt.Get(v);

        /// <summary>o.name(*args).</summary>
        public PyObject Call(PyObject o, string name, params PyObject[] args)
        {
            PyObject f = Ops.GetAttr(Ip, o, Intern.Get(name));
            return Ops.Call(Ip, f, args, 0, args.Length, null);
        }

        /// <summary>A builtin called with args.</summary>
        public PyObject Builtin(string name, params PyObject[] args)
        {
            PyObject f = Ip.LookupBuiltin(Intern.Get(name)) ?? throw new AssertFailedException("no builtin " + name);
            return Ops.Call(Ip, f, args, 0, args.Length, null);
        }

        /// <summary>Evaluates a Python expression.</summary>
        public PyObject Eval(string expression) => new TextExpr(this, expression).Parse();

        /// <summary>ascii() of a value, the form the tables compare.</summary>
        public string Ascii(PyObject v) => ((PyStr)Builtin("ascii", v)).Value;

        /// <summary>"Type: message" of the Python exception an action raises (message escaped as ascii() does).</summary>
        public string Raises(Action a)
        {
            try
            {
                a();
            }
            catch (PyException e)
            {
                return Describe(e);
            }

            throw new AssertFailedException("no exception raised");
        }

        public string Describe(PyException e)
        {
            string msg = e.Value.NativeStr(Ip);
            return e.Value.Type.Name.Value + ": " + AsciiText(msg);
        }

        /// <summary>Escapes non-ASCII code points as Python's backslashreplace does.</summary>
        public static string AsciiText(string s)
        {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    c = char.ConvertToUtf32(s[i], s[i + 1]);
                    i++;
                }

                if (c < 0x80)
                {
                    sb.Append((char)c);
                }
                else if (c < 0x100)
                {
                    sb.Append("\\x").Append(c.ToString("x2"));
                }
                else if (c < 0x10000)
                {
                    sb.Append("\\u").Append(c.ToString("x4"));
                }
                else
                {
                    sb.Append("\\U").Append(c.ToString("x8"));
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// Evaluates each row (expression, expected) and returns the mismatches, one per line ("" when all pass). An
        /// expression starting with '~' compares only the exception type (CPython's wording differs there on purpose).
        /// </summary>
        public static string Check(string[,] rows)
        {
            StringBuilder failures = new StringBuilder();
            int n = rows.GetLength(0);
            for (int i = 0; i < n; i++)
            {
                string expr = rows[i, 0];
                string expected = rows[i, 1];
                bool typeOnly = expr.StartsWith("~", StringComparison.Ordinal);
                if (typeOnly)
                {
                    expr = expr.Substring(1);
                }

                TextHost h = new TextHost();
                string actual;
                try
                {
                    actual = h.Ascii(h.Eval(expr));
                }
                catch (PyException e)
                {
                    actual = "!" + h.Describe(e);
                }
                catch (Exception e)
                {
                    actual = "!!" + e.GetType().Name + ": " + e.Message;
                }

                if (typeOnly && expected.StartsWith("!", StringComparison.Ordinal) && actual.StartsWith("!", StringComparison.Ordinal))
                {
                    expected = expected.Split(':')[0];
                    actual = actual.Split(':')[0];
                }

                if (actual != expected)
                {
                    failures.Append(expr).Append("\n    expected ").Append(expected).Append("\n    actual   ").Append(actual).Append('\n');
                }
            }

            return failures.ToString();
        }

        /// <summary>Asserts that every row matches.</summary>
        public static void AssertRows(string[,] rows)
        {
            string failures = Check(rows);
            if (failures.Length > 0)
            {
                Assert.Fail("\n" + failures);
            }
        }
    }
}
