namespace NanoPython.Hal.Simulated;

/// <summary>
/// A device on an I2C bus, at byte level: the bus engine calls Start after the device acknowledged its address, then
/// Write/Read per byte, Stop at the STOP condition (a repeated START calls Start again).
/// </summary>
public interface II2cTarget
{
    /// <summary>The SCL pin of the bus it is on.</summary>
    int Scl { get; }

    /// <summary>The SDA pin of the bus it is on.</summary>
    int Sda { get; }

    /// <summary>Its 7-bit address.</summary>
    int Address { get; }

    /// <summary>True while it does not acknowledge its address (an EEPROM during its write cycle).</summary>
    bool Busy { get; }

    /// <summary>Addressed for reading (true) or writing.</summary>
    void Start(bool read);

    /// <summary>A byte from the controller; returns true to acknowledge it.</summary>
    bool Write(byte value);

    /// <summary>The next byte for the controller.</summary>
    byte Read();

    /// <summary>STOP condition.</summary>
    void Stop();
}
