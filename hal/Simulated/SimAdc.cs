using System;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// An ADC channel of the simulated ESP32: converts the voltage on its pin's net. Full scale (raw maximum) per
/// attenuation: 0 dB 1.1 V, 2.5 dB 1.5 V, 6 dB 2.2 V, 11 dB 3.3 V; read_uv is derived from the 12-bit raw value with
/// millivolt resolution, as ESP-IDF's calibration does.
/// </summary>
public sealed class SimAdc : IAdcChannel
{
    private static readonly int[] s_fullScaleMv = { 1100, 1500, 2200, 3300 };
    private readonly SimulatedBoard _board;
    private readonly int _pin;
    private int _atten;
    private int _bits = 12;

    internal SimAdc(SimulatedBoard board, int pin)
    {
        _board = board;
        _pin = pin;
    }

    /// <inheritdoc/>
    public void Configure(int attenuation, int bits)
    {
        _atten = Math.Clamp(attenuation, 0, 3);
        _bits = Math.Clamp(bits, 9, 12);
    }

    /// <inheritdoc/>
    public int ReadRaw()
    {
        int raw12 = Raw12();
        return raw12 >> (12 - _bits);
    }

    /// <inheritdoc/>
    public int ReadMicrovolts()
    {
        int mv = (int)Math.Round(Raw12() * (double)s_fullScaleMv[_atten] / 4095.0);
        return mv * 1000;
    }

    /// <inheritdoc/>
    public void Close()
    {
    }

    private int Raw12()
    {
        double v = _board.SimGpio.VoltageOf(_pin);
        _board.Clock.Consume(10);
        double raw = v * 1000.0 / s_fullScaleMv[_atten] * 4095.0;
        return (int)Math.Clamp(Math.Round(raw), 0, 4095);
    }
}
