using System.IO;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>An interpreter output stream over a .NET stream (the console, a file, a test buffer).</summary>
public sealed class StreamOutput : OutputStream
{
    private readonly Stream _stream;
    private readonly bool _autoFlush;

    /// <summary>Writes to stream; with autoFlush every write is flushed (interactive use).</summary>
    public StreamOutput(Stream stream, bool autoFlush)
    {
        _stream = stream;
        _autoFlush = autoFlush;
    }

    /// <inheritdoc/>
    public override void Write(byte[] data, int offset, int count)
    {
        _stream.Write(data, offset, count);
        if (_autoFlush)
        {
            _stream.Flush();
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        _stream.Flush();
    }
}
