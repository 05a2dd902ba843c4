namespace NanoPython.Hal
{
    /// <summary>
    /// A hardware pulse counter (ESP32 PCNT): counts the chosen edges of one pin, or decodes a quadrature encoder on
    /// two pins (four counts per cycle, up or down).
    /// </summary>
    public interface IPulseCounter
    {
        /// <summary>The count.</summary>
        long Count { get; }

        /// <summary>Sets the count (usually to 0).</summary>
        void SetCount(long value);

        /// <summary>Stops counting.</summary>
        void Close();
    }
}
