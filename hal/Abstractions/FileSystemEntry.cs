namespace NanoPython.Hal
{
    /// <summary>What <see cref="IFileSystem"/> knows about a file or directory (os.stat, os.ilistdir).</summary>
    public sealed class FileSystemEntry
    {
        /// <summary>The name (the last part of the path; "" for the root).</summary>
        public readonly string Name;

        /// <summary>True for a directory.</summary>
        public readonly bool IsDirectory;

        /// <summary>The size in bytes (0 for directories).</summary>
        public readonly long Size;

        /// <summary>Last modification, in seconds since 1970-01-01 UTC; 0 when the file system does not record it.</summary>
        public readonly long ModifiedUnix;

        /// <summary>An entry.</summary>
        public FileSystemEntry(string name, bool isDirectory, long size, long modifiedUnix)
        {
            Name = name;
            IsDirectory = isDirectory;
            Size = size;
            ModifiedUnix = modifiedUnix;
        }
    }
}
