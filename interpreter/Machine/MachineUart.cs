using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.UART (esp32 ids 0..2; UART(0) is the REPL's stream, UART1 defaults to tx 10/rx 9, UART2 to tx 17/rx 16).
    /// read([n]) waits up to timeout ms for n bytes and returns None when nothing came; readline() waits per byte;
    /// irq(handler, trigger=IRQ_RX) schedules the handler with the UART when bytes arrive.
    /// </summary>
    public sealed class MachineUart : PyObject
    {
        /// <summary>UART.IRQ_RX.</summary>
        internal const int IrqRx = 1;

        /// <summary>UART.IRQ_BREAK.</summary>
        internal const int IrqBreak = 2;

        /// <summary>UART.IRQ_RXIDLE.</summary>
        internal const int IrqRxIdle = 0x1000;

        private static ArgSpec s_new;
        private static ArgSpec s_init;
        private static ArgSpec s_irq;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("UART", "id, baudrate, bits, parity, stop, *, tx, rx, rts, cts, txbuf, rxbuf, timeout, timeout_char, invert, flow", 1)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "baudrate, bits, parity, stop, *, tx, rx, rts, cts, txbuf, rxbuf, timeout, timeout_char, invert, flow", 0)); }
        }

        private static ArgSpec IrqSpec
        {
            get { return s_irq ?? (s_irq = new ArgSpec("irq", "handler, trigger, hard", 0)); }
        }

        internal PyObject IrqHandler;
        internal int IrqTrigger;
        internal int IrqFlags;

        private readonly MachineState _state;
        private readonly int _id;
        private readonly UartConfig _config = new UartConfig();
        private IUart _uart;
        private int _timeout;
        private int _timeoutChar;
        private MachineIrq _irq;
        private HalCallback _rxHandler;

        private MachineUart(MachineState state, int id)
        {
            _state = state;
            _id = id;
            _config.Tx = Esp32PinMap.UartDefaultTx(id);
            _config.Rx = Esp32PinMap.UartDefaultRx(id);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Uart; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            UartConfig c = _config;
            return "UART(" + _id + ", baudrate=" + c.Baudrate + ", bits=" + c.Bits + ", parity=" + (c.Parity < 0 ? "None" : c.Parity.ToString())
                + ", stop=" + c.Stop + ", tx=" + c.Tx + ", rx=" + c.Rx + ", rts=" + c.Rts + ", cts=" + c.Cts + ", txbuf=" + c.TxBuffer
                + ", rxbuf=" + c.RxBuffer + ", timeout=" + _timeout + ", timeout_char=" + _timeoutChar + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("INV_TX", PyInt.Get(128));
            d.SetName("INV_RX", PyInt.Get(4));
            d.SetName("INV_RTS", PyInt.Get(64));
            d.SetName("INV_CTS", PyInt.Get(8));
            d.SetName("RTS", PyInt.Get(1));
            d.SetName("CTS", PyInt.Get(2));
            d.SetName("IRQ_RX", PyInt.Get(IrqRx));
            d.SetName("IRQ_BREAK", PyInt.Get(IrqBreak));
            d.SetName("IRQ_RXIDLE", PyInt.Get(IrqRxIdle));
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
            d.SetName("any", new PyBuiltin1(t, "any", Any));
            d.SetName("read", new PyBuiltin2(t, "read", Read, 1));
            d.SetName("readinto", new PyBuiltin3(t, "readinto", ReadInto, 2));
            d.SetName("readline", new PyBuiltin1(t, "readline", ReadLine));
            d.SetName("write", new PyBuiltin2(t, "write", Write));
            d.SetName("sendbreak", new PyBuiltin1(t, "sendbreak", SendBreak));
            d.SetName("flush", new PyBuiltin1(t, "flush", Flush));
            d.SetName("txdone", new PyBuiltin1(t, "txdone", TxDone));
            d.SetName("irq", new PyBuiltinN(t, "irq", Irq));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            int id = MachineArgs.Int(ip, a[0]);
            if (id < 0 || id > 2)
            {
                throw new PyException(PyExc.ValueError, "UART(" + id + ") does not exist");
            }

            MachineUart u = new MachineUart(MachineState.Of(ip), id);
            PyObject[] rest = new PyObject[a.Length - 1];
            System.Array.Copy(a, 1, rest, 0, rest.Length);
            u.Setup(ip, rest);
            return u;
        }

        // a = baudrate, bits, parity, stop, tx, rx, rts, cts, txbuf, rxbuf, timeout, timeout_char, invert, flow.
        private void Setup(Interpreter ip, PyObject[] a)
        {
            UartConfig c = _config;
            c.Baudrate = MachineArgs.Int(ip, a[0], c.Baudrate);
            c.Bits = MachineArgs.Int(ip, a[1], c.Bits);
            if (a[2] != null)
            {
                c.Parity = MachineArgs.Absent(a[2]) ? -1 : MachineArgs.Int(ip, a[2]) & 1;
            }

            c.Stop = MachineArgs.Int(ip, a[3], c.Stop);
            if (c.Baudrate <= 0 || c.Bits < 5 || c.Bits > 9 || c.Stop < 1 || c.Stop > 2)
            {
                throw new PyException(PyExc.ValueError, "invalid baudrate, bits or stop");
            }

            c.Tx = a[4] != null ? MachineArgs.OutputPin(ip, _state, a[4]) : c.Tx;
            c.Rx = a[5] != null ? MachineArgs.ValidPin(ip, _state, a[5]) : c.Rx;
            c.Rts = a[6] != null ? MachineArgs.OutputPin(ip, _state, a[6]) : c.Rts;
            c.Cts = a[7] != null ? MachineArgs.ValidPin(ip, _state, a[7]) : c.Cts;
            c.TxBuffer = MachineArgs.Int(ip, a[8], c.TxBuffer);
            c.RxBuffer = MachineArgs.Int(ip, a[9], c.RxBuffer);
            _timeout = MachineArgs.Int(ip, a[10], _timeout);
            _timeoutChar = MachineArgs.Int(ip, a[11], _timeoutChar);
            c.Invert = MachineArgs.Int(ip, a[12], c.Invert);
            c.Flow = MachineArgs.Int(ip, a[13], c.Flow);
            if (_id == 0)
            {
                _uart = _state.ReplUart;
                return;
            }

            if (_uart != null)
            {
                _uart.Configure(c);
            }
            else
            {
                _uart = _state.Board.OpenUart(_id, c);
                if (_uart == null)
                {
                    throw Errno.Error(Errno.EOPNOTSUPP);
                }
            }
        }

        private IUart Port
        {
            get
            {
                if (_uart == null)
                {
                    throw Errno.Error(Errno.EIO);
                }

                return _uart;
            }
        }

        // Waits until count bytes are available or the timeout passed; returns what can be read now.
        private int WaitFor(int count, int timeoutMs)
        {
            IUart u = Port;
            int n = u.Available;
            if (n >= count || timeoutMs <= 0)
            {
                return n;
            }

            IClock clock = _state.Board.Clock;
            long end = clock.TicksUs + timeoutMs * 1000L;
            while ((n = u.Available) < count)
            {
                long left = end - clock.TicksUs;
                if (left <= 0)
                {
                    break;
                }

                _state.Sleep(left > 10000 ? 10 : (int)((left + 999) / 1000));
            }

            return u.Available;
        }

        private void OnReceive(int id)
        {
            PyObject h = IrqHandler;
            if (h != null && (IrqTrigger & IrqRx) != 0)
            {
                IrqFlags = IrqRx;
                _state.ScheduleIrq(h, this);
            }
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineUart u = (MachineUart)args[offset];
            u.Setup(ip, MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames));
            return PyNone.Value;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            MachineUart u = (MachineUart)self;
            if (u._uart != null && u._id != 0)
            {
                u._uart.Close();
            }

            u._uart = null;
            return PyNone.Value;
        }

        private static PyObject Any(Interpreter ip, PyObject self)
        {
            return PyInt.Get(((MachineUart)self).Port.Available);
        }

        private static PyObject Read(Interpreter ip, PyObject self, PyObject nbytes)
        {
            MachineUart u = (MachineUart)self;
            if (nbytes != null && !(nbytes is PyNone))
            {
                int n = Ops.CheckedSize(MachineArgs.Int(ip, nbytes));
                if (n == 0)
                {
                    return PyBytes.Empty;
                }

                int avail = u.WaitFor(n, u._timeout);
                byte[] buf = new byte[avail < n ? avail : n];
                int got = u.Port.Read(buf, 0, buf.Length);
                return got == 0 ? (PyObject)PyNone.Value : new PyBytes(Trim(buf, got));
            }

            // Read all: chunks until nothing more comes within the timeout.
            byte[] all = new byte[0];
            while (true)
            {
                int avail = u.WaitFor(1, u._timeout);
                if (avail == 0)
                {
                    break;
                }

                byte[] chunk = new byte[avail];
                int got = u.Port.Read(chunk, 0, avail);
                byte[] grown = new byte[all.Length + got];
                System.Array.Copy(all, grown, all.Length);
                System.Array.Copy(chunk, 0, grown, all.Length, got);
                all = grown;
                if (u._timeout <= 0)
                {
                    break;
                }
            }

            return all.Length == 0 ? (PyObject)PyNone.Value : new PyBytes(all);
        }

        private static byte[] Trim(byte[] b, int n)
        {
            if (n == b.Length)
            {
                return b;
            }

            byte[] r = new byte[n];
            System.Array.Copy(b, r, n);
            return r;
        }

        private static PyObject ReadInto(Interpreter ip, PyObject self, PyObject buf, PyObject nbytes)
        {
            MachineUart u = (MachineUart)self;
            int bo, bc;
            byte[] data = MachineArgs.WritableBuffer(buf, out bo, out bc);
            int n = nbytes == null ? bc : MachineArgs.Int(ip, nbytes);
            if (n > bc)
            {
                n = bc;
            }

            int avail = u.WaitFor(n, u._timeout);
            int got = u.Port.Read(data, bo, avail < n ? avail : n);
            return got == 0 ? (PyObject)PyNone.Value : PyInt.Get(got);
        }

        private static PyObject ReadLine(Interpreter ip, PyObject self)
        {
            MachineUart u = (MachineUart)self;
            byte[] line = new byte[16];
            int n = 0;
            byte[] one = new byte[1];
            while (true)
            {
                if (u.WaitFor(1, n == 0 ? u._timeout : (u._timeout > u._timeoutChar ? u._timeout : u._timeoutChar)) == 0)
                {
                    break;
                }

                u.Port.Read(one, 0, 1);
                if (n == line.Length)
                {
                    byte[] grown = new byte[n * 2];
                    System.Array.Copy(line, grown, n);
                    line = grown;
                }

                line[n++] = one[0];
                if (one[0] == (byte)'\n')
                {
                    break;
                }
            }

            return n == 0 ? (PyObject)PyNone.Value : new PyBytes(Trim(line, n));
        }

        private static PyObject Write(Interpreter ip, PyObject self, PyObject buf)
        {
            int bo, bc;
            byte[] data = MachineArgs.Buffer(buf, out bo, out bc);
            return PyInt.Get(((MachineUart)self).Port.Write(data, bo, bc));
        }

        private static PyObject SendBreak(Interpreter ip, PyObject self)
        {
            ((MachineUart)self).Port.SendBreak();
            return PyNone.Value;
        }

        private static PyObject Flush(Interpreter ip, PyObject self)
        {
            MachineUart u = (MachineUart)self;
            IUart p = u.Port;
            for (int i = 0; i < 10000 && !p.TxDone; i++)
            {
                u._state.Sleep(1);
            }

            return PyNone.Value;
        }

        private static PyObject TxDone(Interpreter ip, PyObject self)
        {
            return PyBool.Of(((MachineUart)self).Port.TxDone);
        }

        private static PyObject Irq(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineUart u = (MachineUart)args[offset];
            PyObject[] a = MachineArgs.Method(ip, IrqSpec, args, offset, count, kwnames);
            if (a[2] != null && Ops.IsTrue(ip, a[2]))
            {
                throw new PyException(PyExc.ValueError, MachineErrors.UartHard);
            }

            if (count > 1 || kwnames != null)
            {
                u.IrqHandler = MachineArgs.Absent(a[0]) ? null : a[0];
                u.IrqTrigger = u.IrqHandler == null ? 0 : MachineArgs.Int(ip, a[1], IrqRx);
                if (u._rxHandler == null)
                {
                    u._rxHandler = u.OnReceive;
                }

                u.Port.SetReceiveHandler(u.IrqHandler == null ? null : u._rxHandler);
            }

            if (u._irq == null)
            {
                u._irq = new MachineIrq(u);
            }

            return u._irq;
        }
    }
}
