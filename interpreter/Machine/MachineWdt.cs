using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.WDT(id=0, timeout=5000): starts the watchdog (timeout in ms); feed() restarts the countdown. It cannot be
    /// stopped; when not fed the board resets with WDT_RESET.
    /// </summary>
    public sealed class MachineWdt : PyObject
    {
        private static ArgSpec s_new;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("WDT", "id, timeout", 0)); }
        }

        private readonly IWatchdog _wdt;

        private MachineWdt(IWatchdog wdt)
        {
            _wdt = wdt;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Wdt; }
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("feed", new PyBuiltin1(t, "feed", Feed));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            if (MachineArgs.Int(ip, a[0], 0) != 0)
            {
                throw new PyException(PyExc.ValueError, "WDT(" + MachineArgs.Int(ip, a[0]) + ") doesn't exist");
            }

            int timeout = MachineArgs.Int(ip, a[1], 5000);
            if (timeout <= 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.WdtTimeout);
            }

            MachineState state = MachineState.Of(ip);
            IWatchdog w = state.Board.StartWatchdog(timeout);
            if (w == null)
            {
                throw Errno.Error(Errno.EOPNOTSUPP);
            }

            if (state.Wdt == null)
            {
                state.Wdt = new MachineWdt(w);
            }

            return state.Wdt;
        }

        private static PyObject Feed(Interpreter ip, PyObject self)
        {
            ((MachineWdt)self)._wdt.Feed();
            return PyNone.Value;
        }
    }
}
