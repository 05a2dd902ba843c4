using System.Device.Adc;
using System.Device.Gpio;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// The HAL on an ESP32 running nanoFramework: GPIO (GpioController), I2C (I2cDevice), SPI (SpiDevice), UART
    /// (SerialPort), PWM (PwmChannel), ADC (AdcController), HighResTimer timers and watchdog, sleep and reboot. SoftI2C,
    /// SoftSPI and 1-Wire are bit-banged (see README.md for their speed limits); WS2812 bit streams go out on SPI.
    /// Create one per boot and keep it across soft resets (it owns the RTC memory).
    /// </summary>
    public sealed class Esp32Board : IBoard
    {
        private readonly GpioController _controller = new GpioController();
        private readonly Esp32Gpio _gpio;
        private readonly Esp32Chip _chip;
        private readonly Esp32Clock _clock;
        private readonly Esp32Rtc _rtc = new Esp32Rtc();
        private readonly Esp32Timer[] _timers = new Esp32Timer[4];
        private readonly Esp32Uart[] _uarts = new Esp32Uart[3];
        private readonly Esp32I2cBus[] _i2c = new Esp32I2cBus[2];
        private AdcController _adc;
        private Esp32Watchdog _watchdog;

        /// <summary>A board named name with mcu, its unique id (the MAC, from the configuration) and CPU frequency.</summary>
        public Esp32Board(string name, string mcu, byte[] uniqueId, int cpuHz)
        {
            Name = name;
            Mcu = mcu;
            _chip = new Esp32Chip(cpuHz, uniqueId);
            _clock = new Esp32Clock(_chip);
            _gpio = new Esp32Gpio(this, _controller);
            BitstreamSpiBus = 2;
        }

        /// <inheritdoc/>
        public string Name { get; private set; }

        /// <inheritdoc/>
        public string Mcu { get; private set; }

        /// <summary>The SPI bus (1 or 2) that carries machine.bitstream's pulses.</summary>
        public int BitstreamSpiBus { get; set; }

        /// <inheritdoc/>
        public IClock Clock
        {
            get { return _clock; }
        }

        /// <inheritdoc/>
        public IGpio Gpio
        {
            get { return _gpio; }
        }

        /// <inheritdoc/>
        public IChip Chip
        {
            get { return _chip; }
        }

        /// <inheritdoc/>
        public IRtc Rtc
        {
            get { return _rtc; }
        }

        /// <inheritdoc/>
        public II2cBus OpenI2c(int id, int scl, int sda, int freq, int timeoutUs)
        {
            if (id != 0 && id != 1)
            {
                return null;
            }

            if (_i2c[id] != null)
            {
                _i2c[id].Close();
            }

            _i2c[id] = new Esp32I2cBus(id, scl, sda, freq);
            return _i2c[id];
        }

        /// <inheritdoc/>
        public II2cPrimitives OpenSoftI2c(int scl, int sda, int freq, int timeoutUs)
        {
            return new Esp32SoftI2c(_gpio, scl, sda, freq, timeoutUs);
        }

        /// <inheritdoc/>
        public ISpiBus OpenSpi(int id, SpiConfig config)
        {
            if (id == -1)
            {
                return new Esp32SoftSpi(_gpio, config);
            }

            return id == 1 || id == 2 ? new Esp32Spi(id, config) : null;
        }

        /// <inheritdoc/>
        public IUart OpenUart(int id, UartConfig config)
        {
            if (id < 0 || id > 2)
            {
                return null;
            }

            if (_uarts[id] != null)
            {
                _uarts[id].Close();
            }

            _uarts[id] = new Esp32Uart(id, config);
            return _uarts[id];
        }

        /// <inheritdoc/>
        public IPwmOutput OpenPwm(int pin, int frequency, int dutyU16, bool invert)
        {
            return new Esp32Pwm(pin, frequency, dutyU16, invert);
        }

        /// <inheritdoc/>
        public IAdcChannel OpenAdc(int pin)
        {
            if (Esp32Adc.LogicalChannel(pin) < 0)
            {
                return null;
            }

            if (_adc == null)
            {
                _adc = new AdcController();
            }

            return new Esp32Adc(_adc, pin);
        }

        /// <inheritdoc/>
        public IHardwareTimer OpenTimer(int id)
        {
            if (id < 0 || id >= _timers.Length)
            {
                return null;
            }

            if (_timers[id] == null)
            {
                _timers[id] = new Esp32Timer(id);
            }

            return _timers[id];
        }

        /// <inheritdoc/>
        public IWatchdog StartWatchdog(int timeoutMs)
        {
            if (_watchdog == null)
            {
                _watchdog = new Esp32Watchdog(_chip, timeoutMs);
            }
            else
            {
                _watchdog.Reconfigure(timeoutMs);
            }

            return _watchdog;
        }

        /// <inheritdoc/>
        public IOneWire OpenOneWire(int pin)
        {
            return new Esp32OneWire(_gpio, pin);
        }

        /// <inheritdoc/>
        public ITouchPad OpenTouchPad(int pin)
        {
            int channel = Esp32PinMap.TouchChannel(pin);
            return channel < 0 ? null : new Esp32TouchPad(channel);
        }

        /// <inheritdoc/>
        /// <remarks>nanoFramework's packages used here offer no DAC API: machine.DAC raises OSError(EOPNOTSUPP) on the device.</remarks>
        public IDac OpenDac(int pin)
        {
            return null;
        }

        /// <inheritdoc/>
        public IPulseCounter OpenCounter(int pinA, int pinB, int edges, int filterNs)
        {
            return new Esp32PulseCounter(pinA, pinB, edges, filterNs);
        }

        /// <inheritdoc/>
        public void SoftReset()
        {
            _gpio.SoftReset();
            for (int i = 0; i < _timers.Length; i++)
            {
                if (_timers[i] != null)
                {
                    _timers[i].Stop();
                }
            }

            for (int i = 0; i < _uarts.Length; i++)
            {
                if (_uarts[i] != null)
                {
                    _uarts[i].Close();
                    _uarts[i] = null;
                }
            }

            for (int i = 0; i < _i2c.Length; i++)
            {
                if (_i2c[i] != null)
                {
                    _i2c[i].Close();
                    _i2c[i] = null;
                }
            }

            _chip.NoteSoftReset();
            _chip.SetResetHandler(null);
        }
    }
}
