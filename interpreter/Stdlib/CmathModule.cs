using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The cmath module (MicroPython's set): e, pi, phase, polar, rect, exp, log (with an optional base, as in
    /// CPython), log10, sqrt, cos, sin. Arguments may be complex, float or int.
    /// </summary>
    public static class CmathModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("e", ip.Numbers.MakeFloat(System.Math.E));
            d.SetName("pi", ip.Numbers.MakeFloat(System.Math.PI));
            d.SetName("phase", new PyBuiltin1("phase", Phase));
            d.SetName("polar", new PyBuiltin1("polar", Polar));
            d.SetName("rect", new PyBuiltin2("rect", Rect));
            d.SetName("exp", new PyBuiltin1("exp", Exp));
            d.SetName("log", new PyBuiltin2("log", Log, 1));
            d.SetName("log10", new PyBuiltin1("log10", Log10));
            d.SetName("sqrt", new PyBuiltin1("sqrt", Sqrt));
            d.SetName("cos", new PyBuiltin1("cos", Cos));
            d.SetName("sin", new PyBuiltin1("sin", Sin));
        }

        private static void Get(Interpreter ip, PyObject z, out double re, out double im)
        {
            PyComplex c = z.NativeBase as PyComplex;
            if (c != null)
            {
                re = c.Real;
                im = c.Imag;
                return;
            }

            re = MathArgs.ToDouble(ip, z);
            im = 0;
        }

        private static PyObject Phase(Interpreter ip, PyObject z)
        {
            double re, im;
            Get(ip, z, out re, out im);
            return ip.Numbers.MakeFloat(System.Math.Atan2(im, re));
        }

        private static PyObject Polar(Interpreter ip, PyObject z)
        {
            double re, im;
            Get(ip, z, out re, out im);
            return PyTuple.Of(ip.Numbers.MakeFloat(PyComplex.Hypot(re, im)), ip.Numbers.MakeFloat(System.Math.Atan2(im, re)));
        }

        private static PyObject Rect(Interpreter ip, PyObject r, PyObject phi)
        {
            double m = MathArgs.ToDouble(ip, r);
            double p = MathArgs.ToDouble(ip, phi);
            return ip.Numbers.MakeComplex(m * System.Math.Cos(p), m * System.Math.Sin(p));
        }

        private static PyObject Exp(Interpreter ip, PyObject z)
        {
            double re, im;
            Get(ip, z, out re, out im);
            double m = System.Math.Exp(re);
            return ip.Numbers.MakeComplex(m * System.Math.Cos(im), im == 0 ? im : m * System.Math.Sin(im));
        }

        private static void Ln(Interpreter ip, PyObject z, out double re, out double im)
        {
            double x, y;
            Get(ip, z, out x, out y);
            re = System.Math.Log(PyComplex.Hypot(x, y));
            im = System.Math.Atan2(y, x);
        }

        private static PyObject Log(Interpreter ip, PyObject z, PyObject b)
        {
            double re, im;
            Ln(ip, z, out re, out im);
            if (b == null)
            {
                return ip.Numbers.MakeComplex(re, im);
            }

            // (re + im j) / (bre + bim j)
            double bre, bim;
            Ln(ip, b, out bre, out bim);
            double den = bre * bre + bim * bim;
            if (den == 0)
            {
                throw new PyException(PyExc.ZeroDivisionError, "complex division by zero");
            }

            return ip.Numbers.MakeComplex((re * bre + im * bim) / den, (im * bre - re * bim) / den);
        }

        private static PyObject Log10(Interpreter ip, PyObject z)
        {
            double re, im;
            Ln(ip, z, out re, out im);
            return ip.Numbers.MakeComplex(re / MathFunction.Ln10, im / MathFunction.Ln10);
        }

        // The principal square root, computed so that exact cases stay exact (sqrt(-1) is 1j, not 6e-17+1j).
        private static PyObject Sqrt(Interpreter ip, PyObject z)
        {
            double x, y;
            Get(ip, z, out x, out y);
            if (x == 0 && y == 0)
            {
                return ip.Numbers.MakeComplex(0, y);
            }

            double ax = x < 0 ? -x : x;
            double ay = y < 0 ? -y : y;
            double s = System.Math.Sqrt((ax + PyComplex.Hypot(ax, ay)) / 2);
            double d = ay / (2 * s);
            if (x >= 0)
            {
                return ip.Numbers.MakeComplex(s, Libm.CopySign(d, y));
            }

            return ip.Numbers.MakeComplex(d, Libm.CopySign(s, y));
        }

        private static PyObject Cos(Interpreter ip, PyObject z)
        {
            double re, im;
            Get(ip, z, out re, out im);
            return ip.Numbers.MakeComplex(System.Math.Cos(re) * System.Math.Cosh(im), -System.Math.Sin(re) * System.Math.Sinh(im));
        }

        private static PyObject Sin(Interpreter ip, PyObject z)
        {
            double re, im;
            Get(ip, z, out re, out im);
            return ip.Numbers.MakeComplex(System.Math.Sin(re) * System.Math.Cosh(im), System.Math.Cos(re) * System.Math.Sinh(im));
        }
    }
}
