using System;
using System.Collections.Generic;

namespace NanoPython.Host;

/// <summary>The parsed command line of `nanopython` (MicroPython unix port options plus the board session's).</summary>
public sealed class CommandLine
{
    /// <summary>-c: the program text.</summary>
    public string Command;

    /// <summary>-m: the module to run.</summary>
    public string Module;

    /// <summary>The script path ("-" for stdin).</summary>
    public string Script;

    /// <summary>Arguments after the script, -c or -m.</summary>
    public List<string> ScriptArgs = new List<string>();

    /// <summary>-i.</summary>
    public bool Interactive;

    /// <summary>Number of -O flags.</summary>
    public int Optimize;

    /// <summary>-v.</summary>
    public bool Verbose;

    /// <summary>-h / --help.</summary>
    public bool Help;

    /// <summary>-X heapsize, in bytes (0 when not given).</summary>
    public long HeapSize;

    /// <summary>--flash DIR.</summary>
    public string FlashDir;

    /// <summary>--pty.</summary>
    public bool Pty;

    /// <summary>--board FILE.</summary>
    public string BoardFile;

    /// <summary>--trace.</summary>
    public bool Trace;

    /// <summary>--inputs PATH: the simulated board's inputs channel (a file, a FIFO or unix:SOCKET).</summary>
    public string Inputs;

    /// <summary>Parses arguments; ArgumentException for malformed ones.</summary>
    public static CommandLine Parse(string[] args)
    {
        CommandLine c = new CommandLine();
        int i = 0;
        while (i < args.Length)
        {
            string a = args[i];
            if (a == "-c" || a == "-m")
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("argument expected for the " + a + " option");
                }

                if (a == "-c")
                {
                    c.Command = args[i + 1];
                }
                else
                {
                    c.Module = args[i + 1];
                }

                i += 2;
                break;
            }

            if (a == "-")
            {
                c.Script = a;
                i++;
                break;
            }

            if (a == "-i")
            {
                c.Interactive = true;
            }
            else if (a.StartsWith("-O") && a.TrimStart('-').Trim('O').Length == 0)
            {
                c.Optimize += a.Length - 1;
            }
            else if (a == "-v")
            {
                c.Verbose = true;
            }
            else if (a == "-h" || a == "--help")
            {
                c.Help = true;
            }
            else if (a == "-X" || (a.StartsWith("-X") && a.Length > 2))
            {
                string opt;
                if (a == "-X")
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException("argument expected for the -X option");
                    }

                    opt = args[++i];
                }
                else
                {
                    opt = a.Substring(2);
                }

                if (opt.StartsWith("heapsize="))
                {
                    c.HeapSize = ParseSize(opt.Substring(9));
                }
            }
            else if (a == "--flash" || a == "--board")
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("argument expected for the " + a + " option");
                }

                if (a == "--flash")
                {
                    c.FlashDir = args[++i];
                }
                else
                {
                    c.BoardFile = args[++i];
                }
            }
            else if (a == "--inputs")
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("argument expected for the --inputs option");
                }

                c.Inputs = args[++i];
            }
            else if (a == "--pty")
            {
                c.Pty = true;
            }
            else if (a == "--trace")
            {
                c.Trace = true;
            }
            else if (a.StartsWith("-") && a.Length > 1)
            {
                throw new ArgumentException("unknown option " + a);
            }
            else
            {
                c.Script = a;
                i++;
                break;
            }

            i++;
        }

        while (i < args.Length)
        {
            c.ScriptArgs.Add(args[i++]);
        }

        return c;
    }

    private static long ParseSize(string s)
    {
        long mult = 1;
        if (s.EndsWith("k") || s.EndsWith("K"))
        {
            mult = 1024;
            s = s.Substring(0, s.Length - 1);
        }
        else if (s.EndsWith("m") || s.EndsWith("M"))
        {
            mult = 1024 * 1024;
            s = s.Substring(0, s.Length - 1);
        }

        if (!long.TryParse(s, out long v) || v < 0)
        {
            throw new ArgumentException("invalid heapsize " + s);
        }

        return v * mult;
    }
}
