namespace NanoPython.Runtime
{
    /// <summary>Python bool: a subclass of int with the two singletons True and False.</summary>
    public sealed class PyBool : PyInt
    {
        /// <summary>True.</summary>
        public static readonly PyBool True = new PyBool(1);

        /// <summary>False.</summary>
        public static readonly PyBool False = new PyBool(0);

        private PyBool(long v)
            : base(v)
        {
        }

        /// <summary>True or False.</summary>
        public static PyBool Of(bool b)
        {
            return b ? True : False;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Bool; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return Value != 0 ? "True" : "False";
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            // bool & bool, bool | bool and bool ^ bool stay bool; everything else is int arithmetic.
            PyBool b = other as PyBool;
            if (b != null)
            {
                int o = op >= Runtime.BinaryOp.InplaceOffset ? op - Runtime.BinaryOp.InplaceOffset : op;
                if (o == Runtime.BinaryOp.And)
                {
                    return Of((Value & b.Value) != 0);
                }

                if (o == Runtime.BinaryOp.Or)
                {
                    return Of((Value | b.Value) != 0);
                }

                if (o == Runtime.BinaryOp.Xor)
                {
                    return Of((Value ^ b.Value) != 0);
                }
            }

            return base.BinaryOp(ip, op, other);
        }
    }
}
