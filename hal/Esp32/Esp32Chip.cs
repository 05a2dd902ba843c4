using System;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// The ESP32 chip under nanoFramework: reboot (Power.RebootDevice), light and deep sleep (Sleep), the wake cause
    /// (Sleep.GetWakeupCause, ESP-IDF numbering like MicroPython's), free managed memory (GC.Run). nanoFramework offers no
    /// way to change the CPU frequency or read the MAC: freq(hz) is recorded only, and the unique id comes from the
    /// board configuration.
    /// </summary>
    public sealed class Esp32Chip : IChip
    {
        private int _cpuHz;
        private int _resetCause;
        private HalCallback _resetHandler;

        internal Esp32Chip(int cpuHz, byte[] uniqueId)
        {
            _cpuHz = cpuHz;
            UniqueId = uniqueId;
            _resetCause = WakeReason == HalReset.WakeNone ? HalReset.PowerOn : HalReset.DeepSleep;
        }

        /// <inheritdoc/>
        public int CpuFrequency
        {
            get { return _cpuHz; }
        }

        /// <inheritdoc/>
        public byte[] UniqueId { get; private set; }

        /// <inheritdoc/>
        public int ResetCause
        {
            get { return _resetCause; }
        }

        /// <inheritdoc/>
        public int WakeReason
        {
            get
            {
                // ORDER: HalReset wake constants are ESP-IDF's esp_sleep_wakeup_cause_t, as nanoFramework's WakeupCause.
                switch (Sleep.GetWakeupCause())
                {
                    case Sleep.WakeupCause.Ext0: return HalReset.WakeExt0;
                    case Sleep.WakeupCause.Ext1: return HalReset.WakeExt1;
                    case Sleep.WakeupCause.Timer: return HalReset.WakeTimer;
                    case Sleep.WakeupCause.TouchPad: return HalReset.WakeTouchpad;
                    case Sleep.WakeupCause.Ulp: return HalReset.WakeUlp;
                    case Sleep.WakeupCause.Gpio: return 7;
                    case Sleep.WakeupCause.Uart: return 8;
                    default: return HalReset.WakeNone;
                }
            }
        }

        /// <inheritdoc/>
        public int MemoryFree
        {
            get { return (int)nanoFramework.Runtime.Native.GC.Run(false); }
        }

        /// <inheritdoc/>
        public int MemoryTotal
        {
            get
            {
                uint total, free, largest;
                NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.All, out total, out free, out largest);
                return (int)total;
            }
        }

        /// <inheritdoc/>
        public bool SetCpuFrequency(int hz)
        {
            _cpuHz = hz;
            return false;
        }

        /// <inheritdoc/>
        public void Reset()
        {
            Power.RebootDevice();
        }

        /// <inheritdoc/>
        public void LightSleep(int ms)
        {
            if (ms >= 0)
            {
                Sleep.EnableWakeupByTimer(TimeSpan.FromMilliseconds(ms));
            }

            Sleep.StartLightSleep();
        }

        /// <inheritdoc/>
        public void DeepSleep(int ms)
        {
            if (ms >= 0)
            {
                Sleep.EnableWakeupByTimer(TimeSpan.FromMilliseconds(ms));
            }

            Sleep.StartDeepSleep();
        }

        /// <inheritdoc/>
        public void Idle()
        {
            System.Threading.Thread.Sleep(1);
        }

        /// <inheritdoc/>
        public void SetResetHandler(HalCallback handler)
        {
            _resetHandler = handler;
        }

        /// <summary>The interpreter soft-reset: report SOFT_RESET from now on.</summary>
        internal void NoteSoftReset()
        {
            _resetCause = HalReset.Soft;
        }

        /// <summary>Tells the machine module, then reboots (the watchdog expired).</summary>
        internal void ResetBy(int cause)
        {
            HalCallback h = _resetHandler;
            if (h != null)
            {
                h(cause);
            }

            Power.RebootDevice();
        }
    }
}
