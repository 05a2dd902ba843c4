using System.Collections.Generic;
using System.Text;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The byte-level I2C bus on a pair of pins: START, address, data bytes with ACK/NACK, STOP, delivered to the
/// <see cref="II2cTarget"/> devices wired to those pins. Both the hardware controller and SoftI2C run on it. Each byte
/// costs 9 clock periods of board time. A transaction is traced at its STOP (or when the address is not acknowledged).
/// </summary>
internal sealed class SimI2cEngine
{
    private readonly SimulatedBoard _board;
    private readonly string _label;
    private readonly StringBuilder _log = new StringBuilder();
    private II2cTarget _current;
    private bool _inTransaction;
    private bool _addressPhase;
    private bool _reading;
    private long _byteUs;

    public SimI2cEngine(SimulatedBoard board, string label, int scl, int sda, int freq)
    {
        _board = board;
        _label = label;
        Scl = scl;
        Sda = sda;
        SetFrequency(freq);
    }

    public int Scl { get; }

    public int Sda { get; }

    public void SetFrequency(int freq)
    {
        _byteUs = freq > 0 ? (9000000L + freq - 1) / freq : 23;
    }

    public int Start()
    {
        lock (_board.Sync)
        {
            if (_inTransaction)
            {
                _log.Append(" Sr");
            }
            else
            {
                _log.Clear();
                _log.Append("S");
            }

            _inTransaction = true;
            _addressPhase = true;
            _current = null;
        }

        _board.Clock.Consume(1);
        return HalStatus.Ok;
    }

    public int Stop()
    {
        lock (_board.Sync)
        {
            if (_current != null)
            {
                _current.Stop();
            }

            if (_inTransaction)
            {
                _log.Append(" P");
                _board.Trace.Write(_label, _log.ToString());
            }

            _current = null;
            _inTransaction = false;
            _addressPhase = false;
        }

        _board.Clock.Consume(1);
        return HalStatus.Ok;
    }

    public int WriteByte(int value)
    {
        bool ack;
        lock (_board.Sync)
        {
            byte b = (byte)value;
            if (_addressPhase)
            {
                _addressPhase = false;
                int address = b >> 1;
                _reading = (b & 1) != 0;
                _current = null;
                foreach (II2cTarget t in Targets())
                {
                    if (t.Address == address && !t.Busy)
                    {
                        _current = t;
                        break;
                    }
                }

                _log.Append(" 0x").Append(address.ToString("x2")).Append(_reading ? " R" : " W");
                ack = _current != null;
                if (ack)
                {
                    _current.Start(_reading);
                }
                else
                {
                    _log.Append(" NACK");
                }
            }
            else if (_current == null || _reading)
            {
                ack = false;
                _log.Append(' ').Append(b.ToString("x2")).Append(" NACK");
            }
            else
            {
                ack = _current.Write(b);
                _log.Append(' ').Append(b.ToString("x2"));
                if (!ack)
                {
                    _log.Append(" NACK");
                }
            }
        }

        _board.Clock.Consume(_byteUs);
        return ack ? 0 : 1;
    }

    public int ReadByte(bool nack)
    {
        int value;
        lock (_board.Sync)
        {
            value = _current != null && _reading ? _current.Read() : 0xFF;
            _log.Append(" <").Append(value.ToString("x2"));
        }

        _board.Clock.Consume(_byteUs);
        return value;
    }

    /// <summary>Ends an open transaction silently (the bus is being closed).</summary>
    public void Abandon()
    {
        lock (_board.Sync)
        {
            if (_inTransaction)
            {
                Stop();
            }
        }
    }

    private IEnumerable<II2cTarget> Targets()
    {
        int[] sclNet = _board.SimGpio.NetOf(Scl);
        int[] sdaNet = _board.SimGpio.NetOf(Sda);
        foreach (II2cTarget t in _board.Devices<II2cTarget>())
        {
            if (System.Array.IndexOf(sclNet, t.Scl) >= 0 && System.Array.IndexOf(sdaNet, t.Sda) >= 0)
            {
                yield return t;
            }
        }
    }
}
