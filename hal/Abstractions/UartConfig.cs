namespace NanoPython.Hal
{
    /// <summary>Settings of a UART (machine.UART arguments; pins -1 for the UART's defaults or none).</summary>
    public sealed class UartConfig
    {
        /// <summary>Baud rate.</summary>
        public int Baudrate = 115200;

        /// <summary>Data bits (5..8).</summary>
        public int Bits = 8;

        /// <summary>Parity: -1 none, 0 even, 1 odd (MicroPython's None/0/1).</summary>
        public int Parity = -1;

        /// <summary>Stop bits (1 or 2).</summary>
        public int Stop = 1;

        /// <summary>TX pin.</summary>
        public int Tx = -1;

        /// <summary>RX pin.</summary>
        public int Rx = -1;

        /// <summary>RTS pin.</summary>
        public int Rts = -1;

        /// <summary>CTS pin.</summary>
        public int Cts = -1;

        /// <summary>Transmit buffer size in bytes.</summary>
        public int TxBuffer = 256;

        /// <summary>Receive buffer size in bytes.</summary>
        public int RxBuffer = 256;

        /// <summary>Inverted lines: machine.UART.INV_* flags.</summary>
        public int Invert;

        /// <summary>Hardware flow control: machine.UART.RTS/CTS flags.</summary>
        public int Flow;

        /// <summary>A copy of these settings.</summary>
        public UartConfig Clone()
        {
            return (UartConfig)MemberwiseClone();
        }
    }
}
