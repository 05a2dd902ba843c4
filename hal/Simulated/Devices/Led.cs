using System.Globalization;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>An LED on a GPIO (to ground through a resistor, or to 3V3 when active low): on, off, or dimmed by PWM.</summary>
public sealed class Led : SimDevice, IPinObserver
{
    private int _level;
    private int _pwmFrequency;
    private int _pwmDuty;
    private bool _pwmInvert;

    /// <summary>An LED on pin.</summary>
    public Led(int pin, bool activeLow)
    {
        Pin = pin;
        ActiveLow = activeLow;
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "led"; }
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <summary>True when the LED lights with the pin low.</summary>
    public bool ActiveLow { get; }

    /// <summary>Brightness 0..1 (PWM duty, or 0/1).</summary>
    public double Brightness
    {
        get
        {
            if (_pwmFrequency > 0)
            {
                double d = _pwmDuty / 65536.0;
                if (_pwmInvert ^ ActiveLow)
                {
                    d = 1 - d;
                }

                return d;
            }

            return (_level != 0) ^ ActiveLow ? 1.0 : 0.0;
        }
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        if (_pwmFrequency > 0)
        {
            return "dimmed " + (Brightness * 100).ToString("0.0", CultureInfo.InvariantCulture) + "% (PWM " + _pwmFrequency + " Hz)";
        }

        return Brightness > 0 ? "on" : "off";
    }

    /// <inheritdoc/>
    public void OnLevel(int level)
    {
        _level = level;
    }

    /// <inheritdoc/>
    public void OnPwm(int frequency, int dutyU16, bool invert)
    {
        _pwmFrequency = frequency;
        _pwmDuty = dutyU16;
        _pwmInvert = invert;
    }

    internal override void Attach(SimulatedBoard board)
    {
        base.Attach(board);
        board.SimGpio.AddObserver(this);
        _level = board.SimGpio.PeekLevel(Pin);
    }
}
