using System;
using nanoFramework.Runtime.Native;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// The RTC under nanoFramework: the system clock (DateTime.UtcNow, set with Rtc.SetSystemTime). nanoFramework has no
    /// RTC slow-memory API, so the user memory lives in managed memory: it survives soft resets (the application keeps
    /// running and keeps its board object), not hard resets or deep sleep.
    /// </summary>
    public sealed class Esp32Rtc : IRtc
    {
        private static readonly DateTime s_epoch = new DateTime(2000, 1, 1);
        private byte[] _memory = new byte[0];

        /// <inheritdoc/>
        public long Now
        {
            get { return (DateTime.UtcNow.Ticks - s_epoch.Ticks) / 10; }
        }

        /// <inheritdoc/>
        public int MemoryCapacity
        {
            get { return 2048; }
        }

        /// <inheritdoc/>
        public void Set(long microsecondsSince2000)
        {
            Rtc.SetSystemTime(s_epoch.AddTicks(microsecondsSince2000 * 10));
        }

        /// <inheritdoc/>
        public byte[] ReadMemory()
        {
            return (byte[])_memory.Clone();
        }

        /// <inheritdoc/>
        public void WriteMemory(byte[] data, int offset, int count)
        {
            byte[] m = new byte[count < MemoryCapacity ? count : MemoryCapacity];
            Array.Copy(data, offset, m, 0, m.Length);
            _memory = m;
        }
    }
}
