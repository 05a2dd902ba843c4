namespace NanoPython.Hal
{
    /// <summary>The real-time clock: calendar time and a small memory that survives soft resets (and deep sleep where the chip allows).</summary>
    public interface IRtc
    {
        /// <summary>Microseconds since 2000-01-01 00:00:00 (MicroPython's embedded epoch).</summary>
        long Now { get; }

        /// <summary>Sets the clock (microseconds since 2000-01-01 00:00:00).</summary>
        void Set(long microsecondsSince2000);

        /// <summary>The capacity of the user memory in bytes (2048 on ESP32).</summary>
        int MemoryCapacity { get; }

        /// <summary>A copy of the user memory's current contents (its length is what was last stored).</summary>
        byte[] ReadMemory();

        /// <summary>Replaces the user memory with data[offset, offset + count) (count at most MemoryCapacity).</summary>
        void WriteMemory(byte[] data, int offset, int count);
    }
}
