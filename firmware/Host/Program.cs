using System;
using System.IO;
using System.Text;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// The `nanopython` command. With a script, -c or -m it behaves like MicroPython's unix port (no banner, exit status
/// 0 / n / 1); without one it starts the simulated ESP32 board session.
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: nanopython [option] ... [-c cmd | -m mod | file | -] [arg] ...\n" +
        "Options:\n" +
        "  -c cmd     program passed in as a string\n" +
        "  -m mod     run library module as a script\n" +
        "  -i         inspect interactively after running the script\n" +
        "  -O         optimise (assertions off; -OO... accepted)\n" +
        "  -v         verbose\n" +
        "  -X opt     implementation options (heapsize=N[kKmM], others ignored)\n" +
        "  -h         this help\n" +
        "Board session (no script): --flash DIR, --pty, --board FILE, --trace\n" +
        "Environment: MICROPYPATH (colon-separated sys.path entries)\n";

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        CommandLine cl;
        try
        {
            cl = CommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("nanopython: " + e.Message);
            Console.Error.Write(Usage);
            return 2;
        }

        if (cl.Help)
        {
            Console.Out.Write(Usage);
            return 0;
        }

        return ScriptRunner.OnInterpreterThread(() => Run(cl));
    }

    private static int Run(CommandLine cl)
    {
        bool scriptMode = cl.Command != null || cl.Module != null || cl.Script != null || Console.IsInputRedirected;
        if (!scriptMode)
        {
            Console.Error.WriteLine("nanopython: the simulated board session (the REPL) is not available yet; run a script: nanopython file.py, or nanopython -c 'print(1)'");
            return 2;
        }

        Stream stdout = Console.OpenStandardOutput();
        Stream stderr = Console.OpenStandardError();
        StreamOutput output = new StreamOutput(new BufferedStream(stdout, 8192), false);
        StreamOutput error = new StreamOutput(stderr, true);
        Interpreter ip = InterpreterFactory.Create(output, error, new StreamInput(Console.OpenStandardInput()));
        ip.Platform = "linux";
        ip.ModuleSource = new HostFileSource();
        if (cl.Optimize > 0)
        {
            ip.OptLevel = cl.Optimize;
        }

        Console.CancelKeyPress += (sender, e) =>
        {
            e.Cancel = true;
            ip.Interrupt();
        };

        string first;
        string source;
        string fileName;
        if (cl.Command != null)
        {
            first = string.Empty;
            source = cl.Command;
            fileName = "<stdin>";
            ip.Argv.Append(new PyStr("-c"));
        }
        else if (cl.Module != null)
        {
            first = string.Empty;
            fileName = null;
            source = null;
            foreach (string dir in DefaultPath(string.Empty))
            {
                string candidate = Path.Combine(dir.Length == 0 ? "." : dir, cl.Module.Replace('.', '/') + ".py");
                if (File.Exists(candidate))
                {
                    fileName = candidate;
                    source = File.ReadAllText(candidate, Encoding.UTF8);
                    break;
                }
            }

            if (source == null)
            {
                error.Write("nanopython: No module named " + cl.Module + "\n");
                return 1;
            }

            ip.Argv.Append(new PyStr(fileName));
        }
        else if (cl.Script != null && cl.Script != "-")
        {
            if (!File.Exists(cl.Script))
            {
                error.Write("nanopython: can't open file '" + cl.Script + "': [Errno 2] No such file or directory\n");
                return 2;
            }

            fileName = cl.Script;
            source = File.ReadAllText(cl.Script, Encoding.UTF8);
            string dir = Path.GetDirectoryName(cl.Script);
            first = string.IsNullOrEmpty(dir) ? string.Empty : dir;
            ip.Argv.Append(new PyStr(cl.Script));
        }
        else
        {
            first = string.Empty;
            fileName = "<stdin>";
            using (StreamReader r = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8))
            {
                source = r.ReadToEnd();
            }

            ip.Argv.Append(new PyStr(cl.Script ?? string.Empty));
        }

        foreach (string a in cl.ScriptArgs)
        {
            ip.Argv.Append(new PyStr(a));
        }

        foreach (string p in DefaultPath(first))
        {
            ip.Path.Append(new PyStr(p));
        }

        int status = ScriptRunner.RunMain(ip, source, fileName);
        if (cl.Interactive)
        {
            error.Write("nanopython: -i (the REPL after the script) is not available yet\n");
        }

        return status;
    }

    private static string[] DefaultPath(string first)
    {
        string env = Environment.GetEnvironmentVariable("MICROPYPATH");
        string[] rest = env != null ? env.Split(':', StringSplitOptions.RemoveEmptyEntries) : new[] { ".frozen" };
        string[] all = new string[rest.Length + 1];
        all[0] = first;
        Array.Copy(rest, 0, all, 1, rest.Length);
        return all;
    }
}
