namespace NanoPython.Hal
{
    /// <summary>
    /// The board's time base. On a device it is the hardware's microsecond timer; the simulated board has a real-time
    /// clock for interactive use and a virtual clock that only moves when the program waits (so tests are
    /// deterministic: sleeping 100 ms advances the clock by exactly 100 ms and fires what was due on the way).
    /// </summary>
    public interface IClock
    {
        /// <summary>Microseconds since start-up (monotonic).</summary>
        long TicksUs { get; }

        /// <summary>A fast counter for machine.time_pulse_us-style measurements (CPU cycles where available).</summary>
        long TicksCpu { get; }

        /// <summary>Waits up to ms milliseconds, returning early when <see cref="Wake"/> is called.</summary>
        void Wait(int ms);

        /// <summary>Ends a <see cref="Wait"/> in progress (scheduled work or an interrupt arrived). Any thread.</summary>
        void Wake();

        /// <summary>Busy-waits us microseconds (time.sleep_us): no early return.</summary>
        void DelayUs(int us);
    }
}
