using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>The chip of the test board: records resets and sleeps.</summary>
    public sealed class MachineTestChip : IChip
    {
        private readonly MachineTestClock _clock;
        private int _cpuHz = 160000000;

        public MachineTestChip(MachineTestClock clock)
        {
            _clock = clock;
            ResetCause = HalReset.PowerOn;
        }

        public int Resets { get; private set; }

        public int CpuFrequency
        {
            get { return _cpuHz; }
        }

        public byte[] UniqueId
        {
            get { return new byte[] { 0x24, 0x0A, 0xC4, 0x00, 0x11, 0x22 }; }
        }

        public int ResetCause { get; set; }

        public int WakeReason { get; private set; }

        public int MemoryFree
        {
            get { return -1; }
        }

        public int MemoryTotal
        {
            get { return -1; }
        }

        public bool SetCpuFrequency(int hz)
        {
            _cpuHz = hz;
            return true;
        }

        public void Reset()
        {
            Resets++;
        }

        public void LightSleep(int ms)
        {
            _clock.Advance(ms * 1000L);
            WakeReason = HalReset.WakeTimer;
        }

        public void DeepSleep(int ms)
        {
            Resets++;
        }

        public void Idle()
        {
            _clock.Advance(1000);
        }

        public void SetResetHandler(HalCallback handler)
        {
        }
    }
}
