using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.Signal: a pin seen through an optional inversion (active-low LEDs and buttons).
    /// Signal(pin_obj, *, invert=False) or Signal(&lt;Pin constructor arguments&gt;, *, invert=False); with the second
    /// form a value= is logical (inverted along with the signal).
    /// </summary>
    public sealed class MachineSignal : PyObject
    {
        private readonly PyObject _pin;
        private readonly bool _invert;

        private MachineSignal(PyObject pin, bool invert)
        {
            _pin = pin;
            _invert = invert;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Signal; }
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null || count > 1)
            {
                throw new PyException(PyExc.TypeError, "Signal.__call__ takes at most 1 argument");
            }

            return Value(ip, count == 1 ? args[offset] : null);
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("value", new PyBuiltin2(t, "value", ValueMethod, 1));
            d.SetName("on", new PyBuiltin1(t, "on", On));
            d.SetName("off", new PyBuiltin1(t, "off", Off));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            if (npos < 1)
            {
                throw new PyException(PyExc.TypeError, "Signal() needs a pin");
            }

            bool invert = false;
            int invertIndex = -1;
            for (int i = 0; i < nkw; i++)
            {
                if (((PyStr)kwnames.Items[i]).Value == "invert")
                {
                    invert = Ops.IsTrue(ip, args[offset + npos + i]);
                    invertIndex = i;
                }
            }

            PyObject first = args[offset];
            if (first is MachinePin || first is MachineSignal)
            {
                if (npos != 1 || nkw != (invertIndex >= 0 ? 1 : 0))
                {
                    throw new PyException(PyExc.TypeError, "Signal(pin, *, invert=False)");
                }

                return new MachineSignal(first, invert);
            }

            // The Pin constructor's arguments, without invert; a value= given here is logical.
            PyObject[] pinArgs = new PyObject[count - (invertIndex >= 0 ? 1 : 0)];
            PyObject[] names = new PyObject[nkw - (invertIndex >= 0 ? 1 : 0)];
            System.Array.Copy(args, offset, pinArgs, 0, npos);
            int k = 0;
            for (int i = 0; i < nkw; i++)
            {
                if (i == invertIndex)
                {
                    continue;
                }

                PyObject v = args[offset + npos + i];
                if (invert && ((PyStr)kwnames.Items[i]).Value == "value")
                {
                    v = PyBool.Of(!Ops.IsTrue(ip, v));
                }

                names[k] = kwnames.Items[i];
                pinArgs[npos + k] = v;
                k++;
            }

            PyObject pin = MachinePin.New(ip, MachineTypes.Pin, pinArgs, 0, pinArgs.Length, names.Length == 0 ? null : new PyTuple(names));
            return new MachineSignal(pin, invert);
        }

        private PyObject Value(Interpreter ip, PyObject v)
        {
            if (v == null)
            {
                int level = PinValue(ip, _pin, null);
                return PyInt.Get(_invert ? level ^ 1 : level);
            }

            bool on = Ops.IsTrue(ip, v);
            PinValue(ip, _pin, PyInt.Get((on ^ _invert) ? 1 : 0));
            return PyNone.Value;
        }

        private static int PinValue(Interpreter ip, PyObject pin, PyObject v)
        {
            MachinePin p = pin as MachinePin;
            if (p != null)
            {
                PyObject r = p.Value(ip, v);
                return v == null ? (int)((PyInt)r).Value : 0;
            }

            PyObject s = ((MachineSignal)pin).Value(ip, v);
            return v == null ? (int)((PyInt)s).Value : 0;
        }

        private static PyObject ValueMethod(Interpreter ip, PyObject self, PyObject v)
        {
            return ((MachineSignal)self).Value(ip, v);
        }

        private static PyObject On(Interpreter ip, PyObject self)
        {
            return ((MachineSignal)self).Value(ip, PyInt.One);
        }

        private static PyObject Off(Interpreter ip, PyObject self)
        {
            return ((MachineSignal)self).Value(ip, PyInt.Zero);
        }
    }
}
