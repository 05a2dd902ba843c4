using System.Threading;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The simulated ESP32 chip: CPU frequency, MAC-based unique id, reset cause and wake reason, sleep modes. A reset
/// (machine.reset, deepsleep, the watchdog) is recorded and reported through <see cref="SimulatedBoard.ResetRequested"/>
/// and the reset handler; the host session then restarts the interpreter on the same board.
/// </summary>
public sealed class SimChip : IChip
{
    private readonly SimulatedBoard _board;
    private HalCallback _resetHandler;
    private int _cpuHz;

    internal SimChip(SimulatedBoard board, int cpuHz, byte[] uniqueId)
    {
        _board = board;
        _cpuHz = cpuHz;
        UniqueId = uniqueId;
        ResetCause = HalReset.PowerOn;
    }

    /// <inheritdoc/>
    public int CpuFrequency
    {
        get { return _cpuHz; }
    }

    /// <inheritdoc/>
    public byte[] UniqueId { get; }

    /// <inheritdoc/>
    public int ResetCause { get; internal set; }

    /// <inheritdoc/>
    public int WakeReason { get; internal set; }

    /// <summary>The cause of a reset requested but not yet carried out by the host, or 0.</summary>
    public int PendingReset { get; internal set; }

    /// <inheritdoc/>
    public int MemoryFree
    {
        get { return -1; }
    }

    /// <inheritdoc/>
    public int MemoryTotal
    {
        get { return -1; }
    }

    /// <inheritdoc/>
    public bool SetCpuFrequency(int hz)
    {
        _cpuHz = hz;
        _board.Clock.CpuHz = hz;
        _board.Trace.Write("CPU", "frequency " + (hz / 1000000) + " MHz");
        return true;
    }

    /// <inheritdoc/>
    public void Reset()
    {
        _board.Trace.Write("CPU", "reset requested");
        _board.RequestReset(HalReset.Hard);
    }

    /// <inheritdoc/>
    public void LightSleep(int ms)
    {
        SimClock c = _board.Clock;
        _board.Trace.Write("CPU", "light sleep " + (ms < 0 ? "until woken" : ms + " ms"));
        if (ms >= 0)
        {
            c.SleepUntil(c.NowUs + ms * 1000L);
            WakeReason = HalReset.WakeTimer;
        }
        else
        {
            if (c.IsVirtual)
            {
                long next = c.NextEventUs;
                if (next != long.MaxValue)
                {
                    c.SleepUntil(next);
                }
            }
            else
            {
                c.Wait(int.MaxValue);
            }

            WakeReason = HalReset.WakeExt0;
        }

        _board.Trace.Write("CPU", "woke up");
    }

    /// <inheritdoc/>
    public void DeepSleep(int ms)
    {
        SimClock c = _board.Clock;
        _board.Trace.Write("CPU", "deep sleep " + (ms < 0 ? "until woken" : ms + " ms"));
        if (ms >= 0)
        {
            c.SleepUntil(c.NowUs + ms * 1000L);
        }

        _board.RequestReset(HalReset.DeepSleep);
        WakeReason = ms >= 0 ? HalReset.WakeTimer : HalReset.WakeExt0;
    }

    /// <inheritdoc/>
    public void Idle()
    {
        SimClock c = _board.Clock;
        if (c.IsVirtual)
        {
            long limit = c.NowUs + 1000;
            long next = c.NextEventUs;
            c.SleepUntil(next < limit ? next : limit);
        }
        else
        {
            c.Wait(1);
        }
    }

    /// <inheritdoc/>
    public void SetResetHandler(HalCallback handler)
    {
        Volatile.Write(ref _resetHandler, handler);
    }

    internal void NotifyReset(int cause)
    {
        HalCallback h = Volatile.Read(ref _resetHandler);
        if (h != null)
        {
            h(cause);
        }
    }
}
