namespace NanoPython.Hal
{
    /// <summary>A 1-Wire bus on one open-drain pin (for onewire/ds18x20): the primitives of MicroPython's _onewire.</summary>
    public interface IOneWire
    {
        /// <summary>Sends a reset pulse; true when a device answered with a presence pulse.</summary>
        bool Reset();

        /// <summary>Reads one time slot (0 or 1).</summary>
        int ReadBit();

        /// <summary>Writes one time slot.</summary>
        void WriteBit(int bit);

        /// <summary>Reads a byte, LSB first.</summary>
        int ReadByte();

        /// <summary>Writes a byte, LSB first.</summary>
        void WriteByte(int value);
    }
}
