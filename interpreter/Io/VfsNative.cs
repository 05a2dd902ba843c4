using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// A native file system (<see cref="IFileSystem"/>) as a mountable VFS object, like MicroPython's VfsLfs2 (the
    /// board's flash) or VfsPosix (the host in script mode). It keeps its own current directory and turns the paths the
    /// mount table gives it (absolute within the file system, or relative to that directory) into normalised file
    /// system paths: "." and empty parts dropped, ".." applied and stopped at the root. So no path leaves the file
    /// system through the VFS; the implementation of IFileSystem guards its own boundary as well.
    /// </summary>
    public sealed class VfsNative : PyObject
    {
        /// <summary>The type of the board's flash file system.</summary>
        public static readonly PyType LfsType = new PyType("VfsLfs2", PyTypes.Object, 0);

        /// <summary>The type of the host file system in script mode.</summary>
        public static readonly PyType PosixType = new PyType("VfsPosix", PyTypes.Object, 0);

        private const int DirMode = 0x4000;
        private const int FileMode = 0x8000;

        private readonly IFileSystem _fs;
        private readonly bool _posix;
        private string _cwd = string.Empty;

        /// <summary>A VFS over fs (posix: reports itself as VfsPosix instead of VfsLfs2).</summary>
        public VfsNative(IFileSystem fs, bool posix)
        {
            _fs = fs;
            _posix = posix;
        }

        /// <summary>The file system.</summary>
        public IFileSystem FileSystem
        {
            get { return _fs; }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _posix ? PosixType : LfsType; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<" + Type.Name.Value + ">";
        }

        /// <summary>
        /// The file system path of a VFS path: absolute ("/a/b") from the root, relative from the current directory;
        /// ".." at the root stays at the root.
        /// </summary>
        public string Resolve(string path)
        {
            string[] parts = new string[8];
            int n = 0;
            if (path.Length == 0 || path[0] != '/')
            {
                n = Push(parts, n, _cwd, out parts);
            }

            // Push may grow the array: take the count first, then pass the array it returned.
            n = Push(parts, n, path, out parts);
            return Join(parts, n);
        }

        // Appends the parts of path to parts[0, n), applying "." and ".."; returns the new count (parts may grow).
        private static int Push(string[] parts, int n, string path, out string[] result)
        {
            int start = 0;
            while (start <= path.Length)
            {
                int slash = path.IndexOf('/', start);
                int end = slash < 0 ? path.Length : slash;
                if (end > start)
                {
                    string p = path.Substring(start, end - start);
                    if (p == "..")
                    {
                        if (n > 0)
                        {
                            n--;
                        }
                    }
                    else if (p != ".")
                    {
                        if (n == parts.Length)
                        {
                            string[] a = new string[n * 2];
                            System.Array.Copy(parts, a, n);
                            parts = a;
                        }

                        parts[n++] = p;
                    }
                }

                start = end + 1;
            }

            result = parts;
            return n;
        }

        private static string Join(string[] parts, int n)
        {
            if (n == 0)
            {
                return string.Empty;
            }

            string r = parts[0];
            for (int i = 1; i < n; i++)
            {
                r = r + "/" + parts[i];
            }

            return r;
        }

        /// <summary>open(path, mode) on this file system: a <see cref="PyFile"/>; mode as open()'s ('r', 'wb', 'a+'...).</summary>
        public PyFile Open(string path, string mode)
        {
            char kind = 'r';
            int primary = 0;
            bool plus = false;
            bool text = true;
            for (int i = 0; i < mode.Length; i++)
            {
                char c = mode[i];
                if (c == 'r' || c == 'w' || c == 'x' || c == 'a')
                {
                    kind = c;
                    primary++;
                }
                else if (c == '+')
                {
                    plus = true;
                }
                else if (c == 'b' || c == 't')
                {
                    text = c == 't';
                }
                else
                {
                    throw new PyException(PyExc.ValueError, "invalid mode: '" + mode + "'");
                }
            }

            if (primary > 1)
            {
                throw new PyException(PyExc.ValueError, "must have exactly one of create/read/write/append mode");
            }

            int flags = kind == 'r' ? PyFile.Readable : kind == 'a' ? PyFile.Writable | PyFile.Append : PyFile.Writable;
            int fsMode = kind == 'r' ? FileSystemOpenMode.Read : FileSystemOpenMode.Write | FileSystemOpenMode.Create;
            if (kind == 'w')
            {
                fsMode |= FileSystemOpenMode.Truncate;
            }
            else if (kind == 'x')
            {
                fsMode |= FileSystemOpenMode.Exclusive;
            }

            if (plus)
            {
                flags |= PyFile.Readable | PyFile.Writable;
                fsMode |= FileSystemOpenMode.Read | FileSystemOpenMode.Write;
            }

            try
            {
                FileSystemFile file = _fs.Open(Resolve(path), fsMode);
                if (kind == 'a')
                {
                    file.Position = file.Length;
                }

                return new PyFile(file, text, flags);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <summary>The entry at path (OSError ENOENT when missing).</summary>
        public FileSystemEntry Stat(string path)
        {
            FileSystemEntry e;
            try
            {
                e = _fs.Stat(Resolve(path));
            }
            catch (FileSystemException x)
            {
                throw IoErrors.From(x);
            }

            if (e == null)
            {
                throw IoErrors.OSError(Errno.ENOENT);
            }

            return e;
        }

        /// <summary>The entry at path, or null when it is missing or unreachable (import probing).</summary>
        public FileSystemEntry TryStat(string path)
        {
            try
            {
                return _fs.Stat(Resolve(path));
            }
            catch (FileSystemException)
            {
                return null;
            }
        }

        /// <summary>os.stat's 10-tuple of an entry: mode, inode, device, links, uid, gid, size, atime, mtime, ctime.</summary>
        public static PyTuple StatTuple(FileSystemEntry e, long epochOffset)
        {
            PyObject zero = PyInt.Zero;
            PyObject mtime = PyInt.Get(e.ModifiedUnix == 0 ? 0 : e.ModifiedUnix - epochOffset);
            return new PyTuple(new PyObject[]
            {
                PyInt.Get(e.IsDirectory ? DirMode : FileMode), zero, zero, zero, zero, zero, PyInt.Get(e.Size), mtime, mtime, mtime,
            });
        }

        /// <summary>os.ilistdir's tuples (name, type, inode, size) of the directory at path.</summary>
        public PyList ListDirectory(string path)
        {
            FileSystemEntry[] entries;
            try
            {
                entries = _fs.ListDirectory(Resolve(path));
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }

            PyList r = new PyList(entries.Length);
            for (int i = 0; i < entries.Length; i++)
            {
                FileSystemEntry e = entries[i];
                r.Append(new PyTuple(new PyObject[]
                {
                    new PyStr(e.Name), PyInt.Get(e.IsDirectory ? DirMode : FileMode), PyInt.Zero, PyInt.Get(e.Size),
                }));
            }

            return r;
        }

        /// <summary>os.mkdir.</summary>
        public void MakeDirectory(string path)
        {
            string p = Resolve(path);
            try
            {
                if (p.Length == 0)
                {
                    throw new FileSystemException(FileSystemException.EEXIST);
                }

                _fs.CreateDirectory(p);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <summary>os.rmdir.</summary>
        public void RemoveDirectory(string path)
        {
            string p = Resolve(path);
            try
            {
                if (p.Length == 0)
                {
                    throw new FileSystemException(FileSystemException.EPERM);
                }

                _fs.DeleteDirectory(p);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <summary>os.remove.</summary>
        public void Remove(string path)
        {
            string p = Resolve(path);
            try
            {
                if (p.Length == 0)
                {
                    throw new FileSystemException(FileSystemException.EISDIR);
                }

                _fs.DeleteFile(p);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <summary>os.rename.</summary>
        public void Rename(string from, string to)
        {
            string a = Resolve(from);
            string b = Resolve(to);
            try
            {
                if (a.Length == 0 || b.Length == 0)
                {
                    throw new FileSystemException(FileSystemException.EPERM);
                }

                if (a != b)
                {
                    _fs.Rename(a, b);
                }
                else if (_fs.Stat(a) == null)
                {
                    throw new FileSystemException(FileSystemException.ENOENT);
                }
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <summary>os.chdir within this file system.</summary>
        public void ChangeDirectory(string path)
        {
            string p = Resolve(path);
            FileSystemEntry e = p.Length == 0 ? null : Stat("/" + p);
            if (e != null && !e.IsDirectory)
            {
                throw IoErrors.OSError(Errno.ENOTDIR);
            }

            _cwd = p;
        }

        /// <summary>The current directory within this file system ("/" or "/a/b").</summary>
        public string CurrentDirectory
        {
            get { return "/" + _cwd; }
        }

        /// <summary>os.statvfs's 10-tuple: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax.</summary>
        public PyTuple StatVfs()
        {
            long bsize = _fs.BlockSize;
            long blocks = bsize > 0 ? _fs.TotalBytes / bsize : 0;
            long free = bsize > 0 ? _fs.FreeBytes / bsize : 0;
            PyObject zero = PyInt.Zero;
            return new PyTuple(new PyObject[]
            {
                PyInt.Get(bsize), PyInt.Get(bsize), PyInt.Get(blocks), PyInt.Get(free), PyInt.Get(free), zero, zero, zero, zero, PyInt.Get(255),
            });
        }

        /// <summary>The text of the file at path, or null when it is missing, a directory or unreadable (import).</summary>
        public string ReadText(string path)
        {
            string p = Resolve(path);
            FileSystemFile f = null;
            try
            {
                FileSystemEntry e = _fs.Stat(p);
                if (e == null || e.IsDirectory)
                {
                    return null;
                }

                f = _fs.Open(p, FileSystemOpenMode.Read);
                long len = f.Length;
                byte[] data = new byte[Ops.CheckedSize(len)];
                int got = 0;
                while (got < data.Length)
                {
                    int k = f.Read(data, got, data.Length - got);
                    if (k <= 0)
                    {
                        break;
                    }

                    got += k;
                }

                int err;
                return StrUtil.DecodeUtf8(data, 0, got, false, out err);
            }
            catch (FileSystemException)
            {
                return null;
            }
            finally
            {
                if (f != null)
                {
                    try
                    {
                        f.Close();
                    }
                    catch (FileSystemException)
                    {
                    }
                }
            }
        }
    }
}
