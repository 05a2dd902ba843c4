using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>machine.UART(0) when no REPL stream was connected: the interpreter's stdout and stdin.</summary>
    internal sealed class StdioUart : IUart
    {
        private readonly Interpreter _ip;

        public StdioUart(Interpreter ip)
        {
            _ip = ip;
        }

        public int Available
        {
            get { return _ip.Stdin != null && _ip.Stdin.Available ? 1 : 0; }
        }

        public bool TxDone
        {
            get { return true; }
        }

        public void Configure(UartConfig config)
        {
        }

        public int Write(byte[] data, int offset, int count)
        {
            if (_ip.Stdout != null)
            {
                _ip.Stdout.Write(data, offset, count);
                _ip.Stdout.Flush();
            }

            return count;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = 0;
            while (n < count && _ip.Stdin != null && _ip.Stdin.Available)
            {
                int b = _ip.Stdin.ReadByte();
                if (b < 0)
                {
                    break;
                }

                buffer[offset + n++] = (byte)b;
            }

            return n;
        }

        public void SendBreak()
        {
        }

        public void SetReceiveHandler(HalCallback handler)
        {
        }

        public void Close()
        {
        }
    }
}
