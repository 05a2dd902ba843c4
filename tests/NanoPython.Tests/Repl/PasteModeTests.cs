using Microsoft.VisualStudio.TestTools.UnitTesting;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Repl;

/// <summary>Paste mode (Ctrl-E): "=== " echo, no auto-indent, compiled as a file.</summary>
[TestClass]
public sealed class PasteModeTests
{
    private const string Enter = Banner + ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";

    [TestMethod]
    public void Paste_CtrlD_RunsAsFileWithoutEcho()
    {
        AreSame(
            Enter + "x = 1\r\n=== print(x + 1)\r\n=== 1+1\r\n=== \r\n2\r\n>>> ",
            Run("\u0005x = 1\rprint(x + 1)\r1+1\r\u0004"));
    }

    [TestMethod]
    public void Paste_KeepsIndentation()
    {
        AreSame(
            Enter + "for i in range(2):\r\n===     print(i)\r\n=== \r\n0\r\n1\r\n>>> ",
            Run("\u0005for i in range(2):\r    print(i)\r\u0004"));
    }

    [TestMethod]
    public void Paste_CrLf_IsOneLineEnd()
    {
        AreSame(Enter + "print(1)\r\n=== \nprint(2)\r\n=== \n\r\n1\r\n2\r\n>>> ", Run("\u0005print(1)\r\nprint(2)\r\n\u0004"));
    }

    [TestMethod]
    public void Paste_CtrlC_Cancels()
    {
        AreSame(Enter + "abc\r\n>>> ", Run("\u0005" + "abc\u0003"));
    }

    [TestMethod]
    public void Paste_Exception_TracebackThenPrompt()
    {
        AreSame(
            Enter + "x = 1\r\n=== raise ValueError(x)\r\n=== \r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 2, in <module>\r\nValueError: 1\r\n>>> ",
            Run("\u0005x = 1\rraise ValueError(x)\r\u0004"));
    }
}
