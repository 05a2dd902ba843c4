namespace NanoPython.Hal.Simulated;

/// <summary>
/// A pulse counter (ESP32 PCNT) of the simulated board: counts the chosen edges of a pin's net, or decodes a quadrature
/// encoder on two nets (x4). Edges of a PWM waveform on the pin are counted analytically when the count is read.
/// </summary>
public sealed class SimCounter : IPulseCounter
{
    // Quadrature transitions: index (old AB << 2 | new AB) gives -1, 0 or +1; A leading B (00, 10, 11, 01) counts up.
    private static readonly int[] s_quadrature = { 0, -1, 1, 0, 1, 0, 0, -1, -1, 0, 0, 1, 0, 1, -1, 0 };

    private readonly SimulatedBoard _board;
    private readonly int _pinA;
    private readonly int _pinB;
    private readonly int _edges;
    private long _count;
    private int _state;
    private long _pwmFromUs;
    private bool _closed;

    internal SimCounter(SimulatedBoard board, int pinA, int pinB, int edges)
    {
        _board = board;
        _pinA = pinA;
        _pinB = pinB;
        _edges = edges;
        _state = (board.SimGpio.PeekLevel(pinA) << 1) | (pinB >= 0 ? board.SimGpio.PeekLevel(pinB) : 0);
        _pwmFromUs = board.Clock.NowUs;
    }

    /// <inheritdoc/>
    public long Count
    {
        get
        {
            lock (_board.Sync)
            {
                CountPwm();
                return _count;
            }
        }
    }

    /// <inheritdoc/>
    public void SetCount(long value)
    {
        lock (_board.Sync)
        {
            CountPwm();
            _count = value;
        }
    }

    /// <inheritdoc/>
    public void Close()
    {
        _closed = true;
        _board.SimGpio.RemoveCounter(this);
    }

    internal bool Watches(int pin)
    {
        return pin == _pinA || pin == _pinB;
    }

    /// <summary>A net this counter watches changed level (called with the board lock held).</summary>
    internal void OnEdge()
    {
        if (_closed)
        {
            return;
        }

        int a = _board.SimGpio.PeekLevel(_pinA);
        if (_pinB < 0)
        {
            int oldA = _state >> 1;
            if (a != oldA)
            {
                int edge = a != 0 ? HalPin.EdgeRising : HalPin.EdgeFalling;
                if ((_edges & edge) != 0)
                {
                    _count++;
                }
            }

            _state = a << 1;
            return;
        }

        int ns = (a << 1) | _board.SimGpio.PeekLevel(_pinB);
        _count += s_quadrature[(_state << 2) | ns];
        _state = ns;
    }

    private void CountPwm()
    {
        long now = _board.Clock.NowUs;
        SimPwm pwm = _pinB < 0 && !_closed ? _board.SimGpio.PwmOnNet(_pinA) : null;
        if (pwm != null)
        {
            if ((_edges & HalPin.EdgeRising) != 0)
            {
                _count += pwm.CountEdges(_pwmFromUs, now, true);
            }

            if ((_edges & HalPin.EdgeFalling) != 0)
            {
                _count += pwm.CountEdges(_pwmFromUs, now, false);
            }
        }

        _pwmFromUs = now;
    }
}
