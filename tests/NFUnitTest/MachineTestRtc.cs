using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>The RTC of the test board: a settable counter and its user memory.</summary>
    public sealed class MachineTestRtc : IRtc
    {
        private readonly MachineTestClock _clock;
        private long _base;
        private long _at;
        private byte[] _memory = new byte[0];

        public MachineTestRtc(MachineTestClock clock)
        {
            _clock = clock;
        }

        public long Now
        {
            get { return _base + _clock.TicksUs - _at; }
        }

        public int MemoryCapacity
        {
            get { return 2048; }
        }

        public void Set(long microsecondsSince2000)
        {
            _base = microsecondsSince2000;
            _at = _clock.TicksUs;
        }

        public byte[] ReadMemory()
        {
            return (byte[])_memory.Clone();
        }

        public void WriteMemory(byte[] data, int offset, int count)
        {
            _memory = new byte[count];
            System.Array.Copy(data, offset, _memory, 0, count);
        }
    }
}
