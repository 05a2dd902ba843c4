using System;
using NanoPython.Hal.Esp32.Fakes;

namespace nanoFramework.Hardware.Esp32;

/// <summary>Fake of DeviceFunction (the values of nanoFramework.Hardware.Esp32 1.6.42).</summary>
public enum DeviceFunction
{
    SPI1_MOSI = 65792, SPI1_MISO = 65793, SPI1_CLOCK = 65794,
    SPI2_MOSI = 66048, SPI2_MISO = 66049, SPI2_CLOCK = 66050,
    I2C1_DATA = 131328, I2C1_CLOCK = 131329, I2C2_DATA = 131584, I2C2_CLOCK = 131585,
    COM1_TX = 196864, COM1_RX = 196865, COM1_RTS = 196866, COM1_CTS = 196867,
    COM2_TX = 197120, COM2_RX = 197121, COM2_RTS = 197122, COM2_CTS = 197123,
    COM3_TX = 197376, COM3_RX = 197377, COM3_RTS = 197378, COM3_CTS = 197379,
    ADC1_CH0 = 327936, ADC1_CH1, ADC1_CH2, ADC1_CH3, ADC1_CH4, ADC1_CH5, ADC1_CH6, ADC1_CH7, ADC1_CH8, ADC1_CH9,
    ADC1_CH10, ADC1_CH11, ADC1_CH12, ADC1_CH13, ADC1_CH14, ADC1_CH15, ADC1_CH16, ADC1_CH17, ADC1_CH18, ADC1_CH19,
}

/// <summary>Fake of EspNativeError.</summary>
public enum EspNativeError
{
    OK = 0,
    FAIL = -1,
}

/// <summary>Fake of Configuration: records the pin functions.</summary>
public class Configuration
{
    public static void SetPinFunction(int pin, DeviceFunction value) => FakeHardware.PinFunctions[pin] = value;

    public static int GetFunctionPin(DeviceFunction function)
    {
        foreach (var kv in FakeHardware.PinFunctions)
        {
            if (kv.Value == function)
            {
                return kv.Key;
            }
        }

        return -1;
    }
}

/// <summary>Fake of HighResTimerExpiredEventHandler.</summary>
public delegate void HighResTimerExpiredEventHandler(HighResTimer sender, object e);

/// <summary>Fake of HighResTimer: GetCurrent is the fake clock; tests fire timers with <see cref="Fire"/>.</summary>
public class HighResTimer : IDisposable
{
    public HighResTimer()
    {
        FakeHardware.Timers.Add(this);
    }

    public event HighResTimerExpiredEventHandler OnHighResTimerExpired;

    public ulong PeriodUs { get; private set; }

    public bool Periodic { get; private set; }

    public bool Running { get; private set; }

    public bool Disposed { get; private set; }

    public static ulong GetCurrent() => FakeHardware.Tick();

    public void StartOneShot(ulong timeout_us)
    {
        PeriodUs = timeout_us;
        Periodic = false;
        Running = true;
    }

    public void StartOnePeriodic(ulong period_us)
    {
        PeriodUs = period_us;
        Periodic = true;
        Running = true;
    }

    public void Stop() => Running = false;

    public void Dispose()
    {
        Running = false;
        Disposed = true;
    }

    /// <summary>Test hook: the timer expires.</summary>
    public void Fire()
    {
        if (!Periodic)
        {
            Running = false;
        }

        OnHighResTimerExpired?.Invoke(this, null);
    }
}

/// <summary>Fake of Sleep.</summary>
public class Sleep
{
    public enum WakeupCause
    {
        Undefined = 0,
        Ext0 = 2,
        Ext1 = 3,
        Timer = 4,
        TouchPad = 5,
        Ulp = 6,
        Gpio = 7,
        Uart = 8,
        Wifi = 9,
        CoCpu = 10,
        CoCpuTrapTrig = 11,
        Bt = 12,
    }

    public static EspNativeError EnableWakeupByTimer(TimeSpan time)
    {
        FakeHardware.TimerWakeup = time;
        return EspNativeError.OK;
    }

    public static WakeupCause GetWakeupCause() => FakeHardware.WakeupCause;

    public static EspNativeError StartLightSleep()
    {
        FakeHardware.LightSleeps++;
        return EspNativeError.OK;
    }

    public static void StartDeepSleep() => FakeHardware.DeepSleeps++;
}

/// <summary>Fake of NativeMemory.</summary>
public class NativeMemory
{
    public enum MemoryType
    {
        All = 0,
        Internal = 1,
        SpiRam = 2,
    }

    public static void GetMemoryInfo(MemoryType memType, out uint totalSize, out uint totalFreeSize, out uint largestFreeBlock)
    {
        totalSize = 300000;
        totalFreeSize = 200000;
        largestFreeBlock = 100000;
    }
}
