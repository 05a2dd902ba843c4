using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Machine.MachineFixture;

namespace NanoPython.Tests.Machine;

/// <summary>machine.TouchPad, DAC, Counter and Encoder (COMPAT 1.10) against the simulated DevKit.</summary>
[TestClass]
public class MachineExtraTests
{
    [TestMethod]
    public void TouchPad_Touch_LowersTheReading()
    {
        using MachineFixture f = Create();
        PyObject pad = f.Call(f.M("TouchPad"), f.Pin(27));
        Assert.AreEqual(600L, L(f.Invoke(pad, "read")));
        f.Board.Command("press touch");
        Assert.AreEqual(120L, L(f.Invoke(pad, "read")));
        f.Invoke(pad, "config", I(300));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("TouchPad"), f.Pin(5)), "invalid pin for touchpad");
    }

    [TestMethod]
    public void Dac_Write_IsReadByTheAdcOfAWiredPin()
    {
        using MachineFixture f = Create("""{ "wires": [[25, 32]] }""");
        PyObject dac = f.Call(f.M("DAC"), f.Pin(25));
        Assert.AreEqual("DAC(Pin(25))", f.Repr(dac));
        f.Invoke(dac, "write", I(255));
        PyObject adc = f.CallKw(f.M("ADC"), new[] { f.Pin(32) }, "atten", I(3));
        Assert.AreEqual(3300000L, L(f.Invoke(adc, "read_uv")));
        f.Invoke(dac, "write", I(51));
        Assert.AreEqual(660000L, L(f.Invoke(adc, "read_uv")));
        Assert.AreEqual(0L, L(f.Call(f.Pin(32, I(1)))));
        f.Raises(PyExc.ValueError, () => f.Invoke(dac, "write", I(256)));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("DAC"), f.Pin(27)), "invalid Pin for DAC");
    }

    [TestMethod]
    public void Counter_ButtonClicks_AreCounted()
    {
        using MachineFixture f = Create();
        PyObject counter = f.CallKw(f.M("Counter"), new[] { I(0), f.Pin(0) }, "edge", f.Attr(f.M("Counter"), "FALLING"));
        for (int i = 0; i < 3; i++)
        {
            f.Board.Command("click button 5ms");
            f.Board.Command("advance 10ms");
        }

        Assert.AreEqual(3L, L(f.Invoke(counter, "value")));
        Assert.AreEqual(3L, L(f.Invoke(counter, "value", I(0))));
        Assert.AreEqual(0L, L(f.Invoke(counter, "value")));
        Assert.AreSame(counter, f.Call(f.M("Counter"), I(0)));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("Encoder"), I(0)), "PCNT in use");
    }

    [TestMethod]
    public void Counter_PwmPulses_AreCountedExactly()
    {
        using MachineFixture f = Create("""{ "wires": [[25, 26]] }""");
        PyObject counter = f.Call(f.M("Counter"), I(1), f.Pin(26));
        f.CallKw(f.M("PWM"), new[] { f.Pin(25) }, "freq", I(1000));
        f.Ip.Sleep(100);
        Assert.AreEqual(100L, L(f.Invoke(counter, "value")));
        PyObject down = f.CallKw(f.M("Counter"), new[] { I(2), f.Pin(26) }, "direction", f.Attr(f.M("Counter"), "DOWN"), "edge", I(3));
        f.Ip.Sleep(10);
        Assert.AreEqual(-20L, L(f.Invoke(down, "value")));
    }

    [TestMethod]
    public void Encoder_QuadratureSteps_CountUpAndDown()
    {
        using MachineFixture f = Create();
        PyObject enc = f.CallKw(f.M("Encoder"), new[] { I(3), f.Pin(13), f.Pin(14) }, "phases", I(4));
        string[] forward = { "pin 13 high", "pin 14 high", "pin 13 low", "pin 14 low" };
        for (int cycle = 0; cycle < 2; cycle++)
        {
            foreach (string s in forward)
            {
                f.Board.Command(s);
            }
        }

        Assert.AreEqual(8L, L(f.Invoke(enc, "value")));
        foreach (string s in new[] { "pin 14 high", "pin 13 high", "pin 14 low", "pin 13 low" })
        {
            f.Board.Command(s);
        }

        Assert.AreEqual(4L, L(f.Invoke(enc, "value")));
        f.InvokeKw(enc, "init", new[] { f.Pin(13), f.Pin(14) }, "phases", I(1));
        foreach (string s in forward)
        {
            f.Board.Command(s);
        }

        Assert.AreEqual(1L, L(f.Invoke(enc, "value")));
        f.Raises(PyExc.ValueError, () => f.InvokeKw(enc, "init", new[] { f.Pin(13), f.Pin(14) }, "phases", I(3)));
    }
}
