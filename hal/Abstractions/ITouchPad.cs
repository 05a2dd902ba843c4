namespace NanoPython.Hal
{
    /// <summary>A capacitive touch input (ESP32 touch channels T0..T9): lower readings mean a touch.</summary>
    public interface ITouchPad
    {
        /// <summary>One measurement (ESP32: several hundred untouched, well under 200 touched).</summary>
        int Read();

        /// <summary>Sets the threshold under which the pad counts as touched (wake from sleep).</summary>
        void SetThreshold(int threshold);
    }
}
