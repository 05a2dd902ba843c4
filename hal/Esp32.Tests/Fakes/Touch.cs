using System;
using NanoPython.Hal.Esp32.Fakes;

namespace nanoFramework.Hardware.Esp32.Touch;

/// <summary>Fake of TouchPad: reads FakeHardware.TouchValues[pad].</summary>
public class TouchPad : IDisposable
{
    public TouchPad(int touchPadNumber)
    {
        TouchPadNumber = touchPadNumber;
    }

    public int TouchPadNumber { get; }

    public uint Threshold { get; set; }

    public uint Read() => FakeHardware.TouchValues.TryGetValue(TouchPadNumber, out uint v) ? v : 600;

    public void Dispose()
    {
    }
}
