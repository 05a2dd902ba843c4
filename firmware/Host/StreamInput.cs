using System.IO;
using System.Threading;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// An interpreter input stream over a .NET stream (stdin in script mode). Reads go straight to the stream until a
/// script asks whether input is available (select.poll on sys.stdin, asyncio's StreamReader): a .NET stream cannot
/// answer that without blocking, so from then on a background thread reads ahead into a buffer and both questions are
/// answered from it. End of input counts as readable, as poll(2) reports it.
/// </summary>
public sealed class StreamInput : InputStream
{
    private readonly Stream _stream;
    private readonly object _lock = new object();
    private byte[] _buffer = new byte[256];
    private int _head;
    private int _count;
    private bool _ended;
    private Thread _pump;

    /// <summary>Reads from stream.</summary>
    public StreamInput(Stream stream)
    {
        _stream = stream;
    }

    /// <inheritdoc/>
    public override int ReadByte()
    {
        if (_pump == null)
        {
            return _stream.ReadByte();
        }

        lock (_lock)
        {
            while (_count == 0 && !_ended)
            {
                Monitor.Wait(_lock);
            }

            if (_count == 0)
            {
                return -1;
            }

            int b = _buffer[_head];
            _head = (_head + 1) % _buffer.Length;
            _count--;
            return b;
        }
    }

    /// <inheritdoc/>
    public override bool Available
    {
        get
        {
            if (_pump == null)
            {
                _pump = new Thread(Pump) { IsBackground = true, Name = "stdin" };
                _pump.Start();
            }

            lock (_lock)
            {
                return _count > 0 || _ended;
            }
        }
    }

    // The read-ahead thread: moves whatever the stream delivers into the ring buffer, growing it as needed.
    private void Pump()
    {
        byte[] chunk = new byte[4096];
        while (true)
        {
            int n;
            try
            {
                n = _stream.Read(chunk, 0, chunk.Length);
            }
            catch (IOException)
            {
                n = 0;
            }

            lock (_lock)
            {
                if (n <= 0)
                {
                    _ended = true;
                    Monitor.PulseAll(_lock);
                    return;
                }

                Append(chunk, n);
                Monitor.PulseAll(_lock);
            }
        }
    }

    private void Append(byte[] chunk, int n)
    {
        if (_count + n > _buffer.Length)
        {
            int size = _buffer.Length;
            while (size < _count + n)
            {
                size *= 2;
            }

            byte[] grown = new byte[size];
            for (int i = 0; i < _count; i++)
            {
                grown[i] = _buffer[(_head + i) % _buffer.Length];
            }

            _buffer = grown;
            _head = 0;
        }

        for (int i = 0; i < n; i++)
        {
            _buffer[(_head + _count + i) % _buffer.Length] = chunk[i];
        }

        _count += n;
    }
}
