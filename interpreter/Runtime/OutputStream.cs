namespace NanoPython.Runtime
{
    /// <summary>A byte sink for sys.stdout/sys.stderr (the console, a serial port, a test buffer).</summary>
    public abstract class OutputStream
    {
        /// <summary>Writes bytes.</summary>
        public abstract void Write(byte[] data, int offset, int count);

        /// <summary>Writes text as UTF-8.</summary>
        public virtual void Write(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            byte[] b = StrUtil.EncodeUtf8(text);
            Write(b, 0, b.Length);
        }

        /// <summary>
        /// Writes bytes untranslated (sys.stdout.buffer). A board console translates "\n" into "\r\n" in
        /// <see cref="Write(byte[], int, int)"/> (text output, as MicroPython's cooked stdout) but not here; other streams
        /// make no difference.
        /// </summary>
        public virtual void WriteRaw(byte[] data, int offset, int count)
        {
            Write(data, offset, count);
        }

        /// <summary>Flushes buffered output.</summary>
        public virtual void Flush()
        {
        }
    }
}
