using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// A select.poll() object: register, unregister, modify, poll and ipoll over sys.stdin/sys.stdout (and their
    /// .buffer), native files and streams (always ready), and any object with MicroPython's stream ioctl
    /// (ioctl(3, events) returns the ready events). Waiting goes in short slices through the interpreter's clock,
    /// running scheduled callbacks and honouring Ctrl-C; a virtual clock advances instead of sleeping.
    /// </summary>
    public sealed class PyPoll : PyObject
    {
        /// <summary>Data can be read.</summary>
        public const int PollIn = 0x0001;

        /// <summary>Data can be written.</summary>
        public const int PollOut = 0x0004;

        /// <summary>An error condition (always reported).</summary>
        public const int PollErr = 0x0008;

        /// <summary>Hang-up (always reported).</summary>
        public const int PollHup = 0x0010;

        // MicroPython's MP_STREAM_POLL request of the stream ioctl protocol.
        private const int IoctlPoll = 3;
        private const int FlagOneShot = 1;
        private const int SliceMs = 2;

        private static readonly object s_lock = new object();
        private static bool s_installed;
        private static PyType s_pollType;

        /// <summary>The poll type.</summary>
        public static PyType PollType
        {
            get
            {
                // Made on first use (nanoFramework runs static initialisers when it loads the assembly).
                if (s_pollType == null)
                {
                    lock (s_lock)
                    {
                        if (s_pollType == null)
                        {
                            s_pollType = new PyType("poll", PyTypes.Object, 0);
                        }
                    }
                }

                return s_pollType;
            }
        }

        private PyObject[] _objs = new PyObject[4];
        private int[] _masks = new int[4];
        private int _count;

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PollType; }
        }

        /// <summary>Installs the methods (once per process).</summary>
        public static void Install()
        {
            lock (s_lock)
            {
                if (!s_installed)
                {
                    s_installed = true;
                    PyType.AddFiller(Fill);
                }
            }
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, s_pollType))
            {
                return;
            }

            d.SetName("register", new PyBuiltin3(t, "register", Register, 2));
            d.SetName("unregister", new PyBuiltin2(t, "unregister", Unregister));
            d.SetName("modify", new PyBuiltin3(t, "modify", Modify));
            d.SetName("poll", new PyBuiltin3(t, "poll", Poll, 1));
            d.SetName("ipoll", new PyBuiltin3(t, "ipoll", IPoll, 1));
        }

        private int IndexOf(PyObject o)
        {
            for (int i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_objs[i], o))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Registers obj for mask (or, with union, adds mask to its registration).</summary>
        public void Add(PyObject obj, int mask, bool union)
        {
            int i = IndexOf(obj);
            if (i < 0)
            {
                if (_count == _objs.Length)
                {
                    PyObject[] o = new PyObject[_count * 2];
                    int[] k = new int[_count * 2];
                    System.Array.Copy(_objs, o, _count);
                    System.Array.Copy(_masks, k, _count);
                    _objs = o;
                    _masks = k;
                }

                i = _count++;
                _objs[i] = obj;
                _masks[i] = 0;
            }

            _masks[i] = union ? _masks[i] | mask : mask;
        }

        private static PyObject Register(Interpreter ip, PyObject self, PyObject obj, PyObject mask)
        {
            ((PyPoll)self).Add(obj, mask == null ? PollIn | PollOut : (int)Ops.Index(ip, mask), false);
            return PyNone.Value;
        }

        private static PyObject Unregister(Interpreter ip, PyObject self, PyObject obj)
        {
            PyPoll p = (PyPoll)self;
            int i = p.IndexOf(obj);
            if (i >= 0)
            {
                p._count--;
                System.Array.Copy(p._objs, i + 1, p._objs, i, p._count - i);
                System.Array.Copy(p._masks, i + 1, p._masks, i, p._count - i);
                p._objs[p._count] = null;
            }

            return PyNone.Value;
        }

        private static PyObject Modify(Interpreter ip, PyObject self, PyObject obj, PyObject mask)
        {
            PyPoll p = (PyPoll)self;
            int i = p.IndexOf(obj);
            if (i < 0)
            {
                throw Errno.Error(Errno.ENOENT);
            }

            p._masks[i] = (int)Ops.Index(ip, mask);
            return PyNone.Value;
        }

        private static PyObject Poll(Interpreter ip, PyObject self, PyObject timeout, PyObject flags)
        {
            return ((PyPoll)self).Wait(ip, timeout, flags);
        }

        private static PyObject IPoll(Interpreter ip, PyObject self, PyObject timeout, PyObject flags)
        {
            return Ops.GetIter(ip, ((PyPoll)self).Wait(ip, timeout, flags));
        }

        private PyList Wait(Interpreter ip, PyObject timeout, PyObject flags)
        {
            long ms = timeout == null || timeout is PyNone ? -1 : Ops.Index(ip, timeout);
            return Wait(ip, ms, flags == null ? 0 : (int)Ops.Index(ip, flags));
        }

        /// <summary>The ready objects as (obj, events) tuples, waiting up to ms milliseconds (negative: for ever).</summary>
        public PyList Wait(Interpreter ip, long ms, int f)
        {
            SystemClock clock = ip.Clock;
            long end = clock != null && ms >= 0 ? clock.TicksMs + ms : 0;
            while (true)
            {
                PyList ready = new PyList();
                for (int i = 0; i < _count; i++)
                {
                    int ev = Readiness(ip, _objs[i], _masks[i]);
                    if (ev != 0)
                    {
                        ready.Append(PyTuple.Of(_objs[i], PyInt.Get(ev)));
                        if ((f & FlagOneShot) != 0)
                        {
                            _masks[i] = 0;
                        }
                    }
                }

                if (ready.Count > 0 || ms == 0 || clock == null)
                {
                    return ready;
                }

                if (ip.PendingWork != 0)
                {
                    ip.HandlePending();
                }

                long left = ms < 0 ? SliceMs : end - clock.TicksMs;
                if (left <= 0)
                {
                    return ready;
                }

                clock.Wait(left > SliceMs ? SliceMs : (int)left);
            }
        }

        /// <summary>The events of obj that are ready among mask (errors and hang-ups always count).</summary>
        public static int Readiness(Interpreter ip, PyObject obj, int mask)
        {
            StdioStream std = obj as StdioStream;
            if (std != null)
            {
                if (std.Output != null)
                {
                    return mask & PollOut;
                }

                InputStream input = ip.Stdin;
                return input != null && input.Available ? mask & PollIn : 0;
            }

            if (obj is PyStream)
            {
                return mask & (PollIn | PollOut);
            }

            if (mask == 0)
            {
                return 0;
            }

            PyObject ioctl = Ops.GetAttrOrNull(ip, obj, Intern.Get("ioctl"));
            if (ioctl == null)
            {
                throw new PyException(PyExc.TypeError, "object with stream.ioctl required");
            }

            long r = Ops.Index(ip, Ops.Call2(ip, ioctl, PyInt.Get(IoctlPoll), PyInt.Get(mask)));
            return (int)r & (mask | PollErr | PollHup);
        }
    }
}
