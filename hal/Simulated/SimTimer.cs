namespace NanoPython.Hal.Simulated;

/// <summary>A hardware timer of the simulated board: an event on the board clock (drift-free when periodic).</summary>
public sealed class SimTimer : IHardwareTimer
{
    private readonly SimulatedBoard _board;
    private readonly int _id;
    private SimEvent _next;
    private long _startUs;
    private long _periodUs;
    private bool _periodic;
    private HalCallback _handler;

    internal SimTimer(SimulatedBoard board, int id)
    {
        _board = board;
        _id = id;
    }

    /// <inheritdoc/>
    public long ElapsedUs
    {
        get { return _board.Clock.NowUs - _startUs; }
    }

    /// <inheritdoc/>
    public void Start(long periodUs, bool periodic, HalCallback handler)
    {
        lock (_board.Sync)
        {
            StopLocked();
            _periodUs = periodUs < 1 ? 1 : periodUs;
            _periodic = periodic;
            _handler = handler;
            _startUs = _board.Clock.NowUs;
            _board.Trace.Write("Timer" + _id, (periodic ? "periodic " : "one-shot ") + _periodUs + " us");
            _next = _board.Clock.At(_startUs + _periodUs, Fire);
        }
    }

    /// <inheritdoc/>
    public void Stop()
    {
        lock (_board.Sync)
        {
            if (_next != null)
            {
                _board.Trace.Write("Timer" + _id, "stopped");
            }

            StopLocked();
        }
    }

    private void StopLocked()
    {
        if (_next != null)
        {
            _next.Cancel();
            _next = null;
        }
    }

    private void Fire()
    {
        HalCallback h = _handler;
        if (_periodic)
        {
            long due = _next.TimeUs + _periodUs;
            _next = _board.Clock.At(due, Fire);
        }
        else
        {
            _next = null;
        }

        if (h != null)
        {
            h(_id);
        }
    }
}
