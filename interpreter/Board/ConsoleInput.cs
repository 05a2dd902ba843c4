using System.Threading;
using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// The input side of a board console: a thread-safe byte queue that the port fills from its receiver (a serial
    /// port's event, a reader thread on a pseudo-terminal) and that the REPL and sys.stdin read. While Python code runs,
    /// the interrupt character (Ctrl-C, or what micropython.kbd_intr set) is not queued but interrupts the program, as
    /// MicroPython's UART receive path does; otherwise every byte is queued, so at a prompt Ctrl-C is an ordinary key.
    /// </summary>
    public sealed class ConsoleInput : InputStream
    {
        /// <summary><see cref="Read"/>'s result when the time-out passed without a byte.</summary>
        public const int TimedOut = -2;

        private readonly object _lock = new object();
        private readonly AutoResetEvent _signal = new AutoResetEvent(false);
        private byte[] _buf = new byte[256];
        private int _head;
        private int _count;
        private bool _closed;
        private Interpreter _ip;
        private bool _executing;
        private LineEditor _editor;
        private OutputStream _output;

        /// <summary>The line editor input() uses (shared with the REPL for its history), or null for plain reads.</summary>
        public LineEditor Editor
        {
            get { return _editor; }
            set { _editor = value; }
        }

        /// <summary>
        /// The console's output, flushed before a read blocks (so that a prompt or an echo a buffering port holds back is
        /// on the wire before the board waits for the answer), or null.
        /// </summary>
        public OutputStream Output
        {
            get { return _output; }
            set { _output = value; }
        }

        /// <summary>True once the port closed the console and every queued byte was read.</summary>
        public bool IsClosed
        {
            get
            {
                lock (_lock)
                {
                    return _closed && _count == 0;
                }
            }
        }

        /// <summary>Whether Python code is running (the interrupt character interrupts it instead of being queued).</summary>
        public bool Executing
        {
            get { return _executing; }
        }

        /// <inheritdoc/>
        public override bool Available
        {
            get
            {
                lock (_lock)
                {
                    return _count > 0;
                }
            }
        }

        /// <summary>The interpreter that the interrupt character interrupts (a new one after each soft reset).</summary>
        public void Attach(Interpreter ip)
        {
            lock (_lock)
            {
                _ip = ip;
            }
        }

        /// <summary>Python code starts running: from now on the interrupt character raises KeyboardInterrupt.</summary>
        public void BeginExecution()
        {
            lock (_lock)
            {
                _executing = true;
            }
        }

        /// <summary>Python code stopped running: the interrupt character is queued again.</summary>
        public void EndExecution()
        {
            lock (_lock)
            {
                _executing = false;
            }
        }

        /// <summary>Bytes received by the port (any thread).</summary>
        public void Receive(byte[] data, int offset, int count)
        {
            lock (_lock)
            {
                for (int i = offset; i < offset + count; i++)
                {
                    int b = data[i];
                    Interpreter ip = _ip;
                    if (_executing && ip != null && b == ip.InterruptChar)
                    {
                        ip.Interrupt();
                        continue;
                    }

                    if (_count == _buf.Length)
                    {
                        Grow();
                    }

                    _buf[(_head + _count) % _buf.Length] = (byte)b;
                    _count++;
                }
            }

            _signal.Set();
        }

        /// <summary>The port's input ended (end of file, the connection is gone): reads return -1 once the queue is empty.</summary>
        public void Close()
        {
            lock (_lock)
            {
                _closed = true;
            }

            _signal.Set();
        }

        /// <summary>Drops every queued byte.</summary>
        public void Discard()
        {
            lock (_lock)
            {
                _head = 0;
                _count = 0;
            }
        }

        /// <summary>
        /// Reads one byte, waiting at most timeoutMs (negative: no limit): the byte, -1 when the console is closed, or
        /// <see cref="TimedOut"/>. Used by the REPL, which polls so that it can run scheduled callbacks while idle.
        /// </summary>
        public int Read(int timeoutMs)
        {
            while (true)
            {
                lock (_lock)
                {
                    if (_count > 0)
                    {
                        return Take();
                    }

                    if (_closed)
                    {
                        return -1;
                    }
                }

                FlushOutput();
                if (timeoutMs < 0)
                {
                    _signal.WaitOne();
                }
                else if (!_signal.WaitOne(timeoutMs, false))
                {
                    return TimedOut;
                }
            }
        }

        /// <summary>
        /// Reads one byte for sys.stdin, blocking; -1 at end of input. While Python code runs, a pending Ctrl-C raises
        /// KeyboardInterrupt and scheduled callbacks run during the wait (MicroPython's event poll hook).
        /// </summary>
        public override int ReadByte()
        {
            while (true)
            {
                lock (_lock)
                {
                    if (_count > 0)
                    {
                        return Take();
                    }

                    if (_closed)
                    {
                        return -1;
                    }
                }

                Interpreter ip = _ip;
                if (_executing && ip != null && ip.PendingWork != 0)
                {
                    ip.HandlePending();
                }

                FlushOutput();
                _signal.WaitOne(50, false);
            }
        }

        /// <inheritdoc/>
        public override string ReadEditedLine()
        {
            LineEditor ed = _editor;
            if (ed == null)
            {
                return null;
            }

            ed.Reset();
            ed.Begin(string.Empty);
            while (true)
            {
                int b = ReadByte();
                if (b < 0)
                {
                    if (ed.LineLength == 0)
                    {
                        throw new PyException(PyExc.EOFError);
                    }

                    return ed.CurrentLine();
                }

                int r = ed.Process(b);
                if (r == LineEditor.Continue)
                {
                    continue;
                }

                if (r == LineEditor.CtrlC)
                {
                    throw new PyException(PyExc.KeyboardInterrupt);
                }

                if (r == LineEditor.CtrlD && ed.LineLength == 0)
                {
                    throw new PyException(PyExc.EOFError);
                }

                return ed.CurrentLine();
            }
        }

        private void FlushOutput()
        {
            OutputStream o = _output;
            if (o != null)
            {
                o.Flush();
            }
        }

        private int Take()
        {
            int b = _buf[_head];
            _head = (_head + 1) % _buf.Length;
            _count--;
            return b;
        }

        private void Grow()
        {
            byte[] bigger = new byte[_buf.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                bigger[i] = _buf[(_head + i) % _buf.Length];
            }

            _buf = bigger;
            _head = 0;
        }
    }
}
