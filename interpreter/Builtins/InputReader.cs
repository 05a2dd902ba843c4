using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// input([prompt]) of one interpreter: reads a line of UTF-8 from <see cref="Interpreter.Stdin"/>. A line ends at
    /// "\n", "\r" or "\r\n"; since the stream cannot be peeked, the reader remembers a "\r" so that the "\n" of a
    /// "\r\n" pair does not end the next line too (this is the per-interpreter state, hence an object per interpreter).
    /// </summary>
    public sealed class InputReader
    {
        private bool _skipLineFeed;

        /// <summary>input(prompt=None).</summary>
        public PyObject Input(Interpreter ip, PyObject prompt)
        {
            if (prompt != null)
            {
                BuiltinFunctions.WriteStdout(ip, Ops.Str(ip, prompt), true);
            }
            else if (ip.Stdout != null)
            {
                ip.Stdout.Flush();
            }

            InputStream input = ip.Stdin;
            if (input == null)
            {
                throw new PyException(PyExc.EOFError, "EOF when reading a line");
            }

            byte[] buf = new byte[16];
            int n = 0;
            while (true)
            {
                int b = input.ReadByte();
                if (b == '\n' && _skipLineFeed && n == 0)
                {
                    _skipLineFeed = false;
                    continue;
                }

                _skipLineFeed = false;
                if (b < 0)
                {
                    if (n == 0)
                    {
                        throw new PyException(PyExc.EOFError, "EOF when reading a line");
                    }

                    break;
                }

                if (b == '\n')
                {
                    break;
                }

                if (b == '\r')
                {
                    _skipLineFeed = true;
                    break;
                }

                if (n == buf.Length)
                {
                    byte[] bigger = new byte[n * 2];
                    System.Array.Copy(buf, bigger, n);
                    buf = bigger;
                }

                buf[n++] = (byte)b;
            }

            int errorIndex;
            return new PyStr(StrUtil.DecodeUtf8(buf, 0, n, false, out errorIndex));
        }
    }
}
