using System;
using System.IO;
using NanoPython.Board;
using NanoPython.Hal.Simulated;

namespace NanoPython.Host;

/// <summary>
/// `nanopython` without a script: the simulated ESP32 board with its REPL on the user's terminal (stdin in raw mode,
/// Ctrl-\ quits) or, with --pty, on a new pseudo-terminal whose slave path is the first line of stdout (and is
/// repeated on stderr, where pyboard.py's execpty: looks for it). The board keeps running until the terminal's input
/// ends, Ctrl-\, or a signal (SIGTERM, SIGINT, SIGHUP).
/// </summary>
public static class HostBoard
{
    /// <summary>Runs the board session; returns the exit status.</summary>
    public static int Run(CommandLine cl)
    {
        string flash = cl.FlashDir ?? Path.Combine(Directory.GetCurrentDirectory(), "flash");
        try
        {
            FlashDirectorySource.EnsureCreated(flash);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            Console.Error.WriteLine("nanopython: cannot create the flash directory " + flash + ": " + e.Message);
            return 2;
        }

        BoardHardware hardware;
        try
        {
            hardware = BoardHardware.Create(cl.BoardFile, cl.Trace, !cl.Pty && Libc.isatty(0) == 1);
            if (cl.Inputs != null)
            {
                // Presses the button, turns the potentiometer... while the REPL runs (hal/Simulated/README.md).
                BoardInputs.Start(hardware.Board, cl.Inputs, Console.Error);
            }
        }
        catch (Exception e) when (e is IOException || e is ArgumentException || e is FormatException || e is UnauthorizedAccessException || e is BoardDescriptionException)
        {
            Console.Error.WriteLine("nanopython: " + e.Message);
            return 2;
        }

        HostBoardPort port = new HostBoardPort(HostBoardPort.EmbeddedConfig(), flash, hardware);
        ConsoleInput input = new ConsoleInput();
        if (cl.Pty)
        {
            PseudoTerminal pty;
            try
            {
                pty = PseudoTerminal.Open();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("nanopython: " + e.Message);
                return 2;
            }

            Console.Out.WriteLine(pty.SlavePath);
            Console.Out.Flush();
            Console.Error.WriteLine("nanopython: simulated board on " + pty.SlavePath + " (flash: " + Path.GetFullPath(flash) + ")");
            ConsoleOutput output = new ConsoleOutput(new FdOutput(pty.MasterFd));

            // Read errors on the master are transient: the slave stays open here, clients come and go.
            new ConsoleReader(pty.MasterFd, input, false, true, null).Start();
            new BoardSession(port, input, output).Run();
            return 0;
        }

        TerminalMode terminal = TerminalMode.EnterRaw(0);
        try
        {
            ConsoleOutput output = new ConsoleOutput(new FdOutput(1));
            new ConsoleReader(0, input, terminal != null, false, () => Quit(terminal)).Start();
            new BoardSession(port, input, output).Run();
            return 0;
        }
        finally
        {
            terminal?.Dispose();
        }
    }

    /// <summary>Ctrl-\ on the terminal: restore it and leave at once (the interpreter may be busy).</summary>
    internal static void Quit(TerminalMode terminal)
    {
        byte[] newline = { 13, 10 };
        Libc.WriteAll(1, newline, 0, 2);
        terminal?.Restore();
        Console.Out.Flush();
        Environment.Exit(0);
    }
}
