namespace NanoPython.Hal.Simulated;

/// <summary>A device that watches a pin (an LED): told about level changes and PWM on the pin's net.</summary>
public interface IPinObserver
{
    /// <summary>The pin it is wired to.</summary>
    int Pin { get; }

    /// <summary>The net's level changed (not called for PWM waveforms).</summary>
    void OnLevel(int level);

    /// <summary>PWM started, changed (frequency Hz, duty 0..65535, inverted) or stopped (frequency 0).</summary>
    void OnPwm(int frequency, int dutyU16, bool invert);
}
