using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.Counter and machine.Encoder (esp32, over the PCNT units 0..7 shared by both classes, one object per
    /// unit). Counter(id, src, *, direction=UP, edge=RISING, filter_ns=0) counts edges of a pin (DOWN counts
    /// negative); Encoder(id, phase_a, phase_b, *, phases=1, filter_ns=0) decodes a quadrature encoder with 1, 2 or 4
    /// counts per cycle. value([v]) returns the count and optionally sets it.
    /// </summary>
    public sealed class MachineCounter : PyObject
    {
        private const int Units = 8;
        private const int Up = 1;
        private const int Down = 2;

        private static ArgSpec s_counter;
        private static ArgSpec s_encoder;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec CounterSpec
        {
            get { return s_counter ?? (s_counter = new ArgSpec("init", "src, *, direction, edge, filter_ns", 0)); }
        }

        private static ArgSpec EncoderSpec
        {
            get { return s_encoder ?? (s_encoder = new ArgSpec("init", "phase_a, phase_b, *, phases, filter_ns", 0)); }
        }

        private readonly MachineState _state;
        private readonly bool _encoder;
        private readonly int _id;
        private IPulseCounter _hal;
        private int _sign = 1;
        private int _phases = 4;

        private MachineCounter(MachineState state, bool encoder, int id)
        {
            _state = state;
            _encoder = encoder;
            _id = id;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _encoder ? MachineTypes.Encoder : MachineTypes.Counter; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return (_encoder ? "Encoder(" : "Counter(") + _id + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, MachineTypes.Counter))
            {
                d.SetName("RISING", PyInt.Get(HalPin.EdgeRising));
                d.SetName("FALLING", PyInt.Get(HalPin.EdgeFalling));
                d.SetName("UP", PyInt.Get(Up));
                d.SetName("DOWN", PyInt.Get(Down));
            }

            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
            d.SetName("value", new PyBuiltin2(t, "value", Value, 1));
        }

        internal static PyObject NewCounter(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Create(ip, false, args, offset, count, kwnames);
        }

        internal static PyObject NewEncoder(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Create(ip, true, args, offset, count, kwnames);
        }

        private static PyObject Create(Interpreter ip, bool encoder, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int npos = count - (kwnames == null ? 0 : kwnames.Items.Length);
            if (npos < 1)
            {
                throw new PyException(PyExc.TypeError, (encoder ? "Encoder" : "Counter") + "() needs a unit id");
            }

            MachineState state = MachineState.Of(ip);
            int id = MachineArgs.Int(ip, args[offset]);
            if (id < 0 || id >= Units)
            {
                throw new PyException(PyExc.ValueError, "invalid PCNT unit " + id);
            }

            MachineCounter c = state.Counters[id];
            if (c == null)
            {
                c = new MachineCounter(state, encoder, id);
                state.Counters[id] = c;
            }
            else if (c._encoder != encoder)
            {
                throw new PyException(PyExc.ValueError, "PCNT in use");
            }

            if (count > 1)
            {
                c.Setup(ip, MachineArgs.Method(ip, encoder ? EncoderSpec : CounterSpec, args, offset, count, kwnames));
            }

            return c;
        }

        private void Setup(Interpreter ip, PyObject[] a)
        {
            if (_hal != null)
            {
                _hal.Close();
                _hal = null;
            }

            int filter = MachineArgs.Int(ip, a[3], 0);
            if (_encoder)
            {
                if (a[0] == null || a[1] == null)
                {
                    throw new PyException(PyExc.TypeError, "Encoder needs phase_a and phase_b");
                }

                int phases = MachineArgs.Int(ip, a[2], 1);
                if (phases != 1 && phases != 2 && phases != 4)
                {
                    throw new PyException(PyExc.ValueError, "phases must be 1, 2 or 4");
                }

                _phases = phases;
                _hal = _state.Board.OpenCounter(MachineArgs.ValidPin(ip, _state, a[0]), MachineArgs.ValidPin(ip, _state, a[1]), HalPin.EdgeRising | HalPin.EdgeFalling, filter);
            }
            else
            {
                if (a[0] == null)
                {
                    throw new PyException(PyExc.TypeError, "Counter needs a source pin");
                }

                int direction = MachineArgs.Int(ip, a[1], Up);
                int edge = MachineArgs.Int(ip, a[2], HalPin.EdgeRising);
                if ((direction != Up && direction != Down) || edge < 1 || edge > 3)
                {
                    throw new PyException(PyExc.ValueError, "invalid direction or edge");
                }

                _sign = direction == Down ? -1 : 1;
                _hal = _state.Board.OpenCounter(MachineArgs.ValidPin(ip, _state, a[0]), -1, edge, filter);
            }

            if (_hal == null)
            {
                throw Errno.Error(Errno.EOPNOTSUPP);
            }
        }

        private long Current()
        {
            if (_hal == null)
            {
                return 0;
            }

            return _encoder ? _hal.Count * _phases / 4 : _hal.Count * _sign;
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineCounter c = (MachineCounter)args[offset];
            c.Setup(ip, MachineArgs.Method(ip, c._encoder ? EncoderSpec : CounterSpec, args, offset, count, kwnames));
            return PyNone.Value;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            MachineCounter c = (MachineCounter)self;
            if (c._hal != null)
            {
                c._hal.Close();
                c._hal = null;
            }

            return PyNone.Value;
        }

        private static PyObject Value(Interpreter ip, PyObject self, PyObject value)
        {
            MachineCounter c = (MachineCounter)self;
            long now = c.Current();
            if (value != null && c._hal != null)
            {
                long v = Ops.Index(ip, value);
                c._hal.SetCount(c._encoder ? v * 4 / c._phases : v * c._sign);
            }

            return PyInt.Get(now);
        }
    }
}
