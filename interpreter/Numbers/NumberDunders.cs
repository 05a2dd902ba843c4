using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>
    /// The dunder methods shared by int, float and complex (int.__add__, float.__lt__, ...): thin wrappers over the
    /// slots, so that user subclasses can call them through super() and explicit calls like int.__add__(a, b) work.
    /// The VM never calls them (it uses the slots directly).
    /// </summary>
    public static class NumberDunders
    {
        /// <summary>Adds the operator dunders for the binary operators in mask (bit i = BinaryOp i), forward and reflected.</summary>
        public static void Add(PyType t, PyDict d, int mask)
        {
            for (int op = 0; op < Runtime.BinaryOp.MatMul; op++)
            {
                if ((mask & (1 << op)) == 0)
                {
                    continue;
                }

                int o = op;
                string fwd = Names.Text(Names.__add__ + op);
                d.SetName(fwd, new PyBuiltin2(t, fwd, (ip, a, b) => Binary(ip, o, a, b, false)));
                string rev = Names.Text(Names.__radd__ + op);
                d.SetName(rev, new PyBuiltin2(t, rev, (ip, a, b) => Binary(ip, o, a, b, true)));
            }

            for (int op = CompareOp.Lt; op <= CompareOp.Ge; op++)
            {
                int o = op;
                string name = Names.Text(Names.__lt__ + op);
                d.SetName(name, new PyBuiltin2(t, name, (ip, a, b) => Compare(ip, o, a, b)));
            }

            d.SetName(Names.__neg__, new PyBuiltin1(t, "__neg__", Negative));
            d.SetName(Names.__pos__, new PyBuiltin1(t, "__pos__", Positive));
            d.SetName(Names.__hash__, new PyBuiltin1(t, "__hash__", Hash));
            d.SetName(Names.__bool__, new PyBuiltin1(t, "__bool__", Bool));
            d.SetName(Names.__repr__, new PyBuiltin1(t, "__repr__", Repr));
            d.SetName(Names.__str__, new PyBuiltin1(t, "__str__", Repr));
            d.SetName(Names.__format__, new PyBuiltin2(t, "__format__", Format));
            d.SetName(Names.__abs__, new PyBuiltin1(t, "__abs__", NumberBuiltins.Abs));
            d.SetName("conjugate", new PyBuiltin1(t, "conjugate", Conjugate));
        }

        /// <summary>A number argument of a dunder: the native value of an instance of a number subclass.</summary>
        public static PyObject Unwrap(PyObject o)
        {
            if (o is PyInstance)
            {
                PyObject nb = o.NativeBase;
                if (nb is PyInt || nb is PyBigInt || nb is PyFloat || nb is PyComplex)
                {
                    return nb;
                }
            }

            return o;
        }

        /// <summary>
        /// Whether the dunders of self's type accept other: int's take ints, float's ints and floats, complex's all three
        /// (int.__add__(1, 1.5) is NotImplemented in CPython; float's reflected method does the work).
        /// </summary>
        public static bool Accepts(PyObject self, PyObject other)
        {
            if (PyBigInt.IsInt(other))
            {
                return true;
            }

            if (PyBigInt.IsInt(self))
            {
                return false;
            }

            return other is PyFloat || (self is PyComplex && other is PyComplex);
        }

        private static PyObject Binary(Interpreter ip, int op, PyObject self, PyObject other, bool reflected)
        {
            other = Unwrap(other);
            if (!Accepts(self, other))
            {
                return PyNotImplemented.Value;
            }

            PyObject r = reflected ? self.ReflectedBinaryOp(ip, op, other) : self.BinaryOp(ip, op, other);
            return r ?? PyNotImplemented.Value;
        }

        private static PyObject Compare(Interpreter ip, int op, PyObject self, PyObject other)
        {
            other = Unwrap(other);
            if (!Accepts(self, other))
            {
                return PyNotImplemented.Value;
            }

            return self.RichCompare(ip, op, other) ?? PyNotImplemented.Value;
        }

        private static PyObject Negative(Interpreter ip, PyObject self)
        {
            return self.UnaryOp(ip, Runtime.UnaryOp.Negative);
        }

        private static PyObject Positive(Interpreter ip, PyObject self)
        {
            return Conjugate(ip, self.UnaryOp(ip, Runtime.UnaryOp.Positive));
        }

        private static PyObject Hash(Interpreter ip, PyObject self)
        {
            return PyInt.Get(self.Hash(ip));
        }

        private static PyObject Bool(Interpreter ip, PyObject self)
        {
            return PyBool.Of(self.Truth(ip) != 0);
        }

        private static PyObject Repr(Interpreter ip, PyObject self)
        {
            return new PyStr(self.Repr(ip));
        }

        private static PyObject Format(Interpreter ip, PyObject self, PyObject spec)
        {
            return new PyStr(NumberFormatter.Format(ip, self, FormatSpec.Parse(Ops.ExpectStr(spec, "format spec"))));
        }

        /// <summary>x.conjugate(): the value itself for reals (a plain int for bools), the conjugate for complex.</summary>
        public static PyObject Conjugate(Interpreter ip, PyObject self)
        {
            PyComplex c = self as PyComplex;
            if (c != null)
            {
                return new PyComplex(c.Real, -c.Imag);
            }

            return NumberConvert.PlainInt(self);
        }
    }
}
