using System;
using System.Text;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// A strip of WS2812B LEDs on a data pin. It decodes the pulse train like the chip does: a high time above 625 ns is a
/// 1 (the datasheet's T0H is 0.4 µs, T1H 0.8 µs, ±150 ns), 24 bits per LED in G, R, B order, the first LED takes the
/// first 24 bits. A train sent with the wrong timing is therefore decoded wrongly, as on real hardware.
/// </summary>
public sealed class Ws2812Strip : SimDevice, IBitstreamTarget
{
    private const int ThresholdNs = 625;
    private readonly byte[] _grb;

    /// <summary>A strip of count LEDs on pin.</summary>
    public Ws2812Strip(int pin, int count)
    {
        Pin = pin;
        Count = count;
        _grb = new byte[count * 3];
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "ws2812"; }
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <summary>Number of LEDs.</summary>
    public int Count { get; }

    /// <summary>The colour of LED i as 0xRRGGBB.</summary>
    public int Color(int i)
    {
        return (_grb[i * 3 + 1] << 16) | (_grb[i * 3] << 8) | _grb[i * 3 + 2];
    }

    /// <inheritdoc/>
    public void Receive(int[] highNs, int[] lowNs, int count)
    {
        int bytes = Math.Min(count / 8, _grb.Length);
        for (int i = 0; i < bytes; i++)
        {
            int v = 0;
            for (int b = 0; b < 8; b++)
            {
                v = (v << 1) | (highNs[i * 8 + b] > ThresholdNs ? 1 : 0);
            }

            _grb[i] = (byte)v;
        }

        Trace("show " + Show(null));
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append('#').Append(Color(i).ToString("x6"));
        }

        return sb.ToString();
    }
}
