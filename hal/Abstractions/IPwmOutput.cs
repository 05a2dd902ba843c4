namespace NanoPython.Hal
{
    /// <summary>
    /// One PWM output on a pin. The machine module owns ESP32's LEDC bookkeeping (16 channels on 8 timers, shared
    /// frequencies); the HAL only produces the waveform.
    /// </summary>
    public interface IPwmOutput
    {
        /// <summary>Sets the frequency (Hz) and the duty cycle (0..65535 of the period; 65535 is fully on).</summary>
        void Set(int frequency, int dutyU16);

        /// <summary>Stops the output (the pin returns to a plain GPIO, low).</summary>
        void Close();
    }
}
