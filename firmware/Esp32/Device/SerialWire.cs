using System.IO.Ports;
using NanoPython.Runtime;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>The REPL's wire: bytes written straight to the serial port (the <see cref="ChunkedSink"/> in front of it batches them).</summary>
    internal sealed class SerialWire : OutputStream
    {
        private readonly SerialPort _port;

        /// <summary>Writes to port (open).</summary>
        public SerialWire(SerialPort port)
        {
            _port = port;
        }

        /// <inheritdoc/>
        public override void Write(byte[] data, int offset, int count)
        {
            _port.Write(data, offset, count);
        }
    }
}
