using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// The output side of a board console over the port's byte sink (a serial port, a pseudo-terminal, a test buffer).
    /// Text output is "cooked" as MicroPython's stdout is (every "\n" leaves as "\r\n", shared/runtime/stdout_helpers.c);
    /// <see cref="WriteRaw"/> (sys.stdout.buffer and the REPL's protocol bytes) passes bytes through untouched.
    /// </summary>
    public sealed class ConsoleOutput : OutputStream
    {
        private readonly OutputStream _sink;

        /// <summary>Writes to sink, which receives exactly the bytes that go out on the wire.</summary>
        public ConsoleOutput(OutputStream sink)
        {
            _sink = sink;
        }

        /// <summary>The port's sink.</summary>
        public OutputStream Sink
        {
            get { return _sink; }
        }

        /// <summary>Writes text bytes, turning each "\n" into "\r\n" (in one write to the sink).</summary>
        public override void Write(byte[] data, int offset, int count)
        {
            int end = offset + count;
            int newlines = 0;
            for (int i = offset; i < end; i++)
            {
                if (data[i] == 10)
                {
                    newlines++;
                }
            }

            if (newlines == 0)
            {
                _sink.Write(data, offset, count);
                return;
            }

            byte[] cooked = new byte[count + newlines];
            int n = 0;
            for (int i = offset; i < end; i++)
            {
                byte b = data[i];
                if (b == 10)
                {
                    cooked[n++] = 13;
                }

                cooked[n++] = b;
            }

            _sink.Write(cooked, 0, n);
        }

        /// <inheritdoc/>
        public override void WriteRaw(byte[] data, int offset, int count)
        {
            _sink.Write(data, offset, count);
        }

        /// <summary>Writes protocol text (ASCII or UTF-8) untranslated.</summary>
        public void WriteRaw(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            byte[] b = StrUtil.EncodeUtf8(text);
            _sink.Write(b, 0, b.Length);
        }

        /// <summary>Writes one byte untranslated.</summary>
        public void WriteRawByte(int b)
        {
            byte[] one = new byte[] { (byte)b };
            _sink.Write(one, 0, 1);
        }

        /// <inheritdoc/>
        public override void Flush()
        {
            _sink.Flush();
        }
    }
}
