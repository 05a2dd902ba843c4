using System;
using System.IO;
using System.Text;
using System.Threading;
using NanoPython.Board;
using NanoPython.Hal.Simulated;
using NanoPython.Host;
using NanoPython.Machine;
using NanoPython.Runtime;

namespace NanoPython.Tests;

/// <summary>Runs Python source in a fresh interpreter and captures what it prints (for conformance and unit tests).</summary>
public static class PythonRunner
{
    /// <summary>The result of a run.</summary>
    public sealed class Result
    {
        /// <summary>What the program wrote to stdout.</summary>
        public string Stdout = string.Empty;

        /// <summary>What it wrote to stderr (tracebacks of uncaught exceptions).</summary>
        public string Stderr = string.Empty;

        /// <summary>The exit status (0, sys.exit's code, 1 after an uncaught exception).</summary>
        public int ExitCode;

        /// <summary>True when the run was stopped because it did not finish in time (a hang guard, not an assertion on speed).</summary>
        public bool Hung;
    }

    /// <summary>Hang guard: a script still running after this is interrupted and reported as hung.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The line that asks for the simulated board (scripts under machine/, drivers/ and asyncio/ always get it: its
    /// virtual clock makes sleeps and the asyncio scheduler's timeouts exact, whatever the load of the machine).
    /// </summary>
    public const string BoardMarker = "# needs: simulated board";

    /// <summary>Whether a script runs with the machine module on a virtual-clock simulated board.</summary>
    public static bool NeedsBoard(string source, string directory)
    {
        string dir = Path.GetFileName(directory ?? string.Empty);
        return dir == "machine" || dir == "drivers" || dir == "asyncio" || source.Contains(BoardMarker, StringComparison.Ordinal);
    }

    /// <summary>Runs a script file with its directory as sys.path[0].</summary>
    public static Result RunFile(string path)
    {
        string source = File.ReadAllText(path, Encoding.UTF8);
        return Run(source, Path.GetFileName(path), Path.GetDirectoryName(path));
    }

    /// <summary>Runs source as __main__.</summary>
    public static Result Run(string source, string fileName = "<stdin>", string directory = "")
    {
        MemoryStream outBuf = new MemoryStream();
        MemoryStream errBuf = new MemoryStream();
        Result result = new Result();
        Interpreter ip = null;
        ScriptFileSystem files = null;
        SimulatedBoard board = null;
        Exception failure = null;
        Thread t = new Thread(
            () =>
            {
                try
                {
                    ip = InterpreterFactory.Create(new StreamOutput(outBuf, false), new StreamOutput(errBuf, false), null);
                    ip.ModuleSource = new HostFileSource();
                    files = ScriptFileSystem.Install(ip, source, directory);
                    if (NeedsBoard(source, directory))
                    {
                        // The simulated DevKit on the virtual clock: time.sleep_ms moves it exactly, so hardware tests
                        // are deterministic. ModulesSetup installed a default clock; the board's replaces it.
                        board = SimulatedBoard.CreateDefault(virtualClock: true);
                        ip.Clock = null;
                        MachineSetup.Install(ip, board);
                    }

                    ip.Path.Append(new PyStr(directory));
                    ip.Path.Append(new PyStr(".frozen"));
                    ip.Argv.Append(new PyStr(fileName));
                    result.ExitCode = ScriptRunner.RunMain(ip, source, fileName);
                }
                catch (Exception e)
                {
                    failure = e;
                }
                finally
                {
                    files?.Dispose();
                    board?.Dispose();
                }
            },
            ScriptRunner.InterpreterStackBytes);
        t.Start();
        if (!t.Join(HangGuard))
        {
            ip?.Interrupt();
            t.Join(TimeSpan.FromSeconds(10));
            result.Hung = true;
        }

        if (failure != null)
        {
            throw new InvalidOperationException("host exception while running " + fileName, failure);
        }

        lock (outBuf)
        {
            result.Stdout = Encoding.UTF8.GetString(outBuf.ToArray());
            result.Stderr = Encoding.UTF8.GetString(errBuf.ToArray());
        }

        return result;
    }
}
