namespace NanoPython.Hal
{
    /// <summary>A hardware timer (ESP32 has four: two groups of two).</summary>
    public interface IHardwareTimer
    {
        /// <summary>
        /// Starts counting; after periodUs microseconds handler(id) runs (on any thread), then again every periodUs when
        /// periodic. Restarting replaces the previous setting.
        /// </summary>
        void Start(long periodUs, bool periodic, HalCallback handler);

        /// <summary>Stops the timer (no more callbacks).</summary>
        void Stop();

        /// <summary>Microseconds counted since the last start (the timer's value).</summary>
        long ElapsedUs { get; }
    }
}
