using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.Pin (esp32): one object per GPIO. Modes IN=1, OUT=3 (input and output: reading an output gives its
    /// level), OPEN_DRAIN=7; pulls PULL_DOWN=1, PULL_UP=2, None; DRIVE_0..3; edge IRQs IRQ_RISING=1, IRQ_FALLING=2,
    /// always soft (the handler is scheduled with the pin as its argument); level triggers WAKE_LOW=4, WAKE_HIGH=5 for
    /// wake-up. Settings not given to init() are left as they are.
    /// </summary>
    public sealed class MachinePin : PyObject
    {
        // ORDER: HalPin (modes, pulls, edges have the same numbers there).
        internal const int In = 1;
        internal const int Out = 3;
        internal const int OpenDrain = 7;
        internal const int PullDown = 1;
        internal const int PullUp = 2;
        internal const int IrqRising = 1;
        internal const int IrqFalling = 2;
        internal const int WakeLow = 4;
        internal const int WakeHigh = 5;

        private static ArgSpec s_new;
        private static ArgSpec s_init;
        private static ArgSpec s_irq;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("Pin", "id, mode, pull, *, value, drive, hold", 1)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "mode, pull, *, value, drive, hold", 0)); }
        }

        private static ArgSpec IrqSpec
        {
            get { return s_irq ?? (s_irq = new ArgSpec("irq", "handler, trigger, wake", 0)); }
        }

        internal readonly MachineState State;
        internal int Mode = -1;
        internal int Pull = -1;
        internal int Drive = 2;
        internal PyObject IrqHandler;
        internal int IrqTrigger;
        internal int IrqFlags;
        internal int WakeTrigger;
        private MachineIrq _irq;

        internal MachinePin(MachineState state, int id)
        {
            State = state;
            Id = id;
        }

        /// <summary>The GPIO number.</summary>
        public int Id { get; private set; }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Pin; }
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "Pin(" + Id + ")";
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null || count > 1)
            {
                throw new PyException(PyExc.TypeError, "Pin.__call__ takes at most 1 argument");
            }

            return Value(ip, count == 1 ? args[offset] : null);
        }

        /// <summary>The pin's level, or sets it (any truthy value is 1).</summary>
        internal PyObject Value(Interpreter ip, PyObject v)
        {
            if (v == null)
            {
                return PyInt.Get(State.Board.Gpio.Read(Id));
            }

            State.Board.Gpio.Write(Id, Ops.IsTrue(ip, v) ? 1 : 0);
            return PyNone.Value;
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("IN", PyInt.Get(In));
            d.SetName("OUT", PyInt.Get(Out));
            d.SetName("OPEN_DRAIN", PyInt.Get(OpenDrain));
            d.SetName("PULL_UP", PyInt.Get(PullUp));
            d.SetName("PULL_DOWN", PyInt.Get(PullDown));
            d.SetName("DRIVE_0", PyInt.Get(0));
            d.SetName("DRIVE_1", PyInt.Get(1));
            d.SetName("DRIVE_2", PyInt.Get(2));
            d.SetName("DRIVE_3", PyInt.Get(3));
            d.SetName("IRQ_RISING", PyInt.Get(IrqRising));
            d.SetName("IRQ_FALLING", PyInt.Get(IrqFalling));
            d.SetName("WAKE_LOW", PyInt.Get(WakeLow));
            d.SetName("WAKE_HIGH", PyInt.Get(WakeHigh));
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("value", new PyBuiltin2(t, "value", ValueMethod, 1));
            d.SetName("on", new PyBuiltin1(t, "on", On));
            d.SetName("off", new PyBuiltin1(t, "off", Off));
            d.SetName("toggle", new PyBuiltin1(t, "toggle", Toggle));
            d.SetName("irq", new PyBuiltinN(t, "irq", Irq));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            MachineState state = MachineState.Of(ip);
            int id = MachineArgs.ValidPin(ip, state, a[0]);
            MachinePin p = state.Pin(id);
            if (count > 1)
            {
                p.Configure(ip, a[1], a[2], a[3], a[4], a[5]);
            }

            return p;
        }

        /// <summary>Applies init() arguments: null = not given (left unchanged); mode None = unchanged; pull None = no pull.</summary>
        internal void Configure(Interpreter ip, PyObject mode, PyObject pull, PyObject value, PyObject drive, PyObject hold)
        {
            IGpio gpio = State.Board.Gpio;
            int caps = gpio.Capabilities(Id);
            if (value != null)
            {
                gpio.Write(Id, Ops.IsTrue(ip, value) ? 1 : 0);
            }

            if (drive != null && (caps & HalPin.CapOutput) != 0)
            {
                int strength = MachineArgs.Int(ip, drive);
                if (strength >= 0 && strength <= 3)
                {
                    Drive = strength;
                }
            }

            int newMode = Mode;
            if (!MachineArgs.Absent(mode))
            {
                int m = MachineArgs.Int(ip, mode);
                if (m < 0 || m > 7)
                {
                    throw new PyException(PyExc.ValueError, MachineErrors.InvalidMode);
                }

                if ((m & 2) != 0 && (caps & HalPin.CapOutput) == 0)
                {
                    throw new PyException(PyExc.ValueError, MachineErrors.InputOnly);
                }

                newMode = m;
            }

            int newPull = Pull;
            if (pull != null)
            {
                int pm = MachineArgs.Absent(pull) ? 0 : MachineArgs.Int(ip, pull);
                if (pm != -1)
                {
                    newPull = pm;
                }
            }

            if (newMode != Mode || newPull != Pull || drive != null)
            {
                Mode = newMode;
                Pull = newPull;
                gpio.Configure(Id, HalMode(Mode), HalPull(Pull), Drive);
            }
        }

        /// <summary>Sets the mode from C# (dht_readinto, _onewire switch the pin to open drain).</summary>
        internal void SetMode(int mode, int pull)
        {
            Mode = mode;
            Pull = pull;
            State.Board.Gpio.Configure(Id, HalMode(mode), HalPull(pull), Drive);
        }

        internal MachineIrq IrqObject
        {
            get
            {
                if (_irq == null)
                {
                    _irq = new MachineIrq(this);
                }

                return _irq;
            }
        }

        internal void SetIrqTrigger(int trigger)
        {
            IrqTrigger = trigger;
            int edges = trigger & (IrqRising | IrqFalling);
            State.Board.Gpio.SetEdgeHandler(Id, IrqHandler == null ? 0 : edges, IrqHandler == null ? null : State.EdgeHandler);
        }

        private static int HalMode(int mode)
        {
            if (mode < 0)
            {
                return HalPin.Unchanged;
            }

            if ((mode & 4) != 0)
            {
                return HalPin.ModeOpenDrain;
            }

            if ((mode & 2) != 0)
            {
                return HalPin.ModeOutput;
            }

            return (mode & 1) != 0 ? HalPin.ModeInput : HalPin.ModeNone;
        }

        private static int HalPull(int pull)
        {
            if (pull < 0)
            {
                return HalPin.Unchanged;
            }

            if (pull == 0)
            {
                return HalPin.PullNone;
            }

            return (pull & PullUp) != 0 ? HalPin.PullUp : HalPin.PullDown;
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachinePin p = (MachinePin)args[offset];
            PyObject[] a = MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames);
            p.Configure(ip, a[0], a[1], a[2], a[3], a[4]);
            return PyNone.Value;
        }

        private static PyObject ValueMethod(Interpreter ip, PyObject self, PyObject v)
        {
            return ((MachinePin)self).Value(ip, v);
        }

        private static PyObject On(Interpreter ip, PyObject self)
        {
            MachinePin p = (MachinePin)self;
            p.State.Board.Gpio.Write(p.Id, 1);
            return PyNone.Value;
        }

        private static PyObject Off(Interpreter ip, PyObject self)
        {
            MachinePin p = (MachinePin)self;
            p.State.Board.Gpio.Write(p.Id, 0);
            return PyNone.Value;
        }

        private static PyObject Toggle(Interpreter ip, PyObject self)
        {
            MachinePin p = (MachinePin)self;
            IGpio g = p.State.Board.Gpio;
            g.Write(p.Id, 1 - g.Read(p.Id));
            return PyNone.Value;
        }

        private static PyObject Irq(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachinePin p = (MachinePin)args[offset];
            PyObject[] a = MachineArgs.Method(ip, IrqSpec, args, offset, count, kwnames);
            if (count > 1 || kwnames != null)
            {
                PyObject handler = a[0];
                int trigger = a[1] == null ? IrqRising | IrqFalling : MachineArgs.Int(ip, a[1]);
                if ((trigger == WakeLow || trigger == WakeHigh) && !MachineArgs.Absent(a[2]))
                {
                    // Wake-up source (EXT0) for light/deep sleep; the handler is not involved.
                    p.WakeTrigger = trigger;
                }
                else
                {
                    if (MachineArgs.Absent(handler))
                    {
                        p.IrqHandler = null;
                        trigger = 0;
                    }
                    else
                    {
                        if (!handler.IsCallable)
                        {
                            throw new PyException(PyExc.TypeError, "handler must be callable");
                        }

                        p.IrqHandler = handler;
                    }

                    p.SetIrqTrigger(trigger);
                }
            }

            return p.IrqObject;
        }
    }
}
