namespace NanoPython.Hal
{
    /// <summary>
    /// The watchdog: once started it cannot be stopped; when it is not fed in time the board resets with cause
    /// HalReset.Watchdog (reported first through IChip's reset handler).
    /// </summary>
    public interface IWatchdog
    {
        /// <summary>Restarts the countdown.</summary>
        void Feed();
    }
}
