using System;
using System.Diagnostics;
using System.Threading;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// Real time for the host port (script mode and the interactive board session): monotonic ticks from a stopwatch, wall
/// time since the port's epoch (1970 in script mode like MicroPython's unix port, 2000 on the simulated board like
/// esp32), and waits that end early when Ctrl-C or scheduled work arrives. The simulated board's own clock replaces
/// it when the machine layer installs one.
/// </summary>
public sealed class HostClock : SystemClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly AutoResetEvent _wake = new AutoResetEvent(false);
    private readonly DateTime _epoch;
    private double _adjust;

    /// <summary>A clock whose <see cref="Time"/> counts seconds from January 1st of epochYear (UTC).</summary>
    public HostClock(int epochYear)
    {
        _epoch = new DateTime(epochYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <inheritdoc/>
    public override long TicksMs => _watch.ElapsedMilliseconds;

    /// <inheritdoc/>
    public override long TicksUs => _watch.ElapsedTicks * 1000000 / Stopwatch.Frequency;

    /// <inheritdoc/>
    public override long TicksCpu => Stopwatch.GetTimestamp();

    /// <inheritdoc/>
    public override double Time => (DateTime.UtcNow - _epoch).TotalSeconds + _adjust;

    /// <inheritdoc/>
    public override void SetTime(double seconds)
    {
        _adjust = seconds - (DateTime.UtcNow - _epoch).TotalSeconds;
    }

    /// <inheritdoc/>
    public override void Wait(int ms)
    {
        if (ms > 0)
        {
            _wake.WaitOne(ms);
        }
    }

    /// <inheritdoc/>
    public override void Wake()
    {
        _wake.Set();
    }
}
