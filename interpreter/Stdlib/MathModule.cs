using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The math module: MicroPython's full set (with its special functions, factorial and isclose) plus gcd. Results
    /// are floats of the interpreter's precision; ceil, floor and trunc return ints. See <see cref="Libm"/> for the
    /// accuracy on the device, where System.Math runs in single precision.
    /// </summary>
    public static class MathModule
    {
        // Argument specifications are made on first use: static initialisers would take RAM from boot on the device.
        private static ArgSpec s_iscloseSpec;

        // The (name, operation) table of the plain functions (see MathFunction).
        private const string FunctionNames =
            "sqrt exp expm1 log2 log10 log1p cosh sinh tanh acosh asinh atanh cos sin tan acos asin atan erf erfc gamma lgamma "
            + "fabs degrees radians ceil floor trunc isfinite isinf isnan pow atan2 copysign fmod";

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("e", ip.Numbers.MakeFloat(System.Math.E));
            d.SetName("pi", ip.Numbers.MakeFloat(System.Math.PI));
            d.SetName("tau", ip.Numbers.MakeFloat(2 * System.Math.PI));
            d.SetName("inf", ip.Numbers.MakeFloat(double.PositiveInfinity));
            d.SetName("nan", ip.Numbers.MakeFloat(double.NaN));
            string[] names = FunctionNames.Split(' ');
            for (int i = 0; i < names.Length; i++)
            {
                d.SetName(names[i], new MathFunction(names[i], i));
            }

            d.SetName("log", new PyBuiltin2("log", Log, 1));
            d.SetName("frexp", new PyBuiltin1("frexp", Frexp));
            d.SetName("modf", new PyBuiltin1("modf", Modf));
            d.SetName("ldexp", new PyBuiltin2("ldexp", Ldexp));
            d.SetName("isclose", new PyBuiltinN("isclose", IsClose));
            d.SetName("factorial", new PyBuiltin1("factorial", Factorial));
            d.SetName("gcd", new PyBuiltinN("gcd", Gcd));
        }

        private static PyObject Log(Interpreter ip, PyObject x, PyObject b)
        {
            double ln = MathFunction.LogOf(ip, x, 0);
            if (b == null)
            {
                return ip.Numbers.MakeFloat(ln);
            }

            double lb = MathFunction.LogOf(ip, b, 0);
            if (lb == 0)
            {
                throw new PyException(PyExc.ZeroDivisionError, "divide by zero");
            }

            return ip.Numbers.MakeFloat(ln / lb);
        }

        private static PyObject Frexp(Interpreter ip, PyObject x)
        {
            int e;
            double m = Libm.Frexp(MathArgs.ToDouble(ip, x), out e);
            return PyTuple.Of(ip.Numbers.MakeFloat(m), PyInt.Get(e));
        }

        private static PyObject Modf(Interpreter ip, PyObject x)
        {
            double v = MathArgs.ToDouble(ip, x);
            double whole = Libm.Trunc(v);
            double frac = double.IsInfinity(v) ? Libm.CopySign(0, v) : Libm.CopySign(v - whole, v);
            return PyTuple.Of(ip.Numbers.MakeFloat(frac), ip.Numbers.MakeFloat(whole));
        }

        private static PyObject Ldexp(Interpreter ip, PyObject x, PyObject i)
        {
            double v = MathArgs.ToDouble(ip, x);
            PyObject n = MathArgs.ToInt(ip, i);
            long e;
            if (!ip.Numbers.TryToLong(n, out e))
            {
                e = Ops.IsTrue(ip, Ops.RichCompare(ip, CompareOp.Lt, n, PyInt.Zero)) ? -100000 : 100000;
            }

            e = e > 100000 ? 100000 : e < -100000 ? -100000 : e;
            return ip.Numbers.MakeFloat(v == 0 || !Libm.IsFinite(v) ? v : Libm.Ldexp(v, e));
        }

        private static PyObject IsClose(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[4];
            ArgSpec spec = s_iscloseSpec ?? (s_iscloseSpec = new ArgSpec("isclose", "a, b, *, rel_tol, abs_tol", 2));
            spec.Parse(ip, args, offset, count, kwnames, a);
            double x = MathArgs.ToDouble(ip, a[0]);
            double y = MathArgs.ToDouble(ip, a[1]);
            double rel = a[2] == null ? 1e-9 : MathArgs.ToDouble(ip, a[2]);
            double abs = a[3] == null ? 0.0 : MathArgs.ToDouble(ip, a[3]);
            if (rel < 0 || abs < 0)
            {
                throw new PyException(PyExc.ValueError, "tolerances must be non-negative");
            }

            if (x == y)
            {
                return PyBool.True;
            }

            if (double.IsInfinity(x) || double.IsInfinity(y))
            {
                return PyBool.False;
            }

            double diff = System.Math.Abs(y - x);
            return PyBool.Of(diff <= System.Math.Abs(rel * y) || diff <= System.Math.Abs(rel * x) || diff <= abs);
        }

        private static PyObject Factorial(Interpreter ip, PyObject x)
        {
            PyObject n = MathArgs.ToInt(ip, x);
            long k;
            if (!ip.Numbers.TryToLong(n, out k) || k < 0)
            {
                if (k < 0 || Ops.IsTrue(ip, Ops.RichCompare(ip, CompareOp.Lt, n, PyInt.Zero)))
                {
                    throw new PyException(PyExc.ValueError, "factorial() not defined for negative values");
                }

                throw new PyException(PyExc.OverflowError, "factorial() argument should not exceed " + long.MaxValue);
            }

            // log2(k!) is below k * log2(k): refuse results larger than the interpreter's big-int bound up front (on the
            // device that is about 75,000 factors, far beyond its heap anyway).
            if (k > 2 && k * System.Math.Log(k) / System.Math.Log(2) > PyBigInt.MaxResultBits * 1.1 + 64)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            return k < 2 ? PyInt.One : Product(ip, 2, k);
        }

        // lo * (lo + 1) * ... * hi as a balanced product tree: big operands meet big operands, which is where Karatsuba
        // multiplication pays (a running product times one word would be quadratic). Short ranges multiply in machine
        // words while the product fits; Ctrl-C is let through between ranges.
        private static PyObject Product(Interpreter ip, long lo, long hi)
        {
            if (hi - lo < 16)
            {
                PyObject r = PyInt.One;
                long small = 1;
                for (long i = lo; i <= hi; i++)
                {
                    if (small > long.MaxValue / i)
                    {
                        r = Ops.Binary(ip, BinaryOp.Multiply, r, PyInt.Get(small));
                        small = 1;
                    }

                    small *= i;
                }

                if (ip.PendingWork != 0)
                {
                    ip.HandlePending();
                }

                return Ops.Binary(ip, BinaryOp.Multiply, r, PyInt.Get(small));
            }

            long mid = lo + ((hi - lo) / 2);
            return Ops.Binary(ip, BinaryOp.Multiply, Product(ip, lo, mid), Product(ip, mid + 1, hi));
        }

        private static PyObject Gcd(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw new PyException(PyExc.TypeError, "gcd() takes no keyword arguments");
            }

            PyObject g = PyInt.Zero;
            for (int i = 0; i < count; i++)
            {
                PyObject b = MathArgs.ToInt(ip, args[offset + i]);
                PyObject a = g;
                while (Ops.IsTrue(ip, b))
                {
                    PyObject t = Ops.Binary(ip, BinaryOp.Modulo, a, b);
                    a = b;
                    b = t;
                }

                g = a;
            }

            if (Ops.IsTrue(ip, Ops.RichCompare(ip, CompareOp.Lt, g, PyInt.Zero)))
            {
                g = Ops.Unary(ip, UnaryOp.Negative, g);
            }

            return g;
        }
    }
}
