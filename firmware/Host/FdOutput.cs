using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// The board console's byte sink on a file descriptor (the terminal's stdout, a pseudo-terminal's master): every write
/// goes out at once, unbuffered, as a UART would send it. Output that cannot be written (the descriptor is gone) is
/// dropped, as a board's serial output is when nothing listens.
/// </summary>
public sealed class FdOutput : OutputStream
{
    private readonly int _fd;
    private bool _broken;

    /// <summary>Writes to descriptor fd.</summary>
    public FdOutput(int fd)
    {
        _fd = fd;
    }

    /// <inheritdoc/>
    public override void Write(byte[] data, int offset, int count)
    {
        if (_broken || count == 0)
        {
            return;
        }

        if (!Libc.WriteAll(_fd, data, offset, count))
        {
            _broken = true;
        }
    }
}
