using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.HostPort;

/// <summary>Script mode of the executable: exit statuses and streams as MicroPython's unix port.</summary>
[TestClass]
public sealed class ScriptModeTests
{
    [TestMethod]
    public void Script_Pass_ExitsZeroSilently()
    {
        HostExecutable.Result r = HostExecutable.Run(string.Empty, "-c", "pass");
        Assert.AreEqual(0, r.ExitCode);
        Assert.AreEqual(string.Empty, r.Stdout);
        Assert.AreEqual(string.Empty, r.Stderr);
    }

    [TestMethod]
    public void Script_WorkingDirectory_IsCwdForGetcwdListdirAndOpen()
    {
        string dir = Directory.CreateTempSubdirectory("nanopy-cwd-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "data.txt"), "hello");
            Directory.CreateDirectory(Path.Combine(dir, "sub"));
            HostExecutable.Result r = HostExecutable.RunIn(
                dir,
                string.Empty,
                "-c",
                "import os\nprint(os.getcwd())\nprint(sorted(os.listdir()))\nprint(open('data.txt').read())\nos.chdir('sub')\nprint(os.getcwd())\nprint(open('../data.txt').read())");
            Assert.AreEqual(string.Empty, r.Stderr);
            Assert.AreEqual(dir + "\n['data.txt', 'sub']\nhello\n" + Path.Combine(dir, "sub") + "\nhello\n", r.Stdout);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void Script_SysExitN_ExitsN()
    {
        Assert.AreEqual(3, HostExecutable.Run(string.Empty, "-c", "import sys; sys.exit(3)").ExitCode);
        Assert.AreEqual(0, HostExecutable.Run(string.Empty, "-c", "import sys; sys.exit()").ExitCode);
        Assert.AreEqual(0, HostExecutable.Run(string.Empty, "-c", "import sys; sys.exit(0)").ExitCode);
    }

    [TestMethod]
    public void Script_SysExitMessage_PrintsItAndExitsOne()
    {
        HostExecutable.Result r = HostExecutable.Run(string.Empty, "-c", "import sys; sys.exit('bye')");
        Assert.AreEqual(1, r.ExitCode);
        Assert.AreEqual("bye\n", r.Stderr);
    }

    [TestMethod]
    public void Script_UncaughtException_TracebackOnStderrExitsOne()
    {
        HostExecutable.Result r = HostExecutable.Run(string.Empty, "-c", "print('out')\nraise ValueError('boom')");
        Assert.AreEqual(1, r.ExitCode);
        Assert.AreEqual("out\n", r.Stdout);
        Assert.AreEqual("Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nValueError: boom\n", r.Stderr);
    }

    [TestMethod]
    public void Script_File_ArgvAndExitStatus()
    {
        string dir = Path.Combine(Path.GetTempPath(), "nanopython-script-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string script = Path.Combine(dir, "s.py");
            File.WriteAllText(script, "import sys\nprint(sys.argv[1:], sys.platform, sys.implementation.name)\nsys.exit(7)\n");
            HostExecutable.Result r = HostExecutable.Run(string.Empty, script, "a", "b");
            Assert.AreEqual(7, r.ExitCode);
            Assert.AreEqual("['a', 'b'] linux micropython\n", r.Stdout);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void Script_ProgramOnStdin_Runs()
    {
        HostExecutable.Result r = HostExecutable.Run("print(6 * 7)\n");
        Assert.AreEqual(0, r.ExitCode);
        Assert.AreEqual("42\n", r.Stdout);
    }

    [TestMethod]
    public void Script_PollOnPipedStdin_SeesInputAndEnd()
    {
        // select.poll on a pipe (what asyncio's StreamReader(sys.stdin) waits on): readable while data is queued and
        // at end of input, as poll(2) reports.
        string code = "import select, sys\np = select.poll()\np.register(sys.stdin, select.POLLIN)\n" +
            "print(len(p.poll(2000)), repr(sys.stdin.readline()))\nprint(len(p.poll(2000)), repr(sys.stdin.read()))";
        HostExecutable.Result r = HostExecutable.Run("line one\n", "-c", code);
        Assert.AreEqual(0, r.ExitCode, r.Stderr);
        Assert.AreEqual("1 'line one\\n'\n1 ''\n", r.Stdout);
    }

    [TestMethod]
    public void Script_AsyncioStreamReaderOnStdin_ReadsLines()
    {
        string code = "import asyncio, sys\nasync def main():\n    r = asyncio.StreamReader(sys.stdin)\n" +
            "    while True:\n        l = await r.readline()\n        if not l:\n            break\n        print('got', repr(l))\n" +
            "asyncio.run(main())";
        HostExecutable.Result r = HostExecutable.Run("a\nb\n", "-c", code);
        Assert.AreEqual(0, r.ExitCode, r.Stderr);
        Assert.AreEqual("got 'a\\n'\ngot 'b\\n'\n", r.Stdout);
    }

    [TestMethod]
    public void Script_Interactive_ReplAfterScriptOnPipe()
    {
        // -i with the REPL on a pipe: the script's globals are visible, Ctrl-D leaves with status 0.
        HostExecutable.Result r = HostExecutable.Run("x * 2\r\u0004", "-i", "-c", "x = 21");
        Assert.AreEqual(0, r.ExitCode, r.Stderr);
        StringAssert.Contains(r.Stdout, "Use Ctrl-D to exit, Ctrl-E for paste mode\r\n>>> x * 2\r\n42\r\n>>> \r\n");
    }

    [TestMethod]
    public void Script_Interactive_SysExitInRepl_SetsStatus()
    {
        HostExecutable.Result r = HostExecutable.Run("import sys\rsys.exit(5)\r", "-i", "-c", "pass");
        Assert.AreEqual(5, r.ExitCode);
    }
}
