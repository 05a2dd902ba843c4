using System;
using System.IO;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// The board's flash as a file system: nanoFramework's System.IO over a drive (I:\ is the ESP32's internal
    /// LittleFS partition, D:\ an SD card). Paths arrive normalised from the VFS and are joined with '\'; every
    /// System.IO failure becomes a <see cref="FileSystemException"/> with the matching errno.
    /// </summary>
    /// <remarks>
    /// nanoFramework's file system API has no modification times and no free-space query: entries report mtime 0
    /// (as a LittleFS without the mtime attribute), and free space is the drive size minus the files' sizes rounded
    /// up to whole blocks (one more block per directory), counted by walking the drive.
    /// </remarks>
    public sealed class Esp32FileSystem : IFileSystem
    {
        /// <summary>LittleFS block size on ESP32 flash.</summary>
        public const int Block = 4096;

        private readonly string _drive;

        /// <summary>A file system on drive ("I:" or "I:\").</summary>
        public Esp32FileSystem(string drive)
        {
            _drive = drive.EndsWith("\\") ? drive : drive + "\\";
        }

        /// <inheritdoc/>
        public int BlockSize
        {
            get { return Block; }
        }

        /// <inheritdoc/>
        public long TotalBytes
        {
            get
            {
                try
                {
                    return new DriveInfo(_drive.Substring(0, 2)).TotalSize;
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }
            }
        }

        /// <inheritdoc/>
        public long FreeBytes
        {
            get
            {
                long total = TotalBytes;
                long used;
                try
                {
                    used = UsedBytes(_drive);
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }

                return used >= total ? 0 : total - used;
            }
        }

        /// <inheritdoc/>
        public FileSystemEntry Stat(string path)
        {
            string host = Map(path);
            try
            {
                if (path.Length == 0 || Directory.Exists(host))
                {
                    return new FileSystemEntry(NameOf(path), true, 0, 0);
                }

                if (File.Exists(host))
                {
                    return new FileSystemEntry(NameOf(path), false, new FileInfo(host).Length, 0);
                }

                return null;
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        /// <inheritdoc/>
        public FileSystemEntry[] ListDirectory(string path)
        {
            string host = Map(path);
            try
            {
                RequireDirectory(path, host);
                string[] dirs = Directory.GetDirectories(host);
                string[] files = Directory.GetFiles(host);
                FileSystemEntry[] r = new FileSystemEntry[dirs.Length + files.Length];
                for (int i = 0; i < dirs.Length; i++)
                {
                    r[i] = new FileSystemEntry(LastPart(dirs[i]), true, 0, 0);
                }

                for (int i = 0; i < files.Length; i++)
                {
                    r[dirs.Length + i] = new FileSystemEntry(LastPart(files[i]), false, new FileInfo(files[i]).Length, 0);
                }

                SortByName(r);
                return r;
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        /// <inheritdoc/>
        public FileSystemFile Open(string path, int mode)
        {
            string host = Map(path);
            try
            {
                if (path.Length == 0 || Directory.Exists(host))
                {
                    throw new FileSystemException(FileSystemException.EISDIR);
                }

                RequireParent(host);
                bool exists = File.Exists(host);
                bool create = (mode & FileSystemOpenMode.Create) != 0;
                if (exists && create && (mode & FileSystemOpenMode.Exclusive) != 0)
                {
                    throw new FileSystemException(FileSystemException.EEXIST);
                }

                if (!exists && !create)
                {
                    throw new FileSystemException(FileSystemException.ENOENT);
                }

                FileMode fm = !exists ? FileMode.CreateNew : (mode & FileSystemOpenMode.Truncate) != 0 ? FileMode.Truncate : FileMode.Open;
                bool read = (mode & FileSystemOpenMode.Read) != 0;
                bool write = (mode & FileSystemOpenMode.Write) != 0;
                FileAccess access = read && write ? FileAccess.ReadWrite : write ? FileAccess.Write : FileAccess.Read;
                return new StreamFile(new FileStream(host, fm, access, FileShare.ReadWrite));
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        /// <inheritdoc/>
        public void CreateDirectory(string path)
        {
            string host = Map(path);
            try
            {
                if (path.Length == 0 || Directory.Exists(host) || File.Exists(host))
                {
                    throw new FileSystemException(FileSystemException.EEXIST);
                }

                // Directory.CreateDirectory would create missing parents too; os.mkdir must not.
                RequireParent(host);
                Directory.CreateDirectory(host);
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        /// <inheritdoc/>
        public void DeleteDirectory(string path)
        {
            string host = Map(path);
            try
            {
                if (path.Length == 0)
                {
                    throw new FileSystemException(FileSystemException.EPERM);
                }

                RequireDirectory(path, host);
                if (Directory.GetFiles(host).Length > 0 || Directory.GetDirectories(host).Length > 0)
                {
                    throw new FileSystemException(FileSystemException.ENOTEMPTY);
                }

                Directory.Delete(host, false);
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        /// <inheritdoc/>
        public void DeleteFile(string path)
        {
            string host = Map(path);
            try
            {
                if (path.Length == 0 || Directory.Exists(host))
                {
                    throw new FileSystemException(FileSystemException.EISDIR);
                }

                if (!File.Exists(host))
                {
                    throw new FileSystemException(FileSystemException.ENOENT);
                }

                File.Delete(host);
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        /// <inheritdoc/>
        public void Rename(string from, string to)
        {
            string a = Map(from);
            string b = Map(to);
            try
            {
                if (from.Length == 0 || to.Length == 0)
                {
                    throw new FileSystemException(FileSystemException.EPERM);
                }

                bool aDir = Directory.Exists(a);
                if (!aDir && !File.Exists(a))
                {
                    throw new FileSystemException(FileSystemException.ENOENT);
                }

                RequireParent(b);
                if (aDir && (to + "/").StartsWith(from + "/"))
                {
                    throw new FileSystemException(FileSystemException.EINVAL);
                }

                if (Directory.Exists(b))
                {
                    if (!aDir)
                    {
                        throw new FileSystemException(FileSystemException.EISDIR);
                    }

                    if (Directory.GetFiles(b).Length > 0 || Directory.GetDirectories(b).Length > 0)
                    {
                        throw new FileSystemException(FileSystemException.ENOTEMPTY);
                    }

                    Directory.Delete(b, false);
                }
                else if (File.Exists(b))
                {
                    if (aDir)
                    {
                        throw new FileSystemException(FileSystemException.ENOTDIR);
                    }

                    // POSIX (and LittleFS) rename replaces the target; System.IO's Move does not.
                    File.Delete(b);
                }

                if (aDir)
                {
                    Directory.Move(a, b);
                }
                else
                {
                    File.Move(a, b);
                }
            }
            catch (Exception e)
            {
                throw Translate(e);
            }
        }

        // The drive path of a normalised VFS path; parts that could escape or confuse System.IO are refused.
        private string Map(string path)
        {
            string[] parts = path.Split('/');
            string host = _drive;
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i];
                if (p.Length == 0 && path.Length == 0)
                {
                    break;
                }

                if (p.Length == 0 || p == "." || p == ".." || p.IndexOf('\\') >= 0 || p.IndexOf(':') >= 0 || p.IndexOf('\0') >= 0)
                {
                    throw new FileSystemException(FileSystemException.EACCES);
                }

                host = i == 0 ? host + p : host + "\\" + p;
            }

            return host;
        }

        private static void RequireDirectory(string path, string host)
        {
            if (path.Length == 0 || Directory.Exists(host))
            {
                return;
            }

            throw new FileSystemException(File.Exists(host) ? FileSystemException.ENOTDIR : FileSystemException.ENOENT);
        }

        private void RequireParent(string host)
        {
            int slash = host.LastIndexOf('\\');
            if (slash < _drive.Length)
            {
                return;
            }

            string parent = host.Substring(0, slash);
            if (!Directory.Exists(parent))
            {
                throw new FileSystemException(File.Exists(parent) ? FileSystemException.ENOTDIR : FileSystemException.ENOENT);
            }
        }

        private static string NameOf(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? path : path.Substring(slash + 1);
        }

        private static string LastPart(string hostPath)
        {
            int slash = hostPath.LastIndexOf('\\');
            return slash < 0 ? hostPath : hostPath.Substring(slash + 1);
        }

        // Insertion sort by ordinal name (nanoFramework has no Array.Sort); directories are small.
        private static void SortByName(FileSystemEntry[] a)
        {
            for (int i = 1; i < a.Length; i++)
            {
                FileSystemEntry x = a[i];
                int j = i - 1;
                while (j >= 0 && Ordinal(a[j].Name, x.Name) > 0)
                {
                    a[j + 1] = a[j];
                    j--;
                }

                a[j + 1] = x;
            }
        }

        private static int Ordinal(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return a.Length - b.Length;
        }

        private static long UsedBytes(string dir)
        {
            long used = Block;
            string[] files = Directory.GetFiles(dir);
            for (int i = 0; i < files.Length; i++)
            {
                used += (new FileInfo(files[i]).Length + Block - 1) / Block * Block;
            }

            string[] dirs = Directory.GetDirectories(dir);
            for (int i = 0; i < dirs.Length; i++)
            {
                used += UsedBytes(dirs[i]);
            }

            return used;
        }

        /// <summary>The FileSystemException of a System.IO failure (FileSystemExceptions pass through).</summary>
        internal static FileSystemException Translate(Exception e)
        {
            FileSystemException fs = e as FileSystemException;
            if (fs != null)
            {
                return fs;
            }

            IOException io = e as IOException;
            if (io == null)
            {
                return new FileSystemException(e is ArgumentException ? FileSystemException.EINVAL : FileSystemException.EIO);
            }

            switch (io.ErrorCode)
            {
                case IOException.IOExceptionErrorCode.FileNotFound:
                case IOException.IOExceptionErrorCode.DirectoryNotFound:
                case IOException.IOExceptionErrorCode.VolumeNotFound:
                    return new FileSystemException(FileSystemException.ENOENT);
                case IOException.IOExceptionErrorCode.PathAlreadyExists:
                    return new FileSystemException(FileSystemException.EEXIST);
                case IOException.IOExceptionErrorCode.DirectoryNotEmpty:
                    return new FileSystemException(FileSystemException.ENOTEMPTY);
                case IOException.IOExceptionErrorCode.UnauthorizedAccess:
                    return new FileSystemException(FileSystemException.EACCES);
                case IOException.IOExceptionErrorCode.PathTooLong:
                    return new FileSystemException(FileSystemException.EINVAL);
            }

            return new FileSystemException(FileSystemException.EIO);
        }

        /// <summary>An open file on the drive.</summary>
        private sealed class StreamFile : FileSystemFile
        {
            private readonly FileStream _stream;

            public StreamFile(FileStream stream)
            {
                _stream = stream;
            }

            public override long Position
            {
                get
                {
                    try
                    {
                        return _stream.Position;
                    }
                    catch (Exception e)
                    {
                        throw Translate(e);
                    }
                }

                set
                {
                    try
                    {
                        _stream.Position = value;
                    }
                    catch (Exception e)
                    {
                        throw Translate(e);
                    }
                }
            }

            public override long Length
            {
                get
                {
                    try
                    {
                        return _stream.Length;
                    }
                    catch (Exception e)
                    {
                        throw Translate(e);
                    }
                }
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                try
                {
                    return _stream.Read(buffer, offset, count);
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }
            }

            public override void Write(byte[] buffer, int offset, int count)
            {
                try
                {
                    _stream.Write(buffer, offset, count);
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }
            }

            public override void SetLength(long length)
            {
                try
                {
                    // FileStream moves the position back to a shorter end; this interface leaves it.
                    long pos = _stream.Position;
                    _stream.SetLength(length);
                    _stream.Position = pos;
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }
            }

            public override void Flush()
            {
                try
                {
                    _stream.Flush();
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }
            }

            public override void Close()
            {
                try
                {
                    _stream.Close();
                }
                catch (Exception e)
                {
                    throw Translate(e);
                }
            }
        }
    }
}
