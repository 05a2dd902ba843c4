namespace NanoPython.Hal.Simulated;

/// <summary>SoftI2C's primitives on the simulated board: straight onto the byte-level engine of the pins' bus.</summary>
public sealed class SimSoftI2c : II2cPrimitives
{
    private readonly SimI2cEngine _engine;

    internal SimSoftI2c(SimulatedBoard board, int scl, int sda, int freq)
    {
        _engine = new SimI2cEngine(board, "SoftI2C(scl=" + scl + ",sda=" + sda + ")", scl, sda, freq);
    }

    /// <inheritdoc/>
    public int Start()
    {
        return _engine.Start();
    }

    /// <inheritdoc/>
    public int Stop()
    {
        return _engine.Stop();
    }

    /// <inheritdoc/>
    public int WriteByte(int value)
    {
        return _engine.WriteByte(value);
    }

    /// <inheritdoc/>
    public int ReadByte(bool nack)
    {
        return _engine.ReadByte(nack);
    }

    /// <inheritdoc/>
    public void Close()
    {
        _engine.Abandon();
    }
}
