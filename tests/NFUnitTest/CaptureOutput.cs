using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>An output stream that keeps what the interpreter prints (UTF-8), for the device tests to compare.</summary>
    public sealed class CaptureOutput : OutputStream
    {
        private byte[] _buf = new byte[256];
        private int _count;

        /// <summary>Everything written so far.</summary>
        public string Text
        {
            get
            {
                int bad;
                return StrUtil.DecodeUtf8(_buf, 0, _count, false, out bad);
            }
        }

        /// <summary>Forgets what was written.</summary>
        public void Clear()
        {
            _count = 0;
        }

        /// <inheritdoc/>
        public override void Write(byte[] data, int offset, int count)
        {
            if (_count + count > _buf.Length)
            {
                int size = _buf.Length * 2;
                while (size < _count + count)
                {
                    size *= 2;
                }

                byte[] bigger = new byte[size];
                System.Array.Copy(_buf, bigger, _count);
                _buf = bigger;
            }

            System.Array.Copy(data, offset, _buf, _count, count);
            _count += count;
        }
    }
}
