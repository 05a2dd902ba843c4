using System;
using System.Collections.Generic;

namespace NanoPython.Hal.Esp32.Fakes;

/// <summary>A scripted I2C target of the fake: registers with auto-increment, or forced transfer statuses.</summary>
public sealed class FakeI2cDevice
{
    public readonly byte[] Registers = new byte[256];
    public int Pointer;
    public System.Device.I2c.I2cTransferStatus? ForcedStatus;
    public uint PartialCount;
    public readonly List<byte[]> Writes = new();

    internal System.Device.I2c.I2cTransferResult Write(byte[] data)
    {
        if (ForcedStatus.HasValue)
        {
            return new System.Device.I2c.I2cTransferResult(ForcedStatus.Value, PartialCount);
        }

        Writes.Add(data);
        if (data.Length > 0)
        {
            Pointer = data[0];
            for (int i = 1; i < data.Length; i++)
            {
                Registers[(Pointer + i - 1) & 0xFF] = data[i];
            }
        }

        return new System.Device.I2c.I2cTransferResult(System.Device.I2c.I2cTransferStatus.FullTransfer, (uint)data.Length);
    }

    internal System.Device.I2c.I2cTransferResult Read(byte[] buffer)
    {
        if (ForcedStatus.HasValue)
        {
            return new System.Device.I2c.I2cTransferResult(ForcedStatus.Value, PartialCount);
        }

        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = Registers[(Pointer + i) & 0xFF];
        }

        Pointer = (Pointer + buffer.Length) & 0xFF;
        return new System.Device.I2c.I2cTransferResult(System.Device.I2c.I2cTransferStatus.FullTransfer, (uint)buffer.Length);
    }
}
