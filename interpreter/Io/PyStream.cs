using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// A native stream as Python sees it: files of a mounted file system and io.StringIO/io.BytesIO. Subclasses move
    /// bytes; <see cref="StreamMethods"/> implements the Python methods (read, readline, write, seek...) once for all
    /// of them. Text streams hold UTF-8 and translate no newlines (MicroPython's behaviour); positions are in bytes.
    /// </summary>
    public abstract class PyStream : PyObject
    {
        private readonly bool _text;
        private bool _closed;

        /// <summary>A stream; text streams read and write str, binary ones bytes.</summary>
        protected PyStream(bool text)
        {
            _text = text;
        }

        /// <summary>True for text streams (TextIOWrapper, StringIO).</summary>
        public bool IsText
        {
            get { return _text; }
        }

        /// <summary>True once closed.</summary>
        public bool IsClosed
        {
            get { return _closed; }
        }

        /// <summary>Reads up to count bytes at the position into buffer[offset..]; 0 at the end.</summary>
        public abstract int ReadBytes(byte[] buffer, int offset, int count);

        /// <summary>Writes buffer[offset, offset + count) at the position (at the end for append-mode files).</summary>
        public abstract void WriteBytes(byte[] buffer, int offset, int count);

        /// <summary>Moves the position (whence 0: from the start, 1: from the position, 2: from the end); returns it.</summary>
        public abstract long Seek(long offset, int whence);

        /// <summary>Truncates or extends the stream to length bytes without moving the position.</summary>
        public abstract void Truncate(long length);

        /// <summary>Writes buffered data out.</summary>
        public virtual void Flush()
        {
        }

        /// <summary>Releases the underlying resource (called once by <see cref="Close"/>).</summary>
        protected abstract void CloseCore();

        /// <summary>Closes the stream; later calls do nothing.</summary>
        public void Close()
        {
            if (!_closed)
            {
                _closed = true;
                CloseCore();
            }
        }

        /// <summary>Raises ValueError when the stream is closed.</summary>
        public void CheckOpen()
        {
            if (_closed)
            {
                throw IoErrors.ClosedFile();
            }
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            CheckOpen();
            return this;
        }

        /// <inheritdoc/>
        public override bool IsIterator
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject Next(Interpreter ip)
        {
            PyByteArray line = StreamMethods.ReadLineBytes(this, -1);
            return line.Count > 0 ? StreamMethods.Result(this, line) : null;
        }
    }
}
