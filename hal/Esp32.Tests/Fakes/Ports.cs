using System;
using System.Collections.Generic;
using NanoPython.Hal.Esp32.Fakes;

namespace System.IO.Ports;

/// <summary>Fake of Parity.</summary>
public enum Parity
{
    None = 0,
    Odd = 1,
    Even = 2,
}

/// <summary>Fake of StopBits.</summary>
public enum StopBits
{
    One = 1,
    Two = 2,
    OnePointFive = 3,
}

/// <summary>Fake of Handshake.</summary>
public enum Handshake
{
    None = 0,
    XOnXOff = 1,
    RequestToSend = 2,
    RequestToSendXOnXOff = 3,
}

/// <summary>Fake of SerialData.</summary>
public enum SerialData
{
    Chars = 1,
    WatchChar = 2,
}

/// <summary>Fake of SerialDataReceivedEventArgs.</summary>
public class SerialDataReceivedEventArgs : EventArgs
{
    internal SerialDataReceivedEventArgs(SerialData type)
    {
        EventType = type;
    }

    public SerialData EventType { get; }
}

/// <summary>Fake of SerialDataReceivedEventHandler.</summary>
public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);

/// <summary>Fake of SerialPort: Written collects output, Incoming feeds input (Receive raises DataReceived).</summary>
public sealed class SerialPort : IDisposable
{
    public readonly List<byte> Written = new();
    public readonly Queue<byte> Incoming = new();

    public SerialPort(string portName)
    {
        PortName = portName;
        FakeHardware.Ports[portName] = this;
    }

    public event SerialDataReceivedEventHandler DataReceived;

    public string PortName { get; }

    public int BaudRate { get; set; } = 9600;

    public int DataBits { get; set; } = 8;

    public Parity Parity { get; set; }

    public StopBits StopBits { get; set; } = StopBits.One;

    public Handshake Handshake { get; set; }

    public bool InvertSignalLevels { get; set; }

    public int ReadBufferSize { get; set; }

    public bool IsOpen { get; private set; }

    public int BytesToRead => Incoming.Count;

    public void Open() => IsOpen = true;

    public void Close() => IsOpen = false;

    public void Dispose() => IsOpen = false;

    public int Read(byte[] buffer, int offset, int count)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("port closed");
        }

        int n = 0;
        while (n < count && Incoming.Count > 0)
        {
            buffer[offset + n++] = Incoming.Dequeue();
        }

        return n;
    }

    public void Write(byte[] buffer, int offset, int count)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("port closed");
        }

        for (int i = 0; i < count; i++)
        {
            Written.Add(buffer[offset + i]);
        }
    }

    /// <summary>Test hook: bytes arrive.</summary>
    public void Receive(params byte[] data)
    {
        foreach (byte b in data)
        {
            Incoming.Enqueue(b);
        }

        DataReceived?.Invoke(this, new SerialDataReceivedEventArgs(SerialData.Chars));
    }
}
