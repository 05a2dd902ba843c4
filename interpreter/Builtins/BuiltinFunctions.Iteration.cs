using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    public static partial class BuiltinFunctions
    {
        private static ArgSpec s_sumSpec;
        private static ArgSpec s_sortedSpec;
        private static ArgSpec s_minSpec;
        private static ArgSpec s_maxSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec SumSpec
        {
            get { return s_sumSpec ?? (s_sumSpec = new ArgSpec("sum", "iterable, /, start", 1)); }
        }

        private static ArgSpec SortedSpec
        {
            get { return s_sortedSpec ?? (s_sortedSpec = new ArgSpec("sorted", "iterable, /, *, key, reverse", 1)); }
        }

        private static ArgSpec MinSpec
        {
            get { return s_minSpec ?? (s_minSpec = new ArgSpec("min", "*, key, default", 0)); }
        }

        private static ArgSpec MaxSpec
        {
            get { return s_maxSpec ?? (s_maxSpec = new ArgSpec("max", "*, key, default", 0)); }
        }

        // iter(o) or iter(callable, sentinel).
        private static PyObject Iter(Interpreter ip, PyObject o, PyObject sentinel)
        {
            if (sentinel == null)
            {
                return Ops.GetIter(ip, o);
            }

            if (!o.IsCallable)
            {
                throw new PyException(PyExc.TypeError, "iter(v, w): v must be callable");
            }

            return new PyCallableIterator(o, sentinel);
        }

        // next(it[, default]); when exhausted without a default, StopIteration carries a generator's return value.
        private static PyObject Next(Interpreter ip, PyObject it, PyObject dflt)
        {
            if (!it.IsIterator)
            {
                throw new PyException(PyExc.TypeError, "'" + it.Type.Name.Value + "' object is not an iterator");
            }

            ip.LastStopValue = null;
            PyObject r = it.Next(ip);
            if (r != null)
            {
                return r;
            }

            if (dflt != null)
            {
                return dflt;
            }

            PyGenerator g = it as PyGenerator;
            throw Ops.StopIteration(g != null ? g.ReturnValue : ip.LastStopValue);
        }

        private static PyObject All(Interpreter ip, PyObject iterable)
        {
            PyObject it = Ops.GetIter(ip, iterable);
            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                if (!Ops.IsTrue(ip, x))
                {
                    return PyBool.False;
                }
            }

            return PyBool.True;
        }

        private static PyObject Any(Interpreter ip, PyObject iterable)
        {
            PyObject it = Ops.GetIter(ip, iterable);
            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                if (Ops.IsTrue(ip, x))
                {
                    return PyBool.True;
                }
            }

            return PyBool.False;
        }

        // sum(iterable, /, start=0): plain ints and floats are added without allocating, as CPython's fast paths do.
        private static PyObject Sum(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject result = PyInt.Zero;
            PyObject iterable;
            if (kwnames == null && count == 1)
            {
                iterable = args[offset];
            }
            else
            {
                PyObject[] a = new PyObject[2];
                SumSpec.Parse(ip, args, offset, count, kwnames, a);
                iterable = a[0];
                if (a[1] != null)
                {
                    result = a[1];
                    PyType st = result.Type;
                    if (st.IsSubtypeOf(PyTypes.Str))
                    {
                        throw new PyException(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
                    }

                    if (st.IsSubtypeOf(PyTypes.Bytes) || st.IsSubtypeOf(PyTypes.ByteArray))
                    {
                        throw new PyException(PyExc.TypeError, "sum() can't sum " + st.Name.Value + " [use b''.join(seq) instead]");
                    }
                }
            }

            PyObject it = Ops.GetIter(ip, iterable);
            PyObject item = null;
            if (result is PyInt && !(result is PyBool))
            {
                long acc = ((PyInt)result).Value;
                while ((item = it.Next(ip)) != null)
                {
                    PyInt pi = item as PyInt;
                    if (pi != null)
                    {
                        long b = pi.Value;
                        long r = acc + b;

                        // No overflow when the result has the sign of an operand (nanoFramework does not trap).
                        if (((acc ^ r) & (b ^ r)) >= 0)
                        {
                            acc = r;
                            continue;
                        }
                    }

                    break;
                }

                if (item == null)
                {
                    return PyInt.Get(acc);
                }

                result = Ops.Binary(ip, BinaryOp.Add, PyInt.Get(acc), item);
            }

            if (result is PyFloat)
            {
                double acc = ((PyFloat)result).Value;
                while ((item = it.Next(ip)) != null)
                {
                    if (item is PyFloat)
                    {
                        acc += ((PyFloat)item).Value;
                    }
                    else if (item is PyInt)
                    {
                        acc += ((PyInt)item).Value;
                    }
                    else
                    {
                        break;
                    }
                }

                result = ip.Numbers.MakeFloat(acc);
                if (item == null)
                {
                    return result;
                }

                result = Ops.Binary(ip, BinaryOp.Add, result, item);
            }

            while ((item = it.Next(ip)) != null)
            {
                result = Ops.Binary(ip, BinaryOp.Add, result, item);
            }

            return result;
        }

        private static PyObject Min(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MinMax(ip, args, offset, count, kwnames, CompareOp.Lt, "min");
        }

        private static PyObject Max(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MinMax(ip, args, offset, count, kwnames, CompareOp.Gt, "max");
        }

        // min/max of one iterable or of several arguments: the first item that no later item beats (item op best).
        private static PyObject MinMax(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, int op, string name)
        {
            PyObject key = null;
            PyObject dflt = null;
            int npos = count;
            if (kwnames != null)
            {
                npos -= kwnames.Items.Length;
                PyObject[] kw = new PyObject[2];
                (op == CompareOp.Lt ? MinSpec : MaxSpec).ParseKeywords(ip, args, offset, count, kwnames, kw);
                key = kw[0] is PyNone ? null : kw[0];
                dflt = kw[1];
            }

            if (npos == 0)
            {
                throw new PyException(PyExc.TypeError, name + " expected at least 1 argument, got 0");
            }

            if (npos > 1 && dflt != null)
            {
                throw new PyException(PyExc.TypeError, "Cannot specify a default for " + name + "() with multiple positional arguments");
            }

            PyObject it = npos == 1 ? Ops.GetIter(ip, args[offset]) : null;
            PyObject best = null;
            PyObject bestKey = null;
            int i = 0;
            while (true)
            {
                PyObject x;
                if (it != null)
                {
                    x = it.Next(ip);
                    if (x == null)
                    {
                        break;
                    }
                }
                else
                {
                    if (i >= npos)
                    {
                        break;
                    }

                    x = args[offset + i++];
                }

                PyObject k = key != null ? Ops.Call1(ip, key, x) : x;
                if (best == null || Ops.IsTrue(ip, Ops.RichCompare(ip, op, k, bestKey)))
                {
                    best = x;
                    bestKey = k;
                }
            }

            if (best == null)
            {
                if (dflt != null)
                {
                    return dflt;
                }

                throw new PyException(PyExc.ValueError, name + "() arg is an empty sequence");
            }

            return best;
        }

        // sorted(iterable, /, *, key=None, reverse=False): a new list, sorted stably.
        private static PyObject Sorted(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject key = null;
            bool reverse = false;
            PyObject iterable;
            if (kwnames == null)
            {
                if (count != 1)
                {
                    throw new PyException(PyExc.TypeError, "sorted expected 1 argument, got " + count);
                }

                iterable = args[offset];
            }
            else
            {
                PyObject[] a = new PyObject[3];
                SortedSpec.Parse(ip, args, offset, count, kwnames, a);
                iterable = a[0];
                key = a[1] is PyNone ? null : a[1];
                reverse = a[2] != null && Ops.IsTrue(ip, a[2]);
            }

            PyList l = new PyList();
            l.Extend(ip, iterable);
            ListSorter.Sort(ip, l, key, reverse);
            return l;
        }
    }
}
