namespace NanoPython.Hal.Simulated.Devices;

/// <summary>A touch pad (a bare electrode) on an ESP32 touch pin: "press NAME"/"release NAME" touch it.</summary>
public sealed class TouchPadDevice : SimDevice
{
    /// <summary>A pad on pin.</summary>
    public TouchPadDevice(int pin)
    {
        Pin = pin;
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "touchpad"; }
    }

    /// <summary>The pin.</summary>
    public int Pin { get; }

    /// <summary>True while touched.</summary>
    public bool Touched { get; private set; }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        return Touched ? "touched" : "not touched";
    }

    /// <inheritdoc/>
    public override string Verb(string verb, string[] args)
    {
        if (verb == "press" || verb == "touch" || verb == "release")
        {
            Touched = verb != "release";
            Trace(Show(null));
            return string.Empty;
        }

        return null;
    }
}
