namespace NanoPython.Hal.Simulated;

/// <summary>A touch channel of the simulated ESP32: reads 600 untouched, 120 while a touch pad device on the pin is touched.</summary>
public sealed class SimTouchPad : ITouchPad
{
    /// <summary>The reading of an untouched pad.</summary>
    public const int Untouched = 600;

    /// <summary>The reading of a touched pad.</summary>
    public const int Touched = 120;

    private readonly SimulatedBoard _board;
    private readonly int _pin;

    internal SimTouchPad(SimulatedBoard board, int pin)
    {
        _board = board;
        _pin = pin;
    }

    /// <summary>The wake threshold last set.</summary>
    public int Threshold { get; private set; }

    /// <inheritdoc/>
    public int Read()
    {
        _board.Clock.Consume(500);
        lock (_board.Sync)
        {
            foreach (Devices.TouchPadDevice d in _board.DevicesOn<Devices.TouchPadDevice>(_board.SimGpio.NetOfPin(_pin), t => t.Pin))
            {
                if (d.Touched)
                {
                    return Touched;
                }
            }

            return Untouched;
        }
    }

    /// <inheritdoc/>
    public void SetThreshold(int threshold)
    {
        Threshold = threshold;
    }
}
