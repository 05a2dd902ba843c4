using System;
using System.Collections.Generic;
using System.IO;
using NanoPython.Hal;

namespace NanoPython.Host;

/// <summary>
/// A directory of the host as a file system: the simulated board's flash (a sandbox: nothing outside the directory can
/// be reached), or "/" for script mode, which sees the host as MicroPython's unix port does.
/// </summary>
/// <remarks>
/// Every path is checked twice. Its parts must be plain names (no "", ".", "..", NUL or backslash): the VFS already
/// normalises paths, so anything else is an escape attempt and gets EACCES. Then the host path is resolved part by
/// part like realpath(3), following every symbolic link (also dangling ones, whose target a create would write to),
/// and the result must lie inside the real root directory, else EACCES. Operations that act on a name itself (remove,
/// rename) resolve only its parent, so removing a link removes the link. Hard links cannot be told apart and are not
/// guarded; the interpreter cannot create links of either kind.
/// </remarks>
public sealed class FlashDirectoryFileSystem : IFileSystem
{
    /// <summary>The block size reported by statvfs (LittleFS on ESP32 flash uses 4096-byte blocks).</summary>
    public const int Block = 4096;

    private const int MaxLinkHops = 40;

    private readonly string _root;
    private readonly long _capacity;

    /// <summary>
    /// The directory root (created when missing) as a file system of capacity bytes; capacity 0 reports the host
    /// disk's size and free space instead of a simulated flash size.
    /// </summary>
    public FlashDirectoryFileSystem(string root, long capacity)
    {
        Directory.CreateDirectory(root);
        _root = RealPath(Path.GetFullPath(root));
        _capacity = capacity;
    }

    /// <summary>The real (link-free) path of the root directory.</summary>
    public string Root => _root;

    /// <inheritdoc/>
    public int BlockSize => Block;

    /// <inheritdoc/>
    public long TotalBytes
    {
        get
        {
            if (_capacity > 0)
            {
                return _capacity;
            }

            return Guard(() => new DriveInfo(_root).TotalSize);
        }
    }

    /// <inheritdoc/>
    public long FreeBytes
    {
        get
        {
            if (_capacity <= 0)
            {
                return Guard(() => new DriveInfo(_root).AvailableFreeSpace);
            }

            long used = Guard(() => UsedBytes(new DirectoryInfo(_root)));
            return used >= _capacity ? 0 : _capacity - used;
        }
    }

    /// <inheritdoc/>
    public FileSystemEntry Stat(string path)
    {
        return Guard(() =>
        {
            string host = Map(path, true);
            return EntryOf(host, NameOf(path));
        });
    }

    /// <inheritdoc/>
    public FileSystemEntry[] ListDirectory(string path)
    {
        return Guard(() =>
        {
            string host = Map(path, true);
            RequireDirectory(host);
            var entries = new List<FileSystemEntry>();
            foreach (string child in Directory.EnumerateFileSystemEntries(host))
            {
                string name = Path.GetFileName(child);
                FileSystemEntry e = null;
                try
                {
                    e = EntryOf(Map(Combine(path, name), true), name);
                }
                catch (FileSystemException)
                {
                    // A link leading out of the sandbox (or nowhere): listed, but it cannot be opened.
                }

                entries.Add(e ?? new FileSystemEntry(name, false, 0, 0));
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries.ToArray();
        });
    }

    /// <inheritdoc/>
    public FileSystemFile Open(string path, int mode)
    {
        return Guard(() =>
        {
            string host = Map(path, true);
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
            var stream = new FileStream(host, fm, access, FileShare.ReadWrite | FileShare.Delete);
            return new StreamFile(stream);
        });
    }

    /// <inheritdoc/>
    public void CreateDirectory(string path)
    {
        Guard(() =>
        {
            string host = Map(path, false);
            if (path.Length == 0 || Exists(host))
            {
                throw new FileSystemException(FileSystemException.EEXIST);
            }

            RequireParent(host);
            Directory.CreateDirectory(host);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void DeleteDirectory(string path)
    {
        Guard(() =>
        {
            if (path.Length == 0)
            {
                throw new FileSystemException(FileSystemException.EPERM);
            }

            string host = Map(path, false);
            if (IsLink(host) || File.Exists(host))
            {
                throw new FileSystemException(Exists(host) ? FileSystemException.ENOTDIR : FileSystemException.ENOENT);
            }

            RequireDirectory(host);
            if (Directory.EnumerateFileSystemEntries(host).GetEnumerator().MoveNext())
            {
                throw new FileSystemException(FileSystemException.ENOTEMPTY);
            }

            Directory.Delete(host, false);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void DeleteFile(string path)
    {
        Guard(() =>
        {
            string host = Map(path, false);
            if (path.Length == 0 || (!IsLink(host) && Directory.Exists(host)))
            {
                throw new FileSystemException(FileSystemException.EISDIR);
            }

            if (!Exists(host))
            {
                throw new FileSystemException(FileSystemException.ENOENT);
            }

            // File.Delete removes a link itself, never its target.
            File.Delete(host);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void Rename(string from, string to)
    {
        Guard(() =>
        {
            if (from.Length == 0 || to.Length == 0)
            {
                throw new FileSystemException(FileSystemException.EPERM);
            }

            string a = Map(from, false);
            string b = Map(to, false);
            if (!Exists(a))
            {
                throw new FileSystemException(FileSystemException.ENOENT);
            }

            RequireParent(b);
            bool aDir = !IsLink(a) && Directory.Exists(a);
            if (aDir && (to + "/").StartsWith(from + "/", StringComparison.Ordinal))
            {
                throw new FileSystemException(FileSystemException.EINVAL);
            }

            if (Exists(b))
            {
                bool bDir = !IsLink(b) && Directory.Exists(b);
                if (aDir && !bDir)
                {
                    throw new FileSystemException(FileSystemException.ENOTDIR);
                }

                if (!aDir && bDir)
                {
                    throw new FileSystemException(FileSystemException.EISDIR);
                }

                if (bDir)
                {
                    if (Directory.EnumerateFileSystemEntries(b).GetEnumerator().MoveNext())
                    {
                        throw new FileSystemException(FileSystemException.ENOTEMPTY);
                    }

                    Directory.Delete(b, false);
                }
            }

            if (aDir)
            {
                Directory.Move(a, b);
            }
            else
            {
                File.Move(a, b, true);
            }

            return 0;
        });
    }

    /// <summary>
    /// The host path of a file system path, checked to stay inside the root. With resolveLast the last part is
    /// followed when it is a link (open, stat); without, only its parent is resolved (remove, rename, mkdir).
    /// </summary>
    private string Map(string path, bool resolveLast)
    {
        if (path.Length == 0)
        {
            return _root;
        }

        string[] parts = path.Split('/');
        foreach (string p in parts)
        {
            if (p.Length == 0 || p == "." || p == ".." || p.IndexOf('\0') >= 0 || p.IndexOf('\\') >= 0)
            {
                throw new FileSystemException(FileSystemException.EACCES);
            }
        }

        string host = _root;
        for (int i = 0; i < parts.Length; i++)
        {
            host = Path.Combine(host, parts[i]);
            if (i < parts.Length - 1 || resolveLast)
            {
                host = RealPath(host);
                if (!Inside(host))
                {
                    throw new FileSystemException(FileSystemException.EACCES);
                }

                if (i < parts.Length - 1 && File.Exists(host))
                {
                    throw new FileSystemException(FileSystemException.ENOTDIR);
                }
            }
        }

        return host;
    }

    private bool Inside(string real)
    {
        if (real == _root)
        {
            return true;
        }

        string prefix = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        return real.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The path with every symbolic link resolved, part by part (like realpath(3)); a missing tail is kept as it is,
    /// dangling links are followed to where they point. ELOOP-like chains give EACCES.
    /// </summary>
    private static string RealPath(string full)
    {
        var pending = new List<string>(full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        pending.Reverse();
        string cur = Path.GetPathRoot(full) ?? "/";
        int hops = 0;
        while (pending.Count > 0)
        {
            string p = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            if (p == ".")
            {
                continue;
            }

            if (p == "..")
            {
                cur = Path.GetDirectoryName(cur) ?? cur;
                continue;
            }

            string next = Path.Combine(cur, p);
            string target = new FileInfo(next).LinkTarget;
            if (target == null)
            {
                cur = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new FileSystemException(FileSystemException.EACCES);
            }

            if (Path.IsPathRooted(target))
            {
                cur = Path.GetPathRoot(target) ?? "/";
            }

            string[] t = target.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            for (int i = t.Length - 1; i >= 0; i--)
            {
                pending.Add(t[i]);
            }
        }

        return cur;
    }

    private static bool IsLink(string host)
    {
        return new FileInfo(host).LinkTarget != null;
    }

    private static bool Exists(string host)
    {
        return IsLink(host) || File.Exists(host) || Directory.Exists(host);
    }

    private static void RequireDirectory(string host)
    {
        if (File.Exists(host))
        {
            throw new FileSystemException(FileSystemException.ENOTDIR);
        }

        if (!Directory.Exists(host))
        {
            throw new FileSystemException(FileSystemException.ENOENT);
        }
    }

    private static void RequireParent(string host)
    {
        string parent = Path.GetDirectoryName(host);
        if (parent != null && !Directory.Exists(parent))
        {
            throw new FileSystemException(File.Exists(parent) ? FileSystemException.ENOTDIR : FileSystemException.ENOENT);
        }
    }

    private static FileSystemEntry EntryOf(string host, string name)
    {
        if (Directory.Exists(host))
        {
            return new FileSystemEntry(name, true, 0, new DateTimeOffset(Directory.GetLastWriteTimeUtc(host)).ToUnixTimeSeconds());
        }

        var fi = new FileInfo(host);
        if (!fi.Exists)
        {
            return null;
        }

        return new FileSystemEntry(name, false, fi.Length, new DateTimeOffset(fi.LastWriteTimeUtc).ToUnixTimeSeconds());
    }

    private static string NameOf(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static string Combine(string path, string name)
    {
        return path.Length == 0 ? name : path + "/" + name;
    }

    // Space in use as a flash file system would count it: each file in whole blocks, each directory one block.
    private static long UsedBytes(DirectoryInfo dir)
    {
        long used = Block;
        foreach (FileSystemInfo child in dir.EnumerateFileSystemInfos())
        {
            if (child.LinkTarget != null)
            {
                continue;
            }

            if (child is DirectoryInfo d)
            {
                used += UsedBytes(d);
            }
            else
            {
                used += (((FileInfo)child).Length + Block - 1) / Block * Block;
            }
        }

        return used;
    }

    // Runs a host file operation, turning .NET's exceptions into FileSystemException (the only kind the VFS expects).
    private static T Guard<T>(Func<T> op)
    {
        try
        {
            return op();
        }
        catch (FileSystemException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw Translate(e);
        }
    }

    private static FileSystemException Translate(Exception e)
    {
        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException => new FileSystemException(FileSystemException.ENOENT),
            UnauthorizedAccessException => new FileSystemException(FileSystemException.EACCES),
            PathTooLongException => new FileSystemException(FileSystemException.EINVAL),
            ArgumentException => new FileSystemException(FileSystemException.EINVAL),
            IOException io when (io.HResult & 0xFFFF) == 28 => new FileSystemException(FileSystemException.ENOSPC),
            _ => new FileSystemException(FileSystemException.EIO),
        };
    }

    /// <summary>An open host file.</summary>
    private sealed class StreamFile : FileSystemFile
    {
        private readonly FileStream _stream;

        public StreamFile(FileStream stream)
        {
            _stream = stream;
        }

        public override long Position
        {
            get => Guard(() => _stream.Position);
            set => Guard(() => _stream.Position = value);
        }

        public override long Length => Guard(() => _stream.Length);

        public override int Read(byte[] buffer, int offset, int count)
        {
            return Guard(() => _stream.Read(buffer, offset, count));
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Guard(() =>
            {
                _stream.Write(buffer, offset, count);
                return 0;
            });
        }

        public override void SetLength(long length)
        {
            Guard(() =>
            {
                // FileStream moves the position back to a shorter end; ftruncate (and this interface) leave it.
                long pos = _stream.Position;
                _stream.SetLength(length);
                _stream.Position = pos;
                return 0;
            });
        }

        public override void Flush()
        {
            Guard(() =>
            {
                _stream.Flush();
                return 0;
            });
        }

        public override void Close()
        {
            Guard(() =>
            {
                _stream.Dispose();
                return 0;
            });
        }
    }
}
