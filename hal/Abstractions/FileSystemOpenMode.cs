namespace NanoPython.Hal
{
    /// <summary>Flags of <see cref="IFileSystem.Open"/> (combine with |); open()'s modes map onto them.</summary>
    public static class FileSystemOpenMode
    {
        /// <summary>The file can be read.</summary>
        public const int Read = 1;

        /// <summary>The file can be written.</summary>
        public const int Write = 2;

        /// <summary>Create the file when it does not exist.</summary>
        public const int Create = 4;

        /// <summary>Empty the file when it exists.</summary>
        public const int Truncate = 8;

        /// <summary>Fail with EEXIST when the file exists (with Create).</summary>
        public const int Exclusive = 16;
    }
}
