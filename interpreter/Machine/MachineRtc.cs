using NanoPython.Hal;
using NanoPython.Modules;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.RTC (esp32): datetime([(year, month, day, weekday, hours, minutes, seconds, subseconds)]) with weekday
    /// 0 = Monday and subseconds in microseconds, init(datetime), memory([data]) of up to 2048 bytes that survives soft
    /// resets. One object per interpreter.
    /// </summary>
    public sealed class MachineRtc : PyObject
    {
        private const long UsPerDay = 86400000000L;

        // Days from 1970-01-01 (CivilTime's epoch) to 2000-01-01 (the RTC's).
        private const long Days1970To2000 = 10957;

        private readonly MachineState _state;

        private MachineRtc(MachineState state)
        {
            _state = state;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Rtc; }
        }

        internal static void FillType(PyType t, PyDict d)
        {
            d.SetName("datetime", new PyBuiltin2(t, "datetime", DateTime, 1));
            d.SetName("init", new PyBuiltin2(t, "init", Init, 1));
            d.SetName("memory", new PyBuiltin2(t, "memory", Memory, 1));
        }

        internal static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineState state = MachineState.Of(ip);
            if (state.Rtc == null)
            {
                state.Rtc = new MachineRtc(state);
            }

            return state.Rtc;
        }

        private static PyObject DateTime(Interpreter ip, PyObject self, PyObject value)
        {
            IRtc rtc = ((MachineRtc)self)._state.Board.Rtc;
            if (value == null)
            {
                long now = rtc.Now;
                long days = now >= 0 ? now / UsPerDay : (now - UsPerDay + 1) / UsPerDay;
                long us = now - days * UsPerDay;
                long y;
                int mo, d;
                CivilTime.CivilFromDays(days + Days1970To2000, out y, out mo, out d);
                int wd = CivilTime.Weekday(days + Days1970To2000);
                long secs = us / 1000000;
                return new PyTuple(new PyObject[]
                {
                    PyInt.Get(y), PyInt.Get(mo), PyInt.Get(d), PyInt.Get(wd),
                    PyInt.Get((int)(secs / 3600)), PyInt.Get((int)(secs / 60 % 60)), PyInt.Get((int)(secs % 60)), PyInt.Get((int)(us % 1000000)),
                });
            }

            Set(ip, rtc, value);
            return PyNone.Value;
        }

        private static void Set(Interpreter ip, IRtc rtc, PyObject value)
        {
            int n;
            PyObject[] items = Ops.ItemsOf(ip, value, out n);
            if (n != 8)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.DateTimeTuple);
            }

            long days = CivilTime.DaysFromCivil(MachineArgs.Int(ip, items[0]), MachineArgs.Int(ip, items[1]), MachineArgs.Int(ip, items[2])) - Days1970To2000;
            long secs = MachineArgs.Int(ip, items[4]) * 3600L + MachineArgs.Int(ip, items[5]) * 60L + MachineArgs.Int(ip, items[6]);
            rtc.Set(days * UsPerDay + secs * 1000000L + MachineArgs.Int(ip, items[7]));
        }

        private static PyObject Init(Interpreter ip, PyObject self, PyObject value)
        {
            if (value != null)
            {
                Set(ip, ((MachineRtc)self)._state.Board.Rtc, value);
            }

            return PyNone.Value;
        }

        private static PyObject Memory(Interpreter ip, PyObject self, PyObject data)
        {
            IRtc rtc = ((MachineRtc)self)._state.Board.Rtc;
            if (data == null)
            {
                return new PyBytes(rtc.ReadMemory());
            }

            int offset, count;
            byte[] b = MachineArgs.Buffer(data, out offset, out count);
            if (count > rtc.MemoryCapacity)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.BufferTooLong);
            }

            rtc.WriteMemory(b, offset, count);
            return PyNone.Value;
        }
    }
}
