using nanoFramework.TestFramework;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>
    /// Helpers of the device tests: a fresh interpreter per test (created through InterpreterFactory as both ports do),
    /// running source and reading what it printed, the values it left in __main__, or the exception it raised.
    /// </summary>
    public static class Py
    {
        /// <summary>A new interpreter printing into output.</summary>
        public static Interpreter New(CaptureOutput output)
        {
            return InterpreterFactory.Create(output, null, null);
        }

        /// <summary>Runs source in a fresh interpreter and returns what it printed (an uncaught exception fails the test).</summary>
        public static string Run(string source)
        {
            CaptureOutput o = new CaptureOutput();
            Interpreter ip = New(o);
            Exec(ip, source);
            return o.Text;
        }

        /// <summary>Runs source in ip's __main__; an uncaught Python exception fails the test with its traceback.</summary>
        public static void Exec(Interpreter ip, string source)
        {
            try
            {
                ip.Exec(source, "<test>", CompileMode.Exec, ip.MainDict);
            }
            catch (PyException e)
            {
                Assert.AreEqual(string.Empty, Ops.FormatException(ip, e.Value), "uncaught exception");
            }
        }

        /// <summary>The repr of an expression evaluated in a fresh interpreter.</summary>
        public static string Eval(string expression)
        {
            Interpreter ip = New(new CaptureOutput());
            return Ops.Repr(ip, ip.Exec(expression, "<test>", CompileMode.Eval, ip.MainDict));
        }

        /// <summary>"Type: message" of the exception that source raises in a fresh interpreter ("no exception" when none).</summary>
        public static string Error(string source)
        {
            Interpreter ip = New(new CaptureOutput());
            try
            {
                ip.Exec(source, "<test>", CompileMode.Exec, ip.MainDict);
            }
            catch (PyException e)
            {
                return e.Value.Type.Name.Value + ": " + e.Value.Str(ip);
            }

            return "no exception";
        }

        /// <summary>The int value of a global.</summary>
        public static long Int(Interpreter ip, string name)
        {
            return ((PyInt)ip.MainDict.LookupName(Intern.Get(name))).Value;
        }

        /// <summary>The str value of a global.</summary>
        public static string Str(Interpreter ip, string name)
        {
            return ((PyStr)ip.MainDict.LookupName(Intern.Get(name))).Value;
        }
    }
}
