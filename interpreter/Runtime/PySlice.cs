namespace NanoPython.Runtime
{
    /// <summary>Python slice object (start, stop, step, each possibly None).</summary>
    public sealed class PySlice : PyObject
    {
        /// <summary>start.</summary>
        public readonly PyObject Start;

        /// <summary>stop.</summary>
        public readonly PyObject Stop;

        /// <summary>step.</summary>
        public readonly PyObject Step;

        /// <summary>A slice; pass PyNone.Value for missing parts.</summary>
        public PySlice(PyObject start, PyObject stop, PyObject step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Slice; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "slice(" + Ops.Repr(ip, Start) + ", " + Ops.Repr(ip, Stop) + ", " + Ops.Repr(ip, Step) + ")";
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "unhashable type: 'slice'");
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PySlice o = other as PySlice;
            if (o == null)
            {
                return null;
            }

            PyObject[] a = { Start, Stop, Step };
            PyObject[] b = { o.Start, o.Stop, o.Step };
            return Ops.CompareSequences(ip, op, a, 3, b, 3);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name == Names.Get(Names.start))
            {
                return Start;
            }

            if (name == Names.Get(Names.stop))
            {
                return Stop;
            }

            if (name == Names.Get(Names.step))
            {
                return Step;
            }

            return base.GetAttr(ip, name);
        }

        /// <summary>
        /// Resolves the slice against a sequence length as CPython's PySlice_GetIndicesEx: returns the number of
        /// selected items and the normalised start, stop and step.
        /// </summary>
        public int Indices(Interpreter ip, int length, out int start, out int stop, out int step)
        {
            long st = 1;
            if (!(Step is PyNone))
            {
                st = Ops.SliceIndex(ip, Step);
                if (st == 0)
                {
                    throw new PyException(PyExc.ValueError, "slice step cannot be zero");
                }
            }

            long lo, hi;
            if (Start is PyNone)
            {
                lo = st < 0 ? length - 1 : 0;
            }
            else
            {
                lo = Ops.SliceIndex(ip, Start);
                if (lo < 0)
                {
                    lo += length;
                    if (lo < 0)
                    {
                        lo = st < 0 ? -1 : 0;
                    }
                }
                else if (lo >= length)
                {
                    lo = st < 0 ? length - 1 : length;
                }
            }

            if (Stop is PyNone)
            {
                hi = st < 0 ? -1 : length;
            }
            else
            {
                hi = Ops.SliceIndex(ip, Stop);
                if (hi < 0)
                {
                    hi += length;
                    if (hi < 0)
                    {
                        hi = st < 0 ? -1 : 0;
                    }
                }
                else if (hi >= length)
                {
                    hi = st < 0 ? length - 1 : length;
                }
            }

            if (st > int.MaxValue)
            {
                st = int.MaxValue;
            }
            else if (st < -int.MaxValue)
            {
                st = -int.MaxValue;
            }

            start = (int)lo;
            stop = (int)hi;
            step = (int)st;
            long n;
            if (st < 0)
            {
                n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
            }
            else
            {
                n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
            }

            return (int)n;
        }
    }
}
