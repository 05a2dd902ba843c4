using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.HostPort;

/// <summary>
/// End to end: `nanopython --pty` started as a process, driven over its pseudo-terminal the way pyboard.py and mpremote
/// drive a board (COMPAT.md 5.1, 5.3): raw REPL, soft reset, raw-paste, a file copied in and out in 256-byte chunks.
/// </summary>
[TestClass]
public sealed class PtySessionTests
{
    [TestMethod]
    public void Pty_PyboardProtocol_ExecSoftResetAndFileTransfer()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("pseudo-terminals of the host port are Linux only");
        }

        string flash = Path.Combine(Path.GetTempPath(), "nanopython-pty-" + Guid.NewGuid().ToString("N"));
        using Process board = Process.Start(HostExecutable.StartInfo("--pty", "--flash", flash));
        try
        {
            // The first line of stdout is the slave's path (MicroPython's execpty: convention).
            string path = ReadLine(board.StandardOutput);
            StringAssert.StartsWith(path, "/dev/pts/");
            Assert.IsTrue(File.Exists(Path.Combine(flash, "boot.py")), "a new flash gets a boot.py");

            using (PtyClient c = new PtyClient(path))
            {
                c.EnterRawRepl(softReset: true);
                Assert.AreEqual("hello\r\n", c.Exec("print('hello')"));
                Assert.AreEqual("esp32 micropython\r\n", c.Exec("import sys\nprint(sys.platform, sys.implementation.name)"));

                // A program bigger than two windows exercises the flow control.
                StringBuilder big = new StringBuilder();
                for (int i = 0; i < 100; i++)
                {
                    big.Append("a").Append(i).Append(" = ").Append(i).Append("  # padding padding padding\n");
                }

                big.Append("print(a0 + a99)");
                Assert.AreEqual("99\r\n", c.Exec(big.ToString()));

                // An exception is reported between the two "\u0004".
                c.ExecNoFollow("raise ValueError('x')");
                (string output, string error) = c.Follow();
                Assert.AreEqual(string.Empty, output);
                Assert.AreEqual("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nValueError: x\r\n", error);

                // mpremote cp: open(...,'wb') and f.write of bytes literals, 256 bytes each.
                byte[] data = new byte[1500];
                new Random(1234).NextBytes(data);
                for (int i = 0; i < 256; i++)
                {
                    data[i] = (byte)i;
                }

                c.Exec("f=open('data.bin','wb')\nw=f.write");
                for (int i = 0; i < data.Length; i += 256)
                {
                    int n = Math.Min(256, data.Length - i);
                    byte[] chunk = new byte[n];
                    Array.Copy(data, i, chunk, 0, n);
                    c.Exec("w(" + PyBytes.Repr(chunk) + ")");
                }

                c.Exec("f.close()");
                byte[] onHost = File.ReadAllBytes(Path.Combine(flash, "data.bin"));
                Assert.AreEqual(Hash(data), Hash(onHost), "the file in the flash directory");

                // Read back as pyboard's fs_get does: print(repr(f.read(256))) until empty.
                c.Exec("f=open('data.bin','rb')\nr=f.read");
                MemoryStream back = new MemoryStream();
                while (true)
                {
                    string line = c.Exec("print(repr(r(256)))");
                    StringAssert.EndsWith(line, "\r\n");
                    byte[] chunk = PyBytes.Parse(line.Substring(0, line.Length - 2));
                    if (chunk.Length == 0)
                    {
                        break;
                    }

                    back.Write(chunk, 0, chunk.Length);
                }

                c.Exec("f.close()");
                Assert.AreEqual(Hash(data), Hash(back.ToArray()), "the file read back");

                // Ctrl-C interrupts a running program. The client waits for the program's first output before sending
                // it: a Ctrl-C that arrives between the end of the paste and the start of execution is an ordinary
                // byte on MicroPython too (pyexec sets the interrupt character only after compiling).
                c.ExecNoFollow("print('running')\nwhile True: pass");
                c.ReadUntil("running\r\n");
                c.Write("\u0003");
                (output, error) = c.Follow();
                StringAssert.EndsWith(error, "KeyboardInterrupt: \r\n");

                // Soft reset from raw mode keeps the raw REPL.
                c.ReadUntil(">");
                c.Write("\u0004");
                c.ReadUntil("soft reboot\r\n");
                c.ReadUntil("raw REPL; CTRL-B to exit\r\n");

                // Leave raw mode as mpremote does on disconnect.
                c.Write("\r\u0002");
                c.ReadUntil(">>> ");
            }

            // A second client connects later: output written meanwhile is not lost, the board answers as before.
            using (PtyClient c = new PtyClient(path))
            {
                c.EnterRawRepl(softReset: false);
                Assert.AreEqual("2\r\n", c.Exec("print(1 + 1)"));
            }
        }
        finally
        {
            if (!board.HasExited)
            {
                board.Kill(true);
            }

            board.WaitForExit();
            Directory.Delete(flash, true);
        }
    }

    private static string ReadLine(StreamReader r)
    {
        System.Threading.Tasks.Task<string> line = r.ReadLineAsync();
        if (!line.Wait(TimeSpan.FromSeconds(60)))
        {
            Assert.Fail("nanopython --pty printed no path");
        }

        return line.Result ?? string.Empty;
    }

    private static string Hash(byte[] data)
    {
        return Convert.ToHexString(SHA256.HashData(data));
    }
}
