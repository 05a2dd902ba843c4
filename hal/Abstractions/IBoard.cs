namespace NanoPython.Hal
{
    /// <summary>
    /// The root of the hardware abstraction: everything the machine module may use. Two implementations exist: the
    /// simulated ESP32 board (host) and the nanoFramework drivers (device). Open* methods return null when the board
    /// has no such peripheral (or the pins cannot carry it); the machine module turns that into a Python error.
    /// </summary>
    public interface IBoard
    {
        /// <summary>The board's name ("ESP32 DevKitC (simulated)").</summary>
        string Name { get; }

        /// <summary>The MCU's name ("ESP32").</summary>
        string Mcu { get; }

        /// <summary>The time base.</summary>
        IClock Clock { get; }

        /// <summary>The pins.</summary>
        IGpio Gpio { get; }

        /// <summary>CPU, resets, sleep.</summary>
        IChip Chip { get; }

        /// <summary>The real-time clock.</summary>
        IRtc Rtc { get; }

        /// <summary>Hardware I2C controller id (0 or 1 on ESP32) on the given pins; freq in Hz, timeoutUs for clock stretching.</summary>
        II2cBus OpenI2c(int id, int scl, int sda, int freq, int timeoutUs);

        /// <summary>Software (bit-level) I2C on any two pins.</summary>
        II2cPrimitives OpenSoftI2c(int scl, int sda, int freq, int timeoutUs);

        /// <summary>SPI controller id (1 or 2 on ESP32), or id -1 for software SPI on the configured pins.</summary>
        ISpiBus OpenSpi(int id, SpiConfig config);

        /// <summary>UART id (0..2 on ESP32).</summary>
        IUart OpenUart(int id, UartConfig config);

        /// <summary>A PWM output on pin.</summary>
        IPwmOutput OpenPwm(int pin, int frequency, int dutyU16, bool invert);

        /// <summary>The ADC input on pin (null when the pin has none).</summary>
        IAdcChannel OpenAdc(int pin);

        /// <summary>Hardware timer id (0..3 on ESP32).</summary>
        IHardwareTimer OpenTimer(int id);

        /// <summary>Starts the watchdog, or changes its timeout when it already runs.</summary>
        IWatchdog StartWatchdog(int timeoutMs);

        /// <summary>A 1-Wire bus on pin.</summary>
        IOneWire OpenOneWire(int pin);

        /// <summary>The touch channel of pin (null when the pin has none).</summary>
        ITouchPad OpenTouchPad(int pin);

        /// <summary>The DAC of pin (null when the pin has none or the board cannot drive it).</summary>
        IDac OpenDac(int pin);

        /// <summary>
        /// A pulse counter: the edges (HalPin.Edge* combined) of pinA when pinB is -1, else a quadrature decoder of pinA
        /// and pinB (x4). filterNs ignores pulses shorter than that.
        /// </summary>
        IPulseCounter OpenCounter(int pinA, int pinB, int edges, int filterNs);

        /// <summary>
        /// The interpreter is soft-resetting: stop reporting pin edges, stop timers, PWM and buses, keep pin modes and
        /// levels, the RTC and its memory, and the watchdog; from now on report HalReset.Soft as the reset cause.
        /// </summary>
        void SoftReset();
    }
}
