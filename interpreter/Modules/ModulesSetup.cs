using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// Registers the built-in modules on an interpreter: sys, micropython, os (and vfs), io (with open() and the VFS,
    /// from the NanoPython.Io assembly), time, gc, errno, struct, binascii, hashlib and select. Each is created on its
    /// first import; `import ufoo` finds foo (the importer's u-prefix aliases). Installs a default clock when the port
    /// has not installed one.
    /// </summary>
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
                    PyHash.Install();
                    PyPoll.Install();
                }
            }

            ip.RegisterModule("sys", SysModule.Fill);
            ip.RegisterModule("micropython", MicropythonModule.Fill);

            // Modules with per-interpreter state register a method of their state object as the filler; Of(ip) finds
            // the state again through that registration.
            OsModule os = new OsModule(IoSetup.Install(ip));
            ip.RegisterModule("os", os.Fill);
            ip.RegisterModule("vfs", os.FillVfs);
            GcModule gc = new GcModule();
            ip.RegisterModule("gc", gc.Fill);

            // The host's heap numbers count from the interpreter's creation.
            HeapInfo heap = gc.Heap;

            ip.RegisterModule("time", TimeModule.Fill);
            ip.RegisterModule("errno", ErrnoModule.Fill);
            ip.RegisterModule("struct", StructModule.Fill);
            ip.RegisterModule("binascii", BinasciiModule.Fill);
            ip.RegisterModule("hashlib", HashlibModule.Fill);
            ip.RegisterModule("select", SelectModule.Fill);
            if (ip.Clock == null)
            {
                ip.Clock = new DefaultClock(ip);
            }

            // sys is created now (its namespace filled): print() needs ip.NativeStdout from the start.
            PyDict unused = ((PyModule)Importer.ImportOne(ip, "sys", null)).Dict;
        }
    }
}
