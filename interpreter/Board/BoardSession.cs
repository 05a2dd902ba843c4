using NanoPython.Modules;
using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// A board's life on its console, shared by the ESP32 firmware and the host's simulated board (MicroPython's
    /// ports/esp32/main.c with shared/runtime/pyexec.c): each start (power-on or soft reset) creates a fresh
    /// interpreter, sets sys.path to ['', '.frozen', '/lib'], lets the port install its hardware, runs boot.py and then
    /// main.py (only in the friendly REPL and only when boot.py succeeded; a missing boot.py counts as success), and
    /// runs the REPL in the mode it was left in. Ctrl-D on an empty line, an empty raw-REPL Ctrl-D, and SystemExit
    /// (sys.exit(), machine.soft_reset(), also from boot.py or main.py) soft-reset: "MPY: soft reboot" and start over,
    /// keeping the REPL mode. Globals of boot.py and main.py stay visible in the REPL (they run in __main__).
    /// </summary>
    public sealed class BoardSession
    {
        /// <summary><see cref="Execute"/>: the code ran to its end.</summary>
        public const int ExecOk = 0;

        /// <summary><see cref="Execute"/>: an exception escaped (its traceback is in the error text).</summary>
        public const int ExecException = 1;

        /// <summary><see cref="Execute"/>: SystemExit escaped (soft reset).</summary>
        public const int ExecSystemExit = 2;

        /// <summary>The soft-reset line (cooked: "\r\n" on the wire).</summary>
        public const string SoftRebootLine = "MPY: soft reboot\n";

        // How long the idle REPL waits for a byte before it looks for scheduled callbacks (Timer, Pin IRQ).
        private const int IdlePollMs = 20;

        private const int LoopClosed = 0;
        private const int LoopSoftReset = 1;
        private const int BootDone = 2;

        private readonly BoardPort _port;
        private readonly ConsoleInput _in;
        private readonly ConsoleOutput _out;
        private readonly Completer _completer;
        private readonly LineEditor _editor;
        private readonly Repl _repl;
        private Interpreter _ip;
        private PyBaseException _systemExit;

        /// <summary>A session of port on a console (input filled by the port's receiver, output to its sink).</summary>
        public BoardSession(BoardPort port, ConsoleInput input, ConsoleOutput output)
        {
            _port = port;
            _in = input;
            _out = output;
            _completer = new Completer();
            _editor = new LineEditor(output, _completer);
            _repl = new Repl(output, _editor);
            _in.Editor = _editor;
            _in.Output = output;
        }

        /// <summary>The REPL state machine (its mode, limits).</summary>
        public Repl Repl
        {
            get { return _repl; }
        }

        /// <summary>The interpreter of the current start (null before the first).</summary>
        public Interpreter Interpreter
        {
            get { return _ip; }
        }

        /// <summary>The SystemExit that ended <see cref="RunInteractive"/>, or null when Ctrl-D or end of input ended it.</summary>
        public PyBaseException SystemExit
        {
            get { return _systemExit; }
        }

        /// <summary>The friendly banner: "MicroPython v1.24.0 (nanoPython v0.1.0) on date; board with MCU" and the help line.</summary>
        public static string MakeBanner(string buildDate, string machine)
        {
            return "MicroPython v" + SysModule.MicroPythonVersion + " (nanoPython v" + SysModule.NanoPythonVersion + ") on "
                + buildDate + "; " + machine + "\r\nType \"help()\" for more information.\r\n";
        }

        /// <summary>Runs the board until the console closes (power-on, boot files, REPL, soft resets).</summary>
        public void Run()
        {
            while (true)
            {
                string machine = _port.BoardName + " with " + _port.Mcu;
                _repl.Banner = MakeBanner(_port.BuildDate, machine);
                Interpreter ip = InterpreterFactory.Create(_out, _out, _in, _port.Platform, machine, _port.BuildName);
                ip.Path.Append(PyStr.Empty);
                ip.Path.Append(new PyStr(".frozen"));
                ip.Path.Append(new PyStr("/lib"));
                _port.Setup(ip);
                Attach(ip);
                _editor.ClearHistory();

                int r = Boot(ip);
                if (r != LoopSoftReset)
                {
                    _repl.Begin();
                    r = Loop(ip);
                }

                _out.Flush();
                if (r == LoopClosed)
                {
                    return;
                }

                _port.SoftReset(ip);
                if (_port.TakeHardReset())
                {
                    _repl.Mode = Repl.ModeFriendly;
                }
                else
                {
                    _out.Write(SoftRebootLine);
                }
            }
        }

        /// <summary>
        /// The friendly REPL on an existing interpreter (the host's -i after a script, as MicroPython's unix port): runs
        /// until Ctrl-D on an empty line, SystemExit (see <see cref="SystemExit"/>) or the end of input.
        /// </summary>
        public void RunInteractive(Interpreter ip, string banner)
        {
            _systemExit = null;
            Attach(ip);
            _repl.Banner = banner;
            _repl.Mode = Repl.ModeFriendly;
            _repl.Begin();
            Loop(ip);
            _out.Flush();
        }

        /// <summary>
        /// Runs source in __main__ of ip with the console in "running" mode (the interrupt character raises
        /// KeyboardInterrupt). Returns <see cref="ExecOk"/>, <see cref="ExecException"/> (errorText = the traceback in
        /// MicroPython's format) or <see cref="ExecSystemExit"/>.
        /// </summary>
        public int Execute(Interpreter ip, string source, string fileName, int mode, out string errorText)
        {
            errorText = null;

            // pyexec restores the interrupt character for every run: micropython.kbd_intr(-1) lasts until the end of it.
            ip.InterruptChar = 3;
            _in.BeginExecution();
            try
            {
                PyDict main = ip.MainDict;
                if (mode == CompileMode.Exec)
                {
                    main.SetName(Names.__file__, new PyStr(fileName));
                }

                ip.Exec(source, fileName, mode, main);

                // Capture off first, then a Ctrl-C that came after the last bytecode still counts (pyexec's
                // mp_hal_set_interrupt_char(-1) then mp_handle_pending(true)): none can be left pending for the next run.
                _in.EndExecution();
                if (ip.PendingWork != 0)
                {
                    ip.HandlePending();
                }

                return ExecOk;
            }
            catch (PyException e)
            {
                ip.PendingInterrupt = 0;
                if (e.Value.IsInstance(PyExc.SystemExit))
                {
                    _systemExit = e.Value;
                    return ExecSystemExit;
                }

                errorText = FormatException(ip, e.Value);
                return ExecException;
            }
            catch (System.Exception e)
            {
                // A fault of the interpreter itself must not take the board down with it: report it like an exception.
                ip.PendingInterrupt = 0;
                errorText = "SystemError: " + e.Message + "\n";
                return ExecException;
            }
            finally
            {
                _in.EndExecution();
                ip.Stdout.Flush();
            }
        }

        private static string FormatException(Interpreter ip, PyBaseException e)
        {
            try
            {
                return Ops.FormatException(ip, e);
            }
            catch (PyException)
            {
                return e.Type.Name.Value + ": \n";
            }
        }

        private void Attach(Interpreter ip)
        {
            _ip = ip;
            _in.Attach(ip);
            _repl.Attach(ip);
            _completer.Interpreter = ip;
        }

        // boot.py, then main.py in the friendly REPL when boot.py succeeded; LoopSoftReset when either raised SystemExit.
        private int Boot(Interpreter ip)
        {
            int r = RunFile(ip, "boot.py");
            if (r == ExecSystemExit)
            {
                return LoopSoftReset;
            }

            if (_repl.Mode == Repl.ModeFriendly && r == ExecOk)
            {
                if (RunFile(ip, "main.py") == ExecSystemExit)
                {
                    return LoopSoftReset;
                }
            }

            return BootDone;
        }

        // pyexec_file_if_exists: a missing file is a success; an exception prints its traceback.
        private int RunFile(Interpreter ip, string name)
        {
            IModuleSource files = ip.ModuleSource;
            string source = files != null ? files.ReadText(name) : null;
            if (source == null)
            {
                return ExecOk;
            }

            string error;
            int r = Execute(ip, source, name, CompileMode.Exec, out error);
            if (r == ExecException)
            {
                _out.Write(error);
            }

            return r;
        }

        private int Loop(Interpreter ip)
        {
            while (true)
            {
                int b = _in.Read(IdlePollMs);
                if (b == -1)
                {
                    return LoopClosed;
                }

                if (b == ConsoleInput.TimedOut)
                {
                    RunIdleWork(ip);
                    continue;
                }

                int action;
                try
                {
                    action = _repl.Feed(b);
                }
                finally
                {
                    _out.Flush();
                }

                if (action == ReplAction.SoftReset)
                {
                    return LoopSoftReset;
                }

                if (action == ReplAction.Execute)
                {
                    string error;
                    int r = Execute(ip, _repl.Source, "<stdin>", _repl.SourceMode, out error);
                    _repl.EndExecution(error, r == ExecSystemExit);
                    _out.Flush();
                    if (r == ExecSystemExit)
                    {
                        return LoopSoftReset;
                    }
                }
            }
        }

        // Scheduled callbacks (Timer, Pin IRQ, micropython.schedule) also run while the REPL waits for input, as
        // MicroPython's event poll hook runs them inside mp_hal_stdin_rx_chr.
        private void RunIdleWork(Interpreter ip)
        {
            if (ip.PendingWork == 0)
            {
                return;
            }

            // At a prompt Ctrl-C is a key, not an interrupt.
            ip.PendingInterrupt = 0;
            _in.BeginExecution();
            try
            {
                ip.HandlePending();
            }
            catch (PyException e)
            {
                ip.PendingInterrupt = 0;
                _out.Write(FormatException(ip, e.Value));
            }
            finally
            {
                _in.EndExecution();
                _out.Flush();
            }
        }
    }
}
