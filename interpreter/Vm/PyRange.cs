namespace NanoPython.Runtime
{
    /// <summary>Python range: start, stop, step over 64-bit ints; len, indexing, slicing and membership in O(1).</summary>
    public sealed class PyRange : PyObject
    {
        /// <summary>start.</summary>
        public readonly long Start;

        /// <summary>stop.</summary>
        public readonly long Stop;

        /// <summary>step (never 0).</summary>
        public readonly long Step;

        /// <summary>A range (step != 0).</summary>
        public PyRange(long start, long stop, long step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Range; }
        }

        /// <summary>Number of items.</summary>
        public long Count
        {
            get
            {
                if (Step > 0)
                {
                    return Start < Stop ? (Stop - Start - 1) / Step + 1 : 0;
                }

                return Start > Stop ? (Start - Stop - 1) / (-Step) + 1 : 0;
            }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (Step == 1)
            {
                return "range(" + PyInt.ToDecimal(Start) + ", " + PyInt.ToDecimal(Stop) + ")";
            }

            return "range(" + PyInt.ToDecimal(Start) + ", " + PyInt.ToDecimal(Stop) + ", " + PyInt.ToDecimal(Step) + ")";
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Count != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            long n = Count;
            if (n > int.MaxValue)
            {
                throw new PyException(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }

            return (int)n;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            long n = Count;
            int h = PyInt.HashOf(n);
            if (n > 0)
            {
                h = h * 31 + PyInt.HashOf(Start);
                if (n > 1)
                {
                    h = h * 31 + PyInt.HashOf(Step);
                }
            }

            return h == -1 ? -2 : h;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyRange o = other as PyRange;
            if (o == null || (op != CompareOp.Eq && op != CompareOp.Ne))
            {
                return null;
            }

            long n = Count;
            bool eq = n == o.Count && (n == 0 || (Start == o.Start && (n == 1 || Step == o.Step)));
            return PyBool.Of(op == CompareOp.Eq ? eq : !eq);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            PyInt i = item as PyInt;
            if (i == null || item is PyBool)
            {
                return -1;
            }

            long v = i.Value;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop))
            {
                return 0;
            }

            return (v - Start) % Step == 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                long n = Count;
                int len = s.Indices(ip, n > int.MaxValue ? int.MaxValue : (int)n, out start, out stop, out step);
                // As CPython: the bounds map through the range (range(10, 20)[::4] is range(10, 20, 4)).
                return new PyRange(Start + start * Step, Start + stop * Step, Step * step);
            }

            long k = Ops.Index(ip, key);
            long count = Count;
            if (k < 0)
            {
                k += count;
            }

            if (k < 0 || k >= count)
            {
                throw new PyException(PyExc.IndexError, "range object index out of range");
            }

            return PyInt.Get(Start + k * Step);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name == Names.Get(Names.start))
            {
                return PyInt.Get(Start);
            }

            if (name == Names.Get(Names.stop))
            {
                return PyInt.Get(Stop);
            }

            if (name == Names.Get(Names.step))
            {
                return PyInt.Get(Step);
            }

            return base.GetAttr(ip, name);
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyRangeIterator(Start, Step, Count);
        }
    }
}
