using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>A hardware timer of the test board, driven by its manual clock.</summary>
    public sealed class MachineTestTimer : IHardwareTimer
    {
        private readonly MachineTestBoard _board;
        private readonly int _id;
        private long _periodUs;
        private bool _periodic;
        private long _startUs;
        private HalCallback _handler;

        public MachineTestTimer(MachineTestBoard board, int id)
        {
            _board = board;
            _id = id;
        }

        public bool Running { get; private set; }

        public long DueUs { get; private set; }

        public long ElapsedUs
        {
            get { return _board.TestClock.TicksUs - _startUs; }
        }

        public void Start(long periodUs, bool periodic, HalCallback handler)
        {
            _periodUs = periodUs;
            _periodic = periodic;
            _handler = handler;
            _startUs = _board.TestClock.TicksUs;
            DueUs = _startUs + periodUs;
            Running = true;
        }

        public void Stop()
        {
            Running = false;
        }

        public void Fire()
        {
            if (_periodic)
            {
                DueUs += _periodUs;
            }
            else
            {
                Running = false;
            }

            HalCallback h = _handler;
            if (h != null)
            {
                h(_id);
            }
        }
    }
}
