using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Tests.Repl;

/// <summary>The console layer: cooked and raw output, input queueing and interrupts, input()'s line editing.</summary>
[TestClass]
public sealed class ConsoleTests
{
    [TestMethod]
    public void ConsoleOutput_Text_IsCooked_Raw_IsNot()
    {
        CaptureSink sink = new CaptureSink();
        ConsoleOutput o = new ConsoleOutput(sink);
        o.Write("a\nb\r\n");
        byte[] raw = Encoding.ASCII.GetBytes("c\nd");
        o.WriteRaw(raw, 0, raw.Length);
        ReplHarness.AreSame("a\r\nb\r\r\nc\nd", sink.Text);
    }

    [TestMethod]
    public void ConsoleInput_InterruptChar_QueuedUnlessExecuting()
    {
        ConsoleInput input = new ConsoleInput();
        Interpreter ip = new Interpreter();
        input.Attach(ip);
        input.Receive(new byte[] { 3, 65 }, 0, 2);
        Assert.AreEqual(3, input.Read(0));
        Assert.AreEqual(65, input.Read(0));
        Assert.AreEqual(0, ip.PendingInterrupt);

        input.BeginExecution();
        input.Receive(new byte[] { 66, 3, 67 }, 0, 3);
        input.EndExecution();
        Assert.AreEqual(1, ip.PendingInterrupt);
        Assert.AreEqual(66, input.Read(0));
        Assert.AreEqual(67, input.Read(0));
        Assert.AreEqual(ConsoleInput.TimedOut, input.Read(0));
        input.Close();
        Assert.AreEqual(-1, input.Read(0));
    }

    [TestMethod]
    public void ConsoleInput_ReadEditedLine_EchoesAndEdits()
    {
        CaptureSink sink = new CaptureSink();
        ConsoleOutput o = new ConsoleOutput(sink);
        ConsoleInput input = new ConsoleInput();
        input.Editor = new LineEditor(o, null);
        byte[] typed = Encoding.ASCII.GetBytes("hix\u007f!\r");
        input.Receive(typed, 0, typed.Length);
        Assert.AreEqual("hi!", input.ReadEditedLine());
        ReplHarness.AreSame("hix\b\u001b[K!\r\n", sink.Text);
    }

    [TestMethod]
    public void ConsoleInput_ReadEditedLine_CtrlDOnEmptyLineIsEof()
    {
        ConsoleInput input = new ConsoleInput();
        input.Editor = new LineEditor(new ConsoleOutput(new CaptureSink()), null);
        input.Receive(new byte[] { 4 }, 0, 1);
        PyException e = Assert.Throws<PyException>(() => input.ReadEditedLine());
        Assert.IsTrue(e.Value.IsInstance(PyExc.EOFError));
    }

    [TestMethod]
    public void ConsoleInput_WithoutEditor_HasNoLineEditing()
    {
        Assert.IsNull(new ConsoleInput().ReadEditedLine());
    }
}
