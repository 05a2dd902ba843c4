using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The IRQ object that Pin.irq() and UART.irq() return: calling it runs the handler now (with the pin or UART as
    /// argument), trigger([new]) reads or changes the trigger, flags() tells what fired last.
    /// </summary>
    public sealed class MachineIrq : PyObject
    {
        private readonly MachinePin _pin;
        private readonly MachineUart _uart;

        internal MachineIrq(MachinePin pin)
        {
            _pin = pin;
        }

        internal MachineIrq(MachineUart uart)
        {
            _uart = uart;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Irq; }
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<IRQ>";
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject h = _pin != null ? _pin.IrqHandler : _uart.IrqHandler;
            if (h == null)
            {
                return PyNone.Value;
            }

            return Ops.Call1(ip, h, _pin != null ? (PyObject)_pin : _uart);
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("trigger", new PyBuiltin2(t, "trigger", Trigger, 1));
            d.SetName("flags", new PyBuiltin1(t, "flags", Flags));
        }

        private static PyObject Trigger(Interpreter ip, PyObject self, PyObject value)
        {
            MachineIrq irq = (MachineIrq)self;
            int old = irq._pin != null ? irq._pin.IrqTrigger : irq._uart.IrqTrigger;
            if (value != null)
            {
                int t = MachineArgs.Int(ip, value);
                if (irq._pin != null)
                {
                    irq._pin.SetIrqTrigger(t);
                }
                else
                {
                    irq._uart.IrqTrigger = t;
                }
            }

            return PyInt.Get(old);
        }

        private static PyObject Flags(Interpreter ip, PyObject self)
        {
            MachineIrq irq = (MachineIrq)self;
            return PyInt.Get(irq._pin != null ? irq._pin.IrqFlags : irq._uart.IrqFlags);
        }
    }
}
