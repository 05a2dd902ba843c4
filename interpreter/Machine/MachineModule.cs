using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The machine module's namespace: the classes, the esp32 constants and the module-level functions (freq, reset,
    /// soft_reset, reset_cause, unique_id, idle, lightsleep/sleep, deepsleep, wake_reason, disable_irq/enable_irq,
    /// time_pulse_us, bitstream, dht_readinto, mem8/mem16/mem32).
    /// </summary>
    internal static class MachineModule
    {
        /// <summary>A native function that raises SystemExit (scheduled when the board resets by itself).</summary>
        internal static PyBuiltin1 RaiseSystemExit
        {
            // Made when needed (a watchdog reset): a static initialiser would take heap from the assembly's load on.
            get { return new PyBuiltin1("_board_reset", SystemExitFn); }
        }

        private static ArgSpec s_timePulse;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec TimePulseSpec
        {
            get { return s_timePulse ?? (s_timePulse = new ArgSpec("time_pulse_us", "pin, pulse_level, timeout_us", 2)); }
        }

        // The classes and functions, created when first looked up (PyModule.AddLazy): the classes first, then the functions in Create's order.
        private const string LazyNames =
            "Pin Signal ADC ADCBlock PWM I2C SoftI2C SPI SoftSPI UART Timer RTC WDT TouchPad DAC Counter Encoder " +
            "mem8 mem16 mem32 freq reset soft_reset reset_cause unique_id idle deepsleep wake_reason disable_irq " +
            "enable_irq time_pulse_us bitstream dht_readinto";

        // Number of classes at the start of LazyNames: MachineTypes' order without IRQ (index 1).
        private const int ClassCount = 17;

        internal static void Fill(MachineState state, PyModule module, PyDict d)
        {
            module.AddLazy(LazyNames, state.CreateAttribute);

            // ORDER: HalReset (reset causes and wake reasons have the same numbers there).
            d.SetName("PWRON_RESET", PyInt.Get(HalReset.PowerOn));
            d.SetName("HARD_RESET", PyInt.Get(HalReset.Hard));
            d.SetName("WDT_RESET", PyInt.Get(HalReset.Watchdog));
            d.SetName("DEEPSLEEP_RESET", PyInt.Get(HalReset.DeepSleep));
            d.SetName("SOFT_RESET", PyInt.Get(HalReset.Soft));
            d.SetName("PIN_WAKE", PyInt.Get(HalReset.WakeExt0));
            d.SetName("EXT0_WAKE", PyInt.Get(HalReset.WakeExt0));
            d.SetName("EXT1_WAKE", PyInt.Get(HalReset.WakeExt1));
            d.SetName("TIMER_WAKE", PyInt.Get(HalReset.WakeTimer));
            d.SetName("TOUCHPAD_WAKE", PyInt.Get(HalReset.WakeTouchpad));
            d.SetName("ULP_WAKE", PyInt.Get(HalReset.WakeUlp));
            d.SetName("SLEEP", PyInt.Get(2));
            d.SetName("DEEPSLEEP", PyInt.Get(4));

            // sleep is the same object as lightsleep: both are made now.
            PyBuiltin1 lightsleep = new PyBuiltin1("lightsleep", LightSleep, 0);
            d.SetName("lightsleep", lightsleep);
            d.SetName("sleep", lightsleep);
        }

        /// <summary>The lazy attribute at index of LazyNames.</summary>
        internal static PyObject Create(MachineState state, int index)
        {
            if (index < ClassCount)
            {
                return MachineTypes.ByIndex(index == 0 ? 0 : index + 1);
            }

            switch (index - ClassCount)
            {
                case 0:
                    return new MachineMem(state, 1);
                case 1:
                    return new MachineMem(state, 2);
                case 2:
                    return new MachineMem(state, 4);
                case 3:
                    return new PyBuiltin1("freq", Freq, 0);
                case 4:
                    return new PyBuiltin0("reset", Reset);
                case 5:
                    return new PyBuiltin0("soft_reset", SoftReset);
                case 6:
                    return new PyBuiltin0("reset_cause", ResetCause);
                case 7:
                    return new PyBuiltin0("unique_id", UniqueId);
                case 8:
                    return new PyBuiltin0("idle", Idle);
                case 9:
                    return new PyBuiltin1("deepsleep", DeepSleep, 0);
                case 10:
                    return new PyBuiltin0("wake_reason", WakeReason);
                case 11:
                    return new PyBuiltin0("disable_irq", DisableIrq);
                case 12:
                    return new PyBuiltin1("enable_irq", EnableIrq);
                case 13:
                    return new PyBuiltinN("time_pulse_us", TimePulseUs);
                case 14:
                    return new PyBuiltinN("bitstream", Bitstream);
                case 15:
                    return new PyBuiltin2("dht_readinto", DhtReadInto);
                default:
                    return null;
            }
        }

        private static PyObject SystemExitFn(Interpreter ip, PyObject cause)
        {
            throw new PyException(PyExc.SystemExit);
        }

        private static PyObject Freq(Interpreter ip, PyObject hz)
        {
            IChip chip = MachineState.Of(ip).Board.Chip;
            if (hz == null)
            {
                return PyInt.Get(chip.CpuFrequency);
            }

            // As the esp32 port: the value is taken in whole MHz.
            int mhz = MachineArgs.Int(ip, hz) / 1000000;
            if (mhz != 20 && mhz != 40 && mhz != 80 && mhz != 160 && mhz != 240)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.Frequency);
            }

            chip.SetCpuFrequency(mhz * 1000000);
            return PyNone.Value;
        }

        private static PyObject Reset(Interpreter ip)
        {
            MachineState.Of(ip).Board.Chip.Reset();

            // A device does not come back; the simulated board has recorded the reset for the host, which restarts
            // the interpreter once this SystemExit has unwound the program.
            throw new PyException(PyExc.SystemExit);
        }

        private static PyObject SoftReset(Interpreter ip)
        {
            // MicroPython binds machine.soft_reset to sys.exit.
            throw new PyException(PyExc.SystemExit);
        }

        private static PyObject ResetCause(Interpreter ip)
        {
            return PyInt.Get(MachineState.Of(ip).Board.Chip.ResetCause);
        }

        private static PyObject UniqueId(Interpreter ip)
        {
            byte[] id = MachineState.Of(ip).Board.Chip.UniqueId;
            return new PyBytes((byte[])id.Clone());
        }

        private static PyObject Idle(Interpreter ip)
        {
            MachineState.Of(ip).Board.Chip.Idle();
            return PyNone.Value;
        }

        private static PyObject LightSleep(Interpreter ip, PyObject ms)
        {
            MachineState.Of(ip).Board.Chip.LightSleep(MachineArgs.Absent(ms) ? -1 : MachineArgs.Int(ip, ms));
            return PyNone.Value;
        }

        private static PyObject DeepSleep(Interpreter ip, PyObject ms)
        {
            MachineState.Of(ip).Board.Chip.DeepSleep(MachineArgs.Absent(ms) ? -1 : MachineArgs.Int(ip, ms));
            throw new PyException(PyExc.SystemExit);
        }

        private static PyObject WakeReason(Interpreter ip)
        {
            return PyInt.Get(MachineState.Of(ip).Board.Chip.WakeReason);
        }

        private static PyObject DisableIrq(Interpreter ip)
        {
            return PyInt.Get(MachineState.Of(ip).DisableIrq());
        }

        private static PyObject EnableIrq(Interpreter ip, PyObject state)
        {
            MachineState.Of(ip).EnableIrq(Ops.IsTrue(ip, state));
            return PyNone.Value;
        }

        private static PyObject TimePulseUs(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, TimePulseSpec, args, offset, count, kwnames);
            MachineState state = MachineState.Of(ip);
            int pin = MachineArgs.ValidPin(ip, state, a[0]);
            int level = Ops.IsTrue(ip, a[1]) ? 1 : 0;
            long timeout = a[2] == null ? 1000000 : Ops.Index(ip, a[2]);
            return PyInt.Get(state.Board.Gpio.TimePulseUs(pin, level, timeout));
        }

        private static PyObject Bitstream(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null || count != 4)
            {
                throw new PyException(PyExc.TypeError, "bitstream(pin, encoding, timing, data)");
            }

            MachineState state = MachineState.Of(ip);
            int pin = MachineArgs.OutputPin(ip, state, args[offset]);
            if (MachineArgs.Int(ip, args[offset + 1]) != 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.Encoding);
            }

            int n;
            PyObject[] timing = Ops.ItemsOf(ip, args[offset + 2], out n);
            if (n != 4)
            {
                throw new PyException(PyExc.ValueError, "requested length 4 but object has length " + n);
            }

            int dataOffset, dataCount;
            byte[] data = MachineArgs.Buffer(args[offset + 3], out dataOffset, out dataCount);
            int status = state.Board.Gpio.Bitstream(pin, MachineArgs.Int(ip, timing[0]), MachineArgs.Int(ip, timing[1]), MachineArgs.Int(ip, timing[2]), MachineArgs.Int(ip, timing[3]), data, dataOffset, dataCount);
            MachineArgs.Check(status);
            return PyNone.Value;
        }

        private static PyObject DhtReadInto(Interpreter ip, PyObject pinArg, PyObject buf)
        {
            MachineState state = MachineState.Of(ip);
            int pin = MachineArgs.OutputPin(ip, state, pinArg);
            int offset, count;
            byte[] data = MachineArgs.WritableBuffer(buf, out offset, out count);
            if (count < 5)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.BufferTooSmall);
            }

            // dht_readinto drives the line open-drain, as MicroPython's does.
            state.Pin(pin).SetMode(MachinePin.OpenDrain, -1);
            MachineArgs.Check(state.Board.Gpio.DhtRead(pin, data, offset));
            return PyNone.Value;
        }
    }
}
