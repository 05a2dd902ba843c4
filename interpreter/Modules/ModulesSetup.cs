using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>Registers the built-in modules (sys, micropython, ...) on an interpreter.</summary>
    public static class ModulesSetup
    {
        private static readonly object s_lock = new object();
        private static bool s_installed;

        /// <summary>Registers the modules; each is created on its first import.</summary>
        public static void Install(Interpreter ip)
        {
            lock (s_lock)
            {
                if (!s_installed)
                {
                    s_installed = true;
                    PyType.AddFiller(StdioStream.Fill);
                }
            }

            ip.RegisterModule("sys", SysModule.Fill);
            ip.RegisterModule("micropython", MicropythonModule.Fill);

            // sys is created now (its namespace filled): print() needs ip.NativeStdout from the start.
            PyDict unused = ((PyModule)Importer.ImportOne(ip, "sys", null)).Dict;
        }
    }
}
