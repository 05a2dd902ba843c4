namespace NanoPython.Hal
{
    /// <summary>The chip itself: CPU frequency, identity, resets, sleep modes and memory figures.</summary>
    public interface IChip
    {
        /// <summary>The CPU frequency in Hz.</summary>
        int CpuFrequency { get; }

        /// <summary>Sets the CPU frequency (the caller validates the value); false when the board cannot change it.</summary>
        bool SetCpuFrequency(int hz);

        /// <summary>A unique identifier of the chip (the MAC address on ESP32).</summary>
        byte[] UniqueId { get; }

        /// <summary>Why the board last started: a HalReset constant (PowerOn...Soft).</summary>
        int ResetCause { get; }

        /// <summary>What woke the board from its last sleep: a HalReset.Wake* constant, WakeNone when it did not sleep.</summary>
        int WakeReason { get; }

        /// <summary>
        /// Hard reset. On a device it does not return. The simulated board records the request (the host session then
        /// restarts the interpreter) and returns.
        /// </summary>
        void Reset();

        /// <summary>Light sleep for ms milliseconds (negative: until another wake source), then continues.</summary>
        void LightSleep(int ms);

        /// <summary>Deep sleep for ms milliseconds (negative: until another wake source); the board then restarts like a reset.</summary>
        void DeepSleep(int ms);

        /// <summary>Waits for the next interrupt or at most about a millisecond (machine.idle()).</summary>
        void Idle();

        /// <summary>Called (on any thread) when the board is about to reset by itself (a watchdog expired): source = cause.</summary>
        void SetResetHandler(HalCallback handler);

        /// <summary>Free heap in bytes, or -1 when unknown.</summary>
        int MemoryFree { get; }

        /// <summary>Total heap in bytes, or -1 when unknown.</summary>
        int MemoryTotal { get; }
    }
}
