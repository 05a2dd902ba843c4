using System.Collections;
using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The machine module's state for one interpreter: the board, the Pin objects (one per GPIO, as on ESP32), IRQ
    /// handlers, timers, PWM channel bookkeeping, the RTC and WDT singletons and the REPL's UART. Several interpreters
    /// each have their own (the tests run many at once). A soft reset drops it with its IRQ handlers; the board keeps
    /// pin levels.
    /// </summary>
    public sealed class MachineState
    {
        /// <summary>Depth of the queue of callbacks held back while IRQs are disabled.</summary>
        private const int DeferredDepth = 8;

        internal readonly MachineTimer[] Timers = new MachineTimer[4];
        internal readonly MachineAdcBlock[] AdcBlocks = new MachineAdcBlock[2];
        internal readonly MachineI2c[] I2cs = new MachineI2c[2];
        internal readonly PwmAllocator Pwm = new PwmAllocator();
        internal readonly MachineCounter[] Counters = new MachineCounter[8];
        internal readonly PinEdgeHandler EdgeHandler;
        internal readonly HalCallback TimerHandler;
        internal MachineRtc Rtc;
        internal MachineWdt Wdt;

        // One slot per GPIO, allocated on first use (40 slots are 480 bytes on nanoFramework).
        private MachinePin[] _pins;
        private MachineAdc[] _adcs;
        private MachinePwm[] _pwmByPin;
        private Hashtable _oneWires;

        private readonly object _irqLock = new object();
        private readonly PyObject[] _deferredFn = new PyObject[DeferredDepth];
        private readonly PyObject[] _deferredArg = new PyObject[DeferredDepth];
        private int _deferredCount;
        private bool _irqDisabled;
        private IUart _replUart;

        internal MachineState(Interpreter ip, IBoard board)
        {
            Ip = ip;
            Board = board;
            EdgeHandler = OnPinEdge;
            TimerHandler = OnTimer;
        }

        /// <summary>The Pin object of each GPIO (null until made).</summary>
        internal MachinePin[] Pins
        {
            get { return _pins ?? (_pins = new MachinePin[Esp32PinMap.PinCount]); }
        }

        /// <summary>The ADC object of each GPIO (null until made).</summary>
        internal MachineAdc[] Adcs
        {
            get { return _adcs ?? (_adcs = new MachineAdc[Esp32PinMap.PinCount]); }
        }

        /// <summary>The PWM object driving each GPIO (null when none).</summary>
        internal MachinePwm[] PwmByPin
        {
            get { return _pwmByPin ?? (_pwmByPin = new MachinePwm[Esp32PinMap.PinCount]); }
        }

        /// <summary>The 1-Wire buses by pin.</summary>
        internal Hashtable OneWires
        {
            get { return _oneWires ?? (_oneWires = new Hashtable()); }
        }

        /// <summary>The interpreter.</summary>
        public Interpreter Ip { get; private set; }

        /// <summary>The board.</summary>
        public IBoard Board { get; private set; }

        /// <summary>
        /// The REPL's stream as a UART: machine.UART(0) reads and writes it (Mu sends files through UART(0)). The board
        /// session sets it; when null, UART(0) is the interpreter's stdin/stdout.
        /// </summary>
        public IUart ReplUart
        {
            get
            {
                if (_replUart == null)
                {
                    _replUart = new StdioUart(Ip);
                }

                return _replUart;
            }

            set
            {
                _replUart = value;
            }
        }

        /// <summary>The state of the machine module installed on ip; RuntimeError when there is none.</summary>
        public static MachineState Of(Interpreter ip)
        {
            ModuleFiller f = ip.FindNativeModule("machine");
            MachineState s = f == null ? null : f.Target as MachineState;
            if (s == null)
            {
                throw new PyException(PyExc.RuntimeError, MachineErrors.NotInstalled);
            }

            return s;
        }

        /// <summary>The Pin object of a GPIO (created on first use).</summary>
        internal MachinePin Pin(int id)
        {
            MachinePin p = Pins[id];
            if (p == null)
            {
                p = new MachinePin(this, id);
                Pins[id] = p;
            }

            return p;
        }

        /// <summary>Queues handler(arg) on the interpreter's scheduler (held back while IRQs are disabled). Any thread.</summary>
        internal void ScheduleIrq(PyObject handler, PyObject arg)
        {
            lock (_irqLock)
            {
                if (_irqDisabled)
                {
                    if (_deferredCount < DeferredDepth)
                    {
                        _deferredFn[_deferredCount] = handler;
                        _deferredArg[_deferredCount] = arg;
                        _deferredCount++;
                    }

                    return;
                }
            }

            Ip.Schedule(handler, arg);
        }

        /// <summary>machine.disable_irq(): returns the previous state (1 enabled, 0 disabled).</summary>
        internal int DisableIrq()
        {
            lock (_irqLock)
            {
                int was = _irqDisabled ? 0 : 1;
                _irqDisabled = true;
                return was;
            }
        }

        /// <summary>machine.enable_irq(state): re-enables when state says they were enabled; releases held-back callbacks.</summary>
        internal void EnableIrq(bool enable)
        {
            if (!enable)
            {
                return;
            }

            int n;
            PyObject[] fn = new PyObject[DeferredDepth];
            PyObject[] arg = new PyObject[DeferredDepth];
            lock (_irqLock)
            {
                _irqDisabled = false;
                n = _deferredCount;
                for (int i = 0; i < n; i++)
                {
                    fn[i] = _deferredFn[i];
                    arg[i] = _deferredArg[i];
                    _deferredFn[i] = null;
                    _deferredArg[i] = null;
                }

                _deferredCount = 0;
            }

            for (int i = 0; i < n; i++)
            {
                Ip.Schedule(fn[i], arg[i]);
            }
        }

        /// <summary>Waits ms milliseconds keeping Ctrl-C and scheduled callbacks alive (the interpreter's clock when installed).</summary>
        internal void Sleep(int ms)
        {
            if (Ip.Clock != null)
            {
                Ip.Sleep(ms);
            }
            else
            {
                Board.Clock.Wait(ms);
            }
        }

        /// <summary>Soft reset: stop reporting to this interpreter and release the peripherals (pins keep their levels).</summary>
        internal void SoftReset()
        {
            MachinePin[] pins = _pins;
            for (int i = 0; pins != null && i < pins.Length; i++)
            {
                if (pins[i] != null)
                {
                    pins[i].IrqHandler = null;
                    pins[i].IrqTrigger = 0;
                }
            }

            Board.SoftReset();
        }

        /// <summary>Fills the machine module's namespace (the ModuleFiller registered for "machine"; its target is this state).</summary>
        internal void FillModule(Interpreter ip, PyModule module, PyDict d)
        {
            MachineModule.Fill(this, module, d);
        }

        // A lazy attribute of the machine module (see MachineModule.LazyNames).
        internal PyObject CreateAttribute(Interpreter ip, int index)
        {
            return MachineModule.Create(this, index);
        }

        /// <summary>The board is resetting by itself (watchdog): stop the program with SystemExit at the next safe point.</summary>
        internal void OnBoardReset(int cause)
        {
            if (!Ip.Schedule(MachineModule.RaiseSystemExit, PyInt.Get(cause)))
            {
                Ip.InterruptType = PyExc.SystemExit;
                Ip.Interrupt();
            }
        }

        private void OnPinEdge(int pin, int edge)
        {
            // The HAL's thread: read the table as it is (no Pin object yet means no IRQ to run).
            MachinePin[] pins = _pins;
            MachinePin p = pins != null && pin >= 0 && pin < pins.Length ? pins[pin] : null;
            if (p == null)
            {
                return;
            }

            PyObject h = p.IrqHandler;
            if (h != null && (p.IrqTrigger & edge) != 0)
            {
                p.IrqFlags = edge;
                ScheduleIrq(h, p);
            }
        }

        private void OnTimer(int id)
        {
            MachineTimer t = id >= 0 && id < Timers.Length ? Timers[id] : null;
            if (t != null)
            {
                PyObject cb = t.Callback;
                if (cb != null)
                {
                    ScheduleIrq(cb, t);
                }
            }
        }
    }
}
