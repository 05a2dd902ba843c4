using System;

namespace NanoPython.Hal.Simulated;

/// <summary>A DAC output of the simulated ESP32 (GPIO25/26): presents value/255 x 3.3 V on the pin's net (an ADC on a wired pin reads it).</summary>
public sealed class SimDac : IDac, IPinDriver
{
    private readonly SimulatedBoard _board;
    private double _voltage = double.NaN;

    internal SimDac(SimulatedBoard board, int pin)
    {
        _board = board;
        Pin = pin;
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <inheritdoc/>
    public int Drive
    {
        get { return double.IsNaN(_voltage) ? -1 : _voltage > 1.65 ? 1 : 0; }
    }

    /// <inheritdoc/>
    public double Voltage
    {
        get { return _voltage; }
    }

    /// <inheritdoc/>
    public int ExternalPull
    {
        get { return 0; }
    }

    /// <inheritdoc/>
    public void Write(int value)
    {
        lock (_board.Sync)
        {
            _voltage = Math.Clamp(value, 0, 255) * 3.3 / 255;
            _board.Trace.Write("DAC(GPIO" + Pin + ")", _voltage.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " V");
            _board.SimGpio.Refresh(Pin);
        }
    }

    /// <inheritdoc/>
    public void Close()
    {
        lock (_board.Sync)
        {
            _voltage = double.NaN;
            _board.SimGpio.Refresh(Pin);
        }
    }
}
