using System.Collections;

namespace NanoPython.Runtime
{
    /// <summary>
    /// All mutable state of one Python interpreter: modules, builtins, the call depth, pending interrupts, scheduled
    /// callbacks and the hooks other assemblies install (compiler, numbers, formatting, module source). Several
    /// interpreters can live in one process (the tests run many side by side); nothing here is static.
    /// </summary>
    public sealed partial class Interpreter
    {
        /// <summary>Capacity of the scheduler queue (micropython.schedule; MicroPython's esp32 depth).</summary>
        public const int ScheduleDepth = 8;

        /// <summary>The builtins namespace.</summary>
        public readonly PyDict Builtins;

        /// <summary>The builtins module.</summary>
        public readonly PyModule BuiltinsModule;

        /// <summary>sys.modules.</summary>
        public readonly PyDict Modules;

        /// <summary>sys.path.</summary>
        public readonly PyList Path;

        /// <summary>sys.argv.</summary>
        public readonly PyList Argv;

        /// <summary>The numeric tower (big ints, complex, float printing and parsing).</summary>
        public NumberHooks Numbers;

        /// <summary>Formatting services of the Builtins assembly.</summary>
        public RuntimeHooks Hooks;

        /// <summary>The bytecode VM (installed by VmSetup of the NanoPython.Vm assembly).</summary>
        public Executor Executor;

        /// <summary>The compiler, or null when none is installed.</summary>
        public ICompiler Compiler;

        /// <summary>Where import reads Python files, or null.</summary>
        public IModuleSource ModuleSource;

        /// <summary>Standard output.</summary>
        public OutputStream Stdout;

        /// <summary>Standard error (the same stream as Stdout on a board).</summary>
        public OutputStream Stderr;

        /// <summary>Standard input, or null.</summary>
        public InputStream Stdin;

        /// <summary>
        /// The Python object that sys.stdout refers to initially (it writes to <see cref="Stdout"/>). print() writes to
        /// Stdout directly while sys.stdout is still this object, and calls sys.stdout.write otherwise.
        /// </summary>
        public PyObject NativeStdout;

        /// <summary>sys.platform.</summary>
        public string Platform = "linux";

        /// <summary>The machine description of sys.implementation._machine and the banner ("board with MCU").</summary>
        public string MachineName = "linux [nanoPython] with x86_64";

        /// <summary>sys.implementation._build.</summary>
        public string BuildName = "host";

        /// <summary>micropython.opt_level() (0: assertions compiled in).</summary>
        public int OptLevel;

        /// <summary>Python frames currently active (native re-entries included).</summary>
        public int Depth;

        /// <summary>Limit of <see cref="Depth"/>; beyond it RecursionError is raised.</summary>
        public int MaxDepth;

        /// <summary>The innermost running frame (maintained by the VM).</summary>
        public Frame CurrentFrame;

        /// <summary>Finished frames kept for the next calls.</summary>
        public readonly FramePool Frames = new FramePool();

        /// <summary>Value of the last StopIteration caught by a native iteration (for yield from over iterators).</summary>
        public PyObject LastStopValue;

        /// <summary>
        /// Non-zero when the VM must leave its fast path at the next back-branch or call: a keyboard interrupt is
        /// pending or callbacks are scheduled. Written from other threads (console, timers), read by the VM.
        /// </summary>
        public int PendingWork;

        /// <summary>Set (with PendingWork) when Ctrl-C was received.</summary>
        public int PendingInterrupt;

        /// <summary>The character that interrupts running code (3 = Ctrl-C; -1 disables it: micropython.kbd_intr).</summary>
        public int InterruptChar = 3;

        /// <summary>The clock (time module, sleeps), installed by the board; null until then.</summary>
        public SystemClock Clock;

        /// <summary>The exception to raise for a pending interrupt (KeyboardInterrupt by default).</summary>
        public PyType InterruptType = PyExc.KeyboardInterrupt;

        // The registered native modules: names and fillers in parallel arrays (a Hashtable costs a 4-block entry
        // object per module on nanoFramework).
        private string[] _moduleNames = new string[0];
        private ModuleFiller[] _moduleFillers = new ModuleFiller[0];
        private readonly Hashtable _frozen = new Hashtable();
        private readonly ArrayList _reprStack = new ArrayList();
        private readonly object _scheduleLock = new object();
        private readonly PyObject[] _scheduledFn = new PyObject[ScheduleDepth];
        private readonly PyObject[] _scheduledArg = new PyObject[ScheduleDepth];
        private int _scheduledCount;
        private bool _inScheduled;

        /// <summary>An interpreter with empty builtins and the sys basics; assemblies install the rest.</summary>
        public Interpreter()
        {
#if NANOPY_HOST
            MaxDepth = 1000;
#else
            MaxDepth = 60;
#endif
            Numbers = new NumberHooks();
            Hooks = new RuntimeHooks();
            Builtins = new PyDict();
            Modules = new PyDict();
            Path = new PyList();
            Argv = new PyList();
            BuiltinsModule = new PyModule(Names.Get(Names.builtins), Builtins);
            Builtins.SetName(Names.__name__, Names.Get(Names.builtins));
            Builtins.SetName(Names.None, PyNone.Value);
            Builtins.SetName(Names.Ellipsis, PyEllipsis.Value);
            Builtins.SetName(Names.NotImplemented, PyNotImplemented.Value);
            Builtins.SetName(Names.True, PyBool.True);
            Builtins.SetName(Names.False, PyBool.False);
            PyExc.Install(this);

            Modules.SetName(Names.builtins, BuiltinsModule);
        }

        /// <summary>
        /// Registers a native module, created on its first import. The filler runs when the module's namespace is first
        /// used. Names may be dotted for submodules.
        /// </summary>
        public void RegisterModule(string name, ModuleFiller filler)
        {
            int i = ModuleIndex(name);
            if (i < 0)
            {
                int n = _moduleNames.Length;
                string[] names = new string[n + 1];
                ModuleFiller[] fillers = new ModuleFiller[n + 1];
                System.Array.Copy(_moduleNames, names, n);
                System.Array.Copy(_moduleFillers, fillers, n);
                _moduleNames = names;
                _moduleFillers = fillers;
                i = n;
            }

            _moduleNames[i] = name;
            _moduleFillers[i] = filler;
        }

        private int ModuleIndex(string name)
        {
            string[] names = _moduleNames;
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The filler of a registered native module, or null.</summary>
        public ModuleFiller FindNativeModule(string name)
        {
            int i = ModuleIndex(name);
            return i < 0 ? null : _moduleFillers[i];
        }

        /// <summary>The names of the registered native modules (for help('modules')).</summary>
        public string[] NativeModuleNames()
        {
            return (string[])_moduleNames.Clone();
        }

        /// <summary>Registers a frozen Python module (source compiled on first import; '.frozen' in sys.path).</summary>
        public void RegisterFrozen(string name, string source)
        {
            _frozen[name] = source;
        }

        /// <summary>The source of a frozen module, or null.</summary>
        public string FindFrozen(string name)
        {
            return (string)_frozen[name];
        }

        /// <summary>The names of the frozen modules.</summary>
        public string[] FrozenModuleNames()
        {
            string[] names = new string[_frozen.Count];
            int i = 0;
            foreach (object k in _frozen.Keys)
            {
                names[i++] = (string)k;
            }

            return names;
        }

        /// <summary>Enters a container repr (depth-limited); pair with <see cref="LeaveRepr"/>.</summary>
        public void EnterRepr()
        {
            if (++Depth > MaxDepth)
            {
                Depth--;
                throw Ops.RecursionError();
            }
        }

        /// <summary>Leaves a container repr.</summary>
        public void LeaveRepr()
        {
            Depth--;
        }

        /// <summary>Enters the repr of a mutable container: false when it is already being printed (print [...]).</summary>
        public bool EnterReprOf(PyObject o)
        {
            for (int i = 0; i < _reprStack.Count; i++)
            {
                if (ReferenceEquals(_reprStack[i], o))
                {
                    return false;
                }
            }

            EnterRepr();
            _reprStack.Add(o);
            return true;
        }

        /// <summary>Leaves the repr of a mutable container.</summary>
        public void LeaveReprOf(PyObject o)
        {
            _reprStack.RemoveAt(_reprStack.Count - 1);
            LeaveRepr();
        }

        /// <summary>Requests a KeyboardInterrupt at the next safe point (thread-safe; called by the console).</summary>
        public void Interrupt()
        {
            PendingInterrupt = 1;
            PendingWork = 1;
            SystemClock c = Clock;
            if (c != null)
            {
                c.Wake();
            }
        }

        /// <summary>
        /// Sleeps ms milliseconds in slices, running scheduled callbacks and raising a pending KeyboardInterrupt as soon
        /// as it arrives (time.sleep and friends use this).
        /// </summary>
        public void Sleep(long ms)
        {
            SystemClock c = Clock;
            if (c == null)
            {
                throw new PyException(PyExc.RuntimeError, "no clock installed");
            }

            long end = c.TicksMs + ms;
            while (true)
            {
                if (PendingWork != 0)
                {
                    HandlePending();
                }

                long left = end - c.TicksMs;
                if (left <= 0)
                {
                    return;
                }

                c.Wait(left > 50 ? 50 : (int)left);
            }
        }

        /// <summary>
        /// Queues fn(arg) to run at the next safe point (micropython.schedule and HAL callbacks). Returns false when
        /// the queue is full. Thread-safe.
        /// </summary>
        public bool Schedule(PyObject fn, PyObject arg)
        {
            lock (_scheduleLock)
            {
                if (_scheduledCount >= ScheduleDepth)
                {
                    return false;
                }

                _scheduledFn[_scheduledCount] = fn;
                _scheduledArg[_scheduledCount] = arg;
                _scheduledCount++;
                PendingWork = 1;
                SystemClock c = Clock;
                if (c != null)
                {
                    c.Wake();
                }

                return true;
            }
        }

        /// <summary>Drops pending interrupts and scheduled callbacks (soft reset, REPL prompt).</summary>
        public void ClearPending()
        {
            lock (_scheduleLock)
            {
                for (int i = 0; i < _scheduledCount; i++)
                {
                    _scheduledFn[i] = null;
                    _scheduledArg[i] = null;
                }

                _scheduledCount = 0;
                PendingInterrupt = 0;
                PendingWork = 0;
            }
        }

        /// <summary>
        /// The VM's slow path at safe points: raises a pending KeyboardInterrupt, then runs scheduled callbacks in order
        /// (not re-entrantly).
        /// </summary>
        public void HandlePending()
        {
            PendingWork = 0;
            if (PendingInterrupt != 0)
            {
                PendingInterrupt = 0;
                throw new PyException(InterruptType);
            }

            if (_inScheduled)
            {
                return;
            }

            _inScheduled = true;
            try
            {
                while (true)
                {
                    PyObject fn;
                    PyObject arg;
                    lock (_scheduleLock)
                    {
                        if (_scheduledCount == 0)
                        {
                            break;
                        }

                        fn = _scheduledFn[0];
                        arg = _scheduledArg[0];
                        for (int i = 1; i < _scheduledCount; i++)
                        {
                            _scheduledFn[i - 1] = _scheduledFn[i];
                            _scheduledArg[i - 1] = _scheduledArg[i];
                        }

                        _scheduledCount--;
                        _scheduledFn[_scheduledCount] = null;
                        _scheduledArg[_scheduledCount] = null;
                    }

                    Ops.Call1(this, fn, arg);
                }
            }
            finally
            {
                _inScheduled = false;
            }
        }

        /// <summary>Compiles and runs source as module __main__ (or the given namespace); returns the result.</summary>
        public PyObject Exec(string source, string fileName, int mode, PyDict globals)
        {
            if (Compiler == null)
            {
                throw new PyException(PyExc.RuntimeError, "no compiler installed");
            }

            CodeObject code = Compiler.Compile(this, source, fileName, mode);
            return RunCode(code, globals, globals);
        }

        /// <summary>Runs module-level code in a namespace.</summary>
        public PyObject RunCode(CodeObject code, PyDict globals, PyDict locals)
        {
            if (globals.LookupName(Names.Get(Names.__builtins__)) == null)
            {
                globals.SetName(Names.__builtins__, BuiltinsModule);
            }

            Frame f = Frames.Get(code, globals, Builtins);
            f.Locals = locals;
            Depth++;
            f.Back = CurrentFrame;
            try
            {
                return Executor.Run(this, f, null);
            }
            finally
            {
                Depth--;
                Frames.Release(f);
            }
        }

        /// <summary>The namespace of module __main__ (created on first use).</summary>
        public PyDict MainDict
        {
            get
            {
                PyModule m = Modules.LookupName(Names.Get(Names.__main__)) as PyModule;
                if (m == null)
                {
                    PyDict d = new PyDict();
                    d.SetName(Names.__name__, Names.Get(Names.__main__));
                    d.SetName(Names.__builtins__, BuiltinsModule);
                    m = new PyModule(Names.Get(Names.__main__), d);
                    Modules.SetName(Names.__main__, m);
                }

                return m.Dict;
            }
        }
    }
}
