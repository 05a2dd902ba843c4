using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>Python tuple: an immutable array of exactly its length.</summary>
    public sealed class PyTuple : PyObject
    {
        /// <summary>The empty tuple.</summary>
        public static readonly PyTuple Empty = new PyTuple(new PyObject[0]);

        /// <summary>The items (do not modify after the tuple is visible to Python code).</summary>
        public readonly PyObject[] Items;

        /// <summary>A tuple owning the array.</summary>
        public PyTuple(PyObject[] items)
        {
            Items = items;
        }

        /// <summary>A tuple of the items, the shared empty tuple when there are none.</summary>
        public static PyTuple Of(PyObject[] items)
        {
            return items.Length == 0 ? Empty : new PyTuple(items);
        }

        /// <summary>A 1-tuple.</summary>
        public static PyTuple Of(PyObject a)
        {
            return new PyTuple(new PyObject[] { a });
        }

        /// <summary>A 2-tuple.</summary>
        public static PyTuple Of(PyObject a, PyObject b)
        {
            return new PyTuple(new PyObject[] { a, b });
        }

        /// <summary>A tuple from a slice of an array (copied).</summary>
        public static PyTuple FromArray(PyObject[] src, int offset, int count)
        {
            if (count == 0)
            {
                return Empty;
            }

            PyObject[] a = new PyObject[count];
            System.Array.Copy(src, offset, a, 0, count);
            return new PyTuple(a);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Tuple; }
        }

        /// <summary>Number of items.</summary>
        public int Count
        {
            get { return Items.Length; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (Items.Length == 0)
            {
                return "()";
            }

            ip.EnterRepr();
            try
            {
                StringBuilder sb = new StringBuilder();
                sb.Append('(');
                for (int i = 0; i < Items.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(Ops.Repr(ip, Items[i]));
                }

                if (Items.Length == 1)
                {
                    sb.Append(',');
                }

                sb.Append(')');
                return sb.ToString();
            }
            finally
            {
                ip.LeaveRepr();
            }
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            // xxHash-like mixing as CPython does, in 32 bits.
            uint acc = 0x27D4EB2F;
            for (int i = 0; i < Items.Length; i++)
            {
                uint lane = (uint)Ops.Hash(ip, Items[i]);
                acc += lane * 0x85EBCA77;
                acc = (acc << 13) | (acc >> 19);
                acc *= 0x9E3779B1;
            }

            acc += (uint)Items.Length ^ 3527539;
            int h = (int)acc;
            return h == -1 ? 1546275796 : h;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Items.Length != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return Items.Length;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyTuple o = other as PyTuple;
            if (o == null)
            {
                return null;
            }

            return Ops.CompareSequences(ip, op, Items, Items.Length, o.Items, o.Items.Length);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            for (int i = 0; i < Items.Length; i++)
            {
                if (Ops.Equal(ip, Items[i], item))
                {
                    return 1;
                }
            }

            return 0;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PyInt i = key as PyInt;
            if (i != null)
            {
                long k = i.Value;
                if (k < 0)
                {
                    k += Items.Length;
                }

                if (k < 0 || k >= Items.Length)
                {
                    throw new PyException(PyExc.IndexError, "tuple index out of range");
                }

                return Items[(int)k];
            }

            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int len = s.Indices(ip, Items.Length, out start, out stop, out step);
                if (step == 1 && len == Items.Length)
                {
                    return this;
                }

                PyObject[] r = new PyObject[len];
                for (int j = 0, p = start; j < len; j++, p += step)
                {
                    r[j] = Items[p];
                }

                return Of(r);
            }

            if (Ops.HasIndex(ip, key))
            {
                return GetItem(ip, PyInt.Get(Ops.Index(ip, key)));
            }

            throw new PyException(PyExc.TypeError, "tuple indices must be integers or slices, not " + key.Type.Name.Value);
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            int o = op >= Runtime.BinaryOp.InplaceOffset ? op - Runtime.BinaryOp.InplaceOffset : op;
            if (o == Runtime.BinaryOp.Add)
            {
                PyTuple t = other as PyTuple;
                if (t == null)
                {
                    return null;
                }

                if (t.Items.Length == 0)
                {
                    return this;
                }

                if (Items.Length == 0)
                {
                    return t;
                }

                PyObject[] r = new PyObject[Items.Length + t.Items.Length];
                System.Array.Copy(Items, 0, r, 0, Items.Length);
                System.Array.Copy(t.Items, 0, r, Items.Length, t.Items.Length);
                return new PyTuple(r);
            }

            long n;
            if (o == Runtime.BinaryOp.Multiply && Ops.RepeatCount(ip, other, out n))
            {
                return Repeat(n);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            long n;
            if (op == Runtime.BinaryOp.Multiply && Ops.RepeatCount(ip, other, out n))
            {
                return Repeat(n);
            }

            return null;
        }

        private PyTuple Repeat(long n)
        {
            if (n <= 0 || Items.Length == 0)
            {
                return Empty;
            }

            if (n == 1)
            {
                return this;
            }

            PyObject[] r = new PyObject[Ops.RepeatSize(n, Items.Length)];
            for (int k = 0; k < n; k++)
            {
                System.Array.Copy(Items, 0, r, k * Items.Length, Items.Length);
            }

            return new PyTuple(r);
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PySeqIterator(Items, Items.Length, null);
        }
    }
}
