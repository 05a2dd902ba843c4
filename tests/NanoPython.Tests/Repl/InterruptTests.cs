using Microsoft.VisualStudio.TestTools.UnitTesting;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Repl;

/// <summary>Ctrl-C while Python runs: KeyboardInterrupt in both REPL modes, in loops, sleeps and stdin reads.</summary>
[TestClass]
public sealed class InterruptTests
{
    private const string KeyboardInterrupt =
        "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nKeyboardInterrupt: \r\n";

    [TestMethod]
    public void Interrupt_FriendlyWhileTrue_RaisesKeyboardInterrupt()
    {
        using LiveBoard board = new LiveBoard();
        board.Send("while True: pass\r\r");
        board.WaitUntilExecuting();
        board.Send("\u0003");
        AreSame(Banner + ">>> while True: pass\r\n... \r\n" + KeyboardInterrupt + ">>> ", board.Sink.WaitForEnd(KeyboardInterrupt + ">>> "));

        // The REPL works on, and the next program is not interrupted by the old Ctrl-C.
        board.Send("1+1\r");
        StringAssert.EndsWith(board.Sink.WaitForEnd("2\r\n>>> "), ">>> 1+1\r\n2\r\n>>> ");
    }

    [TestMethod]
    public void Interrupt_RawWhileTrue_TracebackBetweenTheEots()
    {
        using LiveBoard board = new LiveBoard();
        board.Send("\u0001while True: pass\u0004");
        board.WaitUntilExecuting();
        board.Send("\u0003");
        string expected = "OK\u0004" + KeyboardInterrupt + "\u0004>";
        StringAssert.EndsWith(board.Sink.WaitForEnd("\u0004>"), RawBanner + expected);
    }

    [TestMethod]
    public void Interrupt_Sleep_RaisesKeyboardInterrupt()
    {
        using LiveBoard board = new LiveBoard();
        board.Send("import time\rtime.sleep(1000)\r");
        board.WaitUntilExecuting();
        board.Send("\u0003");
        StringAssert.EndsWith(board.Sink.WaitForEnd(KeyboardInterrupt + ">>> "), ">>> time.sleep(1000)\r\n" + KeyboardInterrupt + ">>> ");
    }

    [TestMethod]
    public void Interrupt_StdinRead_RaisesKeyboardInterrupt()
    {
        using LiveBoard board = new LiveBoard();
        board.Send("import sys\rsys.stdin.read(5)\r");
        board.WaitUntilExecuting();
        board.Send("ab\u0003");
        StringAssert.EndsWith(board.Sink.WaitForEnd(KeyboardInterrupt + ">>> "), ">>> sys.stdin.read(5)\r\n" + KeyboardInterrupt + ">>> ");
    }

    [TestMethod]
    public void Interrupt_Boot_SkipsMainPy()
    {
        TestPort port = new TestPort(("boot.py", "while True: pass\n"), ("main.py", "print('main')"));
        using LiveBoard board = new LiveBoard(port);
        board.WaitUntilExecuting();
        board.Send("\u0003");
        AreSame(
            "Traceback (most recent call last):\r\n  File \"boot.py\", line 1, in <module>\r\nKeyboardInterrupt: \r\n" + Banner + ">>> ",
            board.Sink.WaitForEnd(Banner + ">>> "));
    }

    [TestMethod]
    public void Interrupt_KbdIntrDisabled_CtrlCReachesStdin()
    {
        using LiveBoard board = new LiveBoard();

        // Binary transfers (mpremote mount, rshell) turn Ctrl-C capture off for the length of one program.
        board.Send("import micropython, sys\rmicropython.kbd_intr(-1); sys.stdin.buffer.read(2)\r");
        board.WaitUntilExecuting();
        System.DateTime limit = System.DateTime.UtcNow + HangGuard;
        while (board.Session.Interpreter.InterruptChar != -1)
        {
            Assert.IsTrue(System.DateTime.UtcNow < limit, "kbd_intr(-1) did not take effect");
            System.Threading.Thread.Sleep(1);
        }

        board.Send("\u0003z");
        StringAssert.EndsWith(board.Sink.WaitForEnd("b'\\x03z'\r\n>>> "), "b'\\x03z'\r\n>>> ");

        // The next program has Ctrl-C capture back (pyexec sets the interrupt character for every run).
        board.Send("while True: pass\r\r");
        board.WaitUntilExecuting();
        board.Send("\u0003");
        board.Sink.WaitForEnd(KeyboardInterrupt + ">>> ");
    }

    [TestMethod]
    public void Interrupt_CtrlCAtPrompt_IsAKey()
    {
        using LiveBoard board = new LiveBoard();
        board.Sink.WaitForEnd(">>> ");
        board.Send("12\u0003");
        board.Sink.WaitForEnd("12\r\n>>> ");
        board.Send("3\r");
        StringAssert.EndsWith(board.Sink.WaitForEnd("3\r\n>>> "), ">>> 3\r\n3\r\n>>> ");
    }
}
