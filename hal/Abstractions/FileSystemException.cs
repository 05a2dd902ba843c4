namespace NanoPython.Hal
{
    /// <summary>
    /// A failed <see cref="IFileSystem"/> operation, carrying a Linux errno value (MicroPython's numbering), which the
    /// VFS raises as OSError(errno). The constants are the codes file systems report.
    /// </summary>
    public class FileSystemException : System.Exception
    {
        /// <summary>Operation not permitted.</summary>
        public const int EPERM = 1;

        /// <summary>No such file or directory.</summary>
        public const int ENOENT = 2;

        /// <summary>I/O error.</summary>
        public const int EIO = 5;

        /// <summary>Bad file descriptor (a closed file, or reading a write-only one).</summary>
        public const int EBADF = 9;

        /// <summary>Permission denied (also: a path leaving a sandboxed directory).</summary>
        public const int EACCES = 13;

        /// <summary>File exists.</summary>
        public const int EEXIST = 17;

        /// <summary>Not a directory.</summary>
        public const int ENOTDIR = 20;

        /// <summary>Is a directory.</summary>
        public const int EISDIR = 21;

        /// <summary>Invalid argument.</summary>
        public const int EINVAL = 22;

        /// <summary>No space left on device.</summary>
        public const int ENOSPC = 28;

        /// <summary>Directory not empty.</summary>
        public const int ENOTEMPTY = 39;

        /// <summary>The errno value.</summary>
        public readonly int Errno;

        /// <summary>A failure with errno.</summary>
        public FileSystemException(int errno)
        {
            Errno = errno;
        }
    }
}
