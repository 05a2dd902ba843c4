using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>Conversions between number kinds with Python's protocols (__int__, __index__, __float__...) and errors.</summary>
    public static class NumberConvert
    {
        private static readonly PyStr s_trunc = Intern.Get("__trunc__");

        /// <summary>A Python-level method of a user class named by a string not among the static names; null when absent.</summary>
        public static PyObject FindOverride(PyType t, PyStr name)
        {
            if (!t.IsUserClass)
            {
                return null;
            }

            PyObject f = t.Lookup(name);
            if (f == null || f is PyNone || !Ops.IsPythonCallable(f))
            {
                return null;
            }

            return f;
        }

        /// <summary>The int object of a finite float, truncated; OverflowError for infinities, ValueError for NaN.</summary>
        public static PyObject FloatToInt(double d)
        {
            if (double.IsNaN(d))
            {
                throw new PyException(PyExc.ValueError, "cannot convert float NaN to integer");
            }

            if (double.IsInfinity(d))
            {
                throw new PyException(PyExc.OverflowError, "cannot convert float infinity to integer");
            }

            if (d > -9.2e18 && d < 9.2e18)
            {
                return PyInt.Get((long)d);
            }

            return PyBigInt.Create(d < 0 ? -1 : 1, Ieee754.IntegerPart(d));
        }

        /// <summary>The plain int (not bool, not a subclass instance) of an int value.</summary>
        public static PyObject PlainInt(PyObject o)
        {
            PyInt i = o as PyInt;
            if (i != null && !ReferenceEquals(i.Type, PyTypes.Int))
            {
                return PyInt.Get(i.Value);
            }

            return o;
        }

        /// <summary>The int of an object with the index protocol (int, bool, __index__); TypeError otherwise.</summary>
        public static PyObject Index(Interpreter ip, PyObject o)
        {
            if (o is PyInt || o is PyBigInt)
            {
                return o;
            }

            if (o is PyInstance)
            {
                PyObject f = Ops.FindPythonOverride(o.Type, Names.__index__);
                if (f != null)
                {
                    return CheckInt(Ops.CallMethod1(ip, f, o), "__index__");
                }

                PyObject nb = o.NativeBase;
                if (nb is PyInt || nb is PyBigInt)
                {
                    return nb;
                }
            }

            throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object cannot be interpreted as an integer");
        }

        /// <summary>The result of a conversion dunder, which must be an int (an int subclass gives its value).</summary>
        public static PyObject CheckInt(PyObject r, string method)
        {
            if (r is PyInt || r is PyBigInt)
            {
                return r;
            }

            PyObject nb = r.NativeBase;
            if (nb is PyInt || nb is PyBigInt)
            {
                return nb;
            }

            throw new PyException(PyExc.TypeError, method + " returned non-int (type " + r.Type.Name.Value + ")");
        }

        /// <summary>int(x) for one argument: numbers, strings, bytes and the __int__/__index__/__trunc__ protocols.</summary>
        public static PyObject ToInt(Interpreter ip, PyObject x)
        {
            if (x is PyInt || x is PyBigInt)
            {
                return PlainInt(x);
            }

            PyFloat f = x as PyFloat;
            if (f != null)
            {
                return FloatToInt(f.Value);
            }

            string text = TextOf(x);
            if (text != null)
            {
                return ParseIntText(ip, x, text, 10);
            }

            if (x is PyInstance)
            {
                PyType t = x.Type;
                PyObject m = Ops.FindPythonOverride(t, Names.__int__);
                if (m != null)
                {
                    return PlainInt(CheckInt(Ops.CallMethod1(ip, m, x), "__int__"));
                }

                m = Ops.FindPythonOverride(t, Names.__index__);
                if (m != null)
                {
                    return PlainInt(CheckInt(Ops.CallMethod1(ip, m, x), "__index__"));
                }

                m = FindOverride(t, s_trunc);
                if (m != null)
                {
                    PyObject r = Ops.CallMethod1(ip, m, x);
                    if (r is PyInt || r is PyBigInt || r.NativeBase is PyInt)
                    {
                        return PlainInt(r.NativeBase);
                    }

                    return PlainInt(Index(ip, r));
                }

                PyObject nb = x.NativeBase;
                if (!ReferenceEquals(nb, x))
                {
                    return ToInt(ip, nb);
                }
            }

            throw new PyException(PyExc.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + x.Type.Name.Value + "'");
        }

        /// <summary>The text of a str, bytes or bytearray (bytes as Latin-1), or null.</summary>
        public static string TextOf(PyObject x)
        {
            PyStr s = x as PyStr;
            if (s != null)
            {
                return s.Value;
            }

            byte[] data = null;
            int n = 0;
            PyBytes b = x as PyBytes;
            if (b != null)
            {
                data = b.Data;
                n = data.Length;
            }
            else
            {
                PyByteArray ba = x as PyByteArray;
                if (ba != null)
                {
                    data = ba.Data;
                    n = ba.Count;
                }
                else if (x is PyInstance && x.NativeBase is PyStr)
                {
                    return ((PyStr)x.NativeBase).Value;
                }
            }

            if (data == null)
            {
                return null;
            }

            char[] c = new char[n];
            for (int i = 0; i < n; i++)
            {
                c[i] = (char)data[i];
            }

            return new string(c);
        }

        /// <summary>int(text, radix) where source is the str/bytes the text came from (shown in the error).</summary>
        public static PyObject ParseIntText(Interpreter ip, PyObject source, string text, long radix)
        {
            if (radix != 0 && (radix < 2 || radix > 36))
            {
                throw new PyException(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
            }

            PyObject r = IntParser.Parse(text, (int)radix);
            if (r == null)
            {
                throw new PyException(PyExc.ValueError, "invalid literal for int() with base " + radix + ": " + Ops.Repr(ip, source));
            }

            return r;
        }

        /// <summary>float(x) for one argument: numbers, strings, bytes, __float__ and __index__.</summary>
        public static double ToDouble(Interpreter ip, PyObject x)
        {
            PyFloat f = x as PyFloat;
            if (f != null)
            {
                return f.Value;
            }

            if (x is PyInt || x is PyBigInt)
            {
                return NumberTower.IntToDouble(ip, x);
            }

            string text = TextOf(x);
            if (text != null)
            {
                double d;
                if (!FloatParser.TryParse(text, NumberTower.IsSingle(ip), out d))
                {
                    throw new PyException(PyExc.ValueError, "could not convert string to float: " + Ops.Repr(ip, x));
                }

                return d;
            }

            if (x is PyInstance)
            {
                PyObject m = Ops.FindPythonOverride(x.Type, Names.__float__);
                if (m != null)
                {
                    PyObject r = Ops.CallMethod1(ip, m, x);
                    PyFloat rf = r.NativeBase as PyFloat;
                    if (rf == null)
                    {
                        throw new PyException(PyExc.TypeError, x.Type.Name.Value + ".__float__ returned non-float (type " + r.Type.Name.Value + ")");
                    }

                    return rf.Value;
                }

                m = Ops.FindPythonOverride(x.Type, Names.__index__);
                if (m != null)
                {
                    return NumberTower.IntToDouble(ip, CheckInt(Ops.CallMethod1(ip, m, x), "__index__"));
                }

                PyObject nb = x.NativeBase;
                if (!ReferenceEquals(nb, x) && !(nb is PyComplex))
                {
                    return ToDouble(ip, nb);
                }
            }

            throw new PyException(PyExc.TypeError, "float() argument must be a string or a real number, not '" + x.Type.Name.Value + "'");
        }

        /// <summary>The value for a native constructor: itself for the exact type, wrapped for a user subclass.</summary>
        public static PyObject Wrap(PyType cls, PyType exact, PyObject value)
        {
            if (ReferenceEquals(cls, exact) || !cls.IsUserClass)
            {
                return value;
            }

            return new PyInstance(cls, value);
        }
    }
}
