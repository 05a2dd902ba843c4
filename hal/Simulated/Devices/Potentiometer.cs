using System;
using System.Globalization;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>A potentiometer between GND and 3V3 with its wiper on an ADC pin: position 0..1 gives 0..3.3 V.</summary>
public sealed class Potentiometer : SimDevice, IPinDriver
{
    private double _position;

    /// <summary>A potentiometer on pin at position (0..1), with reference voltage vref.</summary>
    public Potentiometer(int pin, double position, double vref)
    {
        Pin = pin;
        _position = Math.Clamp(position, 0, 1);
        Vref = vref;
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "potentiometer"; }
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <summary>The voltage across the potentiometer.</summary>
    public double Vref { get; }

    /// <inheritdoc/>
    public int Drive
    {
        get { return Voltage > Vref / 2 ? 1 : 0; }
    }

    /// <inheritdoc/>
    public double Voltage
    {
        get { return _position * Vref; }
    }

    /// <inheritdoc/>
    public int ExternalPull
    {
        get { return 0; }
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        return "position " + _position.ToString("0.000", CultureInfo.InvariantCulture) + " (" + Voltage.ToString("0.000", CultureInfo.InvariantCulture) + " V)";
    }

    /// <inheritdoc/>
    public override void Set(string property, string value)
    {
        if (property != "position" && property != "value" && property != "voltage")
        {
            base.Set(property, value);
        }

        lock (Board.Sync)
        {
            if (property == "voltage" || value.EndsWith("V", StringComparison.OrdinalIgnoreCase))
            {
                _position = Math.Clamp(Number(BoardCommands.StripUnit(value, "V"), "voltage") / Vref, 0, 1);
            }
            else
            {
                _position = Math.Clamp(Number(value, "position"), 0, 1);
            }

            Trace("turned to " + Show(null));
            Board.SimGpio.Refresh(Pin);
        }
    }

    /// <inheritdoc/>
    public override string Verb(string verb, string[] args)
    {
        if (verb == "turn" && args.Length == 1)
        {
            Set("position", args[0]);
            return string.Empty;
        }

        return null;
    }

    internal override void Attach(SimulatedBoard board)
    {
        base.Attach(board);
        board.SimGpio.AddDriver(this);
    }
}
