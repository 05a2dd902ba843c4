namespace NanoPython.Hal.Simulated;

/// <summary>
/// An SPI bus of the simulated board (hardware or soft: the same here). A transfer goes to the <see cref="ISpiTarget"/>
/// on the bus's clock pin whose chip-select is low; with none selected, MISO reads back MOSI when the two pins are
/// wired together (a loopback wire), else 0xFF. Each byte costs 8 clock periods of board time.
/// </summary>
public sealed class SimSpiBus : ISpiBus
{
    private readonly SimulatedBoard _board;
    private readonly string _name;
    private SpiConfig _config;

    internal SimSpiBus(SimulatedBoard board, int id, SpiConfig config)
    {
        _board = board;
        _name = id < 0 ? "SoftSPI" : "SPI" + id;
        _config = config.Clone();
    }

    /// <inheritdoc/>
    public void Configure(SpiConfig config)
    {
        _config = config.Clone();
    }

    /// <inheritdoc/>
    public void Transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int count)
    {
        byte[] got = new byte[count];
        lock (_board.Sync)
        {
            ISpiTarget target = null;
            if (_config.Sck >= 0)
            {
                foreach (ISpiTarget t in _board.Devices<ISpiTarget>())
                {
                    if (System.Array.IndexOf(_board.SimGpio.NetOf(_config.Sck), t.Sck) >= 0 && _board.SimGpio.PeekLevel(t.Cs) == 0)
                    {
                        target = t;
                        break;
                    }
                }
            }

            bool loopback = _config.Mosi >= 0 && _config.Miso >= 0 && System.Array.IndexOf(_board.SimGpio.NetOf(_config.Mosi), _config.Miso) >= 0;
            for (int i = 0; i < count; i++)
            {
                byte w = write[writeOffset + i];
                got[i] = target != null ? target.Exchange(w) : loopback ? w : (byte)0xFF;
            }

            if (_board.Trace.Enabled)
            {
                _board.Trace.Write(_name + "(sck=" + _config.Sck + ")", "w:" + TraceLog.Hex(write, writeOffset, count) + " r:" + TraceLog.Hex(got, 0, count));
            }
        }

        if (read != null)
        {
            System.Array.Copy(got, 0, read, readOffset, count);
        }

        int baud = _config.Baudrate > 0 ? _config.Baudrate : 1000000;
        _board.Clock.Consume((count * 8L * 1000000L + baud - 1) / baud);
    }

    /// <inheritdoc/>
    public void Close()
    {
    }
}
