using System;
using NanoPython.Hal.Esp32.Fakes;

namespace System.Device.Pwm;

/// <summary>Fake of PwmChannel.</summary>
public sealed class PwmChannel : IDisposable
{
    private PwmChannel(int pin, int frequency, double dutyCyclePercentage)
    {
        Pin = pin;
        Frequency = frequency;
        DutyCycle = dutyCyclePercentage;
    }

    public int Pin { get; }

    public int Frequency { get; set; }

    public double DutyCycle { get; set; }

    public bool Running { get; private set; }

    public bool Disposed { get; private set; }

    public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5)
    {
        PwmChannel c = new PwmChannel(pin, frequency, dutyCyclePercentage);
        FakeHardware.PwmChannels.Add(c);
        return c;
    }

    public void Start() => Running = true;

    public void Stop() => Running = false;

    public void Dispose() => Disposed = true;
}
