namespace NanoPython.Hal.Simulated;

/// <summary>A device that drives a pin's net from outside the chip (a button to ground, a potentiometer's wiper).</summary>
public interface IPinDriver
{
    /// <summary>The pin it is wired to.</summary>
    int Pin { get; }

    /// <summary>-1 when not driving (high impedance), else the logic level it forces.</summary>
    int Drive { get; }

    /// <summary>The analog voltage it presents (for the ADC), or NaN when it only drives logic levels.</summary>
    double Voltage { get; }

    /// <summary>An external pull resistor on the net: 1 up, -1 down, 0 none (module boards often have one).</summary>
    int ExternalPull { get; }
}
