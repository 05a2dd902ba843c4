namespace NanoPython.Runtime
{
    /// <summary>
    /// Time as the interpreter sees it (the time module, timeouts, sleeps). The board installs an implementation over
    /// its HAL clock (real time on a device and in the interactive host session; a virtual clock that tests advance).
    /// Sleeping goes through <see cref="Interpreter.Sleep"/>, which keeps Ctrl-C and scheduled callbacks responsive.
    /// </summary>
    public abstract class SystemClock
    {
        /// <summary>Milliseconds since an arbitrary start (monotonic).</summary>
        public abstract long TicksMs { get; }

        /// <summary>Microseconds since an arbitrary start (monotonic).</summary>
        public abstract long TicksUs { get; }

        /// <summary>A fast CPU-cycle-like counter (monotonic).</summary>
        public abstract long TicksCpu { get; }

        /// <summary>Seconds since the epoch of the port (2000-01-01 on a board, 1970-01-01 in the unix-like script mode), as a double.</summary>
        public abstract double Time { get; }

        /// <summary>Sets the wall clock (machine.RTC().datetime(...)): seconds since the port's epoch.</summary>
        public abstract void SetTime(double seconds);

        /// <summary>
        /// Waits up to ms milliseconds or until woken (an interrupt or scheduled work arrived). A virtual clock advances
        /// instead of waiting.
        /// </summary>
        public abstract void Wait(int ms);

        /// <summary>Wakes a <see cref="Wait"/> in progress early (called by the console on Ctrl-C and by the scheduler).</summary>
        public abstract void Wake();
    }
}
