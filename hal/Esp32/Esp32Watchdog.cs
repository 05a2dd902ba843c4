using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// The watchdog. nanoFramework exposes no hardware watchdog API, so this one is a HighResTimer that reboots the board
    /// (Power.RebootDevice, after telling the machine module) unless fed in time. It catches a Python program that
    /// stops feeding it; it cannot catch a hang of the runtime itself.
    /// </summary>
    public sealed class Esp32Watchdog : IWatchdog
    {
        private readonly Esp32Chip _chip;
        private readonly HighResTimer _timer = new HighResTimer();
        private ulong _timeoutUs;

        internal Esp32Watchdog(Esp32Chip chip, int timeoutMs)
        {
            _chip = chip;
            _timer.OnHighResTimerExpired += OnExpired;
            Reconfigure(timeoutMs);
        }

        /// <inheritdoc/>
        public void Feed()
        {
            _timer.Stop();
            _timer.StartOneShot(_timeoutUs);
        }

        internal void Reconfigure(int timeoutMs)
        {
            _timeoutUs = (ulong)timeoutMs * 1000;
            Feed();
        }

        private void OnExpired(HighResTimer sender, object e)
        {
            _chip.ResetBy(HalReset.Watchdog);
        }
    }
}
