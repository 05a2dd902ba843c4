using System;
using System.Globalization;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// A device wired to the simulated board (a sensor on I2C, a button on a pin...). Devices take part through role
/// interfaces (<see cref="IPinDriver"/>, <see cref="II2cTarget"/>...) and answer the inputs channel's commands.
/// </summary>
public abstract class SimDevice
{
    /// <summary>The device's name in the board description and in commands ("button").</summary>
    public string Name { get; internal set; }

    /// <summary>Its type ("button", "bme280"...).</summary>
    public abstract string Type { get; }

    /// <summary>The board it is attached to.</summary>
    protected SimulatedBoard Board { get; private set; }

    /// <summary>Connects the device to the board (called once, before the program runs).</summary>
    internal virtual void Attach(SimulatedBoard board)
    {
        Board = board;
    }

    /// <summary>A one-line (or, for displays, multi-line) description of the device's current state.</summary>
    public abstract string Show(string[] args);

    /// <summary>Sets a property from the inputs channel ("set dht temperature 25"). Throws ArgumentException for unknown ones.</summary>
    public virtual void Set(string property, string value)
    {
        throw new ArgumentException(Type + " '" + Name + "' has no property '" + property + "'");
    }

    /// <summary>Runs a device verb ("press", "release"); returns null when the device does not know it.</summary>
    public virtual string Verb(string verb, string[] args)
    {
        return null;
    }

    /// <summary>Parses a number of the command language (invariant culture; an optional unit suffix is removed by the caller).</summary>
    protected static double Number(string text, string what)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v) || double.IsInfinity(v))
        {
            throw new ArgumentException("expected a number for " + what + ", got '" + text + "'");
        }

        return v;
    }

    /// <summary>Writes a trace line under the device's name.</summary>
    protected void Trace(string message)
    {
        Board.Trace.Write(Name, message);
    }
}
