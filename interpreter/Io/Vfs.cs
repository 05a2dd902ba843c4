using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// The virtual file system of one interpreter, as MicroPython's extmod/vfs.c: a mount table of file system objects
    /// (the board's flash at "/", anything os.mount adds, such as the Python class mpremote's mount uploads), the
    /// current mount, and path lookup. It is also where import reads modules (<see cref="IModuleSource"/>).
    /// </summary>
    /// <remarks>
    /// Lookup follows MicroPython exactly, because Python VFS objects depend on it: an absolute path goes to the mount
    /// whose point prefixes it, with the rest of the path ("/x" under "/remote", "/" for the point itself); a relative
    /// path goes unchanged to the current mount, which keeps its own current directory (os.chdir calls its chdir).
    /// "/" alone, or any path when nothing is mounted at "/" and no mount matches, is the virtual root (which lists the
    /// mount points). The mount at "/" stays last in the table so that other mounts are found first.
    /// </remarks>
    public sealed partial class Vfs : IModuleSource
    {
        private static readonly VfsMount s_root = new VfsMount("/", PyNone.Value);
        private static readonly VfsMount s_none = new VfsMount("", PyNone.Value);

        private readonly Interpreter _ip;
        private VfsMount[] _mounts = new VfsMount[0];
        private VfsMount _cur;
        private System.WeakReference[] _openFiles = new System.WeakReference[8];
        private int _openCount;

        /// <summary>The VFS of ip (created by IoSetup).</summary>
        public Vfs(Interpreter ip)
        {
            _ip = ip;
        }

        /// <summary>
        /// The VFS of an interpreter, or null when IoSetup did not install one. It is found through the io module's
        /// registration, whose filler is this VFS's method: module state lives with the interpreter, not in statics.
        /// </summary>
        public static Vfs Of(Interpreter ip)
        {
            ModuleFiller f = ip.FindNativeModule("io");
            return f == null ? null : f.Target as Vfs;
        }

        /// <summary>The mount table, root mount last.</summary>
        public VfsMount[] Mounts
        {
            get { return _mounts; }
        }

        /// <summary>
        /// Mounts a native file system at point ("/" for the board's flash); posix makes it report itself as VfsPosix
        /// (the host in script mode). The current directory stays the (virtual) root, as after MicroPython's boot.
        /// </summary>
        public VfsNative Mount(IFileSystem fs, string point, bool posix)
        {
            VfsNative v = new VfsNative(fs, posix);
            Mount(v, point);
            return v;
        }

        /// <summary>os.mount(obj, point): adds obj to the table (EPERM when the point is in use).</summary>
        public void Mount(PyObject obj, string point)
        {
            point = MountPoint(point);
            VfsMount m = new VfsMount(point, obj);

            // The point must not lie in another mount, except that anything may be mounted inside the root's.
            string rest;
            VfsMount existing = Lookup(point, out rest);
            if (m.IsRoot ? RootFileSystem() != null : !IsNone(existing) && !IsRootMount(existing) && !existing.IsRoot)
            {
                throw IoErrors.OSError(Errno.EPERM);
            }

            VfsMount[] a = new VfsMount[_mounts.Length + 1];
            int at = _mounts.Length;
            if (!m.IsRoot && at > 0 && _mounts[at - 1].IsRoot)
            {
                at--;
            }

            System.Array.Copy(_mounts, a, at);
            a[at] = m;
            System.Array.Copy(_mounts, at, a, at + 1, _mounts.Length - at);
            _mounts = a;
        }

        // A mount point as the table keeps it: a leading "/", no trailing one (except for the root).
        private static string MountPoint(string point)
        {
            if (point.Length == 0 || point[0] != '/')
            {
                point = "/" + point;
            }

            while (point.Length > 1 && point[point.Length - 1] == '/')
            {
                point = point.Substring(0, point.Length - 1);
            }

            return point;
        }

        /// <summary>os.umount(point or obj): removes the mount and returns its object (EINVAL when not mounted).</summary>
        public PyObject Umount(PyObject pointOrObj)
        {
            PyStr s = pointOrObj as PyStr;
            string point = s == null ? null : MountPoint(s.Value);
            for (int i = 0; i < _mounts.Length; i++)
            {
                VfsMount m = _mounts[i];
                if (point != null ? m.Point == point : ReferenceEquals(m.Obj, pointOrObj))
                {
                    VfsMount[] a = new VfsMount[_mounts.Length - 1];
                    System.Array.Copy(_mounts, a, i);
                    System.Array.Copy(_mounts, i + 1, a, i, a.Length - i);
                    _mounts = a;
                    if (ReferenceEquals(_cur, m))
                    {
                        _cur = null;
                    }

                    return m.Obj;
                }
            }

            throw IoErrors.OSError(Errno.EINVAL);
        }

        /// <summary>The mount for path and the path to give it; <see cref="IsRootMount"/> / <see cref="IsNone"/> tell the special results.</summary>
        public VfsMount Lookup(string path, out string rest)
        {
            rest = path;
            if ((path.Length == 0 || path[0] != '/') && _cur != null)
            {
                return _cur;
            }

            bool isAbs = path.Length > 0 && path[0] == '/';
            string p = isAbs ? path.Substring(1) : path;
            if (p.Length == 0)
            {
                return s_root;
            }

            for (int i = 0; i < _mounts.Length; i++)
            {
                VfsMount m = _mounts[i];
                if (m.IsRoot)
                {
                    // The root's file system gets the path as it is (an absolute one keeps its "/").
                    return m;
                }

                int len = m.Point.Length - 1;
                if (p.Length >= len && StartsWithName(p, m.Point))
                {
                    if (p.Length == len)
                    {
                        rest = "/";
                        return m;
                    }

                    if (p[len] == '/')
                    {
                        rest = p.Substring(len);
                        return m;
                    }
                }
            }

            return s_none;
        }

        // Whether p starts with point without its leading "/".
        private static bool StartsWithName(string p, string point)
        {
            for (int i = 1; i < point.Length; i++)
            {
                if (p[i - 1] != point[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True for the virtual root returned by <see cref="Lookup"/>.</summary>
        public static bool IsRootMount(VfsMount m)
        {
            return ReferenceEquals(m, s_root);
        }

        /// <summary>True when <see cref="Lookup"/> found no mount.</summary>
        public static bool IsNone(VfsMount m)
        {
            return ReferenceEquals(m, s_none);
        }

        // The mount of a path for an operation on a file system object: ENODEV when nothing is mounted there, EPERM
        // for the virtual root (MicroPython's mp_vfs_proxy_call).
        private VfsMount Target(string path, out string rest)
        {
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m))
            {
                throw IoErrors.OSError(Errno.ENODEV);
            }

            if (IsRootMount(m))
            {
                throw IoErrors.OSError(Errno.EPERM);
            }

            return m;
        }

        private VfsMount RootFileSystem()
        {
            int n = _mounts.Length;
            return n > 0 && _mounts[n - 1].IsRoot ? _mounts[n - 1] : null;
        }

        private PyObject Call(VfsMount m, string method, PyObject a)
        {
            return Ops.Call1(_ip, Ops.GetAttr(_ip, m.Obj, Intern.Get(method)), a);
        }

        private PyObject Call(VfsMount m, string method, PyObject a, PyObject b)
        {
            return Ops.Call2(_ip, Ops.GetAttr(_ip, m.Obj, Intern.Get(method)), a, b);
        }

        /// <summary>The text of a path argument (str; bytes are accepted as UTF-8).</summary>
        public static string PathOf(PyObject o)
        {
            PyStr s = o.NativeBase as PyStr;
            if (s != null)
            {
                return s.Value;
            }

            PyBytes b = o.NativeBase as PyBytes;
            if (b != null)
            {
                int err;
                return StrUtil.DecodeUtf8(b.Data, 0, b.Data.Length, false, out err);
            }

            throw IoErrors.PathType(o);
        }
    }
}
