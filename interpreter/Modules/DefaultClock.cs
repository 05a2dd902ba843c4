using System.Threading;
using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The clock installed when the port installs none (tests, a bare embedding): ticks from Environment.TickCount64
    /// (milliseconds; microsecond ticks are derived from them), wall time from DateTime.UtcNow counted from the port's
    /// epoch (2000 on a board, 1970 in script mode), and waits that Ctrl-C or scheduled work end early. Works on both
    /// builds; a board installs its hardware clock instead.
    /// </summary>
    public sealed class DefaultClock : SystemClock
    {
        private const long TicksPerSecond = 10000000;

        private readonly Interpreter _ip;
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private double _adjust;

        /// <summary>A clock for ip (whose sys.platform selects the epoch).</summary>
        public DefaultClock(Interpreter ip)
        {
            _ip = ip;
        }

        /// <inheritdoc/>
        public override long TicksMs
        {
            get { return System.Environment.TickCount64; }
        }

        /// <inheritdoc/>
        public override long TicksUs
        {
            get { return System.Environment.TickCount64 * 1000; }
        }

        /// <inheritdoc/>
        public override long TicksCpu
        {
            get { return System.Environment.TickCount64 * 1000; }
        }

        /// <inheritdoc/>
        public override double Time
        {
            get { return UnixNow() - PortInfo.EpochOffset(_ip) + _adjust; }
        }

        /// <inheritdoc/>
        public override void SetTime(double seconds)
        {
            _adjust = seconds - (UnixNow() - PortInfo.EpochOffset(_ip));
        }

        /// <inheritdoc/>
        public override void Wait(int ms)
        {
            if (ms > 0)
            {
                _wake.WaitOne(ms, false);
            }
        }

        /// <inheritdoc/>
        public override void Wake()
        {
            _wake.Set();
        }

        private static double UnixNow()
        {
            return (double)(System.DateTime.UtcNow.Ticks - System.DateTime.UnixEpoch.Ticks) / TicksPerSecond;
        }
    }
}
