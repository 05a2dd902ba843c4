using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>A hardware timer over nanoFramework's HighResTimer (one-shot or periodic, microsecond period).</summary>
    public sealed class Esp32Timer : IHardwareTimer
    {
        private readonly int _id;
        private HighResTimer _timer;
        private HalCallback _handler;
        private long _startUs;

        internal Esp32Timer(int id)
        {
            _id = id;
        }

        /// <inheritdoc/>
        public long ElapsedUs
        {
            get { return Esp32Clock.NowUs - _startUs; }
        }

        /// <inheritdoc/>
        public void Start(long periodUs, bool periodic, HalCallback handler)
        {
            Stop();
            _handler = handler;
            _timer = new HighResTimer();
            _timer.OnHighResTimerExpired += OnExpired;
            _startUs = Esp32Clock.NowUs;
            if (periodic)
            {
                _timer.StartOnePeriodic((ulong)periodUs);
            }
            else
            {
                _timer.StartOneShot((ulong)periodUs);
            }
        }

        /// <inheritdoc/>
        public void Stop()
        {
            if (_timer != null)
            {
                _timer.Stop();
                _timer.Dispose();
                _timer = null;
            }
        }

        private void OnExpired(HighResTimer sender, object e)
        {
            HalCallback h = _handler;
            if (h != null && ReferenceEquals(sender, _timer))
            {
                h(_id);
            }
        }
    }
}
