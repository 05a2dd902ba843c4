namespace NanoPython.Text
{
    /// <summary>
    /// The buffer protocol for native objects other than bytes and bytearray (the array module's arrays, machine
    /// memory...): an object that exposes its storage as bytes. memoryview, the bytes-like arguments of every text
    /// method (<see cref="BufferProtocol"/>) and bytes()/bytearray() use it.
    /// </summary>
    /// <remarks>
    /// A view never keeps the array returned by <see cref="GetBuffer"/>: it asks again on every access, so an exporter
    /// may move its storage when it grows (a memoryview then sees the new storage, not stale memory).
    /// </remarks>
    public interface IBufferExporter
    {
        /// <summary>The current storage: the object's bytes are data[offset, offset + count).</summary>
        byte[] GetBuffer(out int offset, out int count);

        /// <summary>True when the bytes must not be written through a view.</summary>
        bool IsReadOnly { get; }

        /// <summary>The struct-module format character of one item ('B' for plain bytes; b h H i I l L q Q f d).</summary>
        char Format { get; }

        /// <summary>The size of one item in bytes (1 for 'B').</summary>
        int ItemSize { get; }
    }
}
