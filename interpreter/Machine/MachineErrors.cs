namespace NanoPython.Machine
{
    /// <summary>The error messages of the machine module (MicroPython's esp32 texts), in one place (STYLE rule 10).</summary>
    internal static class MachineErrors
    {
        public const string InvalidPin = "invalid pin";
        public const string InputOnly = "pin can only be input";
        public const string ExpectingPin = "expecting a pin";
        public const string InvalidMode = "invalid pin mode";
        public const string BufferTooSmall = "buffer too small";
        public const string BufferTooLong = "buffer too long";
        public const string Encoding = "encoding";
        public const string Frequency = "frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz";
        public const string NotInstalled = "machine module not installed";
        public const string NotSupported = "not supported on this board";
        public const string I2cNotSupported = "I2C operation not supported";
        public const string AddrSize = "invalid addrsize";
        public const string SpiPins = "must specify all of sck/mosi/miso";
        public const string SameLength = "buffers must be the same length";
        public const string TimerHard = "hard Timer not supported";
        public const string InvalidTimer = "invalid Timer number";
        public const string WdtTimeout = "WDT timeout too short";
        public const string PwmFreq = "freq must be from 1Hz to 40MHz";
        public const string PwmChannels = "out of PWM channels:16";
        public const string PwmTimers = "out of PWM timers:8";
        public const string DutyU16 = "duty_u16 must be from 0 to 65535";
        public const string Duty = "duty must be from 0 to 1024";
        public const string InvalidAtten = "invalid atten";
        public const string InvalidBits = "invalid bits";
        public const string InvalidBlock = "invalid block id";
        public const string InvalidChannel = "invalid channel";
        public const string UartHard = "hard IRQ not supported";
        public const string TouchPin = "invalid pin for touchpad";
        public const string DacPin = "invalid Pin for DAC";
        public const string DateTimeTuple = "datetime must be a tuple of 8 integers";
    }
}
