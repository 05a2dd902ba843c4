using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>machine.TouchPad (esp32): TouchPad(pin) on a touch pin (T0..T9); read() (lower when touched), config(threshold).</summary>
    public sealed class MachineTouchPad : PyObject
    {
        private readonly ITouchPad _pad;

        private MachineTouchPad(ITouchPad pad)
        {
            _pad = pad;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.TouchPad; }
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("read", new PyBuiltin1(t, "read", Read));
            d.SetName("config", new PyBuiltin2(t, "config", Config));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count != 1 || kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "TouchPad(pin)");
            }

            MachineState state = MachineState.Of(ip);
            int pin = MachineArgs.PinId(ip, args[offset]);
            ITouchPad pad = Esp32PinMap.TouchChannel(pin) < 0 ? null : state.Board.OpenTouchPad(pin);
            if (pad == null)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.TouchPin);
            }

            return new MachineTouchPad(pad);
        }

        private static PyObject Read(Interpreter ip, PyObject self)
        {
            return PyInt.Get(((MachineTouchPad)self)._pad.Read());
        }

        private static PyObject Config(Interpreter ip, PyObject self, PyObject threshold)
        {
            ((MachineTouchPad)self)._pad.SetThreshold(MachineArgs.Int(ip, threshold));
            return PyNone.Value;
        }
    }
}
