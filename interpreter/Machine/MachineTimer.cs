using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.Timer (esp32): hardware timers 0..3, one object per timer. init(*, mode=PERIODIC, period (ms), freq (Hz,
    /// may be a float), callback); callbacks are always soft (scheduled with the timer as argument), hard=True is a
    /// ValueError; value() is the counter in milliseconds (reloaded at each period of a periodic timer).
    /// </summary>
    public sealed class MachineTimer : PyObject
    {
        /// <summary>Timer.ONE_SHOT.</summary>
        internal const int OneShot = 0;

        /// <summary>Timer.PERIODIC.</summary>
        internal const int Periodic = 1;

        private static ArgSpec s_new;
        private static ArgSpec s_init;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("Timer", "id, mode, callback, period, tick_hz, freq, *, hard", 1)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "mode, callback, period, tick_hz, freq, *, hard", 0)); }
        }

        internal PyObject Callback;

        private readonly MachineState _state;
        private readonly int _id;
        private IHardwareTimer _timer;
        private int _mode = Periodic;
        private long _periodUs;
        private bool _running;

        private MachineTimer(MachineState state, int id)
        {
            _state = state;
            _id = id;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Timer; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "Timer(" + _id + ", mode=" + (_mode == OneShot ? "ONE_SHOT" : "PERIODIC") + ", period=" + _periodUs / 1000 + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("ONE_SHOT", PyInt.Get(OneShot));
            d.SetName("PERIODIC", PyInt.Get(Periodic));
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
            d.SetName("value", new PyBuiltin1(t, "value", Value));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            MachineState state = MachineState.Of(ip);
            int id = MachineArgs.Int(ip, a[0]);
            if (id < 0 || id >= state.Timers.Length)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InvalidTimer);
            }

            MachineTimer t = state.Timers[id];
            if (t == null)
            {
                t = new MachineTimer(state, id);
                state.Timers[id] = t;
            }

            if (count > 1)
            {
                PyObject[] rest = new PyObject[a.Length - 1];
                System.Array.Copy(a, 1, rest, 0, rest.Length);
                t.Setup(ip, rest);
            }

            return t;
        }

        // a = mode, callback, period, tick_hz, freq, hard.
        private void Setup(Interpreter ip, PyObject[] a)
        {
            if (a[5] != null && Ops.IsTrue(ip, a[5]))
            {
                throw new PyException(PyExc.ValueError, MachineErrors.TimerHard);
            }

            Stop();
            int mode = MachineArgs.Int(ip, a[0], Periodic);
            long period;
            if (!MachineArgs.Absent(a[4]))
            {
                double f = MachineArgs.Number(ip, a[4]);
                if (f <= 0)
                {
                    throw new PyException(PyExc.ValueError, "freq must be positive");
                }

                period = (long)(1000000.0 / f);
            }
            else
            {
                long ms = a[2] == null ? 0xFFFFFFFFL : Ops.Index(ip, a[2]);
                long tickHz = a[3] == null ? 1000 : Ops.Index(ip, a[3]);
                if (ms < 0 || tickHz <= 0)
                {
                    throw new PyException(PyExc.ValueError, "period must be positive");
                }

                period = ms * 1000000L / tickHz;
            }

            _mode = mode == OneShot ? OneShot : Periodic;
            _periodUs = period < 1 ? 1 : period;
            Callback = MachineArgs.Absent(a[1]) ? null : a[1];
            if (_timer == null)
            {
                _timer = _state.Board.OpenTimer(_id);
                if (_timer == null)
                {
                    throw new PyException(PyExc.ValueError, MachineErrors.InvalidTimer);
                }
            }

            _timer.Start(_periodUs, _mode == Periodic, _state.TimerHandler);
            _running = true;
        }

        private void Stop()
        {
            if (_timer != null && _running)
            {
                _timer.Stop();
            }

            _running = false;
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineTimer t = (MachineTimer)args[offset];
            t.Setup(ip, MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames));
            return PyNone.Value;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            ((MachineTimer)self).Stop();
            return PyNone.Value;
        }

        private static PyObject Value(Interpreter ip, PyObject self)
        {
            MachineTimer t = (MachineTimer)self;
            if (t._timer == null || !t._running)
            {
                return PyInt.Zero;
            }

            // A periodic timer reloads its counter at every alarm (ESP-IDF auto-reload), a one-shot one keeps counting.
            long us = t._timer.ElapsedUs;
            return PyInt.Get((t._mode == Periodic ? us % t._periodUs : us) / 1000);
        }
    }
}
