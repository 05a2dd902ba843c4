namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// A push button between a GPIO and ground (active low, the default) or 3V3. Released it does not drive the pin; an
/// external pull resistor may hold the level (the DevKit's BOOT button on GPIO0 has a pull-up).
/// </summary>
public sealed class Button : SimDevice, IPinDriver
{
    private bool _pressed;

    /// <summary>A button on pin; pull: 1 external pull-up, -1 pull-down, 0 none.</summary>
    public Button(int pin, bool activeLow, int pull)
    {
        Pin = pin;
        ActiveLow = activeLow;
        ExternalPull = pull;
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "button"; }
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <summary>True when pressing pulls the pin low.</summary>
    public bool ActiveLow { get; }

    /// <inheritdoc/>
    public int ExternalPull { get; }

    /// <inheritdoc/>
    public int Drive
    {
        get { return _pressed ? (ActiveLow ? 0 : 1) : -1; }
    }

    /// <inheritdoc/>
    public double Voltage
    {
        get { return double.NaN; }
    }

    /// <summary>True while pressed.</summary>
    public bool Pressed
    {
        get { return _pressed; }
    }

    /// <summary>Presses (true) or releases the button.</summary>
    public void SetPressed(bool pressed)
    {
        lock (Board.Sync)
        {
            if (_pressed == pressed)
            {
                return;
            }

            _pressed = pressed;
            Trace(pressed ? "pressed" : "released");
            Board.SimGpio.Refresh(Pin);
        }
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        return _pressed ? "pressed" : "released";
    }

    /// <inheritdoc/>
    public override string Verb(string verb, string[] args)
    {
        switch (verb)
        {
            case "press":
                SetPressed(true);
                return string.Empty;
            case "release":
                SetPressed(false);
                return string.Empty;
            case "click":
            {
                long ms = args.Length > 0 ? (long)Number(BoardCommands.StripUnit(args[0], "ms"), "click duration (ms)") : 100;
                SetPressed(true);
                Board.Clock.After(ms * 1000, () => SetPressed(false));
                return string.Empty;
            }

            default:
                return null;
        }
    }

    internal override void Attach(SimulatedBoard board)
    {
        base.Attach(board);
        board.SimGpio.AddDriver(this);
    }
}
