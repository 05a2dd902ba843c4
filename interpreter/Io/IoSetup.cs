using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// Installs the io module, the open() builtin and an empty VFS on an interpreter; the VFS becomes the interpreter's
    /// module source. The port then mounts its file systems: <c>Vfs.Of(ip).Mount(fs, "/", false)</c>.
    /// </summary>
    public static class IoSetup
    {
        /// <summary>Installs io on ip (once; later calls return the existing VFS).</summary>
        public static Vfs Install(Interpreter ip)
        {
            Vfs existing = Vfs.Of(ip);
            if (existing != null)
            {
                return existing;
            }

            IoTypes.Install();
            Vfs vfs = new Vfs(ip);
            ip.RegisterModule("io", vfs.FillIo);
            ip.Builtins.SetName("open", vfs.OpenFunction);
            ip.ModuleSource = vfs;
            return vfs;
        }
    }
}
