using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Tests.Repl;

/// <summary>
/// Drives <see cref="BoardSession"/> and its REPL state machine through a fake console: bytes in, exact bytes out.
/// Strings map one char to one byte (Latin-1), so "\u0080" is the byte 0x80 and protocol constants read as they are
/// written in COMPAT.md.
/// </summary>
public static class ReplHarness
{
    /// <summary>The banner date of <see cref="TestPort"/>.</summary>
    public const string Date = "2025-06-01";

    /// <summary>The friendly banner of <see cref="TestPort"/>.</summary>
    public const string Banner =
        "MicroPython v1.24.0 (nanoPython v0.1.0) on 2025-06-01; Test board with ESP32\r\nType \"help()\" for more information.\r\n";

    /// <summary>The raw REPL's banner with its prompt.</summary>
    public const string RawBanner = "raw REPL; CTRL-B to exit\r\n>";

    /// <summary>Hang guard of a whole session (not a speed assertion).</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Feeds all of input to a fresh board (then the console closes) and returns everything it wrote. The session
    /// reads the bytes one at a time, exactly as they would arrive from a terminal that typed ahead.
    /// </summary>
    public static string Run(string input, TestPort port = null, Action<BoardSession> configure = null)
    {
        CaptureSink sink = new CaptureSink();
        ConsoleInput console = new ConsoleInput();
        byte[] bytes = Bytes(input);
        console.Receive(bytes, 0, bytes.Length);
        console.Close();
        BoardSession session = new BoardSession(port ?? new TestPort(), console, new ConsoleOutput(sink));
        configure?.Invoke(session);
        RunGuarded(session.Run);
        return sink.Text;
    }

    /// <summary>Latin-1 bytes of s.</summary>
    public static byte[] Bytes(string s)
    {
        return Encoding.Latin1.GetBytes(s);
    }

    /// <summary>Runs work on a thread with a large stack, failing the test when it hangs or throws.</summary>
    public static void RunGuarded(Action work)
    {
        Exception failure = null;
        Thread t = new Thread(
            () =>
            {
                try
                {
                    work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            64 * 1024 * 1024);
        t.IsBackground = true;
        t.Start();
        if (!t.Join(HangGuard))
        {
            Assert.Fail("the board session hung");
        }

        if (failure != null)
        {
            throw new InvalidOperationException("the board session failed", failure);
        }
    }

    /// <summary>Asserts exact equality, showing control characters escaped.</summary>
    public static void AreSame(string expected, string actual)
    {
        Assert.AreEqual(Show(expected), Show(actual));
    }

    /// <summary>s with control characters and bytes above 126 as \xNN (readable diffs).</summary>
    public static string Show(string s)
    {
        StringBuilder sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c == '\n')
            {
                sb.Append("\\n\n");
            }
            else if (c < 32 || c > 126)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2"));
            }
            else if (c == '\\')
            {
                sb.Append("\\\\");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
