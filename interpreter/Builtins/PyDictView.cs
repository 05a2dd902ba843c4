using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// dict.keys(), dict.values() and dict.items(): live views of a dict (two fields). Keys and items views are
    /// set-like: they compare with sets and other such views as sets and support &amp; | - ^ (results are sets).
    /// </summary>
    public sealed class PyDictView : PyObject
    {
        /// <summary>The dict seen.</summary>
        public readonly PyDict Dict;

        /// <summary>PyDictIterator.KindKeys, KindValues or KindItems.</summary>
        public readonly int Kind;

        /// <summary>A view of a kind over d.</summary>
        public PyDictView(PyDict d, int kind)
        {
            Dict = d;
            Kind = kind;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return Kind == PyDictIterator.KindKeys ? PyTypes.DictKeys : Kind == PyDictIterator.KindValues ? PyTypes.DictValues : PyTypes.DictItems; }
        }

        private bool IsSetLike
        {
            get { return Kind != PyDictIterator.KindValues; }
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return Dict.Count;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyDictIterator(Dict, Kind);
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            if (IsSetLike)
            {
                throw new PyException(PyExc.TypeError, "unhashable type: '" + Type.Name.Value + "'");
            }

            return Ops.IdentityHash(this);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            if (Kind == PyDictIterator.KindKeys)
            {
                return Dict.Get(ip, item) != null ? 1 : 0;
            }

            if (Kind == PyDictIterator.KindValues)
            {
                // Iteration decides.
                return -1;
            }

            PyTuple t = item as PyTuple;
            if (t == null || t.Items.Length != 2)
            {
                return 0;
            }

            PyObject v = Dict.Get(ip, t.Items[0]);
            return v != null && Ops.Equal(ip, v, t.Items[1]) ? 1 : 0;
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (!ip.EnterReprOf(this))
            {
                return "...";
            }

            try
            {
                StringBuilder sb = new StringBuilder();
                sb.Append(Type.Name.Value);
                sb.Append("([");
                bool first = true;
                PyDict d = Dict;
                for (int i = 0; i < d.EntryLimit; i++)
                {
                    PyObject k = d.KeyAt(i);
                    if (k == null)
                    {
                        continue;
                    }

                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    if (Kind == PyDictIterator.KindKeys)
                    {
                        sb.Append(Ops.Repr(ip, k));
                    }
                    else if (Kind == PyDictIterator.KindValues)
                    {
                        sb.Append(Ops.Repr(ip, d.ValueAt(i)));
                    }
                    else
                    {
                        sb.Append('(');
                        sb.Append(Ops.Repr(ip, k));
                        sb.Append(", ");
                        sb.Append(Ops.Repr(ip, d.ValueAt(i)));
                        sb.Append(')');
                    }
                }

                sb.Append("])");
                return sb.ToString();
            }
            finally
            {
                ip.LeaveReprOf(this);
            }
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            if (!IsSetLike)
            {
                return null;
            }

            PyDictView ov = other as PyDictView;
            if (!(other is PySet) && (ov == null || !ov.IsSetLike))
            {
                return null;
            }

            int n1 = Dict.Count;
            int n2 = other.Length(ip);
            bool r;
            switch (op)
            {
                case CompareOp.Eq:
                case CompareOp.Ne:
                    r = n1 == n2 && AllIn(ip, this, other);
                    return PyBool.Of(op == CompareOp.Eq ? r : !r);
                case CompareOp.Lt:
                    return PyBool.Of(n1 < n2 && AllIn(ip, this, other));
                case CompareOp.Le:
                    return PyBool.Of(n1 <= n2 && AllIn(ip, this, other));
                case CompareOp.Gt:
                    return PyBool.Of(n1 > n2 && AllIn(ip, other, this));
                default:
                    return PyBool.Of(n1 >= n2 && AllIn(ip, other, this));
            }
        }

        private static bool AllIn(Interpreter ip, PyObject a, PyObject b)
        {
            PyObject it = Ops.GetIter(ip, a);
            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                if (!Ops.Contains(ip, b, x))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            return SetOp(ip, op, this, other);
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            return SetOp(ip, op, other, this);
        }

        // left op right where one of them is this view; the result is a new set, as CPython's dict_keys operators give.
        private PyObject SetOp(Interpreter ip, int op, PyObject left, PyObject right)
        {
            if (!IsSetLike)
            {
                return null;
            }

            if (op >= Runtime.BinaryOp.InplaceOffset)
            {
                op -= Runtime.BinaryOp.InplaceOffset;
            }

            if (op != Runtime.BinaryOp.And && op != Runtime.BinaryOp.Or && op != Runtime.BinaryOp.Subtract && op != Runtime.BinaryOp.Xor)
            {
                return null;
            }

            PySet r = new PySet(false);
            r.Update(ip, left);
            switch (op)
            {
                case Runtime.BinaryOp.Or:
                    r.Update(ip, right);
                    return r;
                case Runtime.BinaryOp.Subtract:
                    SetMethods.RemoveAll(ip, r, right);
                    return r;
                case Runtime.BinaryOp.And:
                    return r.BinaryOp(ip, Runtime.BinaryOp.And, SetMethods.AsSet(ip, right));
                default:
                    return r.BinaryOp(ip, Runtime.BinaryOp.Xor, SetMethods.AsSet(ip, right));
            }
        }

        /// <summary>view.isdisjoint(iterable).</summary>
        public bool IsDisjoint(Interpreter ip, PyObject other)
        {
            PyObject it = Ops.GetIter(ip, other);
            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                if (Contains(ip, x) == 1)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
