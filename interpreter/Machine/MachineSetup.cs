using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// Installs the machine module (and _onewire, and _board on boards that can be controlled from outside) on an
    /// interpreter, over a board's HAL. Both ports call it after creating the interpreter:
    /// <code>MachineSetup.Install(ip, board);</code>
    /// and at a soft reset, before dropping the old interpreter: <c>MachineSetup.SoftReset(oldIp);</c>.
    /// </summary>
    public static class MachineSetup
    {
        private static readonly object s_lock = new object();
        private static bool s_typesInstalled;

        /// <summary>
        /// Registers "machine", "_onewire" (and "_board" for an <see cref="IBoardControl"/> board) on ip; installs the
        /// board clock as the interpreter's clock when it has none. Returns the module state.
        /// </summary>
        public static MachineState Install(Interpreter ip, IBoard board)
        {
            lock (s_lock)
            {
                if (!s_typesInstalled)
                {
                    s_typesInstalled = true;
                    MachineTypes.Install();
                }
            }

            MachineState state = new MachineState(ip, board);
            ip.RegisterModule("machine", state.FillModule);
            ip.RegisterModule("_onewire", OneWireModule.Fill);
            if (board is IBoardControl)
            {
                ip.RegisterModule("_board", BoardModule.Fill);
            }

            if (ip.Clock == null)
            {
                ip.Clock = new MachineClock(board);
            }

            board.Chip.SetResetHandler(state.OnBoardReset);
            return state;
        }

        /// <summary>The machine state of ip (RuntimeError when machine is not installed).</summary>
        public static MachineState StateOf(Interpreter ip)
        {
            return MachineState.Of(ip);
        }

        /// <summary>
        /// The soft-reset step of the machine module (MicroPython's machine_pins_deinit, machine_timer_deinit_all,
        /// machine_pwm_deinit_all): IRQ handlers dropped, timers, PWM and buses stopped, pin modes and levels kept.
        /// Call it on the interpreter being left, then Install on the new one.
        /// </summary>
        public static void SoftReset(Interpreter ip)
        {
            MachineState.Of(ip).SoftReset();
        }

        /// <summary>Connects machine.UART(0) to the REPL's stream (the board session calls this).</summary>
        public static void SetReplUart(Interpreter ip, IUart repl)
        {
            MachineState.Of(ip).ReplUart = repl;
        }
    }
}
