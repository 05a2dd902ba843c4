namespace NanoPython.Hal
{
    /// <summary>An 8-bit DAC output (ESP32: GPIO25 and GPIO26): 0..255 for 0..VDD.</summary>
    public interface IDac
    {
        /// <summary>Outputs value (0..255).</summary>
        void Write(int value);

        /// <summary>Releases the output.</summary>
        void Close();
    }
}
