using Microsoft.VisualStudio.TestTools.UnitTesting;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Repl;

/// <summary>The raw REPL byte for byte (COMPAT.md 2.2; pyexec_raw_repl and what pyboard.py/mpremote parse).</summary>
[TestClass]
public sealed class RawReplTests
{
    // Everything before the raw banner: the friendly start and Ctrl-A's "\r\n".
    private const string Enter = Banner + ">>> \r\n" + RawBanner;

    [TestMethod]
    public void Raw_Program_IsFramedByOkAndTwoEots()
    {
        AreSame(Enter + "OK1\r\n\u0004\u0004>", Run("\u0001print(1)\u0004"));
    }

    [TestMethod]
    public void Raw_Input_IsSilentAndExpressionsDoNotEcho()
    {
        AreSame(Enter + "OK\u0004\u0004>", Run("\u0001" + "1+1\u0004"));
    }

    [TestMethod]
    public void Raw_Exception_TracebackBetweenTheEots()
    {
        AreSame(
            Enter + "OKa\r\n\u0004Traceback (most recent call last):\r\n  File \"<stdin>\", line 2, in <module>\r\nValueError: x\r\n\u0004>",
            Run("\u0001print('a')\nraise ValueError('x')\u0004"));
    }

    [TestMethod]
    public void Raw_SyntaxError_TracebackBetweenTheEots()
    {
        AreSame(
            Enter + "OK\u0004Traceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\nSyntaxError: invalid syntax\r\n\u0004>",
            Run("\u0001" + "1 +\u0004"));
    }

    [TestMethod]
    public void Raw_CtrlA_ReprintsBannerAndDiscardsInput()
    {
        AreSame(Enter + RawBanner + "OK2\r\n\u0004\u0004>", Run("\u0001" + "garbage\u0001print(2)\u0004"));
    }

    [TestMethod]
    public void Raw_CtrlC_ClearsInputSilently()
    {
        AreSame(Enter + "OK3\r\n\u0004\u0004>", Run("\u0001" + "garbage\u0003print(3)\u0004"));
    }

    [TestMethod]
    public void Raw_CtrlB_ReturnsToFriendly()
    {
        AreSame(Enter + "\r\n" + Banner + ">>> ", Run("\u0001\u0002"));
    }

    [TestMethod]
    public void Raw_SeveralPrograms_ShareGlobals()
    {
        AreSame(Enter + "OK\u0004\u0004>OK42\r\n\u0004\u0004>", Run("\u0001x = 42\u0004print(x)\u0004"));
    }

    [TestMethod]
    public void Raw_EmptyCtrlD_SoftResetsAndStaysRaw()
    {
        AreSame(Enter + "OK\r\nMPY: soft reboot\r\n" + RawBanner, Run("\u0001\u0004"));
    }

    [TestMethod]
    public void Raw_SysExit_EndsFrameThenSoftResets()
    {
        AreSame(Enter + "OK\u0004\u0004MPY: soft reboot\r\n" + RawBanner, Run("\u0001import sys\nsys.exit()\u0004"));
    }

    [TestMethod]
    public void Raw_AnyByte_IsProgramText()
    {
        // Bytes above 127 are UTF-8 text; CR LF line ends read as LF (MicroPython's lexer).
        AreSame(Enter + "OK\u00c3\u00a9 2\r\n\u0004\u0004>", Run("\u0001s = '\u00c3\u00a9'\r\nprint(s, len(s) + 1)\u0004"));
    }

    [TestMethod]
    public void Raw_FileName_IsStdin()
    {
        AreSame(Enter + "OK<stdin>\r\n\u0004\u0004>", Run("\u0001print(__file__)\u0004"));
    }

    [TestMethod]
    public void Raw_OversizedProgram_IsRejectedWithMemoryError()
    {
        string output = Run("\u0001" + new string('#', 100) + "\u0004print(1)\u0004", configure: s => s.Repl.MaxInputBytes = 64);
        AreSame(Enter + "OK\u0004MemoryError: program too large for the REPL buffer\r\n\u0004>OK1\r\n\u0004\u0004>", output);
    }
}
