using nanoFramework.TestFramework;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>Runs an embedded conformance script (ConformanceScripts.g.cs) and compares its output with the expected text.</summary>
    public static class ScriptCheck
    {
        /// <summary>Runs source as __main__ of a fresh interpreter; output plus any traceback must equal expected.</summary>
        public static void Run(string name, string source, string expected)
        {
            CaptureOutput o = new CaptureOutput();
            Interpreter ip = Py.New(o);
            string error = string.Empty;
            try
            {
                ip.MainDict.SetName(Names.__file__, new PyStr(name));
                ip.Exec(source, name, CompileMode.Exec, ip.MainDict);
            }
            catch (PyException e)
            {
                error = Ops.FormatException(ip, e.Value);
            }

            Assert.AreEqual(expected, o.Text + error, name);
        }
    }
}
