using System;
using System.Threading;
using NanoPython.Board;

namespace NanoPython.Host;

/// <summary>
/// The board console's receiver: a background thread that reads a file descriptor (the terminal's stdin, a
/// pseudo-terminal's master) and hands the bytes to <see cref="ConsoleInput"/>, which turns Ctrl-C into an interrupt
/// while code runs. On a terminal, Ctrl-\ ends the session (raw mode delivers it as a byte, not as SIGQUIT).
/// </summary>
public sealed class ConsoleReader
{
    /// <summary>Ctrl-\: quits the host program when the console is the user's terminal.</summary>
    public const byte QuitByte = 0x1c;

    private readonly int _fd;
    private readonly ConsoleInput _input;
    private readonly bool _quitOnCtrlBackslash;
    private readonly bool _retryOnError;
    private readonly Action _quit;

    /// <summary>
    /// A reader of fd into input. quitOnCtrlBackslash: call quit on Ctrl-\ (terminal). retryOnError: read errors are
    /// transient (a pseudo-terminal between clients) instead of the end of input.
    /// </summary>
    public ConsoleReader(int fd, ConsoleInput input, bool quitOnCtrlBackslash, bool retryOnError, Action quit)
    {
        _fd = fd;
        _input = input;
        _quitOnCtrlBackslash = quitOnCtrlBackslash;
        _retryOnError = retryOnError;
        _quit = quit;
    }

    /// <summary>Starts the background thread.</summary>
    public void Start()
    {
        Thread t = new Thread(Run);
        t.IsBackground = true;
        t.Name = "console-reader";
        t.Start();
    }

    private void Run()
    {
        byte[] buf = new byte[4096];
        while (true)
        {
            int n = Libc.Read(_fd, buf, 0, buf.Length);
            if (n == 0 || (n < 0 && !_retryOnError))
            {
                _input.Close();
                return;
            }

            if (n < 0)
            {
                Thread.Sleep(50);
                continue;
            }

            if (_quitOnCtrlBackslash)
            {
                int q = Array.IndexOf(buf, QuitByte, 0, n);
                if (q >= 0)
                {
                    _input.Receive(buf, 0, q);
                    _quit();
                    return;
                }
            }

            _input.Receive(buf, 0, n);
        }
    }
}
