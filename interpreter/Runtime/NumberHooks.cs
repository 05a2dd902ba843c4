namespace NanoPython.Runtime
{
    /// <summary>
    /// The numeric tower beyond 64-bit ints and plain doubles: big integers, complex numbers, exact float printing and
    /// parsing, single-precision floats. The Runtime assembly only knows this interface; the Numbers assembly installs
    /// the real implementation (<see cref="Interpreter.Numbers"/>). The defaults here cover int/float mixing and raise a
    /// clear error where the Numbers assembly is needed.
    /// </summary>
    public class NumberHooks
    {
        /// <summary>a op b where a or b is a big int, or a 64-bit operation overflowed.</summary>
        public virtual PyObject BigBinary(Interpreter ip, int op, PyObject a, PyObject b)
        {
            throw new PyException(PyExc.OverflowError, "int too large (big integers are not installed)");
        }

        /// <summary>-a for a big int or long.MinValue.</summary>
        public virtual PyObject Negate(Interpreter ip, PyObject a)
        {
            throw new PyException(PyExc.OverflowError, "int too large (big integers are not installed)");
        }

        /// <summary>An int from digits (no sign, no prefix, no underscores) in a radix, big if needed.</summary>
        public virtual PyObject ParseInt(string digits, int radix)
        {
            long v = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                int d = StrUtil.DigitValue(digits[i]);
                if (v > (long.MaxValue - d) / radix)
                {
                    throw new PyException(PyExc.OverflowError, "int too large (big integers are not installed)");
                }

                v = v * radix + d;
            }

            return PyInt.Get(v);
        }

        /// <summary>True and the value when o is a big int that converts to double (OverflowError when too large).</summary>
        public virtual bool TryBigToDouble(Interpreter ip, PyObject o, out double d)
        {
            d = 0;
            return false;
        }

        /// <summary>int op other where other is not an int (a float, a big int, a complex...); null when unsupported.</summary>
        public virtual PyObject BinaryMixed(Interpreter ip, int op, PyInt a, PyObject b)
        {
            PyFloat f = b as PyFloat;
            if (f != null)
            {
                return PyFloat.Arith(ip, op, a.Value, f.Value);
            }

            return null;
        }

        /// <summary>other op int (reflected) where other is not an int; null when unsupported.</summary>
        public virtual PyObject ReflectedBinaryMixed(Interpreter ip, int op, PyInt a, PyObject b)
        {
            return null;
        }

        /// <summary>float op other where other is neither float nor int (e.g. complex); null when unsupported.</summary>
        public virtual PyObject FloatBinaryMixed(Interpreter ip, int op, PyFloat a, PyObject b)
        {
            return null;
        }

        /// <summary>Comparison of a number with a number of another kind; null when unsupported.</summary>
        public virtual PyObject CompareMixed(Interpreter ip, int op, PyObject a, PyObject b)
        {
            PyInt i = a as PyInt;
            PyFloat f = b as PyFloat;
            if (i != null && f != null)
            {
                return PyBool.Of(PyFloat.CompareWithLong(CompareOp.Swapped(op), f.Value, i.Value));
            }

            return null;
        }

        /// <summary>int / int as a correctly rounded float.</summary>
        public virtual PyObject TrueDivide(Interpreter ip, PyObject a, PyObject b)
        {
            long x = ((PyInt)a).Value;
            long y = ((PyInt)b).Value;
            return MakeFloat((double)x / y);
        }

        /// <summary>int ** negative int.</summary>
        public virtual PyObject FloatPower(Interpreter ip, PyObject a, PyObject b)
        {
            return FloatPow(ip, ((PyInt)a).Value, ((PyInt)b).Value);
        }

        /// <summary>float ** float with Python's rules (errors, complex results).</summary>
        public virtual PyObject FloatPow(Interpreter ip, double a, double b)
        {
            if (a == 0.0 && b < 0)
            {
                throw new PyException(PyExc.ZeroDivisionError, "zero to a negative power");
            }

            if (a < 0 && b != System.Math.Floor(b))
            {
                throw new PyException(PyExc.ValueError, "complex result (complex numbers are not installed)");
            }

            return MakeFloat(System.Math.Pow(a, b));
        }

        /// <summary>A float object for a double (rounded to single precision when the build uses 32-bit floats).</summary>
        public virtual PyFloat MakeFloat(double d)
        {
            return new PyFloat(d);
        }

        /// <summary>repr() of a float: the shortest string that reads back to the same value.</summary>
        public virtual string FloatRepr(double d)
        {
            throw new PyException(PyExc.NotImplementedError, "float printing is not installed");
        }

        /// <summary>
        /// format(value, spec) for int, bool, float and complex values (and their big forms); null when value is not a
        /// number this implementation knows. Raises ValueError for a spec the type does not accept.
        /// </summary>
        public virtual string FormatNumber(Interpreter ip, PyObject value, FormatSpec spec)
        {
            throw new PyException(PyExc.NotImplementedError, "number formatting is not installed");
        }

        /// <summary>
        /// int(s, radix) for a str: surrounding whitespace, a sign, underscores between digits and, for radix 0 or a
        /// matching radix, a 0x/0o/0b prefix are accepted; ValueError("invalid literal for int() with base N: '...'")
        /// otherwise.
        /// </summary>
        public virtual PyObject IntFromString(string s, int radix)
        {
            throw new PyException(PyExc.NotImplementedError, "int parsing is not installed");
        }

        /// <summary>A float from Python float syntax (already stripped; underscores allowed); null when malformed.</summary>
        public virtual PyObject ParseFloat(string text)
        {
            throw new PyException(PyExc.NotImplementedError, "float parsing is not installed");
        }

        /// <summary>A complex number for an imaginary literal or complex() call.</summary>
        public virtual PyObject MakeComplex(double real, double imag)
        {
            throw new PyException(PyExc.NotImplementedError, "complex numbers are not installed");
        }

        /// <summary>The value of an int-like object as a long; false when it is a big int out of range.</summary>
        public virtual bool TryToLong(PyObject o, out long v)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                v = i.Value;
                return true;
            }

            v = 0;
            return false;
        }

        /// <summary>True for any Python int (small or big).</summary>
        public virtual bool IsInt(PyObject o)
        {
            return o is PyInt;
        }
    }
}
