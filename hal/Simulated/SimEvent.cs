using System;

namespace NanoPython.Hal.Simulated;

/// <summary>Something the simulated board does at a given time (a timer expiring, a scheduled input, a conversion finishing).</summary>
public sealed class SimEvent
{
    internal SimEvent(long timeUs, long sequence, Action action)
    {
        TimeUs = timeUs;
        Sequence = sequence;
        Action = action;
    }

    /// <summary>When it happens, in board microseconds.</summary>
    public long TimeUs { get; }

    /// <summary>Order among events of the same time (first scheduled runs first).</summary>
    internal long Sequence { get; }

    /// <summary>What happens.</summary>
    internal Action Action { get; }

    /// <summary>True once cancelled: the clock skips it.</summary>
    public bool Cancelled { get; private set; }

    /// <summary>Cancels the event (no effect once it ran).</summary>
    public void Cancel()
    {
        Cancelled = true;
    }
}
