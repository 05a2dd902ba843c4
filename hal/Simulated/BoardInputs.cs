using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The inputs channel of the simulated board: board commands (<see cref="BoardCommands"/>) read while the program runs,
/// from a file, a FIFO (reopened whenever its writer closes it), or a Unix-domain socket ("unix:PATH", answers are
/// written back on the connection). Lines "wait TIME" pause a file: in real time they sleep, on the virtual clock they
/// schedule the following commands TIME later. Answers and errors of files and FIFOs go to the log writer.
/// </summary>
public sealed class BoardInputs : IDisposable
{
    private readonly SimulatedBoard _board;
    private readonly string _spec;
    private readonly TextWriter _log;
    private readonly Thread _thread;
    private volatile bool _stopped;
    private Socket _listener;

    private BoardInputs(SimulatedBoard board, string spec, TextWriter log)
    {
        _board = board;
        _spec = spec;
        _log = log ?? TextWriter.Null;
        _thread = new Thread(Run) { IsBackground = true, Name = "board-inputs" };
    }

    /// <summary>Starts reading commands from spec (a path, or unix:PATH); log receives answers and errors.</summary>
    public static BoardInputs Start(SimulatedBoard board, string spec, TextWriter log)
    {
        BoardInputs inputs = new BoardInputs(board, spec, log);
        if (spec.StartsWith("unix:", StringComparison.Ordinal))
        {
            string path = spec.Substring(5);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            inputs._listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            inputs._listener.Bind(new UnixDomainSocketEndPoint(path));
            inputs._listener.Listen(4);
        }
        else if (!File.Exists(spec))
        {
            throw new BoardDescriptionException("inputs: no such file or FIFO: " + spec);
        }

        inputs._thread.Start();
        return inputs;
    }

    /// <summary>Runs the commands of a text (one per line) on board now, with "wait" handled as in a file; returns the answers.</summary>
    public static string RunScript(SimulatedBoard board, string text)
    {
        StringBuilder answers = new StringBuilder();
        long offsetUs = 0;
        int n = 0;
        foreach (string raw in text.Split('\n'))
        {
            n++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string answer = RunLine(board, line, ref offsetUs, "line " + n);
            if (!string.IsNullOrEmpty(answer))
            {
                answers.Append(answer).Append('\n');
            }
        }

        return answers.ToString();
    }

    /// <summary>Stops reading.</summary>
    public void Dispose()
    {
        _stopped = true;
        _listener?.Dispose();
    }

    private static string RunLine(SimulatedBoard board, string line, ref long offsetUs, string where)
    {
        try
        {
            if (line.StartsWith("wait ", StringComparison.OrdinalIgnoreCase))
            {
                long us = BoardCommands.ParseTimeUs(line.Substring(5));
                if (board.Clock.IsVirtual)
                {
                    offsetUs += us;
                }
                else
                {
                    Thread.Sleep((int)(us / 1000));
                }

                return string.Empty;
            }

            if (offsetUs > 0)
            {
                string cmd = line;
                board.Clock.After(offsetUs, () =>
                {
                    try
                    {
                        BoardCommands.Run(board, cmd);
                    }
                    catch (ArgumentException e)
                    {
                        board.Trace.Write("inputs", "error: " + e.Message);
                    }
                });
                return string.Empty;
            }

            return BoardCommands.Run(board, line);
        }
        catch (ArgumentException e)
        {
            return "error (" + where + "): " + e.Message;
        }
    }

    private void Run()
    {
        try
        {
            if (_listener != null)
            {
                Serve();
            }
            else
            {
                ReadFile();
            }
        }
        catch (Exception e) when (e is IOException || e is SocketException || e is ObjectDisposedException)
        {
            if (!_stopped)
            {
                _log.WriteLine("board inputs: " + e.Message);
            }
        }
    }

    private void ReadFile()
    {
        while (!_stopped)
        {
            bool seekable;
            using (FileStream fs = new FileStream(_spec, FileMode.Open, FileAccess.Read))
            using (StreamReader r = new StreamReader(fs, Encoding.UTF8))
            {
                seekable = fs.CanSeek;
                long offsetUs = 0;
                int n = 0;
                string line;
                while (!_stopped && (line = r.ReadLine()) != null)
                {
                    n++;
                    line = line.Trim();
                    if (line.Length == 0 || line.StartsWith('#'))
                    {
                        continue;
                    }

                    string answer = RunLine(_board, line, ref offsetUs, _spec + ":" + n);
                    if (!string.IsNullOrEmpty(answer))
                    {
                        _log.WriteLine(answer);
                        _log.Flush();
                    }
                }
            }

            if (seekable)
            {
                return;
            }
        }
    }

    private void Serve()
    {
        while (!_stopped)
        {
            Socket client = _listener.Accept();
            Thread t = new Thread(() => ServeClient(client)) { IsBackground = true, Name = "board-inputs-client" };
            t.Start();
        }
    }

    private void ServeClient(Socket client)
    {
        try
        {
            using (NetworkStream ns = new NetworkStream(client, true))
            using (StreamReader r = new StreamReader(ns, Encoding.UTF8))
            using (StreamWriter w = new StreamWriter(ns, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" })
            {
                long offsetUs = 0;
                string line;
                while (!_stopped && (line = r.ReadLine()) != null)
                {
                    line = line.Trim();
                    if (line.Length == 0 || line.StartsWith('#'))
                    {
                        continue;
                    }

                    string answer = RunLine(_board, line, ref offsetUs, "socket");
                    w.WriteLine(string.IsNullOrEmpty(answer) ? "ok" : answer);
                }
            }
        }
        catch (Exception e) when (e is IOException || e is SocketException)
        {
        }
    }
}
