using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// An open file of a mounted native file system: io.TextIOWrapper in text mode, io.FileIO in binary mode (what
    /// open() returns). Reads and writes go straight to the <see cref="FileSystemFile"/>; append mode writes at the end.
    /// </summary>
    public sealed class PyFile : PyStream
    {
        private readonly FileSystemFile _file;
        private readonly int _flags;

        /// <summary>The file may be read.</summary>
        public const int Readable = 1;

        /// <summary>The file may be written.</summary>
        public const int Writable = 2;

        /// <summary>Every write goes to the end of the file.</summary>
        public const int Append = 4;

        /// <summary>A file object over an open file; flags combine Readable, Writable and Append.</summary>
        public PyFile(FileSystemFile file, bool text, int flags)
            : base(text)
        {
            _file = file;
            _flags = flags;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return IsText ? IoTypes.TextIOWrapper : IoTypes.FileIO; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<io." + Type.Name.Value + " " + Ops.IdHex(this) + ">";
        }

        /// <inheritdoc/>
        public override int ReadBytes(byte[] buffer, int offset, int count)
        {
            if ((_flags & Readable) == 0)
            {
                throw IoErrors.OSError(Errno.EBADF);
            }

            try
            {
                return _file.Read(buffer, offset, count);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <inheritdoc/>
        public override void WriteBytes(byte[] buffer, int offset, int count)
        {
            if ((_flags & Writable) == 0)
            {
                throw IoErrors.OSError(Errno.EBADF);
            }

            try
            {
                if ((_flags & Append) != 0)
                {
                    _file.Position = _file.Length;
                }

                _file.Write(buffer, offset, count);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <inheritdoc/>
        public override long Seek(long offset, int whence)
        {
            try
            {
                long basePos = whence == 0 ? 0 : whence == 1 ? _file.Position : _file.Length;
                long pos = basePos + offset;
                if (pos < 0)
                {
                    throw IoErrors.OSError(Errno.EINVAL);
                }

                if (pos != _file.Position)
                {
                    _file.Position = pos;
                }

                return pos;
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <inheritdoc/>
        public override void Truncate(long length)
        {
            if ((_flags & Writable) == 0)
            {
                throw IoErrors.OSError(Errno.EBADF);
            }

            try
            {
                _file.SetLength(length);
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <inheritdoc/>
        public override void Flush()
        {
            try
            {
                _file.Flush();
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }

        /// <inheritdoc/>
        protected override void CloseCore()
        {
            try
            {
                _file.Close();
            }
            catch (FileSystemException e)
            {
                throw IoErrors.From(e);
            }
        }
    }
}
