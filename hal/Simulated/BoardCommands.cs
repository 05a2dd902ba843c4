using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NanoPython.Hal.Simulated.Devices;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The command language of the simulated board, shared by the inputs channel (a file, FIFO or socket given to the host)
/// and the `_board` Python module. One command per line; see hal/Simulated/README.md for the full list.
/// </summary>
public static class BoardCommands
{
    /// <summary>The help text.</summary>
    public const string Help =
        "press NAME | release NAME | click NAME [MS]     push buttons\n" +
        "turn NAME POS | set NAME VALUE                 potentiometer position 0..1 (or a voltage: 1.2V)\n" +
        "set NAME PROPERTY VALUE                        sensor values (temperature, humidity, pressure)\n" +
        "pin N high|low|float                           drive a pin from outside (a jumper to 3V3/GND)\n" +
        "uart N TEXT                                    bytes arriving on UART N (quotes and \\n escapes allowed)\n" +
        "show NAME [ARGS]                               a device's state (show oled [X Y W H])\n" +
        "render NAME FILE.png [SCALE]                   picture of a display\n" +
        "list                                           the devices\n" +
        "at TIME CMD | after TIME CMD                   run CMD at board time TIME / TIME from now (150ms, 2s, 500us)\n" +
        "advance TIME                                   move the virtual clock forward\n" +
        "time                                           the board time\n" +
        "trace start|stop|dump                          capture trace lines / return them\n" +
        "reset                                          press the EN (reset) button";

    /// <summary>Runs one command line on board; returns the answer (empty when none). Errors: ArgumentException with a clear message.</summary>
    public static string Run(SimulatedBoard board, string line)
    {
        List<string> words = Split(line);
        if (words.Count == 0)
        {
            return string.Empty;
        }

        string verb = words[0].ToLowerInvariant();
        string[] rest = words.GetRange(1, words.Count - 1).ToArray();
        switch (verb)
        {
            case "help":
                return Help;
            case "list":
                return List(board);
            case "time":
                return TraceLog.Stamp(board.Clock.NowUs).Trim('[', ']').Trim();
            case "advance":
                Need(rest, 1, "advance TIME");
                if (!board.Clock.IsVirtual)
                {
                    throw new ArgumentException("advance: the board runs in real time (the virtual clock is a board setting: \"clock\": \"virtual\")");
                }

                board.Clock.Advance(ParseTimeUs(rest[0]));
                return string.Empty;
            case "at":
            case "after":
            {
                Need(rest, 2, verb + " TIME COMMAND");
                long t = ParseTimeUs(rest[0]);
                string cmd = Join(rest, 1);
                Action run = () => RunScheduled(board, cmd);
                if (verb == "at")
                {
                    board.Clock.At(t, run);
                }
                else
                {
                    board.Clock.After(t, run);
                }

                return string.Empty;
            }

            case "trace":
                Need(rest, 1, "trace start|stop|dump");
                switch (rest[0])
                {
                    case "start":
                        board.Trace.Dump();
                        board.Trace.Capturing = true;
                        return string.Empty;
                    case "stop":
                        board.Trace.Capturing = false;
                        return string.Empty;
                    case "dump":
                        return board.Trace.Dump();
                    default:
                        throw new ArgumentException("trace start|stop|dump");
                }

            case "reset":
                board.Trace.Write("EN", "reset button pressed");
                board.RequestReset(HalReset.Hard);
                return string.Empty;
            case "pin":
            {
                Need(rest, 2, "pin N high|low|float");
                int pin = (int)ParseNumber(rest[0], "pin number");
                int level = rest[1].ToLowerInvariant() switch
                {
                    "high" or "1" => 1,
                    "low" or "0" => 0,
                    "float" or "none" => -1,
                    _ => throw new ArgumentException("pin N high|low|float"),
                };
                board.ForcePin(pin, level);
                return string.Empty;
            }

            case "uart":
            {
                Need(rest, 2, "uart N TEXT");
                int id = (int)ParseNumber(rest[0], "UART number");
                board.InjectUart(id, Encoding.UTF8.GetBytes(Join(rest, 1)));
                return string.Empty;
            }

            case "show":
            {
                Need(rest, 1, "show NAME");
                return board.Device(rest[0]).Show(rest[1..]);
            }

            case "set":
            {
                Need(rest, 2, "set NAME [PROPERTY] VALUE");
                SimDevice d = board.Device(rest[0]);
                lock (board.Sync)
                {
                    if (rest.Length == 2)
                    {
                        d.Set(d is Potentiometer ? "position" : "value", rest[1]);
                    }
                    else
                    {
                        d.Set(rest[1].ToLowerInvariant(), rest[2]);
                    }
                }

                return string.Empty;
            }

            default:
            {
                if (rest.Length == 0)
                {
                    throw new ArgumentException("unknown command '" + verb + "' (try: help)");
                }

                SimDevice d = board.Device(rest[0]);
                string answer;
                lock (board.Sync)
                {
                    answer = d.Verb(verb, rest[1..]);
                }

                if (answer == null)
                {
                    throw new ArgumentException("unknown command '" + verb + "' for " + d.Type + " '" + d.Name + "' (try: help)");
                }

                return answer;
            }
        }
    }

    /// <summary>Parses a duration or time: "150ms", "2s", "500us", "1.5s"; a bare number is milliseconds.</summary>
    public static long ParseTimeUs(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        double scale = 1000;
        if (t.EndsWith("us"))
        {
            scale = 1;
            t = t[..^2];
        }
        else if (t.EndsWith("ms"))
        {
            t = t[..^2];
        }
        else if (t.EndsWith("s"))
        {
            scale = 1000000;
            t = t[..^1];
        }

        double v = ParseNumber(t, "time");
        if (v < 0)
        {
            throw new ArgumentException("a time cannot be negative: " + text);
        }

        return (long)Math.Round(v * scale);
    }

    /// <summary>Removes an optional unit suffix (case-insensitive) from a value ("25C" -> "25").</summary>
    public static string StripUnit(string value, string unit)
    {
        return value.EndsWith(unit, StringComparison.OrdinalIgnoreCase) ? value[..^unit.Length] : value;
    }

    /// <summary>Splits a command line into words; double quotes group words and understand \n, \r, \t, \\, \", \xNN.</summary>
    public static List<string> Split(string line)
    {
        List<string> words = new List<string>();
        StringBuilder sb = new StringBuilder();
        bool inWord = false;
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    quoted = false;
                }
                else if (c == '\\' && i + 1 < line.Length)
                {
                    char e = line[++i];
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'x':
                            if (i + 2 < line.Length && int.TryParse(line.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                            {
                                sb.Append((char)code);
                                i += 2;
                            }
                            else
                            {
                                throw new ArgumentException("bad \\x escape in: " + line);
                            }

                            break;
                        default: sb.Append(e); break;
                    }
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            if (c == '"')
            {
                quoted = true;
                inWord = true;
            }
            else if (c == ' ' || c == '\t')
            {
                if (inWord)
                {
                    words.Add(sb.ToString());
                    sb.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                sb.Append(c);
                inWord = true;
            }
        }

        if (quoted)
        {
            throw new ArgumentException("unterminated quote in: " + line);
        }

        if (inWord)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    private static void RunScheduled(SimulatedBoard board, string cmd)
    {
        try
        {
            string answer = Run(board, cmd);
            if (!string.IsNullOrEmpty(answer))
            {
                board.Trace.Write("inputs", answer);
            }
        }
        catch (ArgumentException e)
        {
            board.Trace.Write("inputs", "error: " + e.Message);
        }
    }

    private static string List(SimulatedBoard board)
    {
        StringBuilder sb = new StringBuilder();
        foreach (SimDevice d in board.AllDevices)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            string state = d is Ssd1306 ? (((Ssd1306)d).Lit ? "lit" : "dark") : d.Show(Array.Empty<string>());
            sb.Append(d.Name).Append(" (").Append(d.Type).Append(", ").Append(board.WiringOf(d)).Append("): ").Append(state);
        }

        return sb.ToString();
    }

    private static void Need(string[] args, int n, string usage)
    {
        if (args.Length < n)
        {
            throw new ArgumentException("usage: " + usage);
        }
    }

    private static string Join(string[] words, int from)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < words.Length; i++)
        {
            if (i > from)
            {
                sb.Append(' ');
            }

            sb.Append(words[i]);
        }

        return sb.ToString();
    }

    private static double ParseNumber(string text, string what)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v) || double.IsInfinity(v))
        {
            throw new ArgumentException("expected a number for " + what + ", got '" + text + "'");
        }

        return v;
    }
}
