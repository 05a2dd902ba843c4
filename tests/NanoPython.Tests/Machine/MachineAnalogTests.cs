using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Machine.MachineFixture;

namespace NanoPython.Tests.Machine;

/// <summary>machine.ADC, ADCBlock and PWM against the simulated DevKit (potentiometer on GPIO34, LED on GPIO2).</summary>
[TestClass]
public class MachineAnalogTests
{
    [TestMethod]
    public void Adc_Potentiometer_ReadsItsVoltage()
    {
        using MachineFixture f = Create();
        PyObject adc = f.CallKw(f.M("ADC"), new[] { f.Pin(34) }, "atten", I(3));
        f.Board.Command("turn pot 0.5");
        Assert.AreEqual(2048L, L(f.Invoke(adc, "read")));
        Assert.AreEqual(1650000L, L(f.Invoke(adc, "read_uv")));
        Assert.AreEqual((2048L << 4) | (2048 >> 8), L(f.Invoke(adc, "read_u16")));
        f.Board.Command("turn pot 1");
        Assert.AreEqual(65535L, L(f.Invoke(adc, "read_u16")));
        f.Board.Command("set pot 0V");
        Assert.AreEqual(0L, L(f.Invoke(adc, "read_u16")));
    }

    [TestMethod]
    public void Adc_DefaultAttenuation_Is0dbAndSaturates()
    {
        using MachineFixture f = Create();
        PyObject adc = f.Call(f.M("ADC"), f.Pin(34));
        f.Board.Command("set pot 2.0V");
        Assert.AreEqual(4095L, L(f.Invoke(adc, "read")));
        Assert.AreEqual("ADC(Pin(34), atten=0)", f.Repr(adc));
        f.Board.Command("set pot 0.55V");
        Assert.AreEqual(2048L, L(f.Invoke(adc, "read")));
    }

    [TestMethod]
    public void Adc_Width_ScalesRead()
    {
        using MachineFixture f = Create();
        PyObject adc = f.CallKw(f.M("ADC"), new[] { I(34) }, "atten", f.Attr(f.M("ADC"), "ATTN_11DB"));
        f.Board.Command("turn pot 1");
        f.Invoke(adc, "width", f.Attr(f.M("ADC"), "WIDTH_9BIT"));
        Assert.AreEqual(511L, L(f.Invoke(adc, "read")));
        Assert.AreEqual(65535L, L(f.Invoke(adc, "read_u16")));
        f.Raises(PyExc.ValueError, () => f.Invoke(adc, "width", I(13)));
    }

    [TestMethod]
    public void Adc_PinWithoutAdc_RaisesInvalidPin()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.Call(f.M("ADC"), f.Pin(5)), "invalid pin");
        f.Raises(PyExc.ValueError, () => f.Call(f.M("ADC"), S("x")), "expecting a pin");
    }

    [TestMethod]
    public void AdcBlock_Connect_GivesTheChannelsAdc()
    {
        using MachineFixture f = Create();
        PyObject block = f.CallKw(f.M("ADCBlock"), new[] { I(1) }, "bits", I(12));
        Assert.AreEqual("ADCBlock(1, bits=12)", f.Repr(block));
        PyObject adc = f.Invoke(block, "connect", I(6));
        Assert.AreSame(f.Call(f.M("ADC"), f.Pin(34)), adc);
        Assert.AreSame(adc, f.InvokeKw(block, "connect", new PyObject[0], "source", f.Pin(34)));
        Assert.AreSame(adc, f.Invoke(block, "connect", I(6), f.Pin(34)));
        Assert.AreSame(block, f.Invoke(adc, "block"));
        f.Raises(PyExc.ValueError, () => f.Invoke(block, "connect", I(9)));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("ADCBlock"), I(3)));
    }

    [TestMethod]
    public void Pwm_Defaults_Are5kHzHalfDuty()
    {
        using MachineFixture f = Create();
        PyObject pwm = f.Call(f.M("PWM"), f.Pin(2));
        Assert.AreEqual(5000L, L(f.Invoke(pwm, "freq")));
        Assert.AreEqual(512L, L(f.Invoke(pwm, "duty")));
        Assert.AreEqual(32768L, L(f.Invoke(pwm, "duty_u16")));
        Assert.AreEqual("dimmed 50.0% (PWM 5000 Hz)", f.Board.Command("show led"));
    }

    [TestMethod]
    public void Pwm_DutyUnits_Convert()
    {
        using MachineFixture f = Create();
        PyObject pwm = f.CallKw(f.M("PWM"), new[] { f.Pin(2) }, "freq", I(1000), "duty_u16", I(16384));
        Assert.AreEqual(256L, L(f.Invoke(pwm, "duty")));
        Assert.AreEqual(250000L, L(f.Invoke(pwm, "duty_ns")));
        f.Invoke(pwm, "duty_ns", I(500000));
        Assert.AreEqual(32768L, L(f.Invoke(pwm, "duty_u16")));
        f.Invoke(pwm, "freq", I(2000));
        Assert.AreEqual(500000L, L(f.Invoke(pwm, "duty_ns")), "duty_ns is kept across a frequency change");
        Assert.AreEqual(65535L, L(f.Invoke(pwm, "duty_u16")), "500 us at 2 kHz is the whole period");
        f.Raises(PyExc.ValueError, () => f.Invoke(pwm, "duty_u16", I(65536)));
        f.Raises(PyExc.ValueError, () => f.Invoke(pwm, "freq", I(0)));
    }

    [TestMethod]
    public void Pwm_TimePulse_MeasuresTheWaveform()
    {
        using MachineFixture f = Create("""{ "wires": [[25, 26]] }""");
        f.CallKw(f.M("PWM"), new[] { f.Pin(25) }, "freq", I(1000), "duty_u16", I(16384));
        PyObject input = f.Pin(26, I(1));
        PyObject tp = f.M("time_pulse_us");
        f.Call(tp, input, I(0));
        Assert.AreEqual(250L, L(f.Call(tp, input, I(1))));
        Assert.AreEqual(750L, L(f.Call(tp, input, I(0))));
    }

    [TestMethod]
    public void Pwm_SixteenChannels_ThenNoMore()
    {
        using MachineFixture f = Create();
        int[] pins = { 0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22 };
        foreach (int p in pins)
        {
            f.CallKw(f.M("PWM"), new[] { f.Pin(p) }, "freq", I(1000));
        }

        f.Raises(PyExc.ValueError, () => f.CallKw(f.M("PWM"), new[] { f.Pin(23) }, "freq", I(1000)), "out of PWM channels:16");
        f.Invoke(f.Call(f.M("PWM"), f.Pin(22)), "deinit");
        f.CallKw(f.M("PWM"), new[] { f.Pin(23) }, "freq", I(1000));
    }

    [TestMethod]
    public void Pwm_EightFrequencies_ThenNoMoreTimers()
    {
        using MachineFixture f = Create();
        int[] pins = { 0, 1, 2, 3, 4, 5, 12, 13 };
        for (int i = 0; i < pins.Length; i++)
        {
            f.CallKw(f.M("PWM"), new[] { f.Pin(pins[i]) }, "freq", I(1000 + i));
        }

        // Four frequencies on the high-speed timers, four on the low-speed ones: a ninth has no timer left.
        f.Raises(PyExc.ValueError, () => f.CallKw(f.M("PWM"), new[] { f.Pin(14) }, "freq", I(5000)), "out of PWM timers:8");
        f.CallKw(f.M("PWM"), new[] { f.Pin(14) }, "freq", I(1003));
    }

    [TestMethod]
    public void Pwm_FreqChangeOnSharedTimer_LeavesOthers()
    {
        using MachineFixture f = Create();
        PyObject a = f.CallKw(f.M("PWM"), new[] { f.Pin(2) }, "freq", I(1000));
        PyObject b = f.CallKw(f.M("PWM"), new[] { f.Pin(4) }, "freq", I(1000));
        StringAssert.Contains(f.Repr(b), "timer=0");
        f.Invoke(b, "freq", I(2000));
        Assert.AreEqual(1000L, L(f.Invoke(a, "freq")));
        Assert.AreEqual(2000L, L(f.Invoke(b, "freq")));
        StringAssert.Contains(f.Repr(b), "timer=1");
    }

    [TestMethod]
    public void Pwm_InputOnlyPin_IsRejected()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.Call(f.M("PWM"), f.Pin(34)), "pin can only be input");
    }
}
