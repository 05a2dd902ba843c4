using System;

namespace NanoPython.Hal.Simulated;

/// <summary>A PWM waveform on a pin (ESP32 LEDC as the HAL sees it): its level at any board time and its next edge.</summary>
public sealed class SimPwm : IPwmOutput
{
    private readonly SimulatedBoard _board;
    private readonly int _pin;
    private readonly bool _invert;
    private long _startUs;
    private bool _closed;

    internal SimPwm(SimulatedBoard board, int pin, int frequency, int dutyU16, bool invert)
    {
        _board = board;
        _pin = pin;
        _invert = invert;
        Frequency = frequency;
        DutyU16 = dutyU16;
        _startUs = board.Clock.NowUs;
    }

    /// <summary>Frequency in Hz.</summary>
    public int Frequency { get; private set; }

    /// <summary>Duty 0..65535.</summary>
    public int DutyU16 { get; private set; }

    /// <summary>True when the output is inverted.</summary>
    public bool Inverted
    {
        get { return _invert; }
    }

    /// <inheritdoc/>
    public void Set(int frequency, int dutyU16)
    {
        lock (_board.Sync)
        {
            if (_closed)
            {
                return;
            }

            if (frequency != Frequency)
            {
                _startUs = _board.Clock.NowUs;
            }

            Frequency = frequency;
            DutyU16 = Math.Clamp(dutyU16, 0, 65535);
            _board.SimGpio.PwmChanged(_pin, this);
        }
    }

    /// <inheritdoc/>
    public void Close()
    {
        lock (_board.Sync)
        {
            if (!_closed)
            {
                _closed = true;
                _board.SimGpio.PwmDetached(_pin, this);
            }
        }
    }

    /// <summary>The output level at board time t.</summary>
    public int LevelAt(long t)
    {
        int level;
        if (DutyU16 <= 0 || Frequency <= 0)
        {
            level = 0;
        }
        else
        {
            double period = 1e6 / Frequency;
            double high = period * DutyU16 / 65536.0;
            double phase = (t - _startUs) % period;
            level = phase < high ? 1 : 0;
        }

        return _invert ? level ^ 1 : level;
    }

    /// <summary>The number of rising (or falling) edges of the output in (t0, t1].</summary>
    public long CountEdges(long t0, long t1, bool rising)
    {
        if (DutyU16 <= 0 || Frequency <= 0 || t1 <= t0)
        {
            return 0;
        }

        double period = 1e6 / Frequency;
        double offset = rising ^ _invert ? 0 : period * DutyU16 / 65536.0;
        double a = Math.Floor((t0 - _startUs - offset) / period);
        double b = Math.Floor((t1 - _startUs - offset) / period);
        return (long)(b - a);
    }

    /// <summary>The first board time after t at which the level changes (long.MaxValue for a constant output).</summary>
    public long NextEdgeAfter(long t)
    {
        if (DutyU16 <= 0 || Frequency <= 0)
        {
            return long.MaxValue;
        }

        double period = 1e6 / Frequency;
        double high = period * DutyU16 / 65536.0;
        double rel = t - _startUs;
        double cycleStart = Math.Floor(rel / period) * period;
        double phase = rel - cycleStart;
        double next = phase < high ? cycleStart + high : cycleStart + period;
        long n = _startUs + (long)Math.Ceiling(next);
        return n > t ? n : t + 1;
    }
}
