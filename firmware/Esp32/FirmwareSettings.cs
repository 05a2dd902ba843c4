using NanoPython.Board;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// What the ESP32 firmware reads from nf.config (README.md, "nf.config"): the REPL's serial port and pins, the width
    /// of floats, the recursion limit, the feature switches, the CPU frequency implied by the target, the unique id and
    /// the optional SD card. Defaults are those of the repository's nf.config.
    /// </summary>
    public sealed class FirmwareSettings
    {
        /// <summary>sd.mode: no SD card (the default: probing SD pins could disturb boards that use them otherwise).</summary>
        public const int SdOff = 0;

        /// <summary>sd.mode = mmc: an SD card on the ESP32's SDMMC slot (1-bit bus).</summary>
        public const int SdMmc = 1;

        /// <summary>sd.mode = spi: an SD card on an SPI bus with a chip-select pin.</summary>
        public const int SdSpi = 2;

        private FirmwareSettings()
        {
        }

        /// <summary>The REPL's port number n of "COMn" (1..3; repl.port, default COM2).</summary>
        public int ReplPort { get; private set; }

        /// <summary>The REPL's baud rate (repl.baud, default 115200).</summary>
        public int ReplBaud { get; private set; }

        /// <summary>The GPIO routed to the REPL's RX (repl.rx_pin, default 16); negative: keep the port's default pin.</summary>
        public int ReplRxPin { get; private set; }

        /// <summary>The GPIO routed to the REPL's TX (repl.tx_pin, default 17); negative: keep the port's default pin.</summary>
        public int ReplTxPin { get; private set; }

        /// <summary>The width of Python floats (float.bits: 32 or 64, default 32).</summary>
        public int FloatBits { get; private set; }

        /// <summary>The Python call depth before RecursionError (limits.recursion, default 40).</summary>
        public int RecursionLimit { get; private set; }

        /// <summary>Whether the machine module is installed (feature.machine, default on).</summary>
        public bool Machine { get; private set; }

        /// <summary>The CPU frequency reported by machine.freq(): 160 MHz on ESP32-C3/C6/H2 targets, else 240 MHz.</summary>
        public int CpuHz { get; private set; }

        /// <summary>machine.unique_id() (board.unique_id as hex, e.g. the module's MAC; default six zero bytes).</summary>
        public byte[] UniqueId { get; private set; }

        /// <summary>The SD card mode (<see cref="SdOff"/>, <see cref="SdMmc"/>, <see cref="SdSpi"/>; sd.mode).</summary>
        public int SdMode { get; private set; }

        /// <summary>The SPI bus of an SD card in SPI mode (sd.spi_bus, default 1).</summary>
        public int SdSpiBus { get; private set; }

        /// <summary>The chip-select GPIO of an SD card in SPI mode (sd.cs_pin, default 5).</summary>
        public int SdCsPin { get; private set; }

        /// <summary>Reads the settings from a parsed nf.config.</summary>
        public static FirmwareSettings From(BoardConfig config)
        {
            FirmwareSettings s = new FirmwareSettings();
            s.ReplPort = PortNumber(config.Get("repl.port", "COM2"));
            s.ReplBaud = config.GetInt("repl.baud", 115200);
            if (s.ReplBaud <= 0)
            {
                s.ReplBaud = 115200;
            }

            s.ReplRxPin = config.GetInt("repl.rx_pin", 16);
            s.ReplTxPin = config.GetInt("repl.tx_pin", 17);
            s.FloatBits = config.GetInt("float.bits", 32) == 64 ? 64 : 32;
            s.RecursionLimit = config.GetInt("limits.recursion", 40);
            if (s.RecursionLimit < 8)
            {
                s.RecursionLimit = 8;
            }

            s.Machine = config.GetBool("feature.machine", true);
            string target = config.Get("board.target", "ESP32_REV3");
            // MicroPython's esp32 port boots every target at 160 MHz (CONFIG_ESP_DEFAULT_CPU_FREQ_MHZ_160 in
            // ports/esp32/boards/sdkconfig.base), which is what machine.freq() reports until the user changes it.
            s.CpuHz = 160000000;
            s.UniqueId = Hex(config.Get("board.unique_id", string.Empty));
            string sd = config.Get("sd.mode", "off").ToLower();
            s.SdMode = sd == "mmc" ? SdMmc : sd == "spi" ? SdSpi : SdOff;
            s.SdSpiBus = config.GetInt("sd.spi_bus", 1);
            s.SdCsPin = config.GetInt("sd.cs_pin", 5);
            return s;
        }

        // "COM1".."COM3" (any case); anything else is the default COM2.
        private static int PortNumber(string name)
        {
            string n = name.Trim().ToUpper();
            if (n.Length == 4 && n.StartsWith("COM") && n[3] >= '1' && n[3] <= '3')
            {
                return n[3] - '0';
            }

            return 2;
        }

        // Hex digits (':' and '-' separators allowed) as bytes; six zero bytes when empty or malformed.
        private static byte[] Hex(string text)
        {
            byte[] r = new byte[text.Length / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == ':' || c == '-')
                {
                    continue;
                }

                int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (v < 0)
                {
                    return new byte[6];
                }

                if (high < 0)
                {
                    high = v;
                }
                else
                {
                    r[n++] = (byte)(high * 16 + v);
                    high = -1;
                }
            }

            if (n == 0 || high >= 0)
            {
                return new byte[6];
            }

            byte[] id = new byte[n];
            System.Array.Copy(r, id, n);
            return id;
        }
    }
}
