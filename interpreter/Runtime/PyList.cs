using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>Python list: a growable array. Grows by half its size (at least 4), never shrinks below a quarter.</summary>
    public sealed class PyList : PyObject
    {
        private static readonly PyObject[] s_none = new PyObject[0];

        /// <summary>The item array; only [0, Count) is meaningful.</summary>
        public PyObject[] Items;

        /// <summary>Number of items.</summary>
        public int Count;

        /// <summary>An empty list.</summary>
        public PyList()
        {
            Items = s_none;
        }

        /// <summary>An empty list with room for capacity items.</summary>
        public PyList(int capacity)
        {
            Items = capacity == 0 ? s_none : new PyObject[capacity];
        }

        /// <summary>A list owning the first count items of the array.</summary>
        public PyList(PyObject[] items, int count)
        {
            Items = items;
            Count = count;
        }

        /// <summary>A list of a copy of a range of an array.</summary>
        public static PyList FromArray(PyObject[] src, int offset, int count)
        {
            PyObject[] a = new PyObject[count];
            System.Array.Copy(src, offset, a, 0, count);
            return new PyList(a, count);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.List; }
        }

        /// <summary>Appends an item.</summary>
        public void Append(PyObject item)
        {
            if (Count == Items.Length)
            {
                Grow(Count + 1);
            }

            Items[Count++] = item;
        }

        /// <summary>Makes room for at least min items.</summary>
        public void Grow(int min)
        {
            int n = Items.Length + (Items.Length >> 1);
            if (n < 4)
            {
                n = 4;
            }

            if (n < min)
            {
                n = min;
            }

            PyObject[] a = new PyObject[n];
            System.Array.Copy(Items, 0, a, 0, Count);
            Items = a;
        }

        /// <summary>Inserts an item at a position (clamped as list.insert does).</summary>
        public void Insert(int index, PyObject item)
        {
            if (index < 0)
            {
                index += Count;
                if (index < 0)
                {
                    index = 0;
                }
            }

            if (index > Count)
            {
                index = Count;
            }

            if (Count == Items.Length)
            {
                Grow(Count + 1);
            }

            System.Array.Copy(Items, index, Items, index + 1, Count - index);
            Items[index] = item;
            Count++;
        }

        /// <summary>Removes and returns the item at a position (already normalised and in range).</summary>
        public PyObject RemoveAt(int index)
        {
            PyObject v = Items[index];
            System.Array.Copy(Items, index + 1, Items, index, Count - index - 1);
            Count--;
            Items[Count] = null;
            Shrink();
            return v;
        }

        private void Shrink()
        {
            if (Items.Length > 16 && Count < Items.Length / 4)
            {
                PyObject[] a = new PyObject[Items.Length / 2];
                System.Array.Copy(Items, 0, a, 0, Count);
                Items = a;
            }
        }

        /// <summary>Appends every item of an iterable.</summary>
        public void Extend(Interpreter ip, PyObject iterable)
        {
            PyList l = iterable as PyList;
            if (l != null)
            {
                int n = l.Count;
                if (Count + n > Items.Length)
                {
                    Grow(Count + n);
                }

                System.Array.Copy(l.Items, 0, Items, Count, n);
                Count += n;
                return;
            }

            PyTuple t = iterable as PyTuple;
            if (t != null)
            {
                int n = t.Items.Length;
                if (Count + n > Items.Length)
                {
                    Grow(Count + n);
                }

                System.Array.Copy(t.Items, 0, Items, Count, n);
                Count += n;
                return;
            }

            PyObject it = Ops.GetIter(ip, iterable);
            PyObject x;
            while ((x = Ops.Next(ip, it)) != null)
            {
                Append(x);
            }
        }

        /// <summary>The items as a new exact-length array.</summary>
        public PyObject[] ToArray()
        {
            PyObject[] a = new PyObject[Count];
            System.Array.Copy(Items, 0, a, 0, Count);
            return a;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "unhashable type: 'list'");
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (Count == 0)
            {
                return "[]";
            }

            if (!ip.EnterReprOf(this))
            {
                return "[...]";
            }

            try
            {
                StringBuilder sb = new StringBuilder();
                sb.Append('[');
                for (int i = 0; i < Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(Ops.Repr(ip, Items[i]));
                }

                sb.Append(']');
                return sb.ToString();
            }
            finally
            {
                ip.LeaveReprOf(this);
            }
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Count != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return Count;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyList o = other as PyList;
            if (o == null)
            {
                return null;
            }

            return Ops.CompareSequences(ip, op, Items, Count, o.Items, o.Count);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            for (int i = 0; i < Count; i++)
            {
                if (Ops.Equal(ip, Items[i], item))
                {
                    return 1;
                }
            }

            return 0;
        }

        /// <summary>Normalises an index for item access; raises IndexError when out of range.</summary>
        public int CheckIndex(long k)
        {
            if (k < 0)
            {
                k += Count;
            }

            if (k < 0 || k >= Count)
            {
                throw new PyException(PyExc.IndexError, "list index out of range");
            }

            return (int)k;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PyInt i = key as PyInt;
            if (i != null)
            {
                return Items[CheckIndex(i.Value)];
            }

            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int len = s.Indices(ip, Count, out start, out stop, out step);
                PyObject[] r = new PyObject[len];
                if (step == 1)
                {
                    System.Array.Copy(Items, start, r, 0, len);
                }
                else
                {
                    for (int j = 0, p = start; j < len; j++, p += step)
                    {
                        r[j] = Items[p];
                    }
                }

                return new PyList(r, len);
            }

            if (Ops.HasIndex(ip, key))
            {
                return Items[CheckIndex(Ops.Index(ip, key))];
            }

            throw new PyException(PyExc.TypeError, "list indices must be integers or slices, not " + key.Type.Name.Value);
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            PyInt i = key as PyInt;
            if (i != null)
            {
                Items[CheckIndex(i.Value)] = value;
                return true;
            }

            PySlice s = key as PySlice;
            if (s != null)
            {
                SetSlice(ip, s, value);
                return true;
            }

            if (Ops.HasIndex(ip, key))
            {
                Items[CheckIndex(Ops.Index(ip, key))] = value;
                return true;
            }

            throw new PyException(PyExc.TypeError, "list indices must be integers or slices, not " + key.Type.Name.Value);
        }

        private void SetSlice(Interpreter ip, PySlice s, PyObject value)
        {
            PyObject[] src;
            int n;
            if (value == this)
            {
                src = ToArray();
                n = src.Length;
            }
            else
            {
                PyList tmp = new PyList();
                tmp.Extend(ip, value);
                src = tmp.Items;
                n = tmp.Count;
            }

            int start, stop, step;
            int len = s.Indices(ip, Count, out start, out stop, out step);
            if (step == 1)
            {
                // Replace [start, start+len) with the n new items.
                int delta = n - len;
                if (Count + delta > Items.Length)
                {
                    Grow(Count + delta);
                }

                System.Array.Copy(Items, start + len, Items, start + n, Count - start - len);
                System.Array.Copy(src, 0, Items, start, n);
                int oldCount = Count;
                Count += delta;
                for (int k = Count; k < oldCount; k++)
                {
                    Items[k] = null;
                }

                return;
            }

            if (n != len)
            {
                throw new PyException(PyExc.ValueError, "attempt to assign sequence of size " + n + " to extended slice of size " + len);
            }

            for (int j = 0, p = start; j < len; j++, p += step)
            {
                Items[p] = src[j];
            }
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            PyInt i = key as PyInt;
            if (i != null)
            {
                RemoveAt(CheckIndex(i.Value));
                return true;
            }

            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int len = s.Indices(ip, Count, out start, out stop, out step);
                if (len == 0)
                {
                    return true;
                }

                if (step < 0)
                {
                    // Delete the same items walking forwards.
                    start = start + (len - 1) * step;
                    step = -step;
                }

                int w = start;
                int next = start;
                int removed = 0;
                for (int r = start; r < Count; r++)
                {
                    if (removed < len && r == next)
                    {
                        removed++;
                        next += step;
                        continue;
                    }

                    Items[w++] = Items[r];
                }

                for (int k = w; k < Count; k++)
                {
                    Items[k] = null;
                }

                Count = w;
                Shrink();
                return true;
            }

            if (Ops.HasIndex(ip, key))
            {
                RemoveAt(CheckIndex(Ops.Index(ip, key)));
                return true;
            }

            throw new PyException(PyExc.TypeError, "list indices must be integers or slices, not " + key.Type.Name.Value);
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            switch (op)
            {
                case Runtime.BinaryOp.Add:
                {
                    PyList o = other as PyList;
                    if (o == null)
                    {
                        return null;
                    }

                    PyObject[] r = new PyObject[Count + o.Count];
                    System.Array.Copy(Items, 0, r, 0, Count);
                    System.Array.Copy(o.Items, 0, r, Count, o.Count);
                    return new PyList(r, r.Length);
                }

                case Runtime.BinaryOp.Add + Runtime.BinaryOp.InplaceOffset:
                    Extend(ip, other);
                    return this;
                case Runtime.BinaryOp.Multiply:
                {
                    long n;
                    return Ops.RepeatCount(ip, other, out n) ? Repeat(n) : null;
                }

                case Runtime.BinaryOp.Multiply + Runtime.BinaryOp.InplaceOffset:
                {
                    long n;
                    if (Ops.RepeatCount(ip, other, out n))
                    {
                        PyList r = Repeat(n);
                        Items = r.Items;
                        Count = r.Count;
                        return this;
                    }

                    return null;
                }
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

        private PyList Repeat(long n)
        {
            if (n <= 0 || Count == 0)
            {
                return new PyList();
            }

            int total = Ops.RepeatSize(n, Count);
            PyObject[] r = new PyObject[total];
            for (int k = 0; k < n; k++)
            {
                System.Array.Copy(Items, 0, r, k * Count, Count);
            }

            return new PyList(r, total);
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PySeqIterator(null, 0, this);
        }
    }
}
