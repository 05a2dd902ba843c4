namespace NanoPython.Hal.Simulated;

/// <summary>The hardware I2C controller of the simulated board (transactions over the byte-level engine).</summary>
public sealed class SimI2cBus : II2cBus
{
    private readonly SimulatedBoard _board;
    private readonly SimI2cEngine _engine;

    internal SimI2cBus(SimulatedBoard board, int id, int scl, int sda, int freq)
    {
        _board = board;
        _engine = new SimI2cEngine(board, "I2C" + id + "(scl=" + scl + ",sda=" + sda + ")", scl, sda, freq);
    }

    /// <inheritdoc/>
    public int Write(int address, byte[] data, int offset, int count, bool stop)
    {
        lock (_board.Sync)
        {
            _engine.Start();
            if (_engine.WriteByte(address << 1) != 0)
            {
                _engine.Stop();
                return HalStatus.NoDevice;
            }

            int acked = 0;
            for (int i = 0; i < count; i++)
            {
                if (_engine.WriteByte(data[offset + i]) != 0)
                {
                    break;
                }

                acked++;
            }

            if (stop || acked < count)
            {
                _engine.Stop();
            }

            return acked;
        }
    }

    /// <inheritdoc/>
    public int Read(int address, byte[] buffer, int offset, int count, bool stop)
    {
        lock (_board.Sync)
        {
            _engine.Start();
            if (_engine.WriteByte((address << 1) | 1) != 0)
            {
                _engine.Stop();
                return HalStatus.NoDevice;
            }

            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)_engine.ReadByte(i == count - 1);
            }

            if (stop)
            {
                _engine.Stop();
            }

            return count;
        }
    }

    /// <inheritdoc/>
    public int WriteRead(int address, byte[] write, int writeOffset, int writeCount, byte[] read, int readOffset, int readCount)
    {
        lock (_board.Sync)
        {
            int w = Write(address, write, writeOffset, writeCount, false);
            if (w < 0)
            {
                return w;
            }

            if (w < writeCount)
            {
                return HalStatus.NoDevice;
            }

            return Read(address, read, readOffset, readCount, true);
        }
    }

    /// <inheritdoc/>
    public bool Probe(int address)
    {
        lock (_board.Sync)
        {
            _engine.Start();
            bool ack = _engine.WriteByte(address << 1) == 0;
            _engine.Stop();
            return ack;
        }
    }

    /// <inheritdoc/>
    public void Close()
    {
        _engine.Abandon();
    }
}
