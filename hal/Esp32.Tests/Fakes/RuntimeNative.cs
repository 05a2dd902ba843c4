using System;
using NanoPython.Hal.Esp32.Fakes;

namespace nanoFramework.Runtime.Native;

/// <summary>Fake of RebootOption.</summary>
public enum RebootOption
{
    NormalReboot = 0,
    EnterNanoBooter = 1,
    ClrOnly = 2,
    EnterProprietaryBooter = 8,
}

/// <summary>Fake of nanoFramework.Runtime.Native.GC.</summary>
public static class GC
{
    public static uint Run(bool compactHeap) => FakeHardware.FreeBytes;
}

/// <summary>Fake of Power: counts reboots.</summary>
public class Power
{
    public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) => FakeHardware.Reboots++;
}

/// <summary>Fake of Rtc.</summary>
public static class Rtc
{
    public static bool SetSystemTime(DateTime time)
    {
        FakeHardware.SystemTime = time;
        return true;
    }
}
