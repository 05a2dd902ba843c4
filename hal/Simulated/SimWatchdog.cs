namespace NanoPython.Hal.Simulated;

/// <summary>The watchdog of the simulated board: resets the board (cause WDT_RESET) when not fed within its timeout.</summary>
public sealed class SimWatchdog : IWatchdog
{
    private readonly SimulatedBoard _board;
    private SimEvent _expiry;
    private int _timeoutMs;

    internal SimWatchdog(SimulatedBoard board, int timeoutMs)
    {
        _board = board;
        Reconfigure(timeoutMs);
    }

    /// <summary>The timeout in ms.</summary>
    public int TimeoutMs
    {
        get { return _timeoutMs; }
    }

    /// <inheritdoc/>
    public void Feed()
    {
        lock (_board.Sync)
        {
            Arm();
        }
    }

    internal void Stop()
    {
        lock (_board.Sync)
        {
            if (_expiry != null)
            {
                _expiry.Cancel();
                _expiry = null;
            }
        }
    }

    internal void Reconfigure(int timeoutMs)
    {
        lock (_board.Sync)
        {
            _timeoutMs = timeoutMs;
            _board.Trace.Write("WDT", "timeout " + timeoutMs + " ms");
            Arm();
        }
    }

    private void Arm()
    {
        if (_expiry != null)
        {
            _expiry.Cancel();
        }

        _expiry = _board.Clock.After(_timeoutMs * 1000L, Expire);
    }

    private void Expire()
    {
        _expiry = null;
        _board.Trace.Write("WDT", "expired: resetting the board");
        _board.RequestReset(HalReset.Watchdog);
    }
}
