using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.ADC (esp32): ADC(pin, *, atten) on an ADC pin (ADC1: GPIO32..39, ADC2: 0, 2, 4, 12..15, 25..27); one
    /// object per pin. read_u16() scales the raw reading to 16 bits, read_uv() is calibrated microvolts, read() the raw
    /// value at the block's width; atten(ATTN_0DB..ATTN_11DB) (0 dB by default), width(9..12 bits).
    /// </summary>
    public sealed class MachineAdc : PyObject
    {
        private static ArgSpec s_new;
        private static ArgSpec s_init;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("ADC", "pin, *, atten", 1)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "*, atten", 0)); }
        }

        internal readonly MachineState State;
        internal readonly int Pin;
        internal readonly MachineAdcBlock Block;
        private IAdcChannel _channel;
        private int _atten;

        private MachineAdc(MachineState state, int pin, MachineAdcBlock block)
        {
            State = state;
            Pin = pin;
            Block = block;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Adc; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "ADC(Pin(" + Pin + "), atten=" + _atten + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("ATTN_0DB", PyInt.Get(0));
            d.SetName("ATTN_2_5DB", PyInt.Get(1));
            d.SetName("ATTN_6DB", PyInt.Get(2));
            d.SetName("ATTN_11DB", PyInt.Get(3));
            d.SetName("WIDTH_9BIT", PyInt.Get(9));
            d.SetName("WIDTH_10BIT", PyInt.Get(10));
            d.SetName("WIDTH_11BIT", PyInt.Get(11));
            d.SetName("WIDTH_12BIT", PyInt.Get(12));
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("read_u16", new PyBuiltin1(t, "read_u16", ReadU16));
            d.SetName("read_uv", new PyBuiltin1(t, "read_uv", ReadUv));
            d.SetName("read", new PyBuiltin1(t, "read", Read));
            d.SetName("atten", new PyBuiltin2(t, "atten", Atten));
            d.SetName("width", new PyBuiltin2(t, "width", Width));
            d.SetName("block", new PyBuiltin1(t, "block", BlockMethod));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            MachineState state = MachineState.Of(ip);
            MachineAdc adc = Get(ip, state, MachineArgs.PinId(ip, a[0]));
            if (a[1] != null)
            {
                adc.SetAtten(ip, a[1]);
            }

            return adc;
        }

        /// <summary>The ADC object of a pin (created on first use); ValueError("invalid pin") for pins without an ADC.</summary>
        internal static MachineAdc Get(Interpreter ip, MachineState state, int pin)
        {
            if (pin < 0 || pin >= state.Adcs.Length || (state.Board.Gpio.Capabilities(pin) & HalPin.CapAdc) == 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InvalidPin);
            }

            MachineAdc adc = state.Adcs[pin];
            if (adc == null)
            {
                adc = new MachineAdc(state, pin, MachineAdcBlock.Get(ip, state, Esp32PinMap.AdcBlock(pin)));
                state.Adcs[pin] = adc;
            }

            return adc;
        }

        /// <summary>The HAL channel, opened and configured on first use.</summary>
        internal IAdcChannel Channel
        {
            get
            {
                if (_channel == null)
                {
                    _channel = State.Board.OpenAdc(Pin);
                    if (_channel == null)
                    {
                        throw new PyException(PyExc.ValueError, MachineErrors.InvalidPin);
                    }

                    _channel.Configure(_atten, Block.Bits);
                }

                return _channel;
            }
        }

        /// <summary>Applies a new width of the block.</summary>
        internal void BitsChanged()
        {
            if (_channel != null)
            {
                _channel.Configure(_atten, Block.Bits);
            }
        }

        private void SetAtten(Interpreter ip, PyObject value)
        {
            int a = MachineArgs.Int(ip, value);
            if (a < 0 || a > 3)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InvalidAtten);
            }

            _atten = a;
            Channel.Configure(_atten, Block.Bits);
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineAdc adc = (MachineAdc)args[offset];
            PyObject[] a = MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames);
            if (a[0] != null)
            {
                adc.SetAtten(ip, a[0]);
            }

            return PyNone.Value;
        }

        private static PyObject ReadU16(Interpreter ip, PyObject self)
        {
            MachineAdc adc = (MachineAdc)self;
            int bits = adc.Block.Bits;
            int raw = adc.Channel.ReadRaw();

            // MicroPython's scaling of a raw reading of 8..16 bits to 16 bits.
            int u16 = (raw << (16 - bits)) | (raw >> (2 * bits - 16));
            return PyInt.Get(u16 > 65535 ? 65535 : u16);
        }

        private static PyObject ReadUv(Interpreter ip, PyObject self)
        {
            return PyInt.Get(((MachineAdc)self).Channel.ReadMicrovolts());
        }

        private static PyObject Read(Interpreter ip, PyObject self)
        {
            return PyInt.Get(((MachineAdc)self).Channel.ReadRaw());
        }

        private static PyObject Atten(Interpreter ip, PyObject self, PyObject value)
        {
            ((MachineAdc)self).SetAtten(ip, value);
            return PyNone.Value;
        }

        private static PyObject Width(Interpreter ip, PyObject self, PyObject bits)
        {
            ((MachineAdc)self).Block.SetBits(ip, bits);
            return PyNone.Value;
        }

        private static PyObject BlockMethod(Interpreter ip, PyObject self)
        {
            return ((MachineAdc)self).Block;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            MachineAdc adc = (MachineAdc)self;
            if (adc._channel != null)
            {
                adc._channel.Close();
                adc._channel = null;
            }

            return PyNone.Value;
        }
    }
}
