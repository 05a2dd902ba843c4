using System.Threading;
using NanoPython.Runtime;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// The console's byte sink in front of a slow wire (the REPL's UART): bytes are collected in a small buffer and go out
    /// in chunks, never one by one. The buffer is written when a line ends ("\n"), when it is full, on
    /// <see cref="Flush"/> (the board session flushes after each REPL step and the console input before it blocks for
    /// a byte), and, so that a partial line such as <c>print('.', end='')</c> in a long loop still appears, a short
    /// while after the last write left bytes waiting. Writes larger than the buffer go straight to the wire. Any thread
    /// may write (the REPL, a timer callback printing); a failing wire drops the output, as a UART with nothing attached
    /// does.
    /// </summary>
    public sealed class ChunkedSink : OutputStream
    {
        /// <summary>Default buffer size: a typical line of output, a small part of a UART's 256-byte transmit FIFO.</summary>
        public const int DefaultSize = 128;

        /// <summary>Default delay before a partial line is written.</summary>
        public const int DefaultDelayMs = 20;

        private readonly OutputStream _wire;
        private readonly byte[] _buf;
        private readonly int _delayMs;
        private readonly object _lock = new object();
        private int _count;
        private Timer _timer;
        private bool _armed;
        private int _chunks;

        /// <summary>
        /// A sink writing to wire through a buffer of size bytes; a partial line is written delayMs after it was left
        /// waiting (0: only on a line end, a full buffer or Flush).
        /// </summary>
        public ChunkedSink(OutputStream wire, int size, int delayMs)
        {
            _wire = wire;
            _buf = new byte[size < 16 ? 16 : size];
            _delayMs = delayMs;
        }

        /// <summary>The number of writes to the wire so far (tests check that output is chunked).</summary>
        public int Chunks
        {
            get { return _chunks; }
        }

        /// <summary>The bytes waiting in the buffer.</summary>
        public int Pending
        {
            get { return _count; }
        }

        /// <inheritdoc/>
        public override void Write(byte[] data, int offset, int count)
        {
            if (count <= 0)
            {
                return;
            }

            lock (_lock)
            {
                if (_count + count > _buf.Length)
                {
                    WriteOut();
                    if (count >= _buf.Length)
                    {
                        Send(data, offset, count);
                        return;
                    }
                }

                System.Array.Copy(data, offset, _buf, _count, count);
                _count += count;
                if (_count == _buf.Length || HasLineEnd(data, offset, count))
                {
                    WriteOut();
                }
                else if (_delayMs > 0 && !_armed)
                {
                    _armed = true;
                    Arm();
                }
            }
        }

        /// <inheritdoc/>
        public override void Flush()
        {
            lock (_lock)
            {
                WriteOut();
            }
        }

        private static bool HasLineEnd(byte[] data, int offset, int count)
        {
            for (int i = offset + count - 1; i >= offset; i--)
            {
                if (data[i] == 10)
                {
                    return true;
                }
            }

            return false;
        }

        // Called with the lock held. The timer is created on first use and re-armed as a one-shot: no periodic wake-ups
        // while the console is idle.
        private void Arm()
        {
            if (_timer == null)
            {
                _timer = new Timer(OnTimer, null, _delayMs, -1);
            }
            else
            {
                _timer.Change(_delayMs, -1);
            }
        }

        private void OnTimer(object state)
        {
            lock (_lock)
            {
                _armed = false;
                WriteOut();
            }
        }

        // Called with the lock held.
        private void WriteOut()
        {
            if (_count > 0)
            {
                int n = _count;
                _count = 0;
                Send(_buf, 0, n);
            }
        }

        // Called with the lock held.
        private void Send(byte[] data, int offset, int count)
        {
            _chunks++;
            try
            {
                _wire.Write(data, offset, count);
            }
            catch (System.Exception)
            {
                // A console that cannot write must not take the interpreter down: the bytes are lost, as on a UART.
            }
        }
    }
}
