using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The os module (MicroPython's set, over the interpreter's <see cref="Vfs"/>): uname, urandom, getcwd, chdir,
    /// listdir, ilistdir, stat, statvfs, mkdir, rmdir, remove, rename, sync, mount, umount, dupterm, dupterm_notify,
    /// sep. Also the vfs module (mount, umount). One instance per interpreter holds the module's state.
    /// </summary>
    public sealed class OsModule
    {
        /// <summary>The build date of os.uname().version when the port sets none.</summary>
        public const string DefaultBuildDate = "2025-06-01";

        private static ArgSpec s_mountSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec MountSpec
        {
            get { return s_mountSpec ?? (s_mountSpec = new ArgSpec("mount", "fs, mount_point, *, readonly, mkfs", 0)); }
        }

        private readonly Vfs _vfs;
        private readonly PyObject[] _dupterm = new PyObject[2];
        private System.Random _random;

        /// <summary>The build date shown by os.uname().version (the port sets its own).</summary>
        public string BuildDate = DefaultBuildDate;

        /// <summary>The os module state over vfs.</summary>
        public OsModule(Vfs vfs)
        {
            _vfs = vfs;
        }

        /// <summary>The os module state of ip (found through the module's registration, whose filler is its method).</summary>
        public static OsModule Of(Interpreter ip)
        {
            ModuleFiller f = ip.FindNativeModule("os");
            return f == null ? null : f.Target as OsModule;
        }

        /// <summary>
        /// The streams given to os.dupterm (index 0 and 1). The console layer may mirror the REPL onto them; on the host
        /// nothing reads them yet, so dupterm only stores and returns them.
        /// </summary>
        public PyObject DuptermStream(int index)
        {
            return _dupterm[index];
        }

        /// <summary>Builds the os namespace.</summary>
        public void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("sep", new PyStr("/"));
            d.SetName("uname", new PyBuiltin0("uname", Uname));
            d.SetName("urandom", new PyBuiltin1("urandom", Urandom));
            d.SetName("getcwd", new PyBuiltin0("getcwd", GetCwd));
            d.SetName("chdir", new PyBuiltin1("chdir", ChDir));
            d.SetName("listdir", new PyBuiltin1("listdir", ListDir, 0));
            d.SetName("ilistdir", new PyBuiltin1("ilistdir", IListDir, 0));
            d.SetName("stat", new PyBuiltin1("stat", Stat));
            d.SetName("statvfs", new PyBuiltin1("statvfs", StatVfs));
            d.SetName("mkdir", new PyBuiltin1("mkdir", MkDir));
            d.SetName("rmdir", new PyBuiltin1("rmdir", RmDir));
            d.SetName("remove", new PyBuiltin1("remove", Remove));
            d.SetName("rename", new PyBuiltin2("rename", Rename));
            d.SetName("sync", new PyBuiltin0("sync", Sync));
            d.SetName("dupterm", new PyBuiltin2("dupterm", Dupterm, 1));
            d.SetName("dupterm_notify", new PyBuiltin1("dupterm_notify", DuptermNotify));
            FillVfs(ip, module, d);
        }

        /// <summary>Builds the vfs namespace (mount, umount; os has them too).</summary>
        public void FillVfs(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("mount", new PyBuiltinN("mount", Mount));
            d.SetName("umount", new PyBuiltin1("umount", Umount));
        }

        private PyObject Uname(Interpreter ip)
        {
            string release = SysModule.MicroPythonVersion;
            return new PyAttrTuple(
                new string[] { "sysname", "nodename", "release", "version", "machine" },
                new PyObject[]
                {
                    new PyStr(ip.Platform),
                    new PyStr(ip.Platform),
                    new PyStr(release),
                    new PyStr("v" + release + " (nanoPython v" + SysModule.NanoPythonVersion + ") on " + BuildDate),
                    new PyStr(ip.MachineName),
                });
        }

        private PyObject Urandom(Interpreter ip, PyObject n)
        {
            byte[] b = new byte[Ops.CheckedSize(Ops.Index(ip, n))];
            if (_random == null)
            {
                _random = new System.Random();
            }

            _random.NextBytes(b);
            return new PyBytes(b);
        }

        private PyObject GetCwd(Interpreter ip)
        {
            return new PyStr(_vfs.CurrentDirectory);
        }

        private PyObject ChDir(Interpreter ip, PyObject path)
        {
            _vfs.ChangeDirectory(Vfs.PathOf(path));
            return PyNone.Value;
        }

        private PyObject ListDir(Interpreter ip, PyObject path)
        {
            return _vfs.ListDir(path == null ? string.Empty : Vfs.PathOf(path));
        }

        private PyObject IListDir(Interpreter ip, PyObject path)
        {
            return _vfs.IListDir(path == null ? string.Empty : Vfs.PathOf(path));
        }

        private PyObject Stat(Interpreter ip, PyObject path)
        {
            return _vfs.Stat(Vfs.PathOf(path));
        }

        private PyObject StatVfs(Interpreter ip, PyObject path)
        {
            return _vfs.StatVfs(Vfs.PathOf(path));
        }

        private PyObject MkDir(Interpreter ip, PyObject path)
        {
            _vfs.MakeDirectory(Vfs.PathOf(path));
            return PyNone.Value;
        }

        private PyObject RmDir(Interpreter ip, PyObject path)
        {
            _vfs.RemoveDirectory(Vfs.PathOf(path));
            return PyNone.Value;
        }

        private PyObject Remove(Interpreter ip, PyObject path)
        {
            _vfs.Remove(Vfs.PathOf(path));
            return PyNone.Value;
        }

        private PyObject Rename(Interpreter ip, PyObject from, PyObject to)
        {
            _vfs.Rename(Vfs.PathOf(from), Vfs.PathOf(to));
            return PyNone.Value;
        }

        // Files are written through on every call (the HAL does no write-back caching of its own).
        private PyObject Sync(Interpreter ip)
        {
            return PyNone.Value;
        }

        private PyObject Dupterm(Interpreter ip, PyObject stream, PyObject index)
        {
            long i = index == null ? 0 : Ops.Index(ip, index);
            if (i < 0 || i >= _dupterm.Length)
            {
                throw new PyException(PyExc.ValueError, "invalid dupterm index");
            }

            PyObject previous = _dupterm[i] ?? PyNone.Value;
            _dupterm[i] = stream is PyNone ? null : stream;
            return previous;
        }

        private PyObject DuptermNotify(Interpreter ip, PyObject obj)
        {
            return PyNone.Value;
        }

        // mount(fs, mount_point, *, readonly=False, mkfs=False); mount() lists the mounts as (fs, mount_point) tuples.
        private PyObject Mount(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[4];
            MountSpec.Parse(ip, args, offset, count, kwnames, a);
            if (a[0] == null)
            {
                VfsMount[] mounts = _vfs.Mounts;
                PyList r = new PyList(mounts.Length);
                for (int i = 0; i < mounts.Length; i++)
                {
                    r.Append(PyTuple.Of(mounts[i].Obj, new PyStr(mounts[i].Point)));
                }

                return r;
            }

            if (a[1] == null)
            {
                throw new PyException(PyExc.TypeError, "mount() missing required argument 'mount_point' (pos 2)");
            }

            string point = Vfs.PathOf(a[1]);
            if (!(a[0] is VfsNative))
            {
                // A Python VFS learns that it is being mounted (MicroPython calls its mount(readonly, mkfs) first).
                PyObject ro = a[2] == null ? (PyObject)PyBool.False : PyBool.Of(Ops.IsTrue(ip, a[2]));
                PyObject mkfs = a[3] == null ? (PyObject)PyBool.False : PyBool.Of(Ops.IsTrue(ip, a[3]));
                Ops.Call2(ip, Ops.GetAttr(ip, a[0], Intern.Get("mount")), ro, mkfs);
            }

            _vfs.Mount(a[0], point);
            return PyNone.Value;
        }

        private PyObject Umount(Interpreter ip, PyObject pointOrFs)
        {
            PyObject target = pointOrFs is PyStr ? pointOrFs : pointOrFs.NativeBase is PyStr ? pointOrFs.NativeBase : pointOrFs;
            PyObject fs = _vfs.Umount(target);
            if (!(fs is VfsNative))
            {
                Ops.Call0(ip, Ops.GetAttr(ip, fs, Intern.Get("umount")));
            }

            return PyNone.Value;
        }
    }
}
