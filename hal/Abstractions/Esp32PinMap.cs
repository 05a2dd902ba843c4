namespace NanoPython.Hal
{
    /// <summary>
    /// Facts about the original ESP32's pads (ESP32-WROOM DevKit): which GPIOs exist, which are input-only, the ADC
    /// channel of each pin and the default pins of the buses MicroPython's esp32 port uses. Both HAL implementations
    /// and the machine module read them from here.
    /// </summary>
    public static class Esp32PinMap
    {
        /// <summary>Number of GPIO numbers (0..39).</summary>
        public const int PinCount = 40;

        /// <summary>HalPin.Cap* flags of a GPIO: 0 for pins that do not exist or belong to the flash (6..11).</summary>
        public static int Capabilities(int pin)
        {
            if (pin < 0 || pin >= PinCount || (pin >= 6 && pin <= 11) || pin == 20 || pin == 24 || (pin >= 28 && pin <= 31))
            {
                return 0;
            }

            int caps = HalPin.CapValid;
            if (pin < 34)
            {
                caps |= HalPin.CapOutput | HalPin.CapPull;
            }

            if (AdcChannel(pin) >= 0)
            {
                caps |= HalPin.CapAdc;
            }

            return caps;
        }

        /// <summary>The ADC block of a pin (1 or 2), or -1.</summary>
        public static int AdcBlock(int pin)
        {
            if (pin >= 32 && pin <= 39)
            {
                return 1;
            }

            return AdcChannel(pin) >= 0 ? 2 : -1;
        }

        /// <summary>The ADC channel of a pin within its block, or -1.</summary>
        public static int AdcChannel(int pin)
        {
            switch (pin)
            {
                case 36: return 0;
                case 37: return 1;
                case 38: return 2;
                case 39: return 3;
                case 32: return 4;
                case 33: return 5;
                case 34: return 6;
                case 35: return 7;
                case 4: return 0;
                case 0: return 1;
                case 2: return 2;
                case 15: return 3;
                case 13: return 4;
                case 12: return 5;
                case 14: return 6;
                case 27: return 7;
                case 25: return 8;
                case 26: return 9;
            }

            return -1;
        }

        /// <summary>The pin of ADC channel channel of block (1: 0..7, 2: 0..9), or -1.</summary>
        public static int AdcPin(int block, int channel)
        {
            for (int pin = 0; pin < PinCount; pin++)
            {
                if (AdcChannel(pin) == channel && AdcBlock(pin) == block)
                {
                    return pin;
                }
            }

            return -1;
        }

        /// <summary>The touch channel (T0..T9) of a pin, or -1.</summary>
        public static int TouchChannel(int pin)
        {
            switch (pin)
            {
                case 4: return 0;
                case 0: return 1;
                case 2: return 2;
                case 15: return 3;
                case 13: return 4;
                case 12: return 5;
                case 14: return 6;
                case 27: return 7;
                case 33: return 8;
                case 32: return 9;
            }

            return -1;
        }

        /// <summary>The DAC channel (1 or 2) of a pin (GPIO25, GPIO26), or -1.</summary>
        public static int DacChannel(int pin)
        {
            return pin == 25 ? 1 : pin == 26 ? 2 : -1;
        }

        /// <summary>Default SCL pin of I2C controller id (0: 18, 1: 25), or -1.</summary>
        public static int I2cDefaultScl(int id)
        {
            return id == 0 ? 18 : id == 1 ? 25 : -1;
        }

        /// <summary>Default SDA pin of I2C controller id (0: 19, 1: 26), or -1.</summary>
        public static int I2cDefaultSda(int id)
        {
            return id == 0 ? 19 : id == 1 ? 26 : -1;
        }

        /// <summary>Default SCK pin of SPI controller id (1, HSPI: 14; 2, VSPI: 18), or -1.</summary>
        public static int SpiDefaultSck(int id)
        {
            return id == 1 ? 14 : id == 2 ? 18 : -1;
        }

        /// <summary>Default MOSI pin of SPI controller id (1: 13; 2: 23), or -1.</summary>
        public static int SpiDefaultMosi(int id)
        {
            return id == 1 ? 13 : id == 2 ? 23 : -1;
        }

        /// <summary>Default MISO pin of SPI controller id (1: 12; 2: 19), or -1.</summary>
        public static int SpiDefaultMiso(int id)
        {
            return id == 1 ? 12 : id == 2 ? 19 : -1;
        }

        /// <summary>Default TX pin of UART id (0: 1, 1: 10, 2: 17), or -1.</summary>
        public static int UartDefaultTx(int id)
        {
            return id == 0 ? 1 : id == 1 ? 10 : id == 2 ? 17 : -1;
        }

        /// <summary>Default RX pin of UART id (0: 3, 1: 9, 2: 16), or -1.</summary>
        public static int UartDefaultRx(int id)
        {
            return id == 0 ? 3 : id == 1 ? 9 : id == 2 ? 16 : -1;
        }
    }
}
