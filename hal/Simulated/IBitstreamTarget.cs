namespace NanoPython.Hal.Simulated;

/// <summary>A device that decodes pulse trains on its pin (a WS2812 strip).</summary>
public interface IBitstreamTarget
{
    /// <summary>The data-in pin.</summary>
    int Pin { get; }

    /// <summary>A pulse train: high and low durations in ns, one pair per bit, in sending order.</summary>
    void Receive(int[] highNs, int[] lowNs, int count);
}
