using System;
using NanoPython.Hal.Esp32.Fakes;

namespace System.Device.Gpio;

/// <summary>Fake of nanoFramework's PinMode (nanoFramework's numbering).</summary>
public enum PinMode
{
    Input = 0,
    InputPullDown = 1,
    InputPullUp = 2,
    Output = 3,
    OutputOpenDrain = 4,
    OutputOpenDrainPullUp = 5,
    OutputOpenSource = 6,
    OutputOpenSourcePullDown = 7,
}

/// <summary>Fake of PinEventTypes.</summary>
[Flags]
public enum PinEventTypes
{
    None = 0,
    Rising = 1,
    Falling = 2,
}

/// <summary>Fake of PinValue.</summary>
public readonly struct PinValue : IEquatable<PinValue>
{
    private readonly byte _value;

    private PinValue(byte value)
    {
        _value = value;
    }

    public static PinValue High => new PinValue(1);

    public static PinValue Low => new PinValue(0);

    public static implicit operator PinValue(int value) => new PinValue(value != 0 ? (byte)1 : (byte)0);

    public static implicit operator PinValue(bool value) => new PinValue(value ? (byte)1 : (byte)0);

    public static explicit operator int(PinValue value) => value._value;

    public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;

    public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;

    public bool Equals(PinValue other) => _value == other._value;

    public override bool Equals(object obj) => obj is PinValue p && Equals(p);

    public override int GetHashCode() => _value;

    public override string ToString() => _value != 0 ? "High" : "Low";
}

/// <summary>Fake of PinValueChangedEventArgs.</summary>
public class PinValueChangedEventArgs : EventArgs
{
    public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
    {
        ChangeType = changeType;
        PinNumber = pinNumber;
    }

    public PinEventTypes ChangeType { get; }

    public int PinNumber { get; }
}

/// <summary>Fake of PinValueChangedEventHandler.</summary>
public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

/// <summary>Fake of GpioController: opening a pin twice is an error, as on the device.</summary>
public sealed class GpioController : IDisposable
{
    public GpioPin OpenPin(int pinNumber, PinMode mode)
    {
        foreach (GpioPin p in FakeHardware.OpenPins)
        {
            if (p.PinNumber == pinNumber)
            {
                throw new InvalidOperationException("pin " + pinNumber + " is already open");
            }
        }

        GpioPin pin = new GpioPin(pinNumber);
        pin.SetPinMode(mode);
        FakeHardware.OpenPins.Add(pin);
        return pin;
    }

    public GpioPin OpenPin(int pinNumber) => OpenPin(pinNumber, PinMode.Input);

    public void Dispose()
    {
    }
}

/// <summary>Fake of GpioPin.</summary>
public sealed class GpioPin : IDisposable
{
    internal GpioPin(int pinNumber)
    {
        PinNumber = pinNumber;
    }

    public event PinValueChangedEventHandler ValueChanged;

    public int PinNumber { get; }

    public PinMode GetPinMode() => FakeHardware.PinModes[PinNumber];

    public void SetPinMode(PinMode value) => FakeHardware.PinModes[PinNumber] = value;

    public PinValue Read() => FakeHardware.ReadLevel(PinNumber);

    public void Write(PinValue value)
    {
        FakeHardware.Levels[PinNumber] = (int)value;
        FakeHardware.Writes.Add((PinNumber, (int)value, FakeHardware.NowUs));
    }

    public void Toggle() => Write(FakeHardware.ReadLevel(PinNumber) ^ 1);

    public void Dispose() => FakeHardware.OpenPins.Remove(this);

    /// <summary>Test hook: the hardware saw an edge.</summary>
    public void RaiseValueChanged(PinEventTypes type) => ValueChanged?.Invoke(this, new PinValueChangedEventArgs(type, PinNumber));
}
