using System.Collections.Generic;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// An electrical node: one or more GPIOs (joined by the description's "wires") and the devices wired to them. All its
/// pins see the same level.
/// </summary>
internal sealed class SimNet
{
    public readonly List<SimPin> Pins = new List<SimPin>();
    public readonly List<IPinDriver> Drivers = new List<IPinDriver>();
    public readonly List<IPinObserver> Observers = new List<IPinObserver>();

    /// <summary>Level last seen (edges are changes of it).</summary>
    public int Level = -1;

    /// <summary>"GPIO2", or "GPIO25+GPIO26" for wired pins.</summary>
    public string Label = string.Empty;
}
