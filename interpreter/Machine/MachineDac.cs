using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>machine.DAC (esp32): DAC(pin) on GPIO25 or GPIO26; write(0..255) sets the output voltage (value/255 of VDD).</summary>
    public sealed class MachineDac : PyObject
    {
        private readonly IDac _dac;
        private readonly int _pin;

        private MachineDac(IDac dac, int pin)
        {
            _dac = dac;
            _pin = pin;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Dac; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "DAC(Pin(" + _pin + "))";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("write", new PyBuiltin2(t, "write", Write));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count < 1 || kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "DAC(pin)");
            }

            MachineState state = MachineState.Of(ip);
            int pin = MachineArgs.PinId(ip, args[offset]);
            if (Esp32PinMap.DacChannel(pin) < 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.DacPin);
            }

            IDac dac = state.Board.OpenDac(pin);
            if (dac == null)
            {
                throw Errno.Error(Errno.EOPNOTSUPP);
            }

            return new MachineDac(dac, pin);
        }

        private static PyObject Write(Interpreter ip, PyObject self, PyObject value)
        {
            int v = MachineArgs.Int(ip, value);
            if (v < 0 || v > 255)
            {
                throw new PyException(PyExc.ValueError, "value out of range");
            }

            ((MachineDac)self)._dac.Write(v);
            return PyNone.Value;
        }
    }
}
