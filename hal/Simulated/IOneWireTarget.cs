namespace NanoPython.Hal.Simulated;

/// <summary>A 1-Wire device at bit level (the bus ANDs what its devices answer, as the wire does).</summary>
public interface IOneWireTarget
{
    /// <summary>The pin of the bus.</summary>
    int Pin { get; }

    /// <summary>Reset pulse: returns true for a presence pulse.</summary>
    bool Reset();

    /// <summary>A write slot from the controller.</summary>
    void WriteBit(int bit);

    /// <summary>A read slot: the bit the device puts on the wire (1 = releases the line).</summary>
    int ReadBit();
}
