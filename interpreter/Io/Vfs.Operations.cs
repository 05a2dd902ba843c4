using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>The os-level operations of the VFS: each finds the mount and calls it natively or through Python.</summary>
    public sealed partial class Vfs
    {
        private const int DirMode = 0x4000;

        /// <summary>open(path, mode): the mounted file system's file object.</summary>
        public PyObject Open(string path, string mode)
        {
            string rest;
            VfsMount m = Target(path, out rest);
            if (m.Native != null)
            {
                PyFile f = m.Native.Open(rest, mode);
                Track(f);
                return f;
            }

            return Call(m, "open", new PyStr(rest), new PyStr(mode));
        }

        /// <summary>
        /// Closes every native file still open (a soft reset: MicroPython's heap sweep closes them; here the handles
        /// would otherwise stay open until the .NET collector finalises them, and a board cannot reopen them meanwhile).
        /// </summary>
        public void CloseAll()
        {
            for (int i = 0; i < _openCount; i++)
            {
                PyFile f = _openFiles[i].Target as PyFile;
                _openFiles[i] = null;
                if (f != null)
                {
                    try
                    {
                        f.Close();
                    }
                    catch (PyException)
                    {
                        // A file that fails to close is as closed as it will get.
                    }
                }
            }

            _openCount = 0;
        }

        // Remembers an open file weakly: files dropped without close() are still finalised by the collector.
        private void Track(PyFile f)
        {
            if (_openCount == _openFiles.Length)
            {
                int n = 0;
                for (int i = 0; i < _openCount; i++)
                {
                    PyFile g = _openFiles[i].Target as PyFile;
                    if (g != null && !g.IsClosed)
                    {
                        _openFiles[n++] = _openFiles[i];
                    }
                }

                for (int i = n; i < _openCount; i++)
                {
                    _openFiles[i] = null;
                }

                _openCount = n;
                if (n * 2 > _openFiles.Length)
                {
                    System.WeakReference[] a = new System.WeakReference[_openFiles.Length * 2];
                    System.Array.Copy(_openFiles, a, n);
                    _openFiles = a;
                }
            }

            _openFiles[_openCount++] = new System.WeakReference(f);
        }

        /// <summary>os.chdir.</summary>
        public void ChangeDirectory(string path)
        {
            string rest;
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m))
            {
                throw IoErrors.OSError(Errno.ENOENT);
            }

            if (IsRootMount(m))
            {
                // Relative paths after chdir('/') must start at the root of the file system mounted there.
                VfsMount root = RootFileSystem();
                if (root != null)
                {
                    ChangeDirectoryIn(root, "/");
                }

                _cur = null;
                return;
            }

            ChangeDirectoryIn(m, rest);
            _cur = m;
        }

        private void ChangeDirectoryIn(VfsMount m, string rest)
        {
            if (m.Native != null)
            {
                m.Native.ChangeDirectory(rest);
            }
            else
            {
                Call(m, "chdir", new PyStr(rest));
            }
        }

        /// <summary>os.getcwd.</summary>
        public string CurrentDirectory
        {
            get
            {
                VfsMount m = _cur;
                if (m == null)
                {
                    return "/";
                }

                string cwd = m.Native != null ? m.Native.CurrentDirectory : Ops.ExpectStr(Ops.Call0(_ip, Ops.GetAttr(_ip, m.Obj, Intern.Get("getcwd"))), "getcwd()");
                if (m.IsRoot)
                {
                    return cwd;
                }

                return cwd == "/" ? m.Point : m.Point + cwd;
            }
        }

        /// <summary>os.ilistdir: an iterator of (name, type, inode[, size]) tuples.</summary>
        public PyObject IListDir(string path)
        {
            string rest;
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m))
            {
                throw IoErrors.OSError(Errno.ENOENT);
            }

            if (!IsRootMount(m))
            {
                return m.Native != null ? Ops.GetIter(_ip, m.Native.ListDirectory(rest)) : Call(m, "ilistdir", new PyStr(rest));
            }

            // The virtual root: the mount points, then what the file system mounted at "/" holds.
            PyList r = new PyList();
            VfsMount root = null;
            for (int i = 0; i < _mounts.Length; i++)
            {
                VfsMount x = _mounts[i];
                if (x.IsRoot)
                {
                    root = x;
                    continue;
                }

                r.Append(new PyTuple(new PyObject[] { new PyStr(x.Point.Substring(1)), PyInt.Get(DirMode), PyInt.Zero, PyInt.Zero }));
            }

            if (root != null)
            {
                PyObject it = root.Native != null ? Ops.GetIter(_ip, root.Native.ListDirectory("/")) : Ops.GetIter(_ip, Call(root, "ilistdir", new PyStr("/")));
                while (true)
                {
                    PyObject item = Ops.Next(_ip, it);
                    if (item == null)
                    {
                        break;
                    }

                    r.Append(item);
                }
            }

            return Ops.GetIter(_ip, r);
        }

        /// <summary>os.listdir: the names of a directory.</summary>
        public PyList ListDir(string path)
        {
            PyObject it = IListDir(path);
            PyList names = new PyList();
            while (true)
            {
                PyObject item = Ops.Next(_ip, it);
                if (item == null)
                {
                    return names;
                }

                names.Append(Ops.GetItem(_ip, item, PyInt.Zero));
            }
        }

        /// <summary>os.stat: the 10-tuple (st_mode at [0], size at [6], mtime at [8]).</summary>
        public PyObject Stat(string path)
        {
            string rest;
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m))
            {
                throw IoErrors.OSError(Errno.ENOENT);
            }

            if (IsRootMount(m))
            {
                return VfsNative.StatTuple(new FileSystemEntry(string.Empty, true, 0, 0), 0);
            }

            if (m.Native != null)
            {
                return VfsNative.StatTuple(m.Native.Stat(rest), PortInfo.EpochOffset(_ip));
            }

            return Call(m, "stat", new PyStr(rest));
        }

        /// <summary>os.statvfs: the 10-tuple of the file system holding path.</summary>
        public PyObject StatVfs(string path)
        {
            string rest;
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m))
            {
                throw IoErrors.OSError(Errno.ENOENT);
            }

            if (IsRootMount(m))
            {
                m = RootFileSystem();
                rest = "/";
                if (m == null)
                {
                    PyObject[] zeros = new PyObject[10];
                    for (int i = 0; i < zeros.Length; i++)
                    {
                        zeros[i] = PyInt.Zero;
                    }

                    return new PyTuple(zeros);
                }
            }

            return m.Native != null ? m.Native.StatVfs() : Call(m, "statvfs", new PyStr(rest));
        }

        /// <summary>os.mkdir.</summary>
        public void MakeDirectory(string path)
        {
            string rest;
            VfsMount m = Target(path, out rest);
            if (m.Native != null)
            {
                m.Native.MakeDirectory(rest);
            }
            else
            {
                Call(m, "mkdir", new PyStr(rest));
            }
        }

        /// <summary>os.rmdir.</summary>
        public void RemoveDirectory(string path)
        {
            string rest;
            VfsMount m = Target(path, out rest);
            if (m.Native != null)
            {
                m.Native.RemoveDirectory(rest);
            }
            else
            {
                Call(m, "rmdir", new PyStr(rest));
            }
        }

        /// <summary>os.remove.</summary>
        public void Remove(string path)
        {
            string rest;
            VfsMount m = Target(path, out rest);
            if (m.Native != null)
            {
                m.Native.Remove(rest);
            }
            else
            {
                Call(m, "remove", new PyStr(rest));
            }
        }

        /// <summary>os.rename (both paths on one file system, else EPERM as MicroPython).</summary>
        public void Rename(string from, string to)
        {
            string a;
            string b;
            VfsMount m = Target(from, out a);
            VfsMount n = Target(to, out b);
            if (!ReferenceEquals(m, n))
            {
                throw IoErrors.OSError(Errno.EPERM);
            }

            if (m.Native != null)
            {
                m.Native.Rename(a, b);
            }
            else
            {
                Call(m, "rename", new PyStr(a), new PyStr(b));
            }
        }

        /// <inheritdoc/>
        public string ReadText(string path)
        {
            string rest;
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m) || IsRootMount(m))
            {
                return null;
            }

            if (m.Native != null)
            {
                return m.Native.ReadText(rest);
            }

            try
            {
                PyObject f = Call(m, "open", new PyStr(rest), new PyStr("r"));
                PyObject text = Ops.Call0(_ip, Ops.GetAttr(_ip, f, Names.Get(Names.read)));
                Ops.Call0(_ip, Ops.GetAttr(_ip, f, Names.Get(Names.close)));
                PyBytes b = text as PyBytes;
                if (b != null)
                {
                    int err;
                    return StrUtil.DecodeUtf8(b.Data, 0, b.Data.Length, false, out err);
                }

                return Ops.ExpectStr(text, "read()");
            }
            catch (PyException e)
            {
                if (IoErrors.IsOSError(e))
                {
                    return null;
                }

                throw;
            }
        }

        /// <inheritdoc/>
        public bool IsDirectory(string path)
        {
            string rest;
            VfsMount m = Lookup(path, out rest);
            if (IsNone(m))
            {
                return false;
            }

            if (IsRootMount(m))
            {
                return true;
            }

            if (m.Native != null)
            {
                FileSystemEntry e = m.Native.TryStat(rest);
                return e != null && e.IsDirectory;
            }

            try
            {
                PyObject st = Call(m, "stat", new PyStr(rest));
                return (Ops.Index(_ip, Ops.GetItem(_ip, st, PyInt.Zero)) & DirMode) != 0;
            }
            catch (PyException e)
            {
                if (IoErrors.IsOSError(e))
                {
                    return false;
                }

                throw;
            }
        }
    }
}
