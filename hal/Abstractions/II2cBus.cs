namespace NanoPython.Hal
{
    /// <summary>
    /// A hardware I2C controller. Transfers return the number of data bytes the device acknowledged (0 or more; fewer
    /// than asked when it stopped acknowledging) or a negative <see cref="HalStatus"/>: NoDevice when the address was not
    /// acknowledged, Timeout when clock stretching lasted too long, IoError otherwise. They never throw for these.
    /// </summary>
    public interface II2cBus
    {
        /// <summary>Writes data[offset, offset + count) to address; stop=false leaves the bus for a repeated start.</summary>
        int Write(int address, byte[] data, int offset, int count, bool stop);

        /// <summary>Reads count bytes from address into buffer[offset..].</summary>
        int Read(int address, byte[] buffer, int offset, int count, bool stop);

        /// <summary>Writes, then reads after a repeated start, in one transaction (register reads). Returns the bytes read.</summary>
        int WriteRead(int address, byte[] write, int writeOffset, int writeCount, byte[] read, int readOffset, int readCount);

        /// <summary>True when a device acknowledges address (machine.I2C.scan).</summary>
        bool Probe(int address);

        /// <summary>Releases the controller and its pins.</summary>
        void Close();
    }
}
