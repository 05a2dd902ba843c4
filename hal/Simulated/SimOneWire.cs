using System.Collections.Generic;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// A 1-Wire bus on a pin of the simulated board: reset/presence and time slots delivered to the
/// <see cref="IOneWireTarget"/> devices on the pin's net; a read slot is the AND of their answers (open drain). Slots
/// cost their real duration (reset 960 µs, bit 70 µs) of board time.
/// </summary>
public sealed class SimOneWire : IOneWire
{
    private readonly SimulatedBoard _board;
    private readonly int _pin;

    internal SimOneWire(SimulatedBoard board, int pin)
    {
        _board = board;
        _pin = pin;
    }

    /// <inheritdoc/>
    public bool Reset()
    {
        bool presence = false;
        lock (_board.Sync)
        {
            foreach (IOneWireTarget t in Targets())
            {
                presence |= t.Reset();
            }

            _board.Trace.Write("1-Wire(GPIO" + _pin + ")", presence ? "reset, presence" : "reset, no presence");
        }

        _board.Clock.Consume(960);
        return presence;
    }

    /// <inheritdoc/>
    public int ReadBit()
    {
        int bit = 1;
        lock (_board.Sync)
        {
            foreach (IOneWireTarget t in Targets())
            {
                bit &= t.ReadBit();
            }
        }

        _board.Clock.Consume(70);
        return bit;
    }

    /// <inheritdoc/>
    public void WriteBit(int bit)
    {
        lock (_board.Sync)
        {
            foreach (IOneWireTarget t in Targets())
            {
                t.WriteBit(bit & 1);
            }
        }

        _board.Clock.Consume(70);
    }

    /// <inheritdoc/>
    public int ReadByte()
    {
        int v = 0;
        for (int i = 0; i < 8; i++)
        {
            v |= ReadBit() << i;
        }

        _board.Trace.Write("1-Wire(GPIO" + _pin + ")", "read " + v.ToString("x2"));
        return v;
    }

    /// <inheritdoc/>
    public void WriteByte(int value)
    {
        _board.Trace.Write("1-Wire(GPIO" + _pin + ")", "write " + (value & 0xFF).ToString("x2"));
        for (int i = 0; i < 8; i++)
        {
            WriteBit((value >> i) & 1);
        }
    }

    private List<IOneWireTarget> Targets()
    {
        return _board.DevicesOn<IOneWireTarget>(_board.SimGpio.NetOfPin(_pin), d => d.Pin);
    }
}
