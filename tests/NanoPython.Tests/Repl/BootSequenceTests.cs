using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Repl;

/// <summary>The boot sequence and soft reset (COMPAT.md 2.4: boot.py, main.py and their skip rules).</summary>
[TestClass]
public sealed class BootSequenceTests
{
    [TestMethod]
    public void Boot_BootThenMain_BeforeBanner_GlobalsVisible()
    {
        TestPort port = new TestPort(("boot.py", "print('boot')\nb = 1\n"), ("main.py", "print('main')\nm = b + 1\n"));
        AreSame("boot\r\nmain\r\n" + Banner + ">>> m\r\n2\r\n>>> ", Run("m\r", port));
    }

    [TestMethod]
    public void Boot_MissingBootPy_StillRunsMain()
    {
        AreSame("main\r\n" + Banner + ">>> ", Run(string.Empty, new TestPort(("main.py", "print('main')"))));
    }

    [TestMethod]
    public void Boot_BootPyRaises_TracebackAndMainSkipped()
    {
        TestPort port = new TestPort(("boot.py", "x = 1\nraise ValueError(5)\n"), ("main.py", "print('main')"));
        AreSame(
            "Traceback (most recent call last):\r\n  File \"boot.py\", line 2, in <module>\r\nValueError: 5\r\n" + Banner + ">>> ",
            Run(string.Empty, port));
    }

    [TestMethod]
    public void Boot_MainPyRaises_TracebackThenRepl()
    {
        TestPort port = new TestPort(("main.py", "raise ValueError('m')"));
        AreSame(
            "Traceback (most recent call last):\r\n  File \"main.py\", line 1, in <module>\r\nValueError: m\r\n" + Banner + ">>> ",
            Run(string.Empty, port));
    }

    [TestMethod]
    public void Boot_FileGlobals_AreFileNames()
    {
        TestPort port = new TestPort(("main.py", "pass"));
        AreSame(Banner + ">>> __file__\r\n'main.py'\r\n>>> ", Run("__file__\r", port));
    }

    [TestMethod]
    public void Boot_SysPath_IsBoardDefault()
    {
        AreSame(Banner + ">>> import sys\r\n>>> sys.path\r\n['', '.frozen', '/lib']\r\n>>> ", Run("import sys\rsys.path\r"));
    }

    [TestMethod]
    public void Boot_PlatformAndImplementation()
    {
        AreSame(
            Banner + ">>> import sys\r\n>>> sys.platform, sys.implementation.name, sys.implementation._machine\r\n('esp32', 'micropython', 'Test board with ESP32')\r\n>>> ",
            Run("import sys\rsys.platform, sys.implementation.name, sys.implementation._machine\r"));
    }

    [TestMethod]
    public void SoftReset_FriendlyCtrlD_RerunsBootAndMain()
    {
        TestPort port = new TestPort(("boot.py", "print('boot')"), ("main.py", "print('main')"));
        string start = "boot\r\nmain\r\n" + Banner + ">>> ";
        AreSame(start + "\r\nMPY: soft reboot\r\n" + start, Run("\u0004", port));
        Assert.AreEqual(2, port.Starts);
        Assert.AreNotSame(port.Interpreters[0], port.Interpreters[1]);
    }

    [TestMethod]
    public void SoftReset_FromRaw_RunsBootButNotMain()
    {
        TestPort port = new TestPort(("boot.py", "print('boot')"), ("main.py", "print('main')"));
        string start = "boot\r\nmain\r\n" + Banner + ">>> ";
        AreSame(start + "\r\n" + RawBanner + "OK\r\nMPY: soft reboot\r\nboot\r\n" + RawBanner, Run("\u0001\u0004", port));
    }

    [TestMethod]
    public void SoftReset_RawThenFriendly_MainRunsAgainAfterNextFriendlyReset()
    {
        TestPort port = new TestPort(("main.py", "print('main')"));
        string output = Run("\u0001\u0004\u0002\u0004", port);
        AreSame(
            "main\r\n" + Banner + ">>> \r\n" + RawBanner + "OK\r\nMPY: soft reboot\r\n" + RawBanner + "\r\n" + Banner
            + ">>> \r\nMPY: soft reboot\r\nmain\r\n" + Banner + ">>> ",
            output);
    }

    [TestMethod]
    public void SoftReset_SysExitInMain_SoftResets()
    {
        TestPort port = new TestPort(("main.py", "print('once')\nimport sys\nsys.exit()")).Then();
        AreSame("once\r\nMPY: soft reboot\r\n" + Banner + ">>> ", Run(string.Empty, port));
        Assert.AreEqual(2, port.Starts);
    }

    [TestMethod]
    public void SoftReset_SysExitInBoot_SkipsMainAndSoftResets()
    {
        TestPort port = new TestPort(("boot.py", "import sys\nsys.exit()"), ("main.py", "print('main')")).Then(("main.py", "print('main 2')"));
        AreSame("MPY: soft reboot\r\nmain 2\r\n" + Banner + ">>> ", Run(string.Empty, port));
    }

    [TestMethod]
    public void SoftReset_PendingInterruptDoesNotLeak()
    {
        TestPort port = new TestPort();
        Run("\u0004", port);
        Interpreter second = port.Interpreters[1];
        Assert.AreEqual(0, second.PendingInterrupt);
    }
}
