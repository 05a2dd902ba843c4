using System.Device.Gpio;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// SoftI2C bit-banged on two open-drain GPIOs with pull-ups, as MicroPython's extmod soft I2C: half-period delays of
    /// 500000/freq µs and clock stretching up to the timeout. From managed code each GPIO access costs tens of µs, so
    /// the real SCL rate is a few kHz to a few tens of kHz whatever freq asks.
    /// </summary>
    public sealed class Esp32SoftI2c : II2cPrimitives
    {
        private readonly GpioPin _scl;
        private readonly GpioPin _sda;
        private readonly int _delayUs;
        private readonly int _timeoutUs;

        internal Esp32SoftI2c(Esp32Gpio gpio, int scl, int sda, int freq, int timeoutUs)
        {
            _scl = gpio.Claim(scl, HalPin.ModeOpenDrain, HalPin.PullUp);
            _sda = gpio.Claim(sda, HalPin.ModeOpenDrain, HalPin.PullUp);
            int d = 500000 / (freq > 0 ? freq : 1);
            _delayUs = d < 1 ? 1 : d;
            _timeoutUs = timeoutUs;
        }

        /// <inheritdoc/>
        public int Start()
        {
            _sda.Write(PinValue.High);
            if (SclRelease() != 0)
            {
                return HalStatus.Timeout;
            }

            Esp32Clock.Spin(_delayUs);
            _sda.Write(PinValue.Low);
            Esp32Clock.Spin(_delayUs);
            _scl.Write(PinValue.Low);
            return HalStatus.Ok;
        }

        /// <inheritdoc/>
        public int Stop()
        {
            _sda.Write(PinValue.Low);
            Esp32Clock.Spin(_delayUs);
            int r = SclRelease();
            Esp32Clock.Spin(_delayUs);
            _sda.Write(PinValue.High);
            Esp32Clock.Spin(_delayUs);
            return r;
        }

        /// <inheritdoc/>
        public int WriteByte(int value)
        {
            for (int i = 7; i >= 0; i--)
            {
                _sda.Write(((value >> i) & 1) != 0 ? PinValue.High : PinValue.Low);
                Esp32Clock.Spin(_delayUs);
                if (SclRelease() != 0)
                {
                    return HalStatus.Timeout;
                }

                _scl.Write(PinValue.Low);
            }

            _sda.Write(PinValue.High);
            Esp32Clock.Spin(_delayUs);
            if (SclRelease() != 0)
            {
                return HalStatus.Timeout;
            }

            int nack = _sda.Read() == PinValue.High ? 1 : 0;
            Esp32Clock.Spin(_delayUs);
            _scl.Write(PinValue.Low);
            return nack;
        }

        /// <inheritdoc/>
        public int ReadByte(bool nack)
        {
            _sda.Write(PinValue.High);
            int v = 0;
            for (int i = 0; i < 8; i++)
            {
                Esp32Clock.Spin(_delayUs);
                if (SclRelease() != 0)
                {
                    return HalStatus.Timeout;
                }

                v = (v << 1) | (_sda.Read() == PinValue.High ? 1 : 0);
                _scl.Write(PinValue.Low);
            }

            _sda.Write(nack ? PinValue.High : PinValue.Low);
            Esp32Clock.Spin(_delayUs);
            if (SclRelease() != 0)
            {
                return HalStatus.Timeout;
            }

            Esp32Clock.Spin(_delayUs);
            _scl.Write(PinValue.Low);
            _sda.Write(PinValue.High);
            return v;
        }

        /// <inheritdoc/>
        public void Close()
        {
            _scl.Write(PinValue.High);
            _sda.Write(PinValue.High);
        }

        // Releases SCL and waits for it to go high (a target may stretch the clock). 0, or -1 on timeout.
        private int SclRelease()
        {
            _scl.Write(PinValue.High);
            long start = Esp32Clock.NowUs;
            while (_scl.Read() == PinValue.Low)
            {
                if (Esp32Clock.NowUs - start > _timeoutUs)
                {
                    return -1;
                }
            }

            return 0;
        }
    }
}
