using System;
using NanoPython.Hal.Esp32.Fakes;

namespace System.Device.Gpio;

/// <summary>Fake of GpioPulsePolarity.</summary>
public enum GpioPulsePolarity
{
    Both = 0,
    Falling = 1,
    Rising = 2,
}

/// <summary>Fake of GpioPulseCount.</summary>
public struct GpioPulseCount
{
    public long Count;
    public TimeSpan RelativeTime;
}

/// <summary>Fake of GpioPulseCounter: tests set Pulses.</summary>
public sealed class GpioPulseCounter : IDisposable
{
    public GpioPulseCounter(int pinNumberA, int pinNumberB = -1)
    {
        PinA = pinNumberA;
        PinB = pinNumberB;
        FakeHardware.Counters.Add(this);
    }

    public int PinA { get; }

    public int PinB { get; }

    public long Pulses { get; set; }

    public ushort FilterPulses { get; set; }

    public bool IsStarted { get; private set; }

    public GpioPulsePolarity Polarity { get; set; }

    public GpioPulseCount Read() => new GpioPulseCount { Count = Pulses };

    public GpioPulseCount Reset()
    {
        GpioPulseCount c = Read();
        Pulses = 0;
        return c;
    }

    public void Start() => IsStarted = true;

    public void Stop() => IsStarted = false;

    public void Dispose() => IsStarted = false;
}
