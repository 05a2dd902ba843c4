using System.IO;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>An interpreter input stream over a .NET stream (stdin in script mode).</summary>
public sealed class StreamInput : InputStream
{
    private readonly Stream _stream;

    /// <summary>Reads from stream.</summary>
    public StreamInput(Stream stream)
    {
        _stream = stream;
    }

    /// <inheritdoc/>
    public override int ReadByte()
    {
        return _stream.ReadByte();
    }

    /// <inheritdoc/>
    public override bool Available => false;
}
