namespace NanoPython.Hal
{
    /// <summary>
    /// Bit-level I2C (machine.SoftI2C): START, STOP and single bytes, as MicroPython's mp_hal_i2c_* primitives. The
    /// machine module builds transfers on top, exactly as MicroPython's extmod does, so SoftI2C behaves identically on
    /// every board. A device implementation bit-bangs two open-drain GPIOs; the simulated board talks to its devices.
    /// </summary>
    public interface II2cPrimitives
    {
        /// <summary>Generates a START (or repeated START). 0, or HalStatus.Timeout when SCL is held low.</summary>
        int Start();

        /// <summary>Generates a STOP. 0 or HalStatus.Timeout.</summary>
        int Stop();

        /// <summary>Sends one byte: 0 when acknowledged, 1 when not, or a negative HalStatus.</summary>
        int WriteByte(int value);

        /// <summary>Receives one byte (0..255) and answers with NACK when nack is true (the last byte), else ACK; or a negative HalStatus.</summary>
        int ReadByte(bool nack);

        /// <summary>Releases the pins.</summary>
        void Close();
    }
}
