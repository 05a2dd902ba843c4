namespace NanoPython.Hal.Simulated;

/// <summary>A DHT11/DHT22-style sensor: answers the start sequence with 40 bits.</summary>
public interface IDhtTarget
{
    /// <summary>The data pin.</summary>
    int Pin { get; }

    /// <summary>The 5 bytes it sends (the checksum included), or null when it does not answer.</summary>
    byte[] Answer();
}
