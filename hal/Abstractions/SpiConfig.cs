namespace NanoPython.Hal
{
    /// <summary>Settings of an SPI bus (machine.SPI/SoftSPI arguments; pins -1 when not used).</summary>
    public sealed class SpiConfig
    {
        /// <summary>Clock rate in Hz.</summary>
        public int Baudrate = 1000000;

        /// <summary>Clock idle level (0 or 1).</summary>
        public int Polarity;

        /// <summary>Sample on the first (0) or second (1) clock edge.</summary>
        public int Phase;

        /// <summary>Bits per transfer unit.</summary>
        public int Bits = 8;

        /// <summary>0: MSB first, 1: LSB first (machine.SPI.MSB/LSB on ESP32).</summary>
        public int FirstBit;

        /// <summary>Clock pin.</summary>
        public int Sck = -1;

        /// <summary>Controller-out pin.</summary>
        public int Mosi = -1;

        /// <summary>Controller-in pin.</summary>
        public int Miso = -1;

        /// <summary>A copy of these settings.</summary>
        public SpiConfig Clone()
        {
            return (SpiConfig)MemberwiseClone();
        }
    }
}
