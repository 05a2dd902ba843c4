namespace NanoPython.Hal.Simulated;

/// <summary>The state of one simulated GPIO pad.</summary>
internal sealed class SimPin
{
    public SimPin(int number, int caps)
    {
        Number = number;
        Caps = caps;
        Drive = 2;
    }

    public int Number { get; }

    public int Caps { get; }

    public int Mode;
    public int Pull;
    public int Drive;
    public int Latch;
    public int Edges;
    public PinEdgeHandler Handler;
    public SimNet Net;

    /// <summary>The PWM output routed to this pad, or null.</summary>
    public SimPwm Pwm;

    /// <summary>True when the pad drives its net push-pull (an output, or a PWM output).</summary>
    public bool DrivesPushPull
    {
        get { return Mode == HalPin.ModeOutput || Pwm != null; }
    }
}
