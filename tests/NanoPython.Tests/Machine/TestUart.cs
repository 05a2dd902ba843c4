using System.Collections.Generic;
using NanoPython.Hal;

namespace NanoPython.Tests.Machine;

/// <summary>An IUart that records what is written (the REPL stream stand-in).</summary>
public sealed class TestUart : IUart
{
    /// <summary>Everything written.</summary>
    public List<byte> Written { get; } = new List<byte>();

    /// <summary>Bytes waiting to be read.</summary>
    public Queue<byte> Incoming { get; } = new Queue<byte>();

    /// <inheritdoc/>
    public int Available => Incoming.Count;

    /// <inheritdoc/>
    public bool TxDone => true;

    /// <inheritdoc/>
    public void Configure(UartConfig config)
    {
    }

    /// <inheritdoc/>
    public int Write(byte[] data, int offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Written.Add(data[offset + i]);
        }

        return count;
    }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count)
    {
        int n = 0;
        while (n < count && Incoming.Count > 0)
        {
            buffer[offset + n++] = Incoming.Dequeue();
        }

        return n;
    }

    /// <inheritdoc/>
    public void SendBreak()
    {
    }

    /// <inheritdoc/>
    public void SetReceiveHandler(HalCallback handler)
    {
    }

    /// <inheritdoc/>
    public void Close()
    {
    }
}
