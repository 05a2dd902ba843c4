namespace NanoPython.Hal
{
    /// <summary>
    /// A serial port. Reads never block: the machine module implements machine.UART's timeouts over the board clock.
    /// The REPL's own stream can be presented as an IUart too (machine.UART(0) aliases the REPL, as Mu expects).
    /// </summary>
    public interface IUart
    {
        /// <summary>Applies new settings (machine.UART.init).</summary>
        void Configure(UartConfig config);

        /// <summary>Queues data[offset, offset + count) for sending; returns the number of bytes accepted.</summary>
        int Write(byte[] data, int offset, int count);

        /// <summary>Copies up to count received bytes into buffer[offset..]; returns how many (0 when none are waiting).</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Bytes received and not read yet.</summary>
        int Available { get; }

        /// <summary>True when everything written has left the transmitter.</summary>
        bool TxDone { get; }

        /// <summary>Sends a break condition.</summary>
        void SendBreak();

        /// <summary>Reports received bytes to handler (source = UART id); null stops reporting. Any thread.</summary>
        void SetReceiveHandler(HalCallback handler);

        /// <summary>Releases the port and its pins.</summary>
        void Close();
    }
}
