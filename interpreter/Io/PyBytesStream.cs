using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// io.StringIO (text) and io.BytesIO (binary): a stream over a growable byte buffer. StringIO keeps UTF-8 bytes and
    /// byte positions, as MicroPython's does.
    /// </summary>
    public sealed class PyBytesStream : PyStream
    {
        private byte[] _data;
        private int _count;
        private int _pos;

        /// <summary>A stream holding data[0, count) (the array is taken over), positioned at the start.</summary>
        public PyBytesStream(bool text, byte[] data, int count)
            : base(text)
        {
            _data = data;
            _count = count;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return IsText ? IoTypes.StringIO : IoTypes.BytesIO; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<io." + Type.Name.Value + " object at 0x" + Ops.IdHex(this) + ">";
        }

        /// <summary>getvalue(): the whole content as str or bytes.</summary>
        public PyObject GetValue()
        {
            if (IsText)
            {
                int err;
                return new PyStr(StrUtil.DecodeUtf8(_data, 0, _count, false, out err));
            }

            byte[] r = new byte[_count];
            System.Array.Copy(_data, r, _count);
            return new PyBytes(r);
        }

        /// <inheritdoc/>
        public override int ReadBytes(byte[] buffer, int offset, int count)
        {
            int n = _count - _pos;
            if (n > count)
            {
                n = count;
            }

            if (n <= 0)
            {
                return 0;
            }

            System.Array.Copy(_data, _pos, buffer, offset, n);
            _pos += n;
            return n;
        }

        /// <inheritdoc/>
        public override void WriteBytes(byte[] buffer, int offset, int count)
        {
            int end = _pos + count;
            Grow(end);
            if (_pos > _count)
            {
                // Writing after a seek beyond the end fills the gap with zeros.
                System.Array.Clear(_data, _count, _pos - _count);
            }

            System.Array.Copy(buffer, offset, _data, _pos, count);
            _pos = end;
            if (end > _count)
            {
                _count = end;
            }
        }

        /// <inheritdoc/>
        public override long Seek(long offset, int whence)
        {
            long pos = (whence == 0 ? 0 : whence == 1 ? _pos : _count) + offset;
            if (pos < 0)
            {
                throw IoErrors.OSError(Errno.EINVAL);
            }

            _pos = Ops.CheckedSize(pos);
            return pos;
        }

        /// <inheritdoc/>
        public override void Truncate(long length)
        {
            // As CPython's StringIO/BytesIO: truncating never extends.
            if (length < _count)
            {
                _count = (int)length;
            }
        }

        /// <inheritdoc/>
        protected override void CloseCore()
        {
            _data = new byte[0];
            _count = 0;
            _pos = 0;
        }

        private void Grow(int min)
        {
            if (min <= _data.Length)
            {
                return;
            }

            int cap = _data.Length * 2;
            if (cap < min)
            {
                cap = min;
            }

            if (cap < 16)
            {
                cap = 16;
            }

            byte[] a = new byte[cap];
            System.Array.Copy(_data, a, _count);
            _data = a;
        }
    }
}
