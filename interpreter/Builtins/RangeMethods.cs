using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>The constructor and methods of range.</summary>
    public static class RangeMethods
    {
        /// <summary>range's native __new__: range(stop) or range(start, stop[, step]), arguments by __index__.</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            CheckArgs("range", count, kwnames);
            if (count == 1)
            {
                return new PyRange(0, Ops.Index(ip, args[offset]), 1);
            }

            long start = Ops.Index(ip, args[offset]);
            long stop = Ops.Index(ip, args[offset + 1]);
            long step = count == 3 ? Ops.Index(ip, args[offset + 2]) : 1;
            if (step == 0)
            {
                throw new PyException(PyExc.ValueError, "range() arg 3 must not be zero");
            }

            return new PyRange(start, stop, step);
        }

        /// <summary>The argument checks of range() and slice(): no keywords, 1 to 3 arguments.</summary>
        public static void CheckArgs(string name, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, name + "() takes no keyword arguments");
            }

            if (count < 1)
            {
                throw new PyException(PyExc.TypeError, name + " expected at least 1 argument, got 0");
            }

            if (count > 3)
            {
                throw new PyException(PyExc.TypeError, name + " expected at most 3 arguments, got " + count);
            }
        }

        /// <summary>Fills range's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            d.SetName(Names.count, new PyBuiltin2(t, "count", Count));
            d.SetName(Names.index, new PyBuiltin2(t, "index", Index));
            PySlotWrapper.Add(t, d, Names.__len__, PySlotWrapper.KindLen);
            PySlotWrapper.Add(t, d, Names.__iter__, PySlotWrapper.KindIter);
            PySlotWrapper.Add(t, d, Names.__getitem__, PySlotWrapper.KindGetItem);
            PySlotWrapper.Add(t, d, Names.__contains__, PySlotWrapper.KindContains);
            PySlotWrapper.Add(t, d, Names.__reversed__, PySlotWrapper.KindReversed);
            AddMembers(t, d);
        }

        /// <summary>
        /// start, stop and step as read-only properties of range and slice. Instances answer these names natively;
        /// the entries make them visible to dir() and to class attribute access, as CPython's member descriptors.
        /// </summary>
        public static void AddMembers(PyType t, PyDict d)
        {
            d.SetName(Names.start, new PyProperty(new PyBuiltin1(t, "start", Start), null, null, null));
            d.SetName(Names.stop, new PyProperty(new PyBuiltin1(t, "stop", Stop), null, null, null));
            d.SetName(Names.step, new PyProperty(new PyBuiltin1(t, "step", Step), null, null, null));
        }

        private static PyObject Start(Interpreter ip, PyObject self)
        {
            return self.GetAttr(ip, Names.Get(Names.start));
        }

        private static PyObject Stop(Interpreter ip, PyObject self)
        {
            return self.GetAttr(ip, Names.Get(Names.stop));
        }

        private static PyObject Step(Interpreter ip, PyObject self)
        {
            return self.GetAttr(ip, Names.Get(Names.step));
        }

        // The position of x in r, or -1; ints are located arithmetically, anything else by iteration with ==.
        private static long Find(Interpreter ip, PyRange r, PyObject x)
        {
            int c = r.Contains(ip, x);
            if (c == 0)
            {
                return -1;
            }

            if (c > 0)
            {
                return (((PyInt)x).Value - r.Start) / r.Step;
            }

            PyObject it = r.GetIter(ip);
            PyObject v;
            long i = 0;
            while ((v = it.Next(ip)) != null)
            {
                if (Ops.Equal(ip, v, x))
                {
                    return i;
                }

                i++;
            }

            return -1;
        }

        private static PyObject Count(Interpreter ip, PyObject self, PyObject x)
        {
            PyRange r = (PyRange)self;
            int c = r.Contains(ip, x);
            if (c >= 0)
            {
                return PyInt.Get(c);
            }

            PyObject it = r.GetIter(ip);
            PyObject v;
            long n = 0;
            while ((v = it.Next(ip)) != null)
            {
                if (Ops.Equal(ip, v, x))
                {
                    n++;
                }
            }

            return PyInt.Get(n);
        }

        private static PyObject Index(Interpreter ip, PyObject self, PyObject x)
        {
            long i = Find(ip, (PyRange)self, x);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, Ops.Repr(ip, x) + " is not in range");
            }

            return PyInt.Get(i);
        }
    }
}
