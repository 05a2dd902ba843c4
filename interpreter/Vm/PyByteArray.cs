namespace NanoPython.Runtime
{
    /// <summary>Python bytearray: a growable byte buffer. Methods live in the Builtins assembly.</summary>
    public sealed class PyByteArray : PyObject
    {
        /// <summary>The buffer; [0, Count) is meaningful.</summary>
        public byte[] Data;

        /// <summary>Number of bytes.</summary>
        public int Count;

        /// <summary>A bytearray owning the first count bytes of data.</summary>
        public PyByteArray(byte[] data, int count)
        {
            Data = data;
            Count = count;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.ByteArray; }
        }

        /// <summary>Makes room for at least min bytes.</summary>
        public void EnsureCapacity(int min)
        {
            if (min > Data.Length)
            {
                int n = Data.Length + (Data.Length >> 1) + 8;
                if (n < min)
                {
                    n = min;
                }

                byte[] a = new byte[n];
                System.Array.Copy(Data, 0, a, 0, Count);
                Data = a;
            }
        }

        /// <summary>Appends bytes.</summary>
        public void Append(byte[] src, int offset, int n)
        {
            EnsureCapacity(Count + n);
            System.Array.Copy(src, offset, Data, Count, n);
            Count += n;
        }

        /// <summary>The content as a new exact-length array.</summary>
        public byte[] ToArray()
        {
            byte[] a = new byte[Count];
            System.Array.Copy(Data, 0, a, 0, Count);
            return a;
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "bytearray(" + PyBytes.ReprOf(Data, 0, Count) + ")";
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "unhashable type: 'bytearray'");
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
            int nb;
            byte[] b = PyBytes.BufferOf(other, out nb);
            if (b == null)
            {
                return null;
            }

            return PyBool.Of(Ops.CompareResult(op, PyBytes.Compare(Data, Count, b, nb)));
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            return PyBytes.ContainsIn(ip, Data, Count, item) ? 1 : 0;
        }

        private int CheckIndex(long k)
        {
            if (k < 0)
            {
                k += Count;
            }

            if (k < 0 || k >= Count)
            {
                throw new PyException(PyExc.IndexError, "bytearray index out of range");
            }

            return (int)k;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int len = s.Indices(ip, Count, out start, out stop, out step);
                byte[] r = PyBytes.SliceOf(Data, start, step, len);
                return new PyByteArray(r, len);
            }

            return PyInt.Get(Data[CheckIndex(Ops.Index(ip, key))]);
        }

        /// <summary>A byte value from an int object, range-checked.</summary>
        public static byte ByteValue(Interpreter ip, PyObject v)
        {
            long x = Ops.Index(ip, v);
            if (x < 0 || x > 255)
            {
                throw new PyException(PyExc.ValueError, "byte must be in range(0, 256)");
            }

            return (byte)x;
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                byte[] src;
                int n;
                if (value is PyInt)
                {
                    throw new PyException(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }

                src = PyBytes.BufferOf(value, out n);
                if (src == null)
                {
                    PyByteArray tmp = new PyByteArray(new byte[8], 0);
                    PyObject it = Ops.GetIter(ip, value);
                    PyObject x;
                    while ((x = Ops.Next(ip, it)) != null)
                    {
                        tmp.Append(new byte[] { ByteValue(ip, x) }, 0, 1);
                    }

                    src = tmp.Data;
                    n = tmp.Count;
                }
                else if (ReferenceEquals(src, Data))
                {
                    src = ToArray();
                }

                int start, stop, step;
                int len = s.Indices(ip, Count, out start, out stop, out step);
                if (step == 1)
                {
                    int delta = n - len;
                    EnsureCapacity(Count + delta);
                    System.Array.Copy(Data, start + len, Data, start + n, Count - start - len);
                    System.Array.Copy(src, 0, Data, start, n);
                    Count += delta;
                    return true;
                }

                if (n != len)
                {
                    throw new PyException(PyExc.ValueError, "attempt to assign bytes of size " + n + " to extended slice of size " + len);
                }

                for (int j = 0, p = start; j < len; j++, p += step)
                {
                    Data[p] = src[j];
                }

                return true;
            }

            Data[CheckIndex(Ops.Index(ip, key))] = ByteValue(ip, value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int len = s.Indices(ip, Count, out start, out stop, out step);
                if (step < 0)
                {
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

                    Data[w++] = Data[r];
                }

                Count = w;
                return true;
            }

            int i = CheckIndex(Ops.Index(ip, key));
            System.Array.Copy(Data, i + 1, Data, i, Count - i - 1);
            Count--;
            return true;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            int n;
            switch (op)
            {
                case Runtime.BinaryOp.Add:
                {
                    byte[] b = PyBytes.BufferOf(other, out n);
                    if (b == null)
                    {
                        return null;
                    }

                    PyByteArray r = new PyByteArray(new byte[Count + n], 0);
                    r.Append(Data, 0, Count);
                    r.Append(b, 0, n);
                    return r;
                }

                case Runtime.BinaryOp.Add + Runtime.BinaryOp.InplaceOffset:
                {
                    byte[] b = PyBytes.BufferOf(other, out n);
                    if (b == null)
                    {
                        return null;
                    }

                    if (ReferenceEquals(b, Data))
                    {
                        b = ToArray();
                    }

                    Append(b, 0, n);
                    return this;
                }

                case Runtime.BinaryOp.Multiply:
                {
                    long times;
                    if (Ops.RepeatCount(ip, other, out times))
                    {
                        byte[] r = PyBytes.Repeat(Data, Count, times);
                        return new PyByteArray(r, r.Length);
                    }

                    return null;
                }

                case Runtime.BinaryOp.Multiply + Runtime.BinaryOp.InplaceOffset:
                    long k;
                    if (Ops.RepeatCount(ip, other, out k))
                    {
                        byte[] r = PyBytes.Repeat(Data, Count, k);
                        Data = r;
                        Count = r.Length;
                        return this;
                    }

                    return null;
                case Runtime.BinaryOp.Modulo:
                case Runtime.BinaryOp.Modulo + Runtime.BinaryOp.InplaceOffset:
                    return ip.Hooks.FormatPercentBytes(ip, this, other);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyBytesIterator(null, this);
        }
    }
}
