using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.Repl;

/// <summary>
/// Garbage on the serial line: random bytes, and the traffic of real tools (friendly input, raw REPL, raw-paste, paste
/// mode) with bytes flipped, dropped and repeated, fed to a board session. Whatever arrives, the session must answer
/// with Python-level output only and end when the console closes: no host exception, no hang (ReplHarness fails the
/// test on either), and no internal error surfacing as SystemError. Fixed seeds, so a failure reproduces.
/// </summary>
[TestClass]
public class SerialFuzzTests
{
    // What tools send: typed lines, a raw-REPL program, a raw-paste upload, a paste-mode block, control characters.
    private static readonly string[] Samples =
    {
        "print(1 + 1)\r",
        "for i in range(3):\r    print(i)\r\r\r",
        "\u0001import os\nprint(os.listdir())\n\u0004\u0002",
        "\u0001\u0005A\u0001print('raw paste')\n\u0004\u0002",
        "\u0005def f(x):\n    return x * 2\n\nprint(f(21))\n\u0004",
        "x = [1, 2, 3]\rx.append(4)\rprint(sum(x))\r",
        "import machine\rmachine.Pin(2, machine.Pin.OUT).on()\r",
        "\u0003\u0003\u0002\u0001\u0002",
        "d = {'a': 1}\r\td\u001b[A\u001b[B\u001b[C\u001b[D\u0001\u0005\u000b\u0015\u0017\r",
        "try:\r    1/0\rexcept ZeroDivisionError as e:\r    print(e)\r\r\r",
    };

    [TestMethod]
    public void Serial_RandomBytes_NeverCrashOrHang()
    {
        Random rng = new Random(1234);
        for (int round = 0; round < 300; round++)
        {
            byte[] b = new byte[rng.Next(1, 400)];
            rng.NextBytes(b);
            Check(Encoding.Latin1.GetString(b), "random round " + round);
        }
    }

    [TestMethod]
    public void Serial_MutatedToolTraffic_NeverCrashOrHang()
    {
        Random rng = new Random(99);
        for (int round = 0; round < 600; round++)
        {
            StringBuilder sb = new StringBuilder();
            int pieces = rng.Next(1, 4);
            for (int p = 0; p < pieces; p++)
            {
                sb.Append(Samples[rng.Next(Samples.Length)]);
            }

            int edits = rng.Next(1, 6);
            for (int e = 0; e < edits && sb.Length > 0; e++)
            {
                int at = rng.Next(sb.Length);
                switch (rng.Next(3))
                {
                    case 0:
                        sb[at] = (char)rng.Next(256);
                        break;
                    case 1:
                        sb.Remove(at, 1);
                        break;
                    default:
                        sb.Insert(at, sb[at]);
                        break;
                }
            }

            Check(sb.ToString(), "mutated round " + round);
        }
    }

    private static void Check(string input, string what)
    {
        string output = ReplHarness.Run(input);
        Assert.IsFalse(output.Contains("internal error", StringComparison.Ordinal), what + ": an internal error reached Python:\n" + output);
        Assert.IsTrue(output.Length > 0, what + ": the session printed nothing (not even its banner)");
    }
}
