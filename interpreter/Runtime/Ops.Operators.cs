namespace NanoPython.Runtime
{
    public static partial class Ops
    {
        /// <summary>a op b for a binary or in-place operator (CPython's rules for reflected operands).</summary>
        public static PyObject Binary(Interpreter ip, int op, PyObject a, PyObject b)
        {
            PyObject r;
            int bop = op;
            if (op >= BinaryOp.InplaceOffset)
            {
                r = a.BinaryOp(ip, op, b);
                if (r != null)
                {
                    return r;
                }

                bop = op - BinaryOp.InplaceOffset;
            }

            PyType ta = a.Type;
            PyType tb = b.Type;
            bool different = !ReferenceEquals(ta, tb);
            if (different && tb.IsSubtypeOf(ta) && tb.IsUserClass)
            {
                // A subclass's reflected method wins over its base's forward one.
                r = b.ReflectedBinaryOp(ip, bop, a);
                if (r != null)
                {
                    return r;
                }
            }

            if (bop != op)
            {
                // The in-place attempt already ran a's slot; only user classes distinguish forward from in-place.
                if (a is PyInstance)
                {
                    r = a.BinaryOp(ip, bop, b);
                    if (r != null)
                    {
                        return r;
                    }
                }
            }
            else
            {
                r = a.BinaryOp(ip, bop, b);
                if (r != null)
                {
                    return r;
                }
            }

            if (different || a is PyInstance)
            {
                r = b.ReflectedBinaryOp(ip, bop, a);
                if (r != null)
                {
                    return r;
                }
            }

            // Built-in operators accept instances of subclasses of built-in types: retry with their native values.
            PyObject na = a.NativeBase;
            PyObject nb = b.NativeBase;
            if (!ReferenceEquals(na, a) || !ReferenceEquals(nb, b))
            {
                r = na.BinaryOp(ip, bop, nb);
                if (r != null)
                {
                    return r;
                }
            }

            string sym = BinaryOp.Symbols[bop] + (op >= BinaryOp.InplaceOffset ? "=" : string.Empty);
            if (bop == BinaryOp.Power && op < BinaryOp.InplaceOffset)
            {
                sym = "** or pow()";
            }

            throw new PyException(PyExc.TypeError, "unsupported operand type(s) for " + sym + ": '" + ta.Name.Value + "' and '" + tb.Name.Value + "'");
        }

        /// <summary>op a for a unary operator (+, -, ~).</summary>
        public static PyObject Unary(Interpreter ip, int op, PyObject a)
        {
            PyObject r = a.UnaryOp(ip, op);
            if (r != null)
            {
                return r;
            }

            string sym = op == UnaryOp.Positive ? "+" : op == UnaryOp.Negative ? "-" : "~";
            throw new PyException(PyExc.TypeError, "bad operand type for unary " + sym + ": '" + a.Type.Name.Value + "'");
        }

        /// <summary>a op b for Lt..Ge: returns the result object (not necessarily a bool).</summary>
        public static PyObject RichCompare(Interpreter ip, int op, PyObject a, PyObject b)
        {
            PyObject r;
            PyType ta = a.Type;
            PyType tb = b.Type;
            bool different = !ReferenceEquals(ta, tb);
            if (different && tb.IsSubtypeOf(ta) && tb.IsUserClass)
            {
                r = b.RichCompare(ip, CompareOp.Swapped(op), a);
                if (r != null)
                {
                    return r;
                }
            }

            r = a.RichCompare(ip, op, b);
            if (r != null)
            {
                return r;
            }

            r = b.RichCompare(ip, CompareOp.Swapped(op), a);
            if (r != null)
            {
                return r;
            }

            if (op == CompareOp.Eq)
            {
                return PyBool.Of(ReferenceEquals(a, b));
            }

            if (op == CompareOp.Ne)
            {
                return PyBool.Of(!ReferenceEquals(a, b));
            }

            throw new PyException(PyExc.TypeError, "'" + CompareOp.Symbols[op] + "' not supported between instances of '" + ta.Name.Value + "' and '" + tb.Name.Value + "'");
        }

        /// <summary>a op b for every comparison operator (in, is included).</summary>
        public static PyObject Compare(Interpreter ip, int op, PyObject a, PyObject b)
        {
            switch (op)
            {
                case CompareOp.Is:
                    return PyBool.Of(ReferenceEquals(a, b));
                case CompareOp.IsNot:
                    return PyBool.Of(!ReferenceEquals(a, b));
                case CompareOp.In:
                    return PyBool.Of(Contains(ip, b, a));
                case CompareOp.NotIn:
                    return PyBool.Of(!Contains(ip, b, a));
            }

            return RichCompare(ip, op, a, b);
        }

        /// <summary>item in container.</summary>
        public static bool Contains(Interpreter ip, PyObject container, PyObject item)
        {
            int r = container.Contains(ip, item);
            if (r >= 0)
            {
                return r != 0;
            }

            PyObject it = container.GetIter(ip);
            if (it == null)
            {
                if (!(container is PyInstance) || FindPythonOverride(container.Type, Names.__getitem__) == null)
                {
                    throw new PyException(PyExc.TypeError, "argument of type '" + container.Type.Name.Value + "' is not iterable");
                }

                it = new PySeqGetItemIterator(container);
            }

            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                if (Equal(ip, x, item))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The int value of an object usable as an index (int, bool, __index__).</summary>
        public static long Index(Interpreter ip, PyObject o)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                return i.Value;
            }

            long v;
            if (ip.Numbers.IsInt(o))
            {
                if (ip.Numbers.TryToLong(o, out v))
                {
                    return v;
                }

                throw new PyException(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
            }

            if (o is PyInstance)
            {
                PyObject f = FindPythonOverride(o.Type, Names.__index__);
                if (f != null)
                {
                    return Index(ip, CallMethod1(ip, f, o));
                }

                if (o.NativeBase is PyInt)
                {
                    return ((PyInt)o.NativeBase).Value;
                }
            }

            throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object cannot be interpreted as an integer");
        }

        /// <summary>
        /// The repetition count of seq * n: true with the count when n is an int (or has __index__); false when n is
        /// not an integer (the operator is unsupported). Big ints raise OverflowError, as CPython.
        /// </summary>
        public static bool RepeatCount(Interpreter ip, PyObject n, out long count)
        {
            PyInt i = n as PyInt;
            if (i != null)
            {
                count = i.Value;
                return true;
            }

            if (n is PyFloat || !HasIndex(ip, n))
            {
                count = 0;
                return false;
            }

            if (ip.Numbers.IsInt(n) && !ip.Numbers.TryToLong(n, out count))
            {
                throw new PyException(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
            }

            count = Index(ip, n);
            return true;
        }

        /// <summary>Whether o can be used as an index.</summary>
        public static bool HasIndex(Interpreter ip, PyObject o)
        {
            if (o is PyInt || ip.Numbers.IsInt(o))
            {
                return true;
            }

            return o is PyInstance && (FindPythonOverride(o.Type, Names.__index__) != null || o.NativeBase is PyInt);
        }

        /// <summary>A slice bound: an index, clamped to the long range for big ints (as CPython clamps).</summary>
        public static long SliceIndex(Interpreter ip, PyObject o)
        {
            if (o is PyInt)
            {
                return ((PyInt)o).Value;
            }

            if (!HasIndex(ip, o))
            {
                throw new PyException(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            }

            long v;
            if (ip.Numbers.IsInt(o) && !ip.Numbers.TryToLong(o, out v))
            {
                return IsTrue(ip, RichCompare(ip, CompareOp.Lt, o, PyInt.Zero)) ? long.MinValue / 2 : long.MaxValue / 2;
            }

            return Index(ip, o);
        }

        /// <summary>len(o).</summary>
        public static int Len(Interpreter ip, PyObject o)
        {
            int n = o.Length(ip);
            if (n < 0)
            {
                throw new PyException(PyExc.TypeError, "object of type '" + o.Type.Name.Value + "' has no len()");
            }

            return n;
        }

        /// <summary>o[key].</summary>
        public static PyObject GetItem(Interpreter ip, PyObject o, PyObject key)
        {
            PyObject r = o.GetItem(ip, key);
            if (r != null)
            {
                return r;
            }

            PyType t = o as PyType;
            if (t != null)
            {
                PyObject cg = t.Lookup(Names.__class_getitem__);
                if (cg != null)
                {
                    return Call1(ip, cg.DescrGet(ip, null, t), key);
                }

                // list[int] and friends: generic aliases are accepted and mean the class itself.
                if (!t.IsUserClass)
                {
                    return t;
                }
            }

            throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object is not subscriptable");
        }

        /// <summary>o[key] = value.</summary>
        public static void SetItem(Interpreter ip, PyObject o, PyObject key, PyObject value)
        {
            if (!o.SetItem(ip, key, value))
            {
                throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object does not support item assignment");
            }
        }

        /// <summary>del o[key].</summary>
        public static void DelItem(Interpreter ip, PyObject o, PyObject key)
        {
            if (!o.DelItem(ip, key))
            {
                throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object doesn't support item deletion");
            }
        }

        /// <summary>format(value, spec).</summary>
        public static string Format(Interpreter ip, PyObject value, string spec)
        {
            if (value is PyInstance || (value is PyBaseException && value.Type.IsUserClass))
            {
                PyObject f = FindPythonOverride(value.Type, Names.__format__);
                if (f != null)
                {
                    return StrResult(ip, CallMethod2(ip, f, value, new PyStr(spec)), "__format__");
                }

                PyObject nb = value.NativeBase;
                if (!ReferenceEquals(nb, value) && FindPythonOverride(value.Type, Names.__str__) == null)
                {
                    value = nb;
                }
                else
                {
                    if (spec.Length != 0)
                    {
                        throw new PyException(PyExc.TypeError, "unsupported format string passed to " + value.Type.Name.Value + ".__format__");
                    }

                    return Str(ip, value);
                }
            }

            if (spec.Length == 0 && value is PyStr)
            {
                return ((PyStr)value).Value;
            }

            string s = ip.Hooks.FormatBuiltin(ip, value, spec);
            if (s != null)
            {
                return s;
            }

            if (spec.Length != 0)
            {
                throw new PyException(PyExc.TypeError, "unsupported format string passed to " + value.Type.Name.Value + ".__format__");
            }

            return Str(ip, value);
        }

        /// <summary>isinstance(o, cls) where cls is a type or a tuple of types.</summary>
        public static bool IsInstance(Interpreter ip, PyObject o, PyObject cls)
        {
            PyType t = cls as PyType;
            if (t != null)
            {
                return o.Type.IsSubtypeOf(t);
            }

            PyTuple tt = cls as PyTuple;
            if (tt != null)
            {
                for (int i = 0; i < tt.Items.Length; i++)
                {
                    if (IsInstance(ip, o, tt.Items[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            throw new PyException(PyExc.TypeError, "isinstance() arg 2 must be a type or tuple of types");
        }

        /// <summary>issubclass(c, cls).</summary>
        public static bool IsSubclass(Interpreter ip, PyObject c, PyObject cls)
        {
            PyType ct = c as PyType;
            if (ct == null)
            {
                throw new PyException(PyExc.TypeError, "issubclass() arg 1 must be a class");
            }

            PyType t = cls as PyType;
            if (t != null)
            {
                return ct.IsSubtypeOf(t);
            }

            PyTuple tt = cls as PyTuple;
            if (tt != null)
            {
                for (int i = 0; i < tt.Items.Length; i++)
                {
                    if (IsSubclass(ip, c, tt.Items[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            throw new PyException(PyExc.TypeError, "issubclass() arg 2 must be a class or tuple of classes");
        }
    }
}
