namespace NanoPython.Hal
{
    /// <summary>An SPI controller (hardware or bit-banged). Chip select is an ordinary GPIO the program drives.</summary>
    public interface ISpiBus
    {
        /// <summary>Applies new settings (machine.SPI.init).</summary>
        void Configure(SpiConfig config);

        /// <summary>
        /// Full-duplex transfer of count bytes: sends write[writeOffset..] and stores what arrives in read[readOffset..]
        /// (read may be null when the answer is not wanted).
        /// </summary>
        void Transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int count);

        /// <summary>Releases the bus and its pins.</summary>
        void Close();
    }
}
