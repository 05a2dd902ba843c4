using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.ADCBlock (esp32): ADCBlock(id, *, bits) for block 1 or 2; init(*, bits); connect(channel),
    /// connect(source=pin) or connect(channel, source) return the block's ADC object for that input.
    /// </summary>
    public sealed class MachineAdcBlock : PyObject
    {
        private static ArgSpec s_new;
        private static ArgSpec s_init;
        private static ArgSpec s_connect;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("ADCBlock", "id, *, bits", 1)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "*, bits", 0)); }
        }

        private static ArgSpec ConnectSpec
        {
            get { return s_connect ?? (s_connect = new ArgSpec("connect", "channel, source", 0)); }
        }

        internal readonly MachineState State;
        internal readonly int Id;
        internal int Bits = 12;

        private MachineAdcBlock(MachineState state, int id)
        {
            State = state;
            Id = id;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.AdcBlock; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "ADCBlock(" + Id + ", bits=" + Bits + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("connect", new PyBuiltinN(t, "connect", Connect));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            MachineAdcBlock b = Get(ip, MachineState.Of(ip), MachineArgs.Int(ip, a[0]));
            if (a[1] != null)
            {
                b.SetBits(ip, a[1]);
            }

            return b;
        }

        internal static MachineAdcBlock Get(Interpreter ip, MachineState state, int id)
        {
            if (id != 1 && id != 2)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InvalidBlock);
            }

            MachineAdcBlock b = state.AdcBlocks[id - 1];
            if (b == null)
            {
                b = new MachineAdcBlock(state, id);
                state.AdcBlocks[id - 1] = b;
            }

            return b;
        }

        internal void SetBits(Interpreter ip, PyObject value)
        {
            int bits = MachineArgs.Int(ip, value);
            if (bits < 9 || bits > 12)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InvalidBits);
            }

            Bits = bits;
            for (int i = 0; i < State.Adcs.Length; i++)
            {
                MachineAdc adc = State.Adcs[i];
                if (adc != null && ReferenceEquals(adc.Block, this))
                {
                    adc.BitsChanged();
                }
            }
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineAdcBlock b = (MachineAdcBlock)args[offset];
            PyObject[] a = MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames);
            if (a[0] != null)
            {
                b.SetBits(ip, a[0]);
            }

            return PyNone.Value;
        }

        private static PyObject Connect(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineAdcBlock b = (MachineAdcBlock)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ConnectSpec, args, offset, count, kwnames);
            PyObject channel = a[0];
            PyObject source = a[1];

            // connect(pin) with a Pin as the only argument means the source.
            if (source == null && channel is MachinePin)
            {
                source = channel;
                channel = null;
            }

            int pin;
            if (source != null)
            {
                pin = MachineArgs.PinId(ip, source);
                if (Esp32PinMap.AdcBlock(pin) != b.Id || (channel != null && Esp32PinMap.AdcChannel(pin) != MachineArgs.Int(ip, channel)))
                {
                    throw new PyException(PyExc.ValueError, MachineErrors.InvalidPin);
                }
            }
            else if (channel != null)
            {
                pin = Esp32PinMap.AdcPin(b.Id, MachineArgs.Int(ip, channel));
                if (pin < 0)
                {
                    throw new PyException(PyExc.ValueError, MachineErrors.InvalidChannel);
                }
            }
            else
            {
                throw new PyException(PyExc.TypeError, "connect() needs a channel or a source");
            }

            return MachineAdc.Get(ip, b.State, pin);
        }
    }
}
