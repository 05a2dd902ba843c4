using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal;
using NanoPython.Machine;
using NanoPython.Runtime;
using static NanoPython.Tests.Machine.MachineFixture;

namespace NanoPython.Tests.Machine;

/// <summary>machine.Timer, RTC, WDT and the clock-related module functions on the virtual clock.</summary>
[TestClass]
public class MachineTimeTests
{
    [TestMethod]
    public void Timer_Periodic_SchedulesCallbackEachPeriod()
    {
        using MachineFixture f = Create();
        int n = 0;
        PyObject got = null;
        PyObject cb = new PyBuiltin1("cb", (ip, t) => { n++; got = t; return PyNone.Value; });
        PyObject timer = f.CallKw(f.M("Timer"), new[] { I(0) }, "mode", f.Attr(f.M("Timer"), "PERIODIC"), "period", I(100), "callback", cb);
        f.Ip.Sleep(1050);
        Assert.AreEqual(10, n);
        Assert.AreSame(timer, got);
        Assert.AreEqual(50L, L(f.Invoke(timer, "value")) % 100);
        f.Invoke(timer, "deinit");
        f.Ip.Sleep(500);
        Assert.AreEqual(10, n);
        Assert.AreEqual("Timer(0, mode=PERIODIC, period=100)", f.Repr(timer));
    }

    [TestMethod]
    public void Timer_OneShot_FiresOnce()
    {
        using MachineFixture f = Create();
        int n = 0;
        PyObject cb = new PyBuiltin1("cb", (ip, t) => { n++; return PyNone.Value; });
        f.CallKw(f.M("Timer"), new[] { I(1) }, "mode", I(0), "period", I(20), "callback", cb);
        f.Ip.Sleep(100);
        Assert.AreEqual(1, n);
    }

    [TestMethod]
    public void Timer_Freq_SetsPeriod()
    {
        using MachineFixture f = Create();
        int n = 0;
        PyObject cb = new PyBuiltin1("cb", (ip, t) => { n++; return PyNone.Value; });
        f.CallKw(f.M("Timer"), new[] { I(2) }, "freq", new PyFloat(2.5), "callback", cb);
        f.Ip.Sleep(2000);
        Assert.AreEqual(5, n);
    }

    [TestMethod]
    public void Timer_HardTrue_IsValueError()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.CallKw(f.M("Timer"), new[] { I(0) }, "period", I(10), "hard", PyBool.True));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("Timer"), I(4)), "invalid Timer number");
        Assert.AreSame(f.Call(f.M("Timer"), I(3)), f.Call(f.M("Timer"), I(3)));
    }

    [TestMethod]
    public void Timer_CallbackQueueFull_DropsExtraCalls()
    {
        using MachineFixture f = Create();
        int n = 0;
        PyObject cb = new PyBuiltin1("cb", (ip, t) => { n++; return PyNone.Value; });
        f.CallKw(f.M("Timer"), new[] { I(0) }, "period", I(1), "callback", cb);
        f.Board.Command("advance 20ms");
        f.RunScheduled();
        Assert.AreEqual(Interpreter.ScheduleDepth, n);
    }

    [TestMethod]
    public void Rtc_Datetime_SetAndAdvance()
    {
        using MachineFixture f = Create();
        PyObject rtc = f.Call(f.M("RTC"));
        Assert.AreEqual("(2000, 1, 1, 5, 0, 0, 0, 0)", f.Repr(f.Invoke(rtc, "datetime")));
        f.Invoke(rtc, "datetime", new PyTuple(new[] { I(2024), I(2), I(29), I(0), I(23), I(59), I(58), I(500000) }));
        f.Board.Command("advance 2s");
        Assert.AreEqual("(2024, 3, 1, 4, 0, 0, 0, 500000)", f.Repr(f.Invoke(rtc, "datetime")));
        Assert.AreSame(rtc, f.Call(f.M("RTC")));
        f.Raises(PyExc.ValueError, () => f.Invoke(rtc, "datetime", new PyTuple(new[] { I(2024), I(1) })));
    }

    [TestMethod]
    public void Rtc_Memory_SurvivesSoftReset()
    {
        using MachineFixture f = Create();
        PyObject rtc = f.Call(f.M("RTC"));
        f.Invoke(rtc, "memory", B(1, 2, 3));
        MachineSetup.SoftReset(f.Ip);
        MachineState again = MachineSetup.Install(new Interpreter(), f.Board);
        Assert.AreEqual(3, again.Board.Rtc.ReadMemory().Length);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, Bytes(f.Invoke(rtc, "memory")));
        f.Raises(PyExc.ValueError, () => f.Invoke(rtc, "memory", B(new byte[2049])), "buffer too long");
    }

    [TestMethod]
    public void Rtc_DatetimeBefore2000_RoundTrips()
    {
        using MachineFixture f = Create();
        PyObject rtc = f.Call(f.M("RTC"));
        f.Invoke(rtc, "init", new PyTuple(new[] { I(1999), I(12), I(31), I(0), I(23), I(0), I(0), I(0) }));
        Assert.AreEqual("(1999, 12, 31, 4, 23, 0, 0, 0)", f.Repr(f.Invoke(rtc, "datetime")));
    }

    [TestMethod]
    public void Wdt_NotFed_ResetsTheBoard()
    {
        using MachineFixture f = Create();
        int cause = 0;
        f.Board.ResetRequested += c => cause = c;
        PyObject wdt = f.CallKw(f.M("WDT"), new PyObject[0], "timeout", I(1000));
        f.Ip.Sleep(900);
        f.Invoke(wdt, "feed");
        f.Ip.Sleep(900);
        Assert.AreEqual(0, cause);
        f.Raises(PyExc.SystemExit, () => f.Ip.Sleep(200));
        Assert.AreEqual(HalReset.Watchdog, cause);
        f.Board.HardReset();
        Assert.AreEqual(3L, L(f.Call(f.M("reset_cause"))));
    }

    [TestMethod]
    public void Wdt_BadArguments_AreValueErrors()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.CallKw(f.M("WDT"), new PyObject[0], "timeout", I(0)));
        f.Raises(PyExc.ValueError, () => f.CallKw(f.M("WDT"), new PyObject[0], "id", I(1)));
    }

    [TestMethod]
    public void Module_Freq_AcceptsOnlyEsp32Frequencies()
    {
        using MachineFixture f = Create();
        Assert.AreEqual(160000000L, L(f.Call(f.M("freq"))));
        f.Call(f.M("freq"), I(240000000));
        Assert.AreEqual(240000000L, L(f.Call(f.M("freq"))));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("freq"), I(100000000)), "frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz");
    }

    [TestMethod]
    public void Module_ResetCauseAndWake_Constants()
    {
        using MachineFixture f = Create();
        Assert.AreEqual(1L, L(f.Call(f.M("reset_cause"))));
        Assert.AreEqual(1L, L(f.M("PWRON_RESET")));
        Assert.AreEqual(2L, L(f.M("HARD_RESET")));
        Assert.AreEqual(3L, L(f.M("WDT_RESET")));
        Assert.AreEqual(4L, L(f.M("DEEPSLEEP_RESET")));
        Assert.AreEqual(5L, L(f.M("SOFT_RESET")));
        Assert.AreEqual(4L, L(f.M("TIMER_WAKE")));
        Assert.AreEqual(2L, L(f.M("PIN_WAKE")));
        Assert.AreEqual(0L, L(f.Call(f.M("wake_reason"))));
    }

    [TestMethod]
    public void Module_LightSleep_AdvancesClockAndSetsWakeReason()
    {
        using MachineFixture f = Create();
        long before = f.Board.Clock.NowUs;
        f.Call(f.M("lightsleep"), I(250));
        Assert.AreEqual(250000L, f.Board.Clock.NowUs - before);
        Assert.AreEqual(4L, L(f.Call(f.M("wake_reason"))));
        Assert.AreSame(f.M("lightsleep"), f.M("sleep"));
    }

    [TestMethod]
    public void Module_DeepSleep_ResetsWithDeepSleepCause()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.SystemExit, () => f.Call(f.M("deepsleep"), I(1000)));
        Assert.AreEqual(HalReset.DeepSleep, f.Board.SimChip.PendingReset);
        f.Board.HardReset();
        Assert.AreEqual(4L, L(f.Call(f.M("reset_cause"))));
        Assert.AreEqual(4L, L(f.Call(f.M("wake_reason"))));
    }

    [TestMethod]
    public void Module_ResetAndSoftReset_RaiseSystemExit()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.SystemExit, () => f.Call(f.M("soft_reset")));
        Assert.AreEqual(0, f.Board.SimChip.PendingReset);
        f.Raises(PyExc.SystemExit, () => f.Call(f.M("reset")));
        Assert.AreEqual(HalReset.Hard, f.Board.SimChip.PendingReset);
    }

    [TestMethod]
    public void Module_UniqueId_IsTheMac()
    {
        using MachineFixture f = Create();
        CollectionAssert.AreEqual(new byte[] { 0x24, 0x0a, 0xc4, 0xa1, 0xb2, 0xc3 }, Bytes(f.Call(f.M("unique_id"))));
    }

    [TestMethod]
    public void Module_Idle_WaitsAtMostAMillisecond()
    {
        using MachineFixture f = Create();
        long before = f.Board.Clock.NowUs;
        f.Call(f.M("idle"));
        Assert.AreEqual(1000L, f.Board.Clock.NowUs - before);
    }

    [TestMethod]
    public void Module_TimePulse_TimesOutWithMinusTwoAndMinusOne()
    {
        using MachineFixture f = Create();
        PyObject button = f.Pin(0, I(1));
        Assert.AreEqual(-2L, L(f.Call(f.M("time_pulse_us"), button, I(0), I(5000))));
        f.Board.Command("press button");
        Assert.AreEqual(-1L, L(f.Call(f.M("time_pulse_us"), button, I(0), I(5000))));
        f.Board.Command("release button");
        f.Board.Command("after 3ms click button 7ms");
        Assert.AreEqual(7000L, L(f.Call(f.M("time_pulse_us"), button, I(0))));
    }

    [TestMethod]
    public void Clock_InterpreterClock_IsTheBoardClock()
    {
        using MachineFixture f = Create();
        Assert.IsInstanceOfType(f.Ip.Clock, typeof(MachineClock));
        long t0 = f.Ip.Clock.TicksMs;
        f.Ip.Sleep(123);
        Assert.AreEqual(123L, f.Ip.Clock.TicksMs - t0);
        f.Ip.Clock.SetTime(86400.5);
        Assert.AreEqual("(2000, 1, 2, 6, 0, 0, 0, 500000)", f.Repr(f.Invoke(f.Call(f.M("RTC")), "datetime")));
    }
}
