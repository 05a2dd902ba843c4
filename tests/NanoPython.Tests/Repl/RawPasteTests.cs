using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Repl;

/// <summary>Raw-paste mode with its flow control (COMPAT.md 2.3; docs/reference/repl.rst).</summary>
[TestClass]
public sealed class RawPasteTests
{
    private const string Enter = Banner + ">>> \r\n" + RawBanner;

    // "R\u0001", the window 128 as little-endian 16 bits, and the extra window.
    private const string Accept = "R\u0001\u0080\u0000\u0001";

    [TestMethod]
    public void RawPaste_DocumentationExample_ByteForByte()
    {
        // Host: \u0001\u0005A\u0001print(123)\u0004 -> device: \r\nraw REPL; CTRL-B to exit\r\n>R\u0001\u0080\u0000\u0001\u0004123\r\n\u0004\u0004>
        AreSame(Banner + ">>> " + "\r\nraw REPL; CTRL-B to exit\r\n>R\u0001\u0080\u0000\u0001\u0004123\r\n\u0004\u0004>", Run("\u0001\u0005A\u0001print(123)\u0004"));
    }

    [TestMethod]
    public void RawPaste_WindowCredit_AfterEach128Bytes()
    {
        // 300 bytes: a credit after byte 128 and after byte 256, then the end acknowledgement.
        string program = "x = '" + new string('a', 280) + "'\nprint(len(x))";
        program += new string(' ', 300 - Encoding.ASCII.GetByteCount(program));
        Assert.AreEqual(300, program.Length);
        AreSame(Enter + Accept + "\u0001\u0001\u0004" + "280\r\n\u0004\u0004>", Run("\u0001\u0005A\u0001" + program + "\u0004"));
    }

    [TestMethod]
    public void RawPaste_Exception_TracebackBetweenTheEots()
    {
        AreSame(
            Enter + Accept + "\u0004\u0004Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nKeyError: 5\r\n\u0004>",
            Run("\u0001\u0005A\u0001{}[5]\u0004"));
    }

    [TestMethod]
    public void RawPaste_CtrlCWhileUploading_StopsHostAndRaisesKeyboardInterrupt()
    {
        AreSame(Enter + Accept + "\u0004\u0004KeyboardInterrupt: \r\n\u0004>", Run("\u0001\u0005A\u0001print(1)\u0003"));
    }

    [TestMethod]
    public void RawPaste_TooLarge_EndsEarlyAndDrainsUntilHostAcknowledges()
    {
        // The device sends "\u0004" after 64 bytes; the host's remaining bytes and its answering "\u0004" are consumed;
        // the error is then reported in the usual frame and the raw REPL works on.
        string output = Run("\u0001\u0005A\u0001" + new string('#', 100) + "\u0004" + "print(5)\u0004", configure: s => s.Repl.MaxInputBytes = 64);
        AreSame(Enter + Accept + "\u0004" + "\u0004MemoryError: program too large for the REPL buffer\r\n\u0004>" + "OK5\r\n\u0004\u0004>", output);
    }

    [TestMethod]
    public void RawPaste_UnknownCommand_AnswersRZeroAndStaysRaw()
    {
        AreSame(Enter + "R\u0000" + "OK1\r\n\u0004\u0004>", Run("\u0001\u0005B\u0001print(1)\u0004"));
    }

    [TestMethod]
    public void RawPaste_SysExit_SoftResetsInRawMode()
    {
        AreSame(Enter + Accept + "\u0004\u0004\u0004MPY: soft reboot\r\n" + RawBanner, Run("\u0001\u0005A\u0001import sys\nsys.exit()\u0004"));
    }

    [TestMethod]
    public void RawPaste_HostFollowingTheWindow_UploadsLargeProgram()
    {
        // A host that obeys the window as pyboard.py does: it only sends what the device allowed, and waits for credits.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            sb.Append("v").Append(i).Append(" = ").Append(i).Append('\n');
        }

        sb.Append("print(sum([v0, v199, v100]))\n");
        byte[] program = Encoding.ASCII.GetBytes(sb.ToString());
        using LiveBoard board = new LiveBoard();
        board.Sink.WaitForEnd(">>> ");
        board.Send("\u0001");
        board.Sink.WaitForEnd(RawBanner);
        int mark = board.Sink.Text.Length;
        board.Send("\u0005A\u0001");
        string header = board.Sink.WaitForEnd(Accept).Substring(mark);
        AreSame(Accept, header);
        int window = 128;
        int remain = window * 2;
        int consumedMark = board.Sink.Text.Length;
        int sent = 0;
        while (sent < program.Length)
        {
            if (remain == 0)
            {
                // Wait for the next credit byte.
                string credits = WaitForCredit(board, consumedMark);
                consumedMark += credits.Length;
                remain += window * credits.Length;
                continue;
            }

            int n = System.Math.Min(remain, program.Length - sent);
            board.Input.Receive(program, sent, n);
            sent += n;
            remain -= n;
        }

        board.Send("\u0004");
        string all = board.Sink.WaitForEnd("\u0004\u0004>");
        string tail = all.Substring(consumedMark).Replace("\u0001", string.Empty);
        AreSame("\u0004" + "299\r\n\u0004\u0004>", tail);
    }

    private static string WaitForCredit(LiveBoard board, int from)
    {
        System.DateTime limit = System.DateTime.UtcNow + HangGuard;
        while (true)
        {
            string s = board.Sink.Text;
            if (s.Length > from)
            {
                string fresh = s.Substring(from);
                Assert.AreEqual(string.Empty, fresh.Replace("\u0001", string.Empty), "only credits are expected while uploading");
                return fresh;
            }

            if (System.DateTime.UtcNow > limit)
            {
                Assert.Fail("no window credit arrived");
            }

            System.Threading.Thread.Sleep(1);
        }
    }
}
