using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>
    /// A device-safe test double of the HAL for the machine module's device tests: pins, a manual clock with four
    /// timers, one I2C bus with a register device, RTC and chip. Peripherals it does not model are absent (null).
    /// </summary>
    public sealed class MachineTestBoard : IBoard
    {
        private readonly MachineTestTimer[] _timers = new MachineTestTimer[4];

        public MachineTestBoard()
        {
            TestClock = new MachineTestClock(this);
            TestGpio = new MachineTestGpio();
            TestChip = new MachineTestChip(TestClock);
            TestRtc = new MachineTestRtc(TestClock);
            TestI2c = new MachineTestI2c();
            for (int i = 0; i < _timers.Length; i++)
            {
                _timers[i] = new MachineTestTimer(this, i);
            }
        }

        public MachineTestClock TestClock { get; private set; }

        public MachineTestGpio TestGpio { get; private set; }

        public MachineTestChip TestChip { get; private set; }

        public MachineTestRtc TestRtc { get; private set; }

        public MachineTestI2c TestI2c { get; private set; }

        public int SoftResets { get; private set; }

        public string Name
        {
            get { return "test board"; }
        }

        public string Mcu
        {
            get { return "ESP32"; }
        }

        public IClock Clock
        {
            get { return TestClock; }
        }

        public IGpio Gpio
        {
            get { return TestGpio; }
        }

        public IChip Chip
        {
            get { return TestChip; }
        }

        public IRtc Rtc
        {
            get { return TestRtc; }
        }

        public MachineTestTimer NextTimer(long limitUs)
        {
            MachineTestTimer best = null;
            for (int i = 0; i < _timers.Length; i++)
            {
                MachineTestTimer t = _timers[i];
                if (t.Running && t.DueUs <= limitUs && (best == null || t.DueUs < best.DueUs))
                {
                    best = t;
                }
            }

            return best;
        }

        public II2cBus OpenI2c(int id, int scl, int sda, int freq, int timeoutUs)
        {
            return id == 0 ? TestI2c : null;
        }

        public II2cPrimitives OpenSoftI2c(int scl, int sda, int freq, int timeoutUs)
        {
            return null;
        }

        public ISpiBus OpenSpi(int id, SpiConfig config)
        {
            return null;
        }

        public IUart OpenUart(int id, UartConfig config)
        {
            return null;
        }

        public IPwmOutput OpenPwm(int pin, int frequency, int dutyU16, bool invert)
        {
            return null;
        }

        public IAdcChannel OpenAdc(int pin)
        {
            return null;
        }

        public IHardwareTimer OpenTimer(int id)
        {
            return id >= 0 && id < _timers.Length ? _timers[id] : null;
        }

        public IWatchdog StartWatchdog(int timeoutMs)
        {
            return null;
        }

        public IOneWire OpenOneWire(int pin)
        {
            return null;
        }

        public ITouchPad OpenTouchPad(int pin)
        {
            return null;
        }

        public IDac OpenDac(int pin)
        {
            return null;
        }

        public IPulseCounter OpenCounter(int pinA, int pinB, int edges, int filterNs)
        {
            return null;
        }

        public void SoftReset()
        {
            SoftResets++;
            TestGpio.DropHandlers();
            for (int i = 0; i < _timers.Length; i++)
            {
                _timers[i].Stop();
            }

            TestChip.ResetCause = HalReset.Soft;
        }
    }
}
