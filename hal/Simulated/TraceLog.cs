using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// What the simulated board did: pin levels, PWM settings, bus transfers, device activity, each with its board time.
/// Lines go to an optional writer (the host's --trace prints them on stderr) and, while capturing, into a buffer that
/// `_board.cmd("trace dump")` returns (how Python tests print what the board did).
/// </summary>
public sealed class TraceLog
{
    private readonly Func<long> _now;
    private readonly object _lock = new object();
    private readonly List<string> _captured = new List<string>();

    /// <summary>A trace stamped with the given clock (µs).</summary>
    public TraceLog(Func<long> nowUs)
    {
        _now = nowUs;
    }

    /// <summary>Where lines are echoed as they happen (null: nowhere).</summary>
    public TextWriter Echo { get; set; }

    /// <summary>True while lines are kept for <see cref="Dump"/>.</summary>
    public bool Capturing { get; set; }

    /// <summary>True when anyone listens (callers skip formatting otherwise).</summary>
    public bool Enabled
    {
        get { return Echo != null || Capturing; }
    }

    /// <summary>Formats a board time as the trace does: "[   12.345 ms]".</summary>
    public static string Stamp(long us)
    {
        return "[" + (us / 1000).ToString().PadLeft(7) + "." + (us % 1000).ToString("000") + " ms]";
    }

    /// <summary>Records one event of source (a pin, bus or device name).</summary>
    public void Write(string source, string message)
    {
        if (!Enabled)
        {
            return;
        }

        string line = Stamp(_now()) + " " + source + ": " + message;
        lock (_lock)
        {
            if (Capturing)
            {
                _captured.Add(line);
            }

            TextWriter w = Echo;
            if (w != null)
            {
                w.WriteLine(line);
                w.Flush();
            }
        }
    }

    /// <summary>The captured lines (joined with newlines) and clears them.</summary>
    public string Dump()
    {
        lock (_lock)
        {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < _captured.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(_captured[i]);
            }

            _captured.Clear();
            return sb.ToString();
        }
    }

    /// <summary>Formats bytes as hexadecimal pairs ("0a ff 3c"), at most max of them then "...".</summary>
    public static string Hex(byte[] data, int offset, int count, int max = 16)
    {
        StringBuilder sb = new StringBuilder();
        int n = Math.Min(count, max);
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(data[offset + i].ToString("x2"));
        }

        if (count > max)
        {
            sb.Append(" ... (" + count + " bytes)");
        }

        return sb.ToString();
    }
}
