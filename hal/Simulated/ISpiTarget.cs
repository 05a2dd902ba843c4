namespace NanoPython.Hal.Simulated;

/// <summary>A device on an SPI bus, selected by its chip-select pin being low.</summary>
public interface ISpiTarget
{
    /// <summary>The clock pin of its bus.</summary>
    int Sck { get; }

    /// <summary>Its chip-select pin (active low).</summary>
    int Cs { get; }

    /// <summary>One byte in each direction.</summary>
    byte Exchange(byte value);
}
