using System;
using NanoPython.Hal.Esp32.Fakes;

namespace System.Device.Adc;

/// <summary>Fake of AdcController (12 bits).</summary>
public class AdcController
{
    public int MaxValue => 4095;

    public int MinValue => 0;

    public int ResolutionInBits => 12;

    public AdcChannel OpenChannel(int channelNumber) => new AdcChannel(this, channelNumber);
}

/// <summary>Fake of AdcChannel: reads FakeHardware.AdcValues[channel].</summary>
public class AdcChannel : IDisposable
{
    internal AdcChannel(AdcController controller, int channel)
    {
        Controller = controller;
        Channel = channel;
    }

    public AdcController Controller { get; }

    public int Channel { get; }

    public int ReadValue() => FakeHardware.AdcValues.TryGetValue(Channel, out int v) ? v : 0;

    public void Dispose()
    {
    }
}
