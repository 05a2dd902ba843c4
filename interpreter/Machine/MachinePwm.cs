using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.PWM (esp32 LEDC): PWM(dest, *, freq, duty, duty_u16, duty_ns, invert). Frequency 1 Hz..40 MHz (5 kHz by
    /// default), duty 50% by default; duty() is 10-bit (0..1024), duty_u16() 16-bit, duty_ns() in nanoseconds; the unit
    /// last used to set the duty is kept when the frequency changes. 16 channels share 8 timers (see
    /// <see cref="PwmAllocator"/>): changing the frequency of a channel that shares its timer moves it to another timer.
    /// </summary>
    public sealed class MachinePwm : PyObject
    {
        private const int DefaultFreq = 5000;
        private const int UnitU16 = 0;
        private const int UnitU10 = 1;
        private const int UnitNs = 2;

        private static ArgSpec s_new;
        private static ArgSpec s_init;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_new ?? (s_new = new ArgSpec("PWM", "dest, freq, duty, *, duty_u16, duty_ns, invert, lightsleep", 1)); }
        }

        private static ArgSpec InitSpec
        {
            get { return s_init ?? (s_init = new ArgSpec("init", "freq, duty, *, duty_u16, duty_ns, invert, lightsleep", 0)); }
        }

        private readonly MachineState _state;
        private readonly int _pin;
        private IPwmOutput _out;
        private int _freq;
        private int _dutyU16 = -1;
        private int _dutyNs;
        private int _unit;
        private bool _invert;

        private MachinePwm(MachineState state, int pin)
        {
            _state = state;
            _pin = pin;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Pwm; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            string s = "PWM(Pin(" + _pin + ")";
            if (_out != null)
            {
                s += ", freq=" + _freq;
                if (_unit == UnitU10)
                {
                    s += ", duty=" + (_dutyU16 >> 6);
                }
                else if (_unit == UnitNs)
                {
                    s += ", duty_ns=" + DutyNsNow();
                }
                else
                {
                    s += ", duty_u16=" + _dutyU16;
                }

                if (_invert)
                {
                    s += ", invert=True";
                }

                int ch = _state.Pwm.ChannelOf(_pin);
                s += ", channel=" + ch + ", timer=" + _state.Pwm.TimerOf(ch);
            }

            return s + ")";
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("init", new PyBuiltinN(t, "init", Init));
            d.SetName("deinit", new PyBuiltin1(t, "deinit", Deinit));
            d.SetName("freq", new PyBuiltin2(t, "freq", Freq, 1));
            d.SetName("duty", new PyBuiltin2(t, "duty", Duty, 1));
            d.SetName("duty_u16", new PyBuiltin2(t, "duty_u16", DutyU16, 1));
            d.SetName("duty_ns", new PyBuiltin2(t, "duty_ns", DutyNs, 1));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = MachineArgs.Function(ip, NewSpec, args, offset, count, kwnames);
            MachineState state = MachineState.Of(ip);
            int pin = MachineArgs.OutputPin(ip, state, a[0]);
            MachinePwm pwm = state.PwmByPin[pin];
            if (pwm == null)
            {
                pwm = new MachinePwm(state, pin);
                state.PwmByPin[pin] = pwm;
            }

            pwm.Configure(ip, a[1], a[2], a[3], a[4], a[5]);
            return pwm;
        }

        private void Configure(Interpreter ip, PyObject freq, PyObject duty, PyObject dutyU16, PyObject dutyNs, PyObject invert)
        {
            int f = freq == null ? (_freq > 0 ? _freq : DefaultFreq) : MachineArgs.Int(ip, freq);
            CheckFreq(f);
            if (invert != null)
            {
                _invert = Ops.IsTrue(ip, invert);
                if (_out != null)
                {
                    _out.Close();
                    _out = null;
                }
            }

            int ch = _state.Pwm.Assign(_pin, f);
            CheckAssigned(ch);
            _freq = f;
            if (dutyNs != null)
            {
                SetDutyNs(ip, dutyNs);
            }
            else if (dutyU16 != null)
            {
                SetDutyU16(ip, dutyU16);
            }
            else if (duty != null)
            {
                SetDutyU10(ip, duty);
            }
            else if (_dutyU16 < 0)
            {
                _dutyU16 = 32768;
                _unit = UnitU10;
            }

            Apply();
        }

        private static void CheckFreq(int f)
        {
            if (f <= 0 || f > 40000000)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.PwmFreq);
            }
        }

        private static void CheckAssigned(int ch)
        {
            if (ch == -1)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.PwmChannels);
            }

            if (ch == -2)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.PwmTimers);
            }
        }

        private void Apply()
        {
            if (_unit == UnitNs)
            {
                _dutyU16 = NsToU16(_dutyNs, _freq);
            }

            int hw = _dutyU16 > 65535 ? 65535 : _dutyU16;
            if (_out == null)
            {
                _out = _state.Board.OpenPwm(_pin, _freq, hw, _invert);
                if (_out == null)
                {
                    throw new PyException(PyExc.ValueError, MachineErrors.InvalidPin);
                }
            }
            else
            {
                _out.Set(_freq, hw);
            }
        }

        private static int NsToU16(long ns, int freq)
        {
            long v = (ns * freq * 65536L + 500000000L) / 1000000000L;
            return v > 65536 ? 65536 : (int)v;
        }

        private int DutyNsNow()
        {
            if (_unit == UnitNs)
            {
                return _dutyNs;
            }

            return (int)(((long)_dutyU16 * 1000000000L + (long)_freq * 32768L) / ((long)_freq * 65536L));
        }

        private void SetDutyU16(Interpreter ip, PyObject v)
        {
            int d = MachineArgs.Int(ip, v);
            if (d < 0 || d > 65535)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.DutyU16);
            }

            _dutyU16 = d;
            _unit = UnitU16;
        }

        private void SetDutyU10(Interpreter ip, PyObject v)
        {
            int d = MachineArgs.Int(ip, v);
            if (d < 0 || d > 1024)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.Duty);
            }

            _dutyU16 = d << 6;
            _unit = UnitU10;
        }

        private void SetDutyNs(Interpreter ip, PyObject v)
        {
            int ns = MachineArgs.Int(ip, v);
            long period = 1000000000L / _freq;
            if (ns < 0 || ns > period)
            {
                throw new PyException(PyExc.ValueError, "duty_ns must be from 0 to " + period + " ns");
            }

            _dutyNs = ns;
            _unit = UnitNs;
        }

        private void EnsureActive()
        {
            if (_out == null)
            {
                int f = _freq > 0 ? _freq : DefaultFreq;
                int ch = _state.Pwm.Assign(_pin, f);
                CheckAssigned(ch);
                _freq = f;
                if (_dutyU16 < 0)
                {
                    _dutyU16 = 32768;
                    _unit = UnitU10;
                }
            }
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachinePwm pwm = (MachinePwm)args[offset];
            PyObject[] a = MachineArgs.Method(ip, InitSpec, args, offset, count, kwnames);
            pwm.Configure(ip, a[0], a[1], a[2], a[3], a[4]);
            return PyNone.Value;
        }

        private static PyObject Deinit(Interpreter ip, PyObject self)
        {
            MachinePwm pwm = (MachinePwm)self;
            if (pwm._out != null)
            {
                pwm._out.Close();
                pwm._out = null;
            }

            pwm._state.Pwm.Release(pwm._pin);
            return PyNone.Value;
        }

        private static PyObject Freq(Interpreter ip, PyObject self, PyObject value)
        {
            MachinePwm pwm = (MachinePwm)self;
            if (value == null)
            {
                return PyInt.Get(pwm._out != null ? pwm._freq : 0);
            }

            int f = MachineArgs.Int(ip, value);
            CheckFreq(f);
            pwm.EnsureActive();
            CheckAssigned(pwm._state.Pwm.Assign(pwm._pin, f));
            pwm._freq = f;
            pwm.Apply();
            return PyNone.Value;
        }

        private static PyObject Duty(Interpreter ip, PyObject self, PyObject value)
        {
            MachinePwm pwm = (MachinePwm)self;
            if (value == null)
            {
                return PyInt.Get(pwm._out != null ? pwm._dutyU16 >> 6 : 0);
            }

            pwm.EnsureActive();
            pwm.SetDutyU10(ip, value);
            pwm.Apply();
            return PyNone.Value;
        }

        private static PyObject DutyU16(Interpreter ip, PyObject self, PyObject value)
        {
            MachinePwm pwm = (MachinePwm)self;
            if (value == null)
            {
                return PyInt.Get(pwm._out != null ? (pwm._dutyU16 > 65535 ? 65535 : pwm._dutyU16) : 0);
            }

            pwm.EnsureActive();
            pwm.SetDutyU16(ip, value);
            pwm.Apply();
            return PyNone.Value;
        }

        private static PyObject DutyNs(Interpreter ip, PyObject self, PyObject value)
        {
            MachinePwm pwm = (MachinePwm)self;
            if (value == null)
            {
                return PyInt.Get(pwm._out != null ? pwm.DutyNsNow() : 0);
            }

            pwm.EnsureActive();
            pwm.SetDutyNs(ip, value);
            pwm.Apply();
            return PyNone.Value;
        }
    }
}
