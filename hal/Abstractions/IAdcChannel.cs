namespace NanoPython.Hal
{
    /// <summary>An ADC input on a pin.</summary>
    public interface IAdcChannel
    {
        /// <summary>Sets the attenuation (0: 0 dB, 1: 2.5 dB, 2: 6 dB, 3: 11 dB) and the resolution in bits (9..12).</summary>
        void Configure(int attenuation, int bits);

        /// <summary>One raw conversion at the configured resolution.</summary>
        int ReadRaw();

        /// <summary>One conversion in microvolts (calibrated where the chip allows).</summary>
        int ReadMicrovolts();

        /// <summary>Releases the channel.</summary>
        void Close();
    }
}
