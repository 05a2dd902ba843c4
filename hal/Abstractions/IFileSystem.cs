namespace NanoPython.Hal
{
    /// <summary>
    /// A file system the interpreter mounts (MicroPython's block-device file systems: the board's flash at "/", an SD
    /// card): the device's LittleFS drive I:\ through nanoFramework's System.IO, or a directory on the host.
    /// </summary>
    /// <remarks>
    /// Paths are relative to the file system's root, '/'-separated and already normalised by the interpreter's VFS:
    /// no leading '/', no empty, "." or ".." parts; "" is the root. Implementations still reject anything else (a
    /// host directory must never be left through a path). Failures throw <see cref="FileSystemException"/> with a
    /// Linux errno value, and nothing else, so the VFS can turn them into OSError.
    /// </remarks>
    public interface IFileSystem
    {
        /// <summary>The entry at path (files and directories; "" is the root), or null when there is none.</summary>
        FileSystemEntry Stat(string path);

        /// <summary>The entries of the directory at path, in name order (ENOENT, ENOTDIR).</summary>
        FileSystemEntry[] ListDirectory(string path);

        /// <summary>
        /// Opens the file at path with <see cref="FileSystemOpenMode"/> flags (ENOENT, EEXIST for Exclusive, EISDIR,
        /// ENOTDIR). The position starts at 0.
        /// </summary>
        FileSystemFile Open(string path, int mode);

        /// <summary>Creates the directory at path; its parent must exist (EEXIST, ENOENT, ENOTDIR).</summary>
        void CreateDirectory(string path);

        /// <summary>Removes the empty directory at path (ENOENT, ENOTDIR, ENOTEMPTY; EPERM for the root).</summary>
        void DeleteDirectory(string path);

        /// <summary>Removes the file at path (ENOENT, EISDIR).</summary>
        void DeleteFile(string path);

        /// <summary>
        /// Renames from to to, replacing a file or an empty directory at to as POSIX rename does (ENOENT, EISDIR,
        /// ENOTDIR, ENOTEMPTY, EINVAL when a directory would move into itself).
        /// </summary>
        void Rename(string from, string to);

        /// <summary>The allocation unit in bytes (statvfs f_bsize).</summary>
        int BlockSize { get; }

        /// <summary>The capacity in bytes.</summary>
        long TotalBytes { get; }

        /// <summary>The free space in bytes.</summary>
        long FreeBytes { get; }
    }
}
