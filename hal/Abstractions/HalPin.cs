namespace NanoPython.Hal
{
    /// <summary>
    /// GPIO constants of the HAL: modes, pulls, drive strengths, edges and pin capabilities. The mode and pull numbers
    /// are MicroPython's esp32 values (machine.Pin.IN = 1...), so the machine module passes them through unchanged;
    /// each HAL maps them to its own API explicitly (nanoFramework's PinMode numbers differ: never cast).
    /// </summary>
    public static class HalPin
    {
        // ORDER: MachinePinConstants (machine.Pin.IN/OUT/OPEN_DRAIN, PULL_*, IRQ_*): the values must stay equal.

        /// <summary>For IGpio.Configure: keep the current mode (or pull).</summary>
        public const int Unchanged = -1;

        /// <summary>Not configured (the reset state of a pad).</summary>
        public const int ModeNone = 0;

        /// <summary>Input (machine.Pin.IN).</summary>
        public const int ModeInput = 1;

        /// <summary>Push-pull output that can also be read back (machine.Pin.OUT).</summary>
        public const int ModeOutput = 3;

        /// <summary>Open-drain output, readable (machine.Pin.OPEN_DRAIN).</summary>
        public const int ModeOpenDrain = 7;

        /// <summary>No pull resistor.</summary>
        public const int PullNone = 0;

        /// <summary>Pull-down resistor (machine.Pin.PULL_DOWN).</summary>
        public const int PullDown = 1;

        /// <summary>Pull-up resistor (machine.Pin.PULL_UP).</summary>
        public const int PullUp = 2;

        /// <summary>Rising edge (machine.Pin.IRQ_RISING).</summary>
        public const int EdgeRising = 1;

        /// <summary>Falling edge (machine.Pin.IRQ_FALLING).</summary>
        public const int EdgeFalling = 2;

        /// <summary>Capability: the pin exists and can be used as a GPIO.</summary>
        public const int CapValid = 1;

        /// <summary>Capability: the pin can drive an output.</summary>
        public const int CapOutput = 2;

        /// <summary>Capability: the pin has internal pull resistors.</summary>
        public const int CapPull = 4;

        /// <summary>Capability: the pin is an ADC input.</summary>
        public const int CapAdc = 8;
    }
}
