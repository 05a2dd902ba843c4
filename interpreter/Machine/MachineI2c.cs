using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.I2C (hardware controller 0 or 1, default pins scl 18/sda 19 and scl 25/sda 26) and machine.SoftI2C
    /// (any pins), with MicroPython's full method set. The hardware class follows the esp32 port (a NACK anywhere is
    /// OSError ENODEV; writes return the byte count); SoftI2C follows extmod's bit-level implementation (writes return the
    /// number of ACKs and stop at the first NACK; start/stop/readinto/write primitives).
    /// </summary>
    public sealed partial class MachineI2c : PyObject
    {
        private static ArgSpec s_newHard;
        private static ArgSpec s_newSoft;
        private static ArgSpec s_initHard;
        private static ArgSpec s_initSoft;
        private static ArgSpec s_readfrom;
        private static ArgSpec s_readfromInto;
        private static ArgSpec s_writeto;
        private static ArgSpec s_writevto;
        private static ArgSpec s_readMem;
        private static ArgSpec s_readMemInto;
        private static ArgSpec s_writeMem;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewHardSpec
        {
            get { return s_newHard ?? (s_newHard = new ArgSpec("I2C", "id, *, scl, sda, freq, timeout", 1)); }
        }

        private static ArgSpec NewSoftSpec
        {
            get { return s_newSoft ?? (s_newSoft = new ArgSpec("SoftI2C", "scl, sda, *, freq, timeout", 2)); }
        }

        private static ArgSpec InitHardSpec
        {
            get { return s_initHard ?? (s_initHard = new ArgSpec("init", "*, scl, sda, freq, timeout", 0)); }
        }

        private static ArgSpec InitSoftSpec
        {
            get { return s_initSoft ?? (s_initSoft = new ArgSpec("init", "scl, sda, *, freq, timeout", 0)); }
        }

        private static ArgSpec ReadfromSpec
        {
            get { return s_readfrom ?? (s_readfrom = new ArgSpec("readfrom", "addr, nbytes, stop", 2)); }
        }

        private static ArgSpec ReadfromIntoSpec
        {
            get { return s_readfromInto ?? (s_readfromInto = new ArgSpec("readfrom_into", "addr, buf, stop", 2)); }
        }

        private static ArgSpec WritetoSpec
        {
            get { return s_writeto ?? (s_writeto = new ArgSpec("writeto", "addr, buf, stop", 2)); }
        }

        private static ArgSpec WritevtoSpec
        {
            get { return s_writevto ?? (s_writevto = new ArgSpec("writevto", "addr, vector, stop", 2)); }
        }

        private static ArgSpec ReadMemSpec
        {
            get { return s_readMem ?? (s_readMem = new ArgSpec("readfrom_mem", "addr, memaddr, nbytes, *, addrsize", 3)); }
        }

        private static ArgSpec ReadMemIntoSpec
        {
            get { return s_readMemInto ?? (s_readMemInto = new ArgSpec("readfrom_mem_into", "addr, memaddr, buf, *, addrsize", 3)); }
        }

        private static ArgSpec WriteMemSpec
        {
            get { return s_writeMem ?? (s_writeMem = new ArgSpec("writeto_mem", "addr, memaddr, buf, *, addrsize", 3)); }
        }

        private readonly MachineState _state;
        private readonly bool _soft;
        private readonly int _id;
        private int _scl = -1;
        private int _sda = -1;
        private int _freq = 400000;
        private int _timeout = 50000;
        private II2cBus _bus;
        private II2cPrimitives _wire;

        private MachineI2c(MachineState state, bool soft, int id)
        {
            _state = state;
            _soft = soft;
            _id = id;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _soft ? MachineTypes.SoftI2c : MachineTypes.I2c; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (_soft)
            {
                // extmod prints the frequency its microsecond delay gives.
                int delay = 500000 / (_freq > 0 ? _freq : 1);
                return "SoftI2C(scl=" + _scl + ", sda=" + _sda + ", freq=" + 500000 / (delay < 1 ? 1 : delay) + ")";
            }

            return "I2C(" + _id + ", scl=" + _scl + ", sda=" + _sda + ", freq=" + _freq + ", timeout=" + _timeout + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
            d.SetName("scan", new PyBuiltin1(t, "scan", Scan));
            d.SetName("start", new PyBuiltin1(t, "start", Start));
            d.SetName("stop", new PyBuiltin1(t, "stop", Stop));
            d.SetName("readinto", new PyBuiltin3(t, "readinto", ReadInto, 2));
            d.SetName("write", new PyBuiltin2(t, "write", Write));
            d.SetName("readfrom", new PyBuiltinN(t, "readfrom", ReadFrom));
            d.SetName("readfrom_into", new PyBuiltinN(t, "readfrom_into", ReadFromInto));
            d.SetName("writeto", new PyBuiltinN(t, "writeto", WriteTo));
            d.SetName("writevto", new PyBuiltinN(t, "writevto", WriteVTo));
            d.SetName("readfrom_mem", new PyBuiltinN(t, "readfrom_mem", ReadFromMem));
            d.SetName("readfrom_mem_into", new PyBuiltinN(t, "readfrom_mem_into", ReadFromMemInto));
            d.SetName("writeto_mem", new PyBuiltinN(t, "writeto_mem", WriteToMem));
        }

        internal static PyObject NewHardware(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewHardSpec, args, offset, count, kwnames);
            MachineState state = MachineState.Of(ip);
            int id = MachineArgs.Int(ip, a[0]);
            if (id != 0 && id != 1)
            {
                throw new PyException(PyExc.ValueError, "I2C(" + id + ") doesn't exist");
            }

            // One object per controller, as on ESP32; pins not given keep their current (or default) value.
            MachineI2c i2c = state.I2cs[id];
            if (i2c == null)
            {
                i2c = new MachineI2c(state, false, id);
                state.I2cs[id] = i2c;
            }

            i2c.Setup(ip, a[1], a[2], a[3], a[4]);
            return i2c;
        }

        internal static PyObject NewSoft(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSoftSpec, args, offset, count, kwnames);
            MachineI2c i2c = new MachineI2c(MachineState.Of(ip), true, -1);
            i2c.Setup(ip, a[0], a[1], a[2], a[3]);
            return i2c;
        }

        private void Setup(Interpreter ip, PyObject scl, PyObject sda, PyObject freq, PyObject timeout)
        {
            int newScl = scl != null ? MachineArgs.OutputPin(ip, _state, scl) : _scl >= 0 ? _scl : Esp32PinMap.I2cDefaultScl(_id);
            int newSda = sda != null ? MachineArgs.OutputPin(ip, _state, sda) : _sda >= 0 ? _sda : Esp32PinMap.I2cDefaultSda(_id);
            if (newScl < 0 || newSda < 0)
            {
                throw new PyException(PyExc.TypeError, "scl and sda are required");
            }

            int newFreq = freq != null ? MachineArgs.Int(ip, freq) : 400000;
            if (newFreq <= 0)
            {
                throw new PyException(PyExc.ValueError, "freq must be positive");
            }

            Close();
            _scl = newScl;
            _sda = newSda;
            _freq = newFreq;
            _timeout = timeout != null ? MachineArgs.Int(ip, timeout) : 50000;
            if (_soft)
            {
                _wire = _state.Board.OpenSoftI2c(_scl, _sda, _freq, _timeout);
            }
            else
            {
                _bus = _state.Board.OpenI2c(_id, _scl, _sda, _freq, _timeout);
            }

            if (_wire == null && _bus == null)
            {
                throw Errno.Error(Errno.EOPNOTSUPP);
            }
        }

        private void Close()
        {
            if (_bus != null)
            {
                _bus.Close();
                _bus = null;
            }

            if (_wire != null)
            {
                _wire.Close();
                _wire = null;
            }
        }

        private II2cBus Bus
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

        private II2cPrimitives Wire
        {
            get
            {
                if (!_soft)
                {
                    throw new PyException(PyExc.OSError, MachineErrors.I2cNotSupported);
                }

                if (_wire == null)
                {
                    throw Errno.Error(Errno.EIO);
                }

                return _wire;
            }
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, i2c._soft ? InitSoftSpec : InitHardSpec, args, offset, count, kwnames);
            i2c.Setup(ip, a[0], a[1], a[2], a[3]);
            return PyNone.Value;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            ((MachineI2c)self).Close();
            return PyNone.Value;
        }

        private static PyObject Scan(Interpreter ip, PyObject self)
        {
            MachineI2c i2c = (MachineI2c)self;
            PyList found = new PyList();
            for (int addr = 0x08; addr < 0x78; addr++)
            {
                bool ack;
                if (i2c._soft)
                {
                    II2cPrimitives w = i2c.Wire;
                    MachineArgs.Check(w.Start());
                    int r = w.WriteByte(addr << 1);
                    MachineArgs.Check(w.Stop());
                    ack = MachineArgs.Check(r) == 0;
                }
                else
                {
                    ack = i2c.Bus.Probe(addr);
                }

                if (ack)
                {
                    found.Append(PyInt.Get(addr));
                }
            }

            return found;
        }

        private static PyObject Start(Interpreter ip, PyObject self)
        {
            MachineArgs.Check(((MachineI2c)self).Wire.Start());
            return PyNone.Value;
        }

        private static PyObject Stop(Interpreter ip, PyObject self)
        {
            MachineArgs.Check(((MachineI2c)self).Wire.Stop());
            return PyNone.Value;
        }

        private static PyObject ReadInto(Interpreter ip, PyObject self, PyObject buf, PyObject nack)
        {
            II2cPrimitives w = ((MachineI2c)self).Wire;
            int offset, count;
            byte[] data = MachineArgs.WritableBuffer(buf, out offset, out count);
            bool nackLast = nack == null || Ops.IsTrue(ip, nack);
            for (int i = 0; i < count; i++)
            {
                data[offset + i] = (byte)MachineArgs.Check(w.ReadByte(nackLast && i == count - 1));
            }

            return PyNone.Value;
        }

        private static PyObject Write(Interpreter ip, PyObject self, PyObject buf)
        {
            II2cPrimitives w = ((MachineI2c)self).Wire;
            int offset, count;
            byte[] data = MachineArgs.Buffer(buf, out offset, out count);
            int acks = 0;
            for (int i = 0; i < count; i++)
            {
                if (MachineArgs.Check(w.WriteByte(data[offset + i])) != 0)
                {
                    break;
                }

                acks++;
            }

            return PyInt.Get(acks);
        }
    }
}
