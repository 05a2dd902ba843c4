using System;
using NanoPython.Hal.Esp32.Fakes;

namespace System.Device.Spi;

/// <summary>Fake of SpiMode.</summary>
public enum SpiMode
{
    Mode0 = 0,
    Mode1 = 1,
    Mode2 = 2,
    Mode3 = 3,
}

/// <summary>Fake of DataFlow.</summary>
public enum DataFlow
{
    MsbFirst = 0,
    LsbFirst = 1,
}

/// <summary>Fake of SpiConnectionSettings.</summary>
public sealed class SpiConnectionSettings
{
    public SpiConnectionSettings(int busId, int chipSelectLine = -1)
    {
        BusId = busId;
        ChipSelectLine = chipSelectLine;
    }

    public int BusId { get; set; }

    public int ChipSelectLine { get; set; }

    public int ClockFrequency { get; set; }

    public int DataBitLength { get; set; } = 8;

    public DataFlow DataFlow { get; set; }

    public SpiMode Mode { get; set; }
}

/// <summary>Fake of SpiDevice: writes are recorded; reads answer FakeHardware.SpiAnswer of each written byte.</summary>
public class SpiDevice : IDisposable
{
    public SpiDevice(SpiConnectionSettings settings)
    {
        ConnectionSettings = settings;
    }

    public SpiConnectionSettings ConnectionSettings { get; }

    public void Write(SpanByte buffer)
    {
        FakeHardware.SpiWrites.Add((ConnectionSettings.BusId, ConnectionSettings.ClockFrequency, ConnectionSettings.Mode, buffer.ToArray()));
    }

    public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer)
    {
        Write(writeBuffer);
        for (int i = 0; i < readBuffer.Length; i++)
        {
            readBuffer[i] = FakeHardware.SpiAnswer(writeBuffer[i]);
        }
    }

    public void Dispose()
    {
    }
}
