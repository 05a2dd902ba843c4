using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The time module (MicroPython's extmod/modtime.c over <see cref="Interpreter.Clock"/>): sleep, sleep_ms,
    /// sleep_us (through <see cref="Interpreter.Sleep"/>, so Ctrl-C and scheduled callbacks keep working), ticks_ms,
    /// ticks_us, ticks_cpu, ticks_add, ticks_diff with the 2^30 period of 32-bit ports, time, time_ns, gmtime,
    /// localtime and mktime. The epoch is the port's: 2000-01-01 on a board, 1970-01-01 in script mode; there are no
    /// time zones (localtime is gmtime). On a board time() is an int and gmtime an 8-tuple, as on esp32; in script
    /// mode time() is a float and gmtime a 9-tuple (tm_isdst last), as on the unix port.
    /// </summary>
    public static class TimeModule
    {
        /// <summary>Tick values wrap at 2^30 (MicroPython's small-int range on 32-bit ports).</summary>
        public const long TicksPeriod = 1L << 30;

        private const long TicksMask = TicksPeriod - 1;
        private const long TicksHalf = TicksPeriod / 2;
        private const long SecondsPerDay = 86400;

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("sleep", new PyBuiltin1("sleep", Sleep));
            d.SetName("sleep_ms", new PyBuiltin1("sleep_ms", SleepMs));
            d.SetName("sleep_us", new PyBuiltin1("sleep_us", SleepUs));
            d.SetName("ticks_ms", new PyBuiltin0("ticks_ms", TicksMs));
            d.SetName("ticks_us", new PyBuiltin0("ticks_us", TicksUs));
            d.SetName("ticks_cpu", new PyBuiltin0("ticks_cpu", TicksCpu));
            d.SetName("ticks_add", new PyBuiltin2("ticks_add", TicksAdd));
            d.SetName("ticks_diff", new PyBuiltin2("ticks_diff", TicksDiff));
            d.SetName("time", new PyBuiltin0("time", Time));
            d.SetName("time_ns", new PyBuiltin0("time_ns", TimeNs));
            d.SetName("gmtime", new PyBuiltin1("gmtime", GmTime, 0));
            d.SetName("localtime", new PyBuiltin1("localtime", GmTime, 0));
            d.SetName("mktime", new PyBuiltin1("mktime", MkTime));
        }

        private static SystemClock Clock(Interpreter ip)
        {
            SystemClock c = ip.Clock;
            if (c == null)
            {
                throw new PyException(PyExc.RuntimeError, "no clock installed");
            }

            return c;
        }

        private static PyObject Sleep(Interpreter ip, PyObject seconds)
        {
            double s;
            if (!PyFloat.TryGetDouble(ip, seconds, out s))
            {
                throw new PyException(PyExc.TypeError, "can't convert " + seconds.Type.Name.Value + " to float");
            }

            if (s < 0)
            {
                throw new PyException(PyExc.ValueError, "sleep length must be non-negative");
            }

            ip.Sleep((long)(s * 1000 + 0.5));
            return PyNone.Value;
        }

        private static PyObject SleepMs(Interpreter ip, PyObject ms)
        {
            long n = Ops.Index(ip, ms);
            ip.Sleep(n > 0 ? n : 0);
            return PyNone.Value;
        }

        // Sub-millisecond sleeps round up to a millisecond: the interpreter's sleep keeps Ctrl-C and callbacks alive
        // and a virtual clock (tests) only moves while waiting, so there is no busy-wait here.
        private static PyObject SleepUs(Interpreter ip, PyObject us)
        {
            long n = Ops.Index(ip, us);
            ip.Sleep(n > 0 ? (n + 999) / 1000 : 0);
            return PyNone.Value;
        }

        private static PyObject TicksMs(Interpreter ip)
        {
            return PyInt.Get(Clock(ip).TicksMs & TicksMask);
        }

        private static PyObject TicksUs(Interpreter ip)
        {
            return PyInt.Get(Clock(ip).TicksUs & TicksMask);
        }

        private static PyObject TicksCpu(Interpreter ip)
        {
            return PyInt.Get(Clock(ip).TicksCpu & TicksMask);
        }

        private static PyObject TicksAdd(Interpreter ip, PyObject ticks, PyObject delta)
        {
            long t = Ops.Index(ip, ticks);
            long dt = Ops.Index(ip, delta);

            // ticks_diff must give delta back: |delta| < period / 2 (MicroPython's check).
            if (dt <= -TicksHalf || dt >= TicksHalf)
            {
                throw new PyException(PyExc.OverflowError, "ticks interval overflow");
            }

            return PyInt.Get((t + dt) & TicksMask);
        }

        private static PyObject TicksDiff(Interpreter ip, PyObject end, PyObject start)
        {
            long a = Ops.Index(ip, end);
            long b = Ops.Index(ip, start);
            return PyInt.Get(((a - b + TicksHalf) & TicksMask) - TicksHalf);
        }

        private static PyObject Time(Interpreter ip)
        {
            double t = Clock(ip).Time;
            if (PortInfo.IsUnix(ip))
            {
                return ip.Numbers.MakeFloat(t);
            }

            return PyInt.Get((long)System.Math.Floor(t));
        }

        private static PyObject TimeNs(Interpreter ip)
        {
            return PyInt.Get((long)(Clock(ip).Time * 1000000000.0));
        }

        private static long Seconds(Interpreter ip, PyObject secs)
        {
            if (secs == null || secs is PyNone)
            {
                return (long)System.Math.Floor(Clock(ip).Time);
            }

            double d;
            if (!Ops.HasIndex(ip, secs) && PyFloat.TryGetDouble(ip, secs, out d))
            {
                return (long)System.Math.Floor(d);
            }

            return Ops.Index(ip, secs);
        }

        private static PyObject GmTime(Interpreter ip, PyObject secs)
        {
            long s = Seconds(ip, secs);
            long days = CivilTime.FloorDiv(s, SecondsPerDay) + PortInfo.EpochOffset(ip) / SecondsPerDay;
            long rem = s - CivilTime.FloorDiv(s, SecondsPerDay) * SecondsPerDay;
            long year;
            int month;
            int day;
            CivilTime.CivilFromDays(days, out year, out month, out day);
            long yday = days - CivilTime.DaysFromCivil(year, 1, 1) + 1;
            bool unix = PortInfo.IsUnix(ip);
            PyObject[] t = new PyObject[unix ? 9 : 8];
            t[0] = PyInt.Get(year);
            t[1] = PyInt.Get(month);
            t[2] = PyInt.Get(day);
            t[3] = PyInt.Get(rem / 3600);
            t[4] = PyInt.Get(rem / 60 % 60);
            t[5] = PyInt.Get(rem % 60);
            t[6] = PyInt.Get(CivilTime.Weekday(days));
            t[7] = PyInt.Get(yday);
            if (unix)
            {
                t[8] = PyInt.Zero;
            }

            return new PyTuple(t);
        }

        private static PyObject MkTime(Interpreter ip, PyObject tuple)
        {
            int n;
            PyObject[] items = Ops.ItemsOf(ip, tuple, out n);
            if (n != 8 && n != 9)
            {
                throw new PyException(PyExc.TypeError, "mktime needs a tuple of length 8 or 9");
            }

            long year = Ops.Index(ip, items[0]);
            long month = Ops.Index(ip, items[1]);

            // Out-of-range fields carry over (month 13 is January of the next year; day 0 the last of the previous month).
            long m0 = month - 1;
            long carry = CivilTime.FloorDiv(m0, 12);
            year += carry;
            month = m0 - carry * 12 + 1;
            long days = CivilTime.DaysFromCivil(year, (int)month, 1) + Ops.Index(ip, items[2]) - 1;
            long s = days * SecondsPerDay + Ops.Index(ip, items[3]) * 3600 + Ops.Index(ip, items[4]) * 60 + Ops.Index(ip, items[5]);
            return PyInt.Get(s - PortInfo.EpochOffset(ip));
        }
    }
}
