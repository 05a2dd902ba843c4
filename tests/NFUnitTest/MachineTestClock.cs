using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>A manual clock for the device tests: waiting advances it and fires the test timers that fall due.</summary>
    public sealed class MachineTestClock : IClock
    {
        private readonly MachineTestBoard _board;
        private long _nowUs;

        public MachineTestClock(MachineTestBoard board)
        {
            _board = board;
        }

        public long TicksUs
        {
            get { return _nowUs; }
        }

        public long TicksCpu
        {
            get { return _nowUs * 240; }
        }

        public bool Woken { get; private set; }

        public void Advance(long us)
        {
            long end = _nowUs + us;
            while (true)
            {
                MachineTestTimer next = _board.NextTimer(end);
                if (next == null)
                {
                    break;
                }

                _nowUs = next.DueUs;
                next.Fire();
            }

            _nowUs = end;
        }

        public void Wait(int ms)
        {
            Advance(ms * 1000L);
            Woken = false;
        }

        public void Wake()
        {
            Woken = true;
        }

        public void DelayUs(int us)
        {
            Advance(us);
        }
    }
}
