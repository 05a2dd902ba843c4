using System;
using System.Collections.Generic;
using System.Threading;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The GPIOs of the simulated ESP32: modes, pulls, output latches, the nets they are wired into, edge reporting, and
/// the timed pin protocols (time_pulse_us, bit streams for WS2812, the DHT read). The level of a net is decided in this
/// order: a push-pull output (or PWM) on it, an open-drain output pulling low, external drivers (a pressed button),
/// pull resistors (internal or on a module), otherwise low.
/// </summary>
public sealed class SimGpio : IGpio
{
    private readonly SimulatedBoard _board;
    private readonly SimPin[] _pins = new SimPin[Esp32PinMap.PinCount];
    private readonly List<SimCounter> _counters = new List<SimCounter>();

    internal SimGpio(SimulatedBoard board, IList<int[]> wires)
    {
        _board = board;
        for (int i = 0; i < _pins.Length; i++)
        {
            SimPin p = new SimPin(i, Esp32PinMap.Capabilities(i));
            p.Net = new SimNet();
            p.Net.Pins.Add(p);
            p.Net.Label = "GPIO" + i;
            _pins[i] = p;
        }

        if (wires != null)
        {
            foreach (int[] wire in wires)
            {
                for (int k = 1; k < wire.Length; k++)
                {
                    Join(Pin(wire[0]), Pin(wire[k]));
                }
            }
        }
    }

    /// <inheritdoc/>
    public int Capabilities(int pin)
    {
        return pin >= 0 && pin < _pins.Length ? _pins[pin].Caps : 0;
    }

    /// <inheritdoc/>
    public void Configure(int pin, int mode, int pull, int drive)
    {
        lock (_board.Sync)
        {
            SimPin p = Pin(pin);
            mode = mode == HalPin.Unchanged ? p.Mode : mode;
            pull = pull == HalPin.Unchanged ? p.Pull : pull;
            if ((p.Caps & HalPin.CapPull) == 0 && pull != HalPin.PullNone)
            {
                // ESP-IDF logs "GPIO n is an input-only pad and has no pullup/pulldown resistors" and carries on.
                _board.Trace.Write(p.Net.Label, "no pull resistors on an input-only pad (pull ignored)");
                pull = HalPin.PullNone;
            }

            if ((p.Caps & HalPin.CapOutput) == 0 && mode != HalPin.ModeInput && mode != HalPin.ModeNone)
            {
                throw new ArgumentException("GPIO" + pin + " is input-only");
            }

            if (p.Mode != mode || p.Pull != pull)
            {
                p.Mode = mode;
                p.Pull = pull;
                _board.Trace.Write("GPIO" + pin, "mode=" + ModeName(mode) + " pull=" + PullName(pull));
            }

            p.Drive = drive;
            Update(p.Net);
        }
    }

    /// <inheritdoc/>
    public int Read(int pin)
    {
        _board.Clock.Poll();
        lock (_board.Sync)
        {
            SimPin p = Pin(pin);
            return LevelAt(p.Net, _board.Clock.NowUs);
        }
    }

    /// <inheritdoc/>
    public void Write(int pin, int level)
    {
        lock (_board.Sync)
        {
            SimPin p = Pin(pin);
            p.Latch = level != 0 ? 1 : 0;
            Update(p.Net);
        }
    }

    /// <inheritdoc/>
    public void SetEdgeHandler(int pin, int edges, PinEdgeHandler handler)
    {
        lock (_board.Sync)
        {
            SimPin p = Pin(pin);
            p.Edges = handler == null ? 0 : edges;
            p.Handler = edges == 0 ? null : handler;
            p.Net.Level = LevelAt(p.Net, _board.Clock.NowUs);
        }
    }

    /// <inheritdoc/>
    public long TimePulseUs(int pin, int level, long timeoutUs)
    {
        SimClock c = _board.Clock;
        long start = c.NowUs;
        while (LevelNow(pin) != level)
        {
            if (c.NowUs - start >= timeoutUs)
            {
                return -2;
            }

            WaitForChange(pin, start + timeoutUs);
        }

        start = c.NowUs;
        while (LevelNow(pin) == level)
        {
            if (c.NowUs - start >= timeoutUs)
            {
                return -1;
            }

            WaitForChange(pin, start + timeoutUs);
        }

        return c.NowUs - start;
    }

    /// <inheritdoc/>
    public int Bitstream(int pin, int t0h, int t0l, int t1h, int t1l, byte[] data, int offset, int count)
    {
        int bits = count * 8;
        int[] high = new int[bits];
        int[] low = new int[bits];
        long totalNs = 0;
        for (int i = 0; i < bits; i++)
        {
            bool one = (data[offset + i / 8] & (0x80 >> (i % 8))) != 0;
            high[i] = one ? t1h : t0h;
            low[i] = one ? t1l : t0l;
            totalNs += high[i] + low[i];
        }

        lock (_board.Sync)
        {
            SimPin p = Pin(pin);
            if (_board.Trace.Enabled)
            {
                _board.Trace.Write(p.Net.Label, "bitstream " + count + " bytes, timing (" + t0h + ", " + t0l + ", " + t1h + ", " + t1l + ") ns: " + TraceLog.Hex(data, offset, count));
            }

            foreach (IBitstreamTarget t in _board.DevicesOn<IBitstreamTarget>(p.Net, d => d.Pin))
            {
                t.Receive(high, low, bits);
            }
        }

        _board.Clock.Consume((totalNs + 999) / 1000);
        return HalStatus.Ok;
    }

    /// <inheritdoc/>
    public int DhtRead(int pin, byte[] buffer, int offset)
    {
        SimClock c = _board.Clock;

        // The start sequence of MicroPython's dht_readinto: line high 250 ms, low 18 ms, then the sensor answers.
        c.SleepUntil(c.NowUs + 268000);
        byte[] answer = null;
        lock (_board.Sync)
        {
            SimPin p = Pin(pin);
            foreach (IDhtTarget t in _board.DevicesOn<IDhtTarget>(p.Net, d => d.Pin))
            {
                answer = t.Answer();
                if (answer != null)
                {
                    break;
                }
            }

            _board.Trace.Write(p.Net.Label, answer == null ? "dht read: no answer (timeout)" : "dht read: " + TraceLog.Hex(answer, 0, 5));
        }

        if (answer == null)
        {
            c.Consume(100);
            return HalStatus.Timeout;
        }

        // 80 us low, 80 us high, then 40 bits of 50 us low plus 26 or 70 us high.
        long us = 160;
        for (int i = 0; i < 40; i++)
        {
            us += 50 + ((answer[i / 8] & (0x80 >> (i % 8))) != 0 ? 70 : 26);
        }

        c.Consume(us);
        Array.Copy(answer, 0, buffer, offset, 5);
        return HalStatus.Ok;
    }

    /// <summary>The pin numbers wired to pin (itself included).</summary>
    public int[] NetOf(int pin)
    {
        lock (_board.Sync)
        {
            SimNet n = Pin(pin).Net;
            int[] r = new int[n.Pins.Count];
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = n.Pins[i].Number;
            }

            return r;
        }
    }

    /// <summary>The mode of a pin (HalPin.Mode*).</summary>
    public int ModeOf(int pin)
    {
        lock (_board.Sync)
        {
            return Pin(pin).Mode;
        }
    }

    /// <summary>The PWM on a pin, or null.</summary>
    public SimPwm PwmOf(int pin)
    {
        lock (_board.Sync)
        {
            return Pin(pin).Pwm;
        }
    }

    /// <summary>The analog voltage on a pin's net: a driver's voltage when one presents it, else the logic level times 3.3 V.</summary>
    public double VoltageOf(int pin)
    {
        lock (_board.Sync)
        {
            SimNet n = Pin(pin).Net;
            foreach (IPinDriver d in n.Drivers)
            {
                if (!double.IsNaN(d.Voltage))
                {
                    return d.Voltage;
                }
            }

            return LevelAt(n, _board.Clock.NowUs) * 3.3;
        }
    }

    /// <summary>Re-evaluates the net of pin after a device changed what it drives (a button press).</summary>
    public void Refresh(int pin)
    {
        lock (_board.Sync)
        {
            Update(Pin(pin).Net);
        }
    }

    internal void AddCounter(SimCounter c)
    {
        _counters.Add(c);
    }

    internal void RemoveCounter(SimCounter c)
    {
        lock (_board.Sync)
        {
            _counters.Remove(c);
        }
    }

    /// <summary>The PWM driving pin's net, or null.</summary>
    internal SimPwm PwmOnNet(int pin)
    {
        foreach (SimPin p in Pin(pin).Net.Pins)
        {
            if (p.Pwm != null)
            {
                return p.Pwm;
            }
        }

        return null;
    }

    internal void AddDriver(IPinDriver d)
    {
        Pin(d.Pin).Net.Drivers.Add(d);
        Update(Pin(d.Pin).Net);
    }

    internal void AddObserver(IPinObserver o)
    {
        Pin(o.Pin).Net.Observers.Add(o);
    }

    internal SimNet NetOfPin(int pin)
    {
        return Pin(pin).Net;
    }

    internal void PwmAttached(int pin, SimPwm pwm)
    {
        SimPin p = Pin(pin);
        if (p.Pwm != null && !ReferenceEquals(p.Pwm, pwm))
        {
            p.Pwm.Close();
        }

        p.Pwm = pwm;
        p.Mode = HalPin.ModeOutput;
        PwmChanged(pin, pwm);
    }

    internal void PwmChanged(int pin, SimPwm pwm)
    {
        SimPin p = Pin(pin);
        if (!ReferenceEquals(p.Pwm, pwm))
        {
            return;
        }

        _board.Trace.Write(p.Net.Label, "pwm freq=" + pwm.Frequency + " Hz duty=" + (pwm.DutyU16 * 100.0 / 65536).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" + (pwm.Inverted ? " inverted" : string.Empty));
        foreach (IPinObserver o in p.Net.Observers)
        {
            o.OnPwm(pwm.Frequency, pwm.DutyU16, pwm.Inverted);
        }
    }

    internal void PwmDetached(int pin, SimPwm pwm)
    {
        SimPin p = Pin(pin);
        if (!ReferenceEquals(p.Pwm, pwm))
        {
            return;
        }

        p.Pwm = null;
        p.Latch = 0;
        _board.Trace.Write(p.Net.Label, "pwm off");
        foreach (IPinObserver o in p.Net.Observers)
        {
            o.OnPwm(0, 0, false);
        }

        p.Net.Level = -1;
        Update(p.Net);
    }

    /// <summary>Soft reset: no more edge reports, PWM stopped; modes and levels stay.</summary>
    internal void SoftReset()
    {
        _counters.Clear();
        foreach (SimPin p in _pins)
        {
            p.Edges = 0;
            p.Handler = null;
            if (p.Pwm != null)
            {
                p.Pwm.Close();
            }
        }
    }

    /// <summary>Hard reset: every pad back to its reset state (not configured, latch low, no pull, no PWM).</summary>
    internal void ResetPins()
    {
        SoftReset();
        foreach (SimPin p in _pins)
        {
            p.Mode = HalPin.ModeNone;
            p.Pull = HalPin.PullNone;
            p.Latch = 0;
            p.Drive = 2;
        }

        foreach (SimPin p in _pins)
        {
            Update(p.Net);
        }
    }

    private static void Join(SimPin a, SimPin b)
    {
        if (ReferenceEquals(a.Net, b.Net))
        {
            return;
        }

        SimNet keep = a.Net;
        SimNet gone = b.Net;
        foreach (SimPin p in gone.Pins)
        {
            p.Net = keep;
            keep.Pins.Add(p);
        }

        keep.Label = keep.Label + "+" + gone.Label;
    }

    private SimPin Pin(int pin)
    {
        if (pin < 0 || pin >= _pins.Length)
        {
            throw new ArgumentException("no GPIO" + pin + " on this board");
        }

        return _pins[pin];
    }

    /// <summary>The level of a pin without counting as a poll of the program.</summary>
    public int PeekLevel(int pin)
    {
        return LevelNow(pin);
    }

    private int LevelNow(int pin)
    {
        lock (_board.Sync)
        {
            return LevelAt(Pin(pin).Net, _board.Clock.NowUs);
        }
    }

    private void WaitForChange(int pin, long limit)
    {
        SimClock c = _board.Clock;
        if (!c.IsVirtual)
        {
            Thread.SpinWait(20);
            if (c.NowUs >= limit)
            {
                return;
            }

            return;
        }

        long next = limit;
        lock (_board.Sync)
        {
            long now = c.NowUs;
            foreach (SimPin p in Pin(pin).Net.Pins)
            {
                if (p.Pwm != null)
                {
                    next = Math.Min(next, p.Pwm.NextEdgeAfter(now));
                }
            }
        }

        next = Math.Min(next, c.NextEventUs);
        c.SleepUntil(next);
    }

    private int LevelAt(SimNet n, long t)
    {
        foreach (SimPin p in n.Pins)
        {
            if (p.Pwm != null)
            {
                return p.Pwm.LevelAt(t);
            }

            if (p.Mode == HalPin.ModeOutput)
            {
                return p.Latch;
            }
        }

        foreach (SimPin p in n.Pins)
        {
            if (p.Mode == HalPin.ModeOpenDrain && p.Latch == 0)
            {
                return 0;
            }
        }

        int driven = -1;
        int externalPull = 0;
        foreach (IPinDriver d in n.Drivers)
        {
            int v = d.Drive;
            if (v == 0)
            {
                return 0;
            }

            if (v == 1)
            {
                driven = 1;
            }

            if (d.ExternalPull != 0)
            {
                externalPull = d.ExternalPull;
            }
        }

        if (driven == 1)
        {
            return 1;
        }

        foreach (SimPin p in n.Pins)
        {
            if (p.Pull == HalPin.PullUp)
            {
                return 1;
            }
        }

        foreach (SimPin p in n.Pins)
        {
            if (p.Pull == HalPin.PullDown)
            {
                return 0;
            }
        }

        return externalPull > 0 ? 1 : 0;
    }

    // Called with the board lock held after anything that can change a net's level: reports the edge.
    private void Update(SimNet n)
    {
        foreach (SimPin p in n.Pins)
        {
            if (p.Pwm != null)
            {
                return;
            }
        }

        int level = LevelAt(n, _board.Clock.NowUs);
        if (level == n.Level)
        {
            return;
        }

        bool first = n.Level < 0;
        n.Level = level;
        if (first)
        {
            return;
        }

        _board.Trace.Write(n.Label, "-> " + level);
        foreach (SimCounter c in _counters.ToArray())
        {
            foreach (SimPin p in n.Pins)
            {
                if (c.Watches(p.Number))
                {
                    c.OnEdge();
                    break;
                }
            }
        }

        foreach (IPinObserver o in n.Observers)
        {
            o.OnLevel(level);
        }

        int edge = level != 0 ? HalPin.EdgeRising : HalPin.EdgeFalling;
        foreach (SimPin p in n.Pins)
        {
            PinEdgeHandler h = p.Handler;
            if (h != null && (p.Edges & edge) != 0)
            {
                h(p.Number, edge);
            }
        }
    }

    private static string ModeName(int mode)
    {
        switch (mode)
        {
            case HalPin.ModeInput: return "IN";
            case HalPin.ModeOutput: return "OUT";
            case HalPin.ModeOpenDrain: return "OPEN_DRAIN";
            default: return "NONE";
        }
    }

    private static string PullName(int pull)
    {
        switch (pull)
        {
            case HalPin.PullUp: return "UP";
            case HalPin.PullDown: return "DOWN";
            default: return "NONE";
        }
    }
}
