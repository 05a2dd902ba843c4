using System;
using System.Globalization;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// A DHT22 (AM2302) or DHT11 temperature and humidity sensor on a data pin with the module's pull-up. It answers the
/// start sequence with 40 bits: DHT22 humidity and temperature in tenths (sign bit 0x8000), DHT11 integer and decimal
/// bytes, then the checksum.
/// </summary>
public sealed class Dht : SimDevice, IDhtTarget, IPinDriver
{
    private readonly bool _dht11;

    /// <summary>A sensor on pin; dht11 selects the DHT11 encoding.</summary>
    public Dht(int pin, bool dht11, double temperature, double humidity)
    {
        Pin = pin;
        _dht11 = dht11;
        Temperature = temperature;
        Humidity = humidity;
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return _dht11 ? "dht11" : "dht22"; }
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <summary>Temperature in °C.</summary>
    public double Temperature { get; private set; }

    /// <summary>Relative humidity in %.</summary>
    public double Humidity { get; private set; }

    /// <inheritdoc/>
    public int Drive
    {
        get { return -1; }
    }

    /// <inheritdoc/>
    public double Voltage
    {
        get { return double.NaN; }
    }

    /// <inheritdoc/>
    public int ExternalPull
    {
        get { return 1; }
    }

    /// <inheritdoc/>
    public byte[] Answer()
    {
        byte[] b = new byte[5];
        if (_dht11)
        {
            double h = Math.Clamp(Humidity, 0, 99);
            double t = Math.Clamp(Temperature, 0, 50);
            b[0] = (byte)Math.Floor(h);
            b[1] = (byte)Math.Round((h - Math.Floor(h)) * 10);
            b[2] = (byte)Math.Floor(t);
            b[3] = (byte)Math.Round((t - Math.Floor(t)) * 10);
        }
        else
        {
            int h = (int)Math.Round(Math.Clamp(Humidity, 0, 100) * 10);
            int t = (int)Math.Round(Math.Abs(Math.Clamp(Temperature, -40, 80)) * 10);
            if (Temperature < 0)
            {
                t |= 0x8000;
            }

            b[0] = (byte)(h >> 8);
            b[1] = (byte)h;
            b[2] = (byte)(t >> 8);
            b[3] = (byte)t;
        }

        b[4] = (byte)(b[0] + b[1] + b[2] + b[3]);
        return b;
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        return "temperature " + Temperature.ToString("0.0", CultureInfo.InvariantCulture) + " C, humidity " + Humidity.ToString("0.0", CultureInfo.InvariantCulture) + " %";
    }

    /// <inheritdoc/>
    public override void Set(string property, string value)
    {
        switch (property)
        {
            case "temperature":
                Temperature = Number(BoardCommands.StripUnit(value, "C"), property);
                break;
            case "humidity":
                Humidity = Number(BoardCommands.StripUnit(value, "%"), property);
                break;
            default:
                base.Set(property, value);
                break;
        }

        Trace(Show(null));
    }

    internal override void Attach(SimulatedBoard board)
    {
        base.Attach(board);
        board.SimGpio.AddDriver(this);
    }
}
