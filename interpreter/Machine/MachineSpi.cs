using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.SPI (esp32: id 1 = HSPI sck 14/mosi 13/miso 12, id 2 = VSPI sck 18/mosi 23/miso 19) and machine.SoftSPI
    /// (any pins, all three required): init, deinit, read, readinto, write, write_readinto; MSB = 0, LSB = 1.
    /// </summary>
    public sealed class MachineSpi : PyObject
    {
        private static ArgSpec s_newHard;
        private static ArgSpec s_newSoft;
        private static ArgSpec s_init;
        private static ArgSpec s_read;
        private static ArgSpec s_readinto;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewHardSpec
        {
            get { return s_newHard ?? (s_newHard = new ArgSpec("SPI", "id, baudrate, *, polarity, phase, bits, firstbit, sck, mosi, miso", 1)); }
        }

        private static ArgSpec NewSoftSpec
        {
            get { return s_newSoft ?? (s_newSoft = new ArgSpec("SoftSPI", "baudrate, *, polarity, phase, bits, firstbit, sck, mosi, miso", 0)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "baudrate, *, polarity, phase, bits, firstbit, sck, mosi, miso", 0)); }
        }

        private static ArgSpec ReadSpec
        {
            get { return s_read ?? (s_read = new ArgSpec("read", "nbytes, write", 1)); }
        }

        private static ArgSpec ReadintoSpec
        {
            get { return s_readinto ?? (s_readinto = new ArgSpec("readinto", "buf, write", 1)); }
        }

        private readonly MachineState _state;
        private readonly int _id;
        private SpiConfig _config;
        private ISpiBus _bus;

        private MachineSpi(MachineState state, int id)
        {
            _state = state;
            _id = id;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _id < 0 ? MachineTypes.SoftSpi : MachineTypes.Spi; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            SpiConfig c = _config;
            string body = "baudrate=" + c.Baudrate + ", polarity=" + c.Polarity + ", phase=" + c.Phase + ", bits=" + c.Bits + ", firstbit=" + c.FirstBit + ", sck=" + c.Sck + ", mosi=" + c.Mosi + ", miso=" + c.Miso + ")";
            return _id < 0 ? "SoftSPI(" + body : "SPI(id=" + _id + ", " + body;
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("MSB", PyInt.Get(0));
            d.SetName("LSB", PyInt.Get(1));
            d.SetName("CONTROLLER", PyInt.Get(0));
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
            d.SetName("read", new PyBuiltinN(t, "read", Read));
            d.SetName("readinto", new PyBuiltinN(t, "readinto", ReadInto));
            d.SetName("write", new PyBuiltin2(t, "write", Write));
            d.SetName("write_readinto", new PyBuiltin3(t, "write_readinto", WriteReadInto));
        }

        internal static PyObject NewHardware(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewHardSpec, args, offset, count, kwnames);
            int id = MachineArgs.Int(ip, a[0]);
            if (id != 1 && id != 2)
            {
                throw new PyException(PyExc.ValueError, "SPI(" + id + ") doesn't exist");
            }

            MachineSpi spi = new MachineSpi(MachineState.Of(ip), id);
            spi.Setup(ip, a, 1, 1000000);
            return spi;
        }

        internal static PyObject NewSoft(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSoftSpec, args, offset, count, kwnames);
            MachineSpi spi = new MachineSpi(MachineState.Of(ip), -1);
            spi.Setup(ip, a, 0, 500000);
            return spi;
        }

        // a[first..] = baudrate, polarity, phase, bits, firstbit, sck, mosi, miso.
        private void Setup(Interpreter ip, PyObject[] a, int first, int defaultBaud)
        {
            SpiConfig c = _config != null ? _config.Clone() : new SpiConfig();
            if (_config == null)
            {
                c.Baudrate = defaultBaud;
                c.Sck = Esp32PinMap.SpiDefaultSck(_id);
                c.Mosi = Esp32PinMap.SpiDefaultMosi(_id);
                c.Miso = Esp32PinMap.SpiDefaultMiso(_id);
            }

            c.Baudrate = MachineArgs.Int(ip, a[first], c.Baudrate);
            c.Polarity = MachineArgs.Int(ip, a[first + 1], c.Polarity) & 1;
            c.Phase = MachineArgs.Int(ip, a[first + 2], c.Phase) & 1;
            c.Bits = MachineArgs.Int(ip, a[first + 3], c.Bits);
            c.FirstBit = MachineArgs.Int(ip, a[first + 4], c.FirstBit);
            if (a[first + 5] != null)
            {
                c.Sck = MachineArgs.OutputPin(ip, _state, a[first + 5]);
            }

            if (a[first + 6] != null)
            {
                c.Mosi = MachineArgs.OutputPin(ip, _state, a[first + 6]);
            }

            if (a[first + 7] != null)
            {
                c.Miso = MachineArgs.ValidPin(ip, _state, a[first + 7]);
            }

            if (_id < 0 && (c.Sck < 0 || c.Mosi < 0 || c.Miso < 0))
            {
                throw new PyException(PyExc.ValueError, MachineErrors.SpiPins);
            }

            if (c.Baudrate <= 0 || c.Bits < 1 || c.Bits > 32)
            {
                throw new PyException(PyExc.ValueError, "invalid baudrate or bits");
            }

            _config = c;
            if (_bus != null)
            {
                _bus.Configure(c);
            }
            else
            {
                _bus = _state.Board.OpenSpi(_id, c);
                if (_bus == null)
                {
                    throw Errno.Error(Errno.EOPNOTSUPP);
                }
            }
        }

        private ISpiBus Bus
        {
            get
            {
                if (_bus == null)
                {
                    throw Errno.Error(Errno.EIO);
                }

                return _bus;
            }
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineSpi spi = (MachineSpi)args[offset];
            PyObject[] a = MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames);
            spi.Setup(ip, a, 0, spi._config.Baudrate);
            return PyNone.Value;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            MachineSpi spi = (MachineSpi)self;
            if (spi._bus != null)
            {
                spi._bus.Close();
                spi._bus = null;
            }

            return PyNone.Value;
        }

        private static byte[] Fill(int n, int value)
        {
            byte[] w = new byte[n];
            for (int i = 0; i < n; i++)
            {
                w[i] = (byte)value;
            }

            return w;
        }

        private static PyObject Read(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineSpi spi = (MachineSpi)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ReadSpec, args, offset, count, kwnames);
            int n = Ops.CheckedSize(MachineArgs.Int(ip, a[0]));
            byte[] r = new byte[n];
            spi.Bus.Transfer(Fill(n, MachineArgs.Int(ip, a[1], 0)), 0, r, 0, n);
            return new PyBytes(r);
        }

        private static PyObject ReadInto(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineSpi spi = (MachineSpi)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ReadintoSpec, args, offset, count, kwnames);
            int bo, bc;
            byte[] buf = MachineArgs.WritableBuffer(a[0], out bo, out bc);
            spi.Bus.Transfer(Fill(bc, MachineArgs.Int(ip, a[1], 0)), 0, buf, bo, bc);
            return PyNone.Value;
        }

        private static PyObject Write(Interpreter ip, PyObject self, PyObject buf)
        {
            int bo, bc;
            byte[] data = MachineArgs.Buffer(buf, out bo, out bc);
            ((MachineSpi)self).Bus.Transfer(data, bo, null, 0, bc);
            return PyNone.Value;
        }

        private static PyObject WriteReadInto(Interpreter ip, PyObject self, PyObject wbuf, PyObject rbuf)
        {
            int wo, wc, ro, rc;
            byte[] w = MachineArgs.Buffer(wbuf, out wo, out wc);
            byte[] r = MachineArgs.WritableBuffer(rbuf, out ro, out rc);
            if (wc != rc)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.SameLength);
            }

            // The write buffer may be the read buffer: copy it first.
            byte[] copy = new byte[wc];
            System.Array.Copy(w, wo, copy, 0, wc);
            ((MachineSpi)self).Bus.Transfer(copy, 0, r, ro, rc);
            return PyNone.Value;
        }
    }
}
