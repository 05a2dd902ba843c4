using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using NanoPython.Board;
using NanoPython.Io;
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
        "Board session (no script; the simulated ESP32 with its REPL on this terminal, Ctrl-\\ quits):\n" +
        "  --flash DIR   the board's flash (default ./flash, created with a boot.py on first use)\n" +
        "  --pty         the REPL on a new pseudo-terminal; its path is the first line of stdout\n" +
        "  --board FILE  board description for the simulated hardware; --trace: log hardware activity\n" +
        "  --inputs PATH drive the simulated inputs (button, potentiometer, sensors) from a file, FIFO or unix:SOCKET\n" +
        "Environment: MICROPYPATH (colon-separated sys.path entries)\n";

    // Kept alive for the life of the process (a collected registration unregisters the handler).
    private static PosixSignalRegistration s_sigint;

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
        bool hasProgram = cl.Command != null || cl.Module != null || cl.Script != null;
        bool boardOptions = cl.FlashDir != null || cl.BoardFile != null || cl.Trace;
        if (cl.Pty || (!hasProgram && (!Console.IsInputRedirected || boardOptions)))
        {
            return HostBoard.Run(cl);
        }

        if (cl.Interactive)
        {
            return RunInteractive(cl);
        }

        Stream stdout = Console.OpenStandardOutput();
        Stream stderr = Console.OpenStandardError();
        StreamOutput output = new StreamOutput(new BufferedStream(stdout, 8192), false);
        StreamOutput error = new StreamOutput(stderr, true);
        Interpreter ip = InterpreterFactory.Create(output, error, new StreamInput(Console.OpenStandardInput()));

        // SIGINT (Ctrl-C on a cooked terminal) interrupts the program. A signal registration, not Console.CancelKeyPress,
        // which would initialise the console's terminal handling (terminfo) and cost start-up time.
        s_sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            ip.Interrupt();
        });

        if (!Prepare(cl, ip, out string source, out string fileName, out int status))
        {
            return status;
        }

        return ScriptRunner.RunMain(ip, source, fileName);
    }

    // -i: the script, then the friendly REPL on the same interpreter (MicroPython's unix port: Ctrl-D leaves). The
    // console is the board's (raw terminal, cooked output), so Ctrl-C interrupts the script and the REPL alike.
    private static int RunInteractive(CommandLine cl)
    {
        TerminalMode terminal = TerminalMode.EnterRaw(0);
        try
        {
            ConsoleInput input = new ConsoleInput();
            ConsoleOutput output = new ConsoleOutput(new FdOutput(1));
            BoardSession session = new BoardSession(new HostBoardPort(null, ".", null), input, output);
            Interpreter ip = InterpreterFactory.Create(output, output, input);
            new ConsoleReader(0, input, terminal != null, false, () => HostBoard.Quit(terminal)).Start();
            if (!Prepare(cl, ip, out string source, out string fileName, out int status))
            {
                return status;
            }

            int r = session.Execute(ip, source, fileName, CompileMode.Exec, out string errorText);
            if (r == BoardSession.ExecException)
            {
                output.Write(errorText);
            }
            else if (r == BoardSession.ExecSystemExit)
            {
                return ScriptRunner.HandleUncaught(ip, session.SystemExit);
            }

            string banner = "MicroPython v" + NanoPython.Modules.SysModule.MicroPythonVersion + " (nanoPython v"
                + NanoPython.Modules.SysModule.NanoPythonVersion + ") on " + HostBoardPort.ExecutableDate() + "; "
                + ip.MachineName + "\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n";
            session.RunInteractive(ip, banner);
            return session.SystemExit != null ? ScriptRunner.HandleUncaught(ip, session.SystemExit) : 0;
        }
        finally
        {
            terminal?.Dispose();
        }
    }

    // Sets up argv, sys.path, the clock and the module source, and finds the program text; false (with the exit
    // status) when it cannot be read.
    private static bool Prepare(CommandLine cl, Interpreter ip, out string source, out string fileName, out int status)
    {
        status = 0;
        Vfs vfs = Vfs.Of(ip);
        if (vfs != null)
        {
            // Script mode sees the host as MicroPython's unix port does: "/" is the host's root (VfsPosix), relative
            // paths start in the working directory.
            // The chdir goes through the mount table, so that os.getcwd() and os.listdir() see it too.
            vfs.Mount(new FlashDirectoryFileSystem("/", 0), "/", true);
            vfs.ChangeDirectory(Directory.GetCurrentDirectory());
        }
        else
        {
            ip.ModuleSource = new HostFileSource();
        }

        if (ip.Clock == null)
        {
            ip.Clock = new HostClock(1970);
        }

        ScriptModeMachine.Register(ip, cl);

        if (cl.Optimize > 0)
        {
            ip.OptLevel = cl.Optimize;
        }

        string first;
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
                ip.Stderr.Write("nanopython: No module named " + cl.Module + "\n");
                ip.Stderr.Flush();
                status = 1;
                return false;
            }

            ip.Argv.Append(new PyStr(fileName));
        }
        else if (cl.Script != null && cl.Script != "-")
        {
            if (!File.Exists(cl.Script))
            {
                ip.Stderr.Write("nanopython: can't open file '" + cl.Script + "': [Errno 2] No such file or directory\n");
                ip.Stderr.Flush();
                source = null;
                fileName = null;
                status = 2;
                return false;
            }

            fileName = cl.Script;
            source = File.ReadAllText(cl.Script, Encoding.UTF8);
            string dir = Path.GetDirectoryName(cl.Script);
            first = string.IsNullOrEmpty(dir) ? string.Empty : dir;
            ip.Argv.Append(new PyStr(cl.Script));
        }
        else if (cl.Script == "-" || (Console.IsInputRedirected && !cl.Interactive))
        {
            first = string.Empty;
            fileName = "<stdin>";
            using (StreamReader r = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8))
            {
                source = r.ReadToEnd();
            }

            ip.Argv.Append(new PyStr(cl.Script ?? string.Empty));
        }
        else
        {
            // -i alone: no program, straight to the REPL.
            first = string.Empty;
            fileName = "<stdin>";
            source = string.Empty;
            ip.Argv.Append(PyStr.Empty);
        }

        foreach (string a in cl.ScriptArgs)
        {
            ip.Argv.Append(new PyStr(a));
        }

        foreach (string p in DefaultPath(first))
        {
            ip.Path.Append(new PyStr(p));
        }

        return true;
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
