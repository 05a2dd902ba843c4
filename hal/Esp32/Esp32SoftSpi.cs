using System.Device.Gpio;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// SoftSPI bit-banged on three GPIOs, as MicroPython's extmod soft SPI (polarity, phase, MSB or LSB first). The
    /// half-period delay is 500000/baudrate µs; managed GPIO access limits the real rate to some tens of kHz.
    /// </summary>
    public sealed class Esp32SoftSpi : ISpiBus
    {
        private readonly Esp32Gpio _gpio;
        private GpioPin _sck;
        private GpioPin _mosi;
        private GpioPin _miso;
        private SpiConfig _config;
        private int _delayUs;

        internal Esp32SoftSpi(Esp32Gpio gpio, SpiConfig config)
        {
            _gpio = gpio;
            Configure(config);
        }

        /// <inheritdoc/>
        public void Configure(SpiConfig config)
        {
            _config = config.Clone();
            _sck = _gpio.Claim(config.Sck, HalPin.ModeOutput, HalPin.PullNone);
            _mosi = _gpio.Claim(config.Mosi, HalPin.ModeOutput, HalPin.PullNone);
            _miso = _gpio.Claim(config.Miso, HalPin.ModeInput, HalPin.PullNone);
            _sck.Write(config.Polarity != 0 ? PinValue.High : PinValue.Low);
            int d = 500000 / (config.Baudrate > 0 ? config.Baudrate : 1);
            _delayUs = d < 1 ? 1 : d;
        }

        /// <inheritdoc/>
        public void Transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int count)
        {
            PinValue idle = _config.Polarity != 0 ? PinValue.High : PinValue.Low;
            PinValue active = _config.Polarity != 0 ? PinValue.Low : PinValue.High;
            bool lsb = _config.FirstBit == 1;
            for (int i = 0; i < count; i++)
            {
                int w = write[writeOffset + i];
                int r = 0;
                for (int b = 0; b < 8; b++)
                {
                    int bit = lsb ? (w >> b) & 1 : (w >> (7 - b)) & 1;
                    _mosi.Write(bit != 0 ? PinValue.High : PinValue.Low);
                    if (_config.Phase == 0)
                    {
                        Esp32Clock.Spin(_delayUs);
                        _sck.Write(active);
                        int got = _miso.Read() == PinValue.High ? 1 : 0;
                        r |= lsb ? got << b : got << (7 - b);
                        Esp32Clock.Spin(_delayUs);
                        _sck.Write(idle);
                    }
                    else
                    {
                        _sck.Write(active);
                        Esp32Clock.Spin(_delayUs);
                        _sck.Write(idle);
                        int got = _miso.Read() == PinValue.High ? 1 : 0;
                        r |= lsb ? got << b : got << (7 - b);
                        Esp32Clock.Spin(_delayUs);
                    }
                }

                if (read != null)
                {
                    read[readOffset + i] = (byte)r;
                }
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
        }
    }
}
