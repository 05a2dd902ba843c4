using System;
using System.IO;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// A 24C32 I2C EEPROM: 4096 bytes, two address bytes (high first), 32-byte pages (a write wraps inside its page),
/// sequential reads that wrap at the end of the memory, and a 5 ms write cycle after each write during which the chip
/// does not acknowledge its address (so drivers poll or wait, as with the real part). Optionally backed by a file.
/// </summary>
public sealed class Eeprom24c32 : SimDevice, II2cTarget
{
    private const int Size = 4096;
    private const int PageSize = 32;
    private const long WriteCycleUs = 5000;
    private readonly byte[] _memory = new byte[Size];
    private readonly string _file;
    private int _pointer;
    private int _addressBytes;
    private int _written;
    private bool _reading;
    private long _busyUntil;

    /// <summary>An EEPROM at address on the bus (scl, sda); file (may be null) keeps its contents between runs.</summary>
    public Eeprom24c32(int scl, int sda, int address, string file)
    {
        Scl = scl;
        Sda = sda;
        Address = address;
        _file = file;
        Array.Fill(_memory, (byte)0xFF);
        if (file != null && File.Exists(file))
        {
            byte[] d = File.ReadAllBytes(file);
            Array.Copy(d, _memory, Math.Min(d.Length, Size));
        }
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "eeprom24c32"; }
    }

    /// <inheritdoc/>
    public int Scl { get; }

    /// <inheritdoc/>
    public int Sda { get; }

    /// <inheritdoc/>
    public int Address { get; }

    /// <inheritdoc/>
    public bool Busy
    {
        get { return Board.Clock.NowUs < _busyUntil; }
    }

    /// <inheritdoc/>
    public void Start(bool read)
    {
        _reading = read;
        if (!read)
        {
            _addressBytes = 0;
            _written = 0;
        }
    }

    /// <inheritdoc/>
    public bool Write(byte value)
    {
        if (_addressBytes < 2)
        {
            _pointer = _addressBytes == 0 ? (value & 0x0F) << 8 : (_pointer & 0xF00) | value;
            _addressBytes++;
            return true;
        }

        int page = _pointer & ~(PageSize - 1);
        _memory[_pointer] = value;
        _pointer = page | ((_pointer + 1) & (PageSize - 1));
        _written++;
        return true;
    }

    /// <inheritdoc/>
    public byte Read()
    {
        byte v = _memory[_pointer];
        _pointer = (_pointer + 1) % Size;
        return v;
    }

    /// <inheritdoc/>
    public void Stop()
    {
        if (!_reading && _written > 0)
        {
            _busyUntil = Board.Clock.NowUs + WriteCycleUs;
            Trace("write cycle (" + _written + " bytes)");
            _written = 0;
            if (_file != null)
            {
                File.WriteAllBytes(_file, _memory);
            }
        }
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        int start = args != null && args.Length > 0 ? (int)Number(args[0], "address") : 0;
        int count = args != null && args.Length > 1 ? (int)Number(args[1], "count") : 16;
        start = Math.Clamp(start, 0, Size - 1);
        count = Math.Clamp(count, 0, Size - start);
        return start.ToString("x4") + ": " + TraceLog.Hex(_memory, start, count, 256);
    }
}
