using System;
using System.Runtime.InteropServices;

namespace NanoPython.Host;

/// <summary>
/// Puts the user's terminal (stdin) in raw mode for the board session, as a serial terminal program would: no echo,
/// no line editing, Ctrl-C and Ctrl-\ arrive as bytes, no output processing (the board sends "\r\n" itself). The
/// original settings come back on exit, on SIGTERM/SIGHUP/SIGINT and on Ctrl-\ (see <see cref="Restore"/>).
/// </summary>
public sealed class TerminalMode : IDisposable
{
    private readonly int _fd;
    private readonly byte[] _saved;
    private readonly object _lock = new object();
    private PosixSignalRegistration[] _signals;
    private bool _restored;

    private TerminalMode(int fd, byte[] saved)
    {
        _fd = fd;
        _saved = saved;
    }

    /// <summary>Raw mode on fd when it is a terminal (null otherwise: a pipe or file needs nothing).</summary>
    public static TerminalMode EnterRaw(int fd)
    {
        if (Libc.isatty(fd) != 1)
        {
            return null;
        }

        byte[] saved = Libc.GetTermios(fd);
        if (saved == null)
        {
            return null;
        }

        TerminalMode mode = new TerminalMode(fd, saved);
        mode._signals = new[]
        {
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, mode.OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, mode.OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGINT, mode.OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, mode.OnSignal),
        };
        AppDomain.CurrentDomain.ProcessExit += (s, e) => mode.Restore();
        Libc.SetTermios(fd, Libc.MakeRaw(saved));
        return mode;
    }

    /// <summary>Gives the terminal its original settings back (idempotent, any thread).</summary>
    public void Restore()
    {
        lock (_lock)
        {
            if (_restored)
            {
                return;
            }

            _restored = true;
            Libc.SetTermios(_fd, _saved);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Restore();
        if (_signals != null)
        {
            foreach (PosixSignalRegistration r in _signals)
            {
                r.Dispose();
            }
        }
    }

    // The signal still ends the process (the context is not cancelled); the terminal is fixed first.
    private void OnSignal(PosixSignalContext context)
    {
        Restore();
    }
}
