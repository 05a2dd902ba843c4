using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>Conversions of the arguments of math, cmath, random and array to C# numbers.</summary>
    public static class MathArgs
    {
        /// <summary>
        /// The float value of a real number: float, int (big included; OverflowError when too large), bool, or an
        /// object with __float__ or __index__; TypeError for anything else (strings too, unlike float()).
        /// </summary>
        public static double ToDouble(Interpreter ip, PyObject o)
        {
            PyFloat f = o as PyFloat;
            if (f != null)
            {
                return f.Value;
            }

            PyObject v = o.NativeBase;
            if (v is PyFloat)
            {
                return ((PyFloat)v).Value;
            }

            if (ip.Numbers.IsInt(v))
            {
                return NumberTower.IntToDouble(ip, v);
            }

            if (o is PyInstance)
            {
                PyObject m = Ops.FindPythonOverride(o.Type, Names.__float__);
                if (m != null)
                {
                    PyFloat r = Ops.CallMethod1(ip, m, o).NativeBase as PyFloat;
                    if (r == null)
                    {
                        throw new PyException(PyExc.TypeError, o.Type.Name.Value + ".__float__ returned non-float");
                    }

                    return r.Value;
                }

                if (Ops.FindPythonOverride(o.Type, Names.__index__) != null)
                {
                    return NumberTower.IntToDouble(ip, PyInt.Get(Ops.Index(ip, o)));
                }
            }

            throw new PyException(PyExc.TypeError, "must be real number, not " + o.Type.Name.Value);
        }

        /// <summary>An int argument (TypeError for floats and other non-integers).</summary>
        public static PyObject ToInt(Interpreter ip, PyObject o)
        {
            PyObject v = o.NativeBase;
            if (ip.Numbers.IsInt(v))
            {
                return NumberConvert.PlainInt(v);
            }

            if (o is PyInstance && Ops.FindPythonOverride(o.Type, Names.__index__) != null)
            {
                return PyInt.Get(Ops.Index(ip, o));
            }

            throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object cannot be interpreted as an integer");
        }
    }
}
