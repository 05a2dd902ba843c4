namespace NanoPython.Hal
{
    /// <summary>
    /// An open file of an <see cref="IFileSystem"/>: unbuffered byte access with a position (the Python file object
    /// adds text decoding, lines and modes on top). Failures throw <see cref="FileSystemException"/>.
    /// </summary>
    public abstract class FileSystemFile
    {
        /// <summary>Reads up to count bytes into buffer[offset..]; returns how many, 0 at the end of the file.</summary>
        public abstract int Read(byte[] buffer, int offset, int count);

        /// <summary>Writes buffer[offset, offset + count) at the position, extending the file as needed.</summary>
        public abstract void Write(byte[] buffer, int offset, int count);

        /// <summary>The position in bytes from the start (it may be set beyond the end; writing there fills with zeros).</summary>
        public abstract long Position { get; set; }

        /// <summary>The file's length in bytes.</summary>
        public abstract long Length { get; }

        /// <summary>Truncates or extends (with zeros) the file to length bytes; the position does not move.</summary>
        public abstract void SetLength(long length);

        /// <summary>Writes buffered data to the medium.</summary>
        public abstract void Flush();

        /// <summary>Flushes and releases the file; further calls are not allowed.</summary>
        public abstract void Close();
    }
}
