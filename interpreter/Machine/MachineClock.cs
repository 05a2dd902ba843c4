using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The interpreter's clock (time module, sleeps) over the board's HAL clock and RTC: ticks from the hardware timer,
    /// wall time from the RTC (seconds since 2000-01-01, MicroPython's embedded epoch). On the simulated board's virtual
    /// clock, waiting advances time, so time.sleep_ms(100) in a test moves the board 100 ms forward.
    /// </summary>
    public sealed class MachineClock : SystemClock
    {
        private readonly IClock _clock;
        private readonly IRtc _rtc;

        /// <summary>A clock over board.</summary>
        public MachineClock(IBoard board)
        {
            _clock = board.Clock;
            _rtc = board.Rtc;
        }

        /// <inheritdoc/>
        public override long TicksMs
        {
            get { return _clock.TicksUs / 1000; }
        }

        /// <inheritdoc/>
        public override long TicksUs
        {
            get { return _clock.TicksUs; }
        }

        /// <inheritdoc/>
        public override long TicksCpu
        {
            get { return _clock.TicksCpu; }
        }

        /// <inheritdoc/>
        public override double Time
        {
            get { return _rtc.Now / 1000000.0; }
        }

        /// <inheritdoc/>
        public override void SetTime(double seconds)
        {
            _rtc.Set((long)(seconds * 1000000.0));
        }

        /// <inheritdoc/>
        public override void Wait(int ms)
        {
            _clock.Wait(ms);
        }

        /// <inheritdoc/>
        public override void Wake()
        {
            _clock.Wake();
        }
    }
}
