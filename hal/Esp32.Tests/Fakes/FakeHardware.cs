using System;
using System.Collections.Generic;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32.Fakes;

/// <summary>
/// The state of the fake nanoFramework hardware: a microsecond clock that advances on every read, pin functions,
/// pin modes and writes, scripted input levels, I2C devices, SPI/serial/PWM/ADC/timer activity, sleep and reboot.
/// Tests call <see cref="Reset"/> first (the fake is process-wide, like the real hardware).
/// </summary>
public static class FakeHardware
{
    public static long NowUs;
    public static long StepUs = 1;
    public static readonly Dictionary<int, DeviceFunction> PinFunctions = new();
    public static readonly Dictionary<int, System.Device.Gpio.PinMode> PinModes = new();
    public static readonly Dictionary<int, int> Levels = new();
    public static readonly List<(int Pin, int Level, long Time)> Writes = new();
    public static readonly List<System.Device.Gpio.GpioPin> OpenPins = new();

    /// <summary>Input levels by pin and time (return -1 to fall back to the written level or the pull).</summary>
    public static Func<int, long, int> Waveform;

    /// <summary>I2C devices: (bus, address) to a responder.</summary>
    public static readonly Dictionary<(int, int), FakeI2cDevice> I2cDevices = new();
    public static readonly List<string> I2cLog = new();

    public static readonly List<(int Bus, int Frequency, System.Device.Spi.SpiMode Mode, byte[] Data)> SpiWrites = new();
    public static Func<byte, byte> SpiAnswer = b => b;

    public static readonly Dictionary<string, System.IO.Ports.SerialPort> Ports = new();
    public static readonly List<System.Device.Pwm.PwmChannel> PwmChannels = new();
    public static readonly Dictionary<int, int> AdcValues = new();
    public static readonly List<HighResTimer> Timers = new();
    public static readonly Dictionary<int, uint> TouchValues = new();
    public static readonly List<System.Device.Gpio.GpioPulseCounter> Counters = new();

    public static Sleep.WakeupCause WakeupCause;
    public static TimeSpan? TimerWakeup;
    public static int LightSleeps;
    public static int DeepSleeps;
    public static int Reboots;
    public static DateTime? SystemTime;
    public static uint FreeBytes = 65536;

    /// <summary>Forgets everything.</summary>
    public static void Reset()
    {
        NowUs = 1000;
        StepUs = 1;
        PinFunctions.Clear();
        PinModes.Clear();
        Levels.Clear();
        Writes.Clear();
        OpenPins.Clear();
        Waveform = null;
        I2cDevices.Clear();
        I2cLog.Clear();
        SpiWrites.Clear();
        SpiAnswer = b => b;
        Ports.Clear();
        PwmChannels.Clear();
        AdcValues.Clear();
        Timers.Clear();
        TouchValues.Clear();
        Counters.Clear();
        WakeupCause = Sleep.WakeupCause.Undefined;
        TimerWakeup = null;
        LightSleeps = 0;
        DeepSleeps = 0;
        Reboots = 0;
        SystemTime = null;
        FreeBytes = 65536;
    }

    /// <summary>The clock as HighResTimer.GetCurrent sees it (each read advances it).</summary>
    public static ulong Tick()
    {
        NowUs += StepUs;
        return (ulong)NowUs;
    }

    /// <summary>The level a pin reads: the waveform, else what an output drives, else its pull.</summary>
    public static int ReadLevel(int pin)
    {
        int w = Waveform?.Invoke(pin, NowUs) ?? -1;
        if (w >= 0)
        {
            return w;
        }

        System.Device.Gpio.PinMode mode = PinModes.TryGetValue(pin, out var m) ? m : System.Device.Gpio.PinMode.Input;
        int written = Levels.TryGetValue(pin, out int l) ? l : 0;
        switch (mode)
        {
            case System.Device.Gpio.PinMode.Output:
                return written;
            case System.Device.Gpio.PinMode.OutputOpenDrain:
            case System.Device.Gpio.PinMode.OutputOpenDrainPullUp:
            case System.Device.Gpio.PinMode.InputPullUp:
                return mode == System.Device.Gpio.PinMode.InputPullUp ? 1 : written;
            default:
                return 0;
        }
    }
}
