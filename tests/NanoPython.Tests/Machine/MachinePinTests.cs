using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal;
using NanoPython.Machine;
using NanoPython.Runtime;
using static NanoPython.Tests.Machine.MachineFixture;

namespace NanoPython.Tests.Machine;

/// <summary>machine.Pin and machine.Signal against the simulated DevKit.</summary>
[TestClass]
public class MachinePinTests
{
    [TestMethod]
    public void Pin_Constants_AreEsp32Values()
    {
        using MachineFixture f = Create();
        PyObject pin = f.M("Pin");
        Assert.AreEqual(1L, L(f.Attr(pin, "IN")));
        Assert.AreEqual(3L, L(f.Attr(pin, "OUT")));
        Assert.AreEqual(7L, L(f.Attr(pin, "OPEN_DRAIN")));
        Assert.AreEqual(2L, L(f.Attr(pin, "PULL_UP")));
        Assert.AreEqual(1L, L(f.Attr(pin, "PULL_DOWN")));
        Assert.AreEqual(1L, L(f.Attr(pin, "IRQ_RISING")));
        Assert.AreEqual(2L, L(f.Attr(pin, "IRQ_FALLING")));
        Assert.AreEqual(4L, L(f.Attr(pin, "WAKE_LOW")));
        Assert.AreEqual(5L, L(f.Attr(pin, "WAKE_HIGH")));
        Assert.AreEqual(3L, L(f.Attr(pin, "DRIVE_3")));
    }

    [TestMethod]
    public void Pin_ModeConstants_MatchHal()
    {
        // ORDER: HalPin <-> machine.Pin constants are passed through unchanged.
        Assert.AreEqual(HalPin.ModeInput, 1);
        Assert.AreEqual(HalPin.ModeOutput, 3);
        Assert.AreEqual(HalPin.ModeOpenDrain, 7);
        Assert.AreEqual(HalPin.PullDown, 1);
        Assert.AreEqual(HalPin.PullUp, 2);
        Assert.AreEqual(HalPin.EdgeRising, 1);
        Assert.AreEqual(HalPin.EdgeFalling, 2);
    }

    [TestMethod]
    public void Pin_Output_DrivesTheLed()
    {
        using MachineFixture f = Create();
        PyObject led = f.Pin(2, I(3));
        f.Invoke(led, "on");
        Assert.AreEqual("on", f.Board.Command("show led"));
        Assert.AreEqual(1L, L(f.Invoke(led, "value")));
        f.Invoke(led, "off");
        Assert.AreEqual("off", f.Board.Command("show led"));
        f.Invoke(led, "toggle");
        Assert.AreEqual(1L, L(f.Call(led)));
        f.Call(led, I(0));
        Assert.AreEqual(0L, L(f.Call(led)));
        f.Invoke(led, "value", S("yes"));
        Assert.AreEqual(1L, L(f.Invoke(led, "value")));
    }

    [TestMethod]
    public void Pin_SameId_IsSameObject()
    {
        using MachineFixture f = Create();
        Assert.AreSame(f.Pin(5), f.Pin(5));
        Assert.AreSame(f.Pin(5), f.Call(f.M("Pin"), f.Pin(5)));
        Assert.AreEqual("Pin(5)", f.Repr(f.Pin(5)));
    }

    [TestMethod]
    [DataRow(6)]
    [DataRow(11)]
    [DataRow(20)]
    [DataRow(24)]
    [DataRow(28)]
    [DataRow(40)]
    [DataRow(-1)]
    public void Pin_InvalidOrFlashPin_RaisesInvalidPin(int id)
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.Pin(id), "invalid pin");
    }

    [TestMethod]
    public void Pin_InputOnlyPinAsOutput_RaisesPinCanOnlyBeInput()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.Pin(34, I(3)), "pin can only be input");
        f.Raises(PyExc.ValueError, () => f.Pin(39, I(7)), "pin can only be input");
        f.Pin(36, I(1));
    }

    [TestMethod]
    public void Pin_ButtonWithPullUp_ReadsPressAndRelease()
    {
        using MachineFixture f = Create();
        PyObject button = f.Pin(0, I(1), I(2));
        Assert.AreEqual(1L, L(f.Invoke(button, "value")));
        f.Board.Command("press button");
        Assert.AreEqual(0L, L(f.Invoke(button, "value")));
        f.Board.Command("release button");
        Assert.AreEqual(1L, L(f.Invoke(button, "value")));
    }

    [TestMethod]
    public void Pin_Pulls_DecideFloatingLevel()
    {
        using MachineFixture f = Create();
        PyObject p = f.Pin(13, I(1), I(2));
        Assert.AreEqual(1L, L(f.Call(p)));
        f.InvokeKw(p, "init", new PyObject[0], "pull", I(1));
        Assert.AreEqual(0L, L(f.Call(p)));
        f.InvokeKw(p, "init", new PyObject[0], "pull", PyNone.Value);
        Assert.AreEqual(0L, L(f.Call(p)));
        f.Board.Command("pin 13 high");
        Assert.AreEqual(1L, L(f.Call(p)));
    }

    [TestMethod]
    public void Pin_InitWithoutMode_KeepsOutput()
    {
        using MachineFixture f = Create();
        PyObject p = f.Pin(2, I(3));
        f.Call(p, I(1));
        f.InvokeKw(p, "init", new PyObject[0], "drive", I(3));
        Assert.AreEqual("on", f.Board.Command("show led"));
        Assert.AreEqual(HalPin.ModeOutput, f.Board.SimGpio.ModeOf(2));
    }

    [TestMethod]
    public void Pin_ValueKeyword_SetsLevelBeforeMode()
    {
        using MachineFixture f = Create();
        f.CallKw(f.M("Pin"), new[] { I(2), I(3) }, "value", I(1));
        Assert.AreEqual("on", f.Board.Command("show led"));
    }

    [TestMethod]
    public void Pin_OpenDrain_PullsLowAndReleases()
    {
        using MachineFixture f = Create("""{ "wires": [[25, 26]] }""");
        PyObject od = f.Pin(25, I(7), I(2));
        PyObject input = f.Pin(26, I(1));
        f.Call(od, I(0));
        Assert.AreEqual(0L, L(f.Call(input)));
        f.Call(od, I(1));
        Assert.AreEqual(1L, L(f.Call(input)));
    }

    [TestMethod]
    public void Pin_Irq_SchedulesHandlerWithPin()
    {
        using MachineFixture f = Create();
        PyObject button = f.Pin(0, I(1), I(2));
        PyList calls = new PyList();
        PyObject handler = new PyBuiltin1("h", (ip, p) => { calls.Append(p); return PyNone.Value; });
        PyObject irq = f.CallKw(f.Attr(button, "irq"), new PyObject[0], "handler", handler, "trigger", I(2));
        Assert.AreEqual("<IRQ>", f.Repr(irq));
        f.Board.Command("press button");
        Assert.AreEqual(0, calls.Count, "handlers run at the VM's next safe point, not in the HAL callback");
        f.RunScheduled();
        Assert.AreEqual(1, calls.Count);
        Assert.AreSame(button, calls.Items[0]);
        f.Board.Command("release button");
        f.RunScheduled();
        Assert.AreEqual(1, calls.Count, "a rising edge does not trigger IRQ_FALLING");
        Assert.AreEqual(2L, L(f.Invoke(irq, "trigger")));
    }

    [TestMethod]
    public void Pin_IrqNoneHandler_Disables()
    {
        using MachineFixture f = Create();
        PyObject button = f.Pin(0, I(1));
        int n = 0;
        PyObject handler = new PyBuiltin1("h", (ip, p) => { n++; return PyNone.Value; });
        f.Invoke(button, "irq", handler);
        f.Board.Command("click button 10ms");
        f.Board.Command("advance 20ms");
        f.RunScheduled();
        Assert.AreEqual(2, n, "default trigger is both edges");
        f.Invoke(button, "irq", PyNone.Value);
        f.Board.Command("click button 10ms");
        f.Board.Command("advance 20ms");
        f.RunScheduled();
        Assert.AreEqual(2, n);
    }

    [TestMethod]
    public void Pin_IrqObjectCall_RunsHandlerNow()
    {
        using MachineFixture f = Create();
        PyObject p = f.Pin(4, I(1));
        PyObject got = null;
        PyObject irq = f.Invoke(p, "irq", new PyBuiltin1("h", (ip, a) => { got = a; return PyNone.Value; }));
        f.Call(irq);
        Assert.AreSame(p, got);
    }

    [TestMethod]
    public void Pin_IrqHardKeyword_IsRejected()
    {
        using MachineFixture f = Create();
        PyObject p = f.Pin(4, I(1));
        f.Raises(PyExc.TypeError, () => f.InvokeKw(p, "irq", new PyObject[0], "hard", PyBool.True));
    }

    [TestMethod]
    public void Pin_IrqOnOutput_FiresOnWrites()
    {
        using MachineFixture f = Create();
        PyObject p = f.Pin(2, I(3));
        f.Call(p, I(0));
        int n = 0;
        f.InvokeKw(p, "irq", new PyObject[0], "handler", new PyBuiltin1("h", (ip, a) => { n++; return PyNone.Value; }), "trigger", I(1));
        f.Call(p, I(1));
        f.Call(p, I(0));
        f.Call(p, I(1));
        f.RunScheduled();
        Assert.AreEqual(2, n);
    }

    [TestMethod]
    public void Pin_IrqWhileDisabled_IsDeliveredAfterEnable()
    {
        using MachineFixture f = Create();
        PyObject button = f.Pin(0, I(1));
        int n = 0;
        f.InvokeKw(button, "irq", new PyObject[0], "handler", new PyBuiltin1("h", (ip, a) => { n++; return PyNone.Value; }), "trigger", I(2));
        PyObject state = f.Call(f.M("disable_irq"));
        Assert.AreEqual(1L, L(state));
        f.Board.Command("press button");
        f.RunScheduled();
        Assert.AreEqual(0, n);
        f.Call(f.M("enable_irq"), state);
        f.RunScheduled();
        Assert.AreEqual(1, n);
    }

    [TestMethod]
    public void Pin_SoftReset_DropsIrqKeepsLevel()
    {
        using MachineFixture f = Create();
        PyObject led = f.Pin(2, I(3));
        f.Call(led, I(1));
        PyObject button = f.Pin(0, I(1));
        int n = 0;
        f.Invoke(button, "irq", new PyBuiltin1("h", (ip, a) => { n++; return PyNone.Value; }));
        MachineSetup.SoftReset(f.Ip);
        f.Board.Command("press button");
        f.RunScheduled();
        Assert.AreEqual(0, n);
        Assert.AreEqual("on", f.Board.Command("show led"));
        Assert.AreEqual(HalPin.ModeOutput, f.Board.SimGpio.ModeOf(2));
        Assert.AreEqual(HalReset.Soft, f.Board.SimChip.ResetCause);
    }

    [TestMethod]
    public void Signal_Inverted_FlipsValue()
    {
        using MachineFixture f = Create();
        PyObject led = f.Pin(2, I(3));
        PyObject s = f.CallKw(f.M("Signal"), new[] { led }, "invert", PyBool.True);
        f.Invoke(s, "on");
        Assert.AreEqual("off", f.Board.Command("show led"));
        Assert.AreEqual(1L, L(f.Invoke(s, "value")));
        f.Invoke(s, "off");
        Assert.AreEqual("on", f.Board.Command("show led"));
        Assert.AreEqual(0L, L(f.Call(s)));
    }

    [TestMethod]
    public void Signal_PinArguments_ValueIsLogical()
    {
        using MachineFixture f = Create();
        PyObject s = f.CallKw(f.M("Signal"), new[] { I(2), I(3) }, "value", I(1), "invert", PyBool.True);
        Assert.AreEqual("off", f.Board.Command("show led"));
        Assert.AreEqual(1L, L(f.Call(s)));
    }

    [TestMethod]
    public void Signal_PositionalInvert_IsTypeError()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.TypeError, () => f.Call(f.M("Signal"), f.Pin(2), PyBool.True));
    }
}
