using System.Threading;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// The ESP32's time base: HighResTimer's microsecond counter; waits on an event that <see cref="Wake"/> sets, so
    /// Ctrl-C and scheduled callbacks end a sleep early.
    /// </summary>
    public sealed class Esp32Clock : IClock
    {
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Esp32Chip _chip;

        internal Esp32Clock(Esp32Chip chip)
        {
            _chip = chip;
        }

        /// <inheritdoc/>
        public long TicksUs
        {
            get { return (long)HighResTimer.GetCurrent(); }
        }

        /// <inheritdoc/>
        public long TicksCpu
        {
            get { return (long)HighResTimer.GetCurrent() * (_chip.CpuFrequency / 1000000); }
        }

        /// <summary>Microseconds since start-up (static, for the bit-banged protocols).</summary>
        public static long NowUs
        {
            get { return (long)HighResTimer.GetCurrent(); }
        }

        /// <summary>Busy-waits until the microsecond counter reaches untilUs.</summary>
        public static void SpinUntil(long untilUs)
        {
            while ((long)HighResTimer.GetCurrent() < untilUs)
            {
            }
        }

        /// <summary>Busy-waits us microseconds.</summary>
        public static void Spin(int us)
        {
            SpinUntil((long)HighResTimer.GetCurrent() + us);
        }

        /// <inheritdoc/>
        public void Wait(int ms)
        {
            if (ms > 0)
            {
                _wake.WaitOne(ms, false);
            }
        }

        /// <inheritdoc/>
        public void Wake()
        {
            _wake.Set();
        }

        /// <inheritdoc/>
        public void DelayUs(int us)
        {
            if (us >= 2000)
            {
                Thread.Sleep(us / 1000);
                us %= 1000;
            }

            Spin(us);
        }
    }
}
