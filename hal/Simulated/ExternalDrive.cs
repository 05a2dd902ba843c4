namespace NanoPython.Hal.Simulated;

/// <summary>A pin forced from outside by the inputs channel ("pin 13 high"): a wire to 3V3 or GND, or nothing.</summary>
internal sealed class ExternalDrive : IPinDriver
{
    public ExternalDrive(int pin)
    {
        Pin = pin;
        Drive = -1;
    }

    public int Pin { get; }

    public int Drive { get; set; }

    public double Voltage
    {
        get { return Drive < 0 ? double.NaN : Drive * 3.3; }
    }

    public int ExternalPull
    {
        get { return 0; }
    }
}
