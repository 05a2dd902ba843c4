namespace NanoPython.Hal
{
    /// <summary>
    /// Reset causes and wake reasons as numbers. They are MicroPython's esp32 values (machine.PWRON_RESET...,
    /// machine.TIMER_WAKE... which are ESP-IDF's esp_sleep_wakeup_cause_t).
    /// </summary>
    public static class HalReset
    {
        // ORDER: MachineModule constants (machine.*_RESET, machine.*_WAKE): the values must stay equal.

        /// <summary>Power-on (or brown-out) reset.</summary>
        public const int PowerOn = 1;

        /// <summary>Hard reset: the reset button, machine.reset(), a panic.</summary>
        public const int Hard = 2;

        /// <summary>Watchdog reset.</summary>
        public const int Watchdog = 3;

        /// <summary>Wake from deep sleep.</summary>
        public const int DeepSleep = 4;

        /// <summary>Soft reset of the interpreter (Ctrl-D, machine.soft_reset()).</summary>
        public const int Soft = 5;

        /// <summary>Not woken from sleep.</summary>
        public const int WakeNone = 0;

        /// <summary>Woken by one pin (EXT0; machine.PIN_WAKE).</summary>
        public const int WakeExt0 = 2;

        /// <summary>Woken by a set of pins (EXT1).</summary>
        public const int WakeExt1 = 3;

        /// <summary>Woken by the timer.</summary>
        public const int WakeTimer = 4;

        /// <summary>Woken by a touch pad.</summary>
        public const int WakeTouchpad = 5;

        /// <summary>Woken by the ULP coprocessor.</summary>
        public const int WakeUlp = 6;
    }
}
