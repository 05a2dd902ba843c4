using System.Collections.Generic;
using System.Text;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// A UART of the simulated board. Written bytes are traced and, after their transmission time, arrive at every open
/// UART whose RX pin is wired to this TX pin (a loopback wire between TX and RX of the same UART included). The inputs
/// channel can inject received bytes ("uart 2 hello\n").
/// </summary>
public sealed class SimUart : IUart
{
    private readonly SimulatedBoard _board;
    private readonly Queue<byte> _rx = new Queue<byte>();
    private UartConfig _config;
    private HalCallback _handler;
    private long _txEndUs;

    internal SimUart(SimulatedBoard board, int id, UartConfig config)
    {
        _board = board;
        Id = id;
        _config = config.Clone();
    }

    /// <summary>The UART number.</summary>
    public int Id { get; }

    internal UartConfig Config
    {
        get { return _config; }
    }

    /// <inheritdoc/>
    public int Available
    {
        get
        {
            lock (_board.Sync)
            {
                return _rx.Count;
            }
        }
    }

    /// <inheritdoc/>
    public bool TxDone
    {
        get { return _board.Clock.NowUs >= _txEndUs; }
    }

    /// <inheritdoc/>
    public void Configure(UartConfig config)
    {
        lock (_board.Sync)
        {
            _config = config.Clone();
        }
    }

    /// <inheritdoc/>
    public int Write(byte[] data, int offset, int count)
    {
        byte[] copy = new byte[count];
        System.Array.Copy(data, offset, copy, 0, count);
        lock (_board.Sync)
        {
            long bitsPerChar = 1 + _config.Bits + (_config.Parity >= 0 ? 1 : 0) + _config.Stop;
            long us = (count * bitsPerChar * 1000000L + _config.Baudrate - 1) / _config.Baudrate;
            long start = System.Math.Max(_board.Clock.NowUs, _txEndUs);
            _txEndUs = start + us;
            if (_board.Trace.Enabled)
            {
                _board.Trace.Write("UART" + Id, "tx " + Printable(copy));
            }

            if (_config.Tx >= 0)
            {
                foreach (SimUart other in _board.OpenUarts())
                {
                    if (other._config.Rx >= 0 && System.Array.IndexOf(_board.SimGpio.NetOf(_config.Tx), other._config.Rx) >= 0)
                    {
                        SimUart target = other;
                        _board.Clock.At(_txEndUs, () => target.Inject(copy));
                    }
                }
            }
        }

        return count;
    }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count)
    {
        lock (_board.Sync)
        {
            int n = 0;
            while (n < count && _rx.Count > 0)
            {
                buffer[offset + n++] = _rx.Dequeue();
            }

            return n;
        }
    }

    /// <inheritdoc/>
    public void SendBreak()
    {
        _board.Trace.Write("UART" + Id, "break");
    }

    /// <inheritdoc/>
    public void SetReceiveHandler(HalCallback handler)
    {
        lock (_board.Sync)
        {
            _handler = handler;
        }
    }

    /// <inheritdoc/>
    public void Close()
    {
        _board.UartClosed(this);
    }

    /// <summary>Bytes arriving on RX (from a wire or the inputs channel); the RX buffer drops what does not fit.</summary>
    public void Inject(byte[] data)
    {
        HalCallback h;
        lock (_board.Sync)
        {
            foreach (byte b in data)
            {
                if (_rx.Count < System.Math.Max(_config.RxBuffer, 1))
                {
                    _rx.Enqueue(b);
                }
            }

            if (_board.Trace.Enabled)
            {
                _board.Trace.Write("UART" + Id, "rx " + Printable(data));
            }

            h = _handler;
        }

        if (h != null)
        {
            h(Id);
        }
    }

    internal static string Printable(byte[] data)
    {
        StringBuilder sb = new StringBuilder("\"");
        foreach (byte b in data)
        {
            if (b == (byte)'\n')
            {
                sb.Append("\\n");
            }
            else if (b == (byte)'\r')
            {
                sb.Append("\\r");
            }
            else if (b >= 32 && b < 127 && b != (byte)'"' && b != (byte)'\\')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append("\\x").Append(b.ToString("x2"));
            }
        }

        return sb.Append('"').ToString();
    }
}
