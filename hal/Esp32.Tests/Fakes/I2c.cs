using System;
using NanoPython.Hal.Esp32.Fakes;

namespace System.Device.I2c;

/// <summary>Fake of I2cBusSpeed.</summary>
public enum I2cBusSpeed
{
    StandardMode = 0,
    FastMode = 1,
    FastModePlus = 2,
}

/// <summary>Fake of I2cTransferStatus.</summary>
public enum I2cTransferStatus
{
    UnknownError = 0,
    FullTransfer = 1,
    ClockStretchTimeout = 2,
    PartialTransfer = 3,
    SlaveAddressNotAcknowledged = 4,
}

/// <summary>Fake of I2cTransferResult (the fake alone constructs it).</summary>
public readonly struct I2cTransferResult
{
    internal I2cTransferResult(I2cTransferStatus status, uint bytesTransferred)
    {
        Status = status;
        BytesTransferred = bytesTransferred;
    }

    public uint BytesTransferred { get; }

    public I2cTransferStatus Status { get; }
}

/// <summary>Fake of I2cConnectionSettings.</summary>
public sealed class I2cConnectionSettings
{
    public I2cConnectionSettings(int busId, int deviceAddress)
        : this(busId, deviceAddress, I2cBusSpeed.StandardMode)
    {
    }

    public I2cConnectionSettings(int busId, int deviceAddress, I2cBusSpeed busSpeed)
    {
        BusId = busId;
        DeviceAddress = deviceAddress;
        BusSpeed = busSpeed;
    }

    public int BusId { get; }

    public int DeviceAddress { get; }

    public I2cBusSpeed BusSpeed { get; }
}

/// <summary>Fake of I2cDevice: transfers go to FakeHardware.I2cDevices; an absent device NACKs its address.</summary>
public class I2cDevice : IDisposable
{
    public I2cDevice(I2cConnectionSettings settings)
    {
        ConnectionSettings = settings;
    }

    public I2cConnectionSettings ConnectionSettings { get; }

    public I2cTransferResult Write(SpanByte buffer)
    {
        FakeHardware.I2cLog.Add("W " + Key + " " + Convert.ToHexString(buffer.ToArray()));
        FakeI2cDevice d = Target;
        return d == null ? Nack : d.Write(buffer.ToArray());
    }

    public I2cTransferResult Read(SpanByte buffer)
    {
        FakeHardware.I2cLog.Add("R " + Key + " " + buffer.Length);
        FakeI2cDevice d = Target;
        if (d == null)
        {
            return Nack;
        }

        byte[] tmp = new byte[buffer.Length];
        I2cTransferResult r = d.Read(tmp);
        new SpanByte(tmp).CopyTo(buffer);
        return r;
    }

    public I2cTransferResult WriteRead(SpanByte writeBuffer, SpanByte readBuffer)
    {
        FakeHardware.I2cLog.Add("WR " + Key + " " + Convert.ToHexString(writeBuffer.ToArray()) + " " + readBuffer.Length);
        FakeI2cDevice d = Target;
        if (d == null)
        {
            return Nack;
        }

        I2cTransferResult w = d.Write(writeBuffer.ToArray());
        if (w.Status != I2cTransferStatus.FullTransfer)
        {
            return w;
        }

        byte[] tmp = new byte[readBuffer.Length];
        I2cTransferResult r = d.Read(tmp);
        new SpanByte(tmp).CopyTo(readBuffer);
        return new I2cTransferResult(r.Status, (uint)(writeBuffer.Length + readBuffer.Length));
    }

    public void Dispose()
    {
    }

    private string Key => ConnectionSettings.BusId + ":" + ConnectionSettings.DeviceAddress.ToString("x2");

    private FakeI2cDevice Target => FakeHardware.I2cDevices.TryGetValue((ConnectionSettings.BusId, ConnectionSettings.DeviceAddress), out var d) ? d : null;

    private static I2cTransferResult Nack => new I2cTransferResult(I2cTransferStatus.SlaveAddressNotAcknowledged, 0);
}
