using System.Text;
using NanoPython.Numbers;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// array.array: a packed, growable sequence of numbers of one typecode (b B h H i I l L q Q f d), stored
    /// little-endian in a byte array that it exports through the buffer protocol (memoryview, bytes(), file writes
    /// and struct accept arrays). As in MicroPython, integers that do not fit the typecode are truncated to its size
    /// rather than rejected. 'l' and 'L' take 8 bytes when the interpreter plays the unix port, 4 on a board.
    /// </summary>
    public sealed partial class PyArray : PyObject, IBufferExporter
    {
        /// <summary>The array type.</summary>
        public static PyType ArrayType;

        /// <summary>The supported typecodes.</summary>
        public const string TypeCodes = "bBhHiIlLqQfd";

        private readonly char _code;
        private readonly int _size;
        private byte[] _data;
        private int _count;

        /// <summary>An empty array of typecode code whose items take size bytes.</summary>
        public PyArray(char code, int size, int capacity)
        {
            _code = code;
            _size = size;
            _data = new byte[(capacity < 4 ? 4 : capacity) * size];
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return ArrayType; }
        }

        /// <summary>Number of items.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>The typecode.</summary>
        public char Code
        {
            get { return _code; }
        }

        /// <inheritdoc/>
        public byte[] GetBuffer(out int offset, out int count)
        {
            offset = 0;
            count = _count * _size;
            return _data;
        }

        /// <inheritdoc/>
        public bool IsReadOnly
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public char Format
        {
            get { return _code; }
        }

        /// <inheritdoc/>
        public int ItemSize
        {
            get { return _size; }
        }

        /// <summary>The item size of a typecode (0 when unknown); wide: the unix port's 8-byte longs.</summary>
        public static int SizeOf(char code, bool wide)
        {
            switch (code)
            {
                case 'b':
                case 'B':
                    return 1;
                case 'h':
                case 'H':
                    return 2;
                case 'i':
                case 'I':
                case 'f':
                    return 4;
                case 'l':
                case 'L':
                    return wide ? 8 : 4;
                case 'q':
                case 'Q':
                case 'd':
                    return 8;
            }

            return 0;
        }

        private void EnsureCapacity(int items)
        {
            if (items * _size > _data.Length)
            {
                int n = _data.Length / _size;
                n = n * 2 > items ? n * 2 : items;
                byte[] d = new byte[n * _size];
                System.Array.Copy(_data, d, _count * _size);
                _data = d;
            }
        }

        /// <summary>Item i as a Python value.</summary>
        public PyObject Get(Interpreter ip, int i)
        {
            int at = i * _size;
            if (_code == 'f')
            {
                return ip.Numbers.MakeFloat(System.BitConverter.ToSingle(_data, at));
            }

            if (_code == 'd')
            {
                return ip.Numbers.MakeFloat(System.BitConverter.ToDouble(_data, at));
            }

            ulong u = 0;
            for (int k = _size - 1; k >= 0; k--)
            {
                u = (u << 8) | _data[at + k];
            }

            if (_code >= 'a')
            {
                // Sign-extend the item's top bit.
                int shift = 64 - _size * 8;
                return PyInt.Get(((long)(u << shift)) >> shift);
            }

            if (u <= long.MaxValue)
            {
                return PyInt.Get((long)u);
            }

            return PyBigInt.Create(1, BigNat.FromULong(u));
        }

        /// <summary>Stores a Python value as item i (TypeError for a value of the wrong kind).</summary>
        public void Set(Interpreter ip, int i, PyObject v)
        {
            int at = i * _size;
            if (_code == 'f' || _code == 'd')
            {
                double d = MathArgs.ToDouble(ip, v);
                byte[] b = _code == 'f' ? System.BitConverter.GetBytes((float)d) : System.BitConverter.GetBytes(d);
                System.Array.Copy(b, 0, _data, at, _size);
                return;
            }

            long x = Truncated(ip, v);
            for (int k = 0; k < _size; k++)
            {
                _data[at + k] = (byte)(x >> (k * 8));
            }
        }

        // The low 64 bits of an int in two's complement (what MicroPython stores, truncated to the item size).
        private static long Truncated(Interpreter ip, PyObject v)
        {
            PyObject n = v.NativeBase;
            PyInt i = n as PyInt;
            if (i != null)
            {
                return i.Value;
            }

            if (n is PyBigInt)
            {
                int sign;
                uint[] mag = PyBigInt.MagnitudeOf(n, out sign);
                ulong u = mag.Length > 1 ? ((ulong)mag[1] << 32) | mag[0] : mag.Length > 0 ? mag[0] : 0;
                return sign < 0 ? -(long)u : (long)u;
            }

            if (n is PyFloat)
            {
                throw new PyException(PyExc.TypeError, "integer argument expected, got float");
            }

            return Ops.Index(ip, v);
        }

        /// <summary>Appends one value.</summary>
        public void Append(Interpreter ip, PyObject v)
        {
            EnsureCapacity(_count + 1);
            Set(ip, _count, v);
            _count++;
        }

        /// <summary>Appends raw bytes (a whole number of items).</summary>
        public void AppendBytes(byte[] b, int offset, int n)
        {
            if (n % _size != 0)
            {
                throw new PyException(PyExc.ValueError, "bytes length not a multiple of item size");
            }

            EnsureCapacity(_count + n / _size);
            System.Array.Copy(b, offset, _data, _count * _size, n);
            _count += n / _size;
        }

        /// <summary>Appends every value of an iterable (an array of the same typecode is copied as bytes).</summary>
        public void Extend(Interpreter ip, PyObject iterable)
        {
            PyArray other = iterable.NativeBase as PyArray;
            if (other != null)
            {
                if (other._code != _code)
                {
                    throw new PyException(PyExc.TypeError, "can only extend with array of same kind");
                }

                AppendBytes(other._data, 0, other._count * other._size);
                return;
            }

            PyObject it = Ops.GetIter(ip, iterable);
            PyObject v;
            while ((v = Ops.Next(ip, it)) != null)
            {
                Append(ip, v);
            }
        }

        /// <summary>A new array of the same typecode holding count items from start by step.</summary>
        internal PyArray Slice(int start, int step, int count)
        {
            PyArray r = new PyArray(_code, _size, count);
            for (int i = 0; i < count; i++)
            {
                System.Array.Copy(_data, (start + i * step) * _size, r._data, i * _size, _size);
            }

            r._count = count;
            return r;
        }

        /// <summary>Removes count items from start (step 1).</summary>
        internal void RemoveRange(int start, int count)
        {
            int tail = (_count - start - count) * _size;
            System.Array.Copy(_data, (start + count) * _size, _data, start * _size, tail);
            _count -= count;
        }

        /// <summary>Opens a gap of count items at index start.</summary>
        internal void InsertGap(int start, int count)
        {
            EnsureCapacity(_count + count);
            System.Array.Copy(_data, start * _size, _data, (start + count) * _size, (_count - start) * _size);
            _count += count;
        }

        private int CheckIndex(Interpreter ip, PyObject key)
        {
            long k = Ops.Index(ip, key);
            if (k < 0)
            {
                k += _count;
            }

            if (k < 0 || k >= _count)
            {
                throw new PyException(PyExc.IndexError, "array index out of range");
            }

            return (int)k;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return _count;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int n = s.Indices(ip, _count, out start, out stop, out step);
                return Slice(start, step, n);
            }

            return Get(ip, CheckIndex(ip, key));
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            PySlice s = key as PySlice;
            if (s == null)
            {
                Set(ip, CheckIndex(ip, key), value);
                return true;
            }

            PyArray src = value.NativeBase as PyArray;
            if (src == null || src._code != _code)
            {
                throw new PyException(PyExc.TypeError, "can only assign array (not \"" + value.Type.Name.Value + "\") to array slice");
            }

            if (ReferenceEquals(src, this))
            {
                src = Slice(0, 1, _count);
            }

            int start, stop, step;
            int n = s.Indices(ip, _count, out start, out stop, out step);
            if (step == 1)
            {
                RemoveRange(start, n);
                InsertGap(start, src._count);
                System.Array.Copy(src._data, 0, _data, start * _size, src._count * _size);
                return true;
            }

            if (n != src._count)
            {
                throw new PyException(PyExc.ValueError, "attempt to assign array of size " + src._count + " to extended slice of size " + n);
            }

            for (int i = 0; i < n; i++)
            {
                System.Array.Copy(src._data, i * _size, _data, (start + i * step) * _size, _size);
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            PySlice s = key as PySlice;
            if (s == null)
            {
                RemoveRange(CheckIndex(ip, key), 1);
                return true;
            }

            int start, stop, step;
            int n = s.Indices(ip, _count, out start, out stop, out step);
            if (step < 0)
            {
                // The same items, walked upwards.
                start += (n - 1) * step;
                step = -step;
            }

            for (int i = n - 1; i >= 0; i--)
            {
                RemoveRange(start + i * step, 1);
            }

            return true;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyArrayIterator(this);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            return IndexOf(ip, item) >= 0 ? 1 : 0;
        }

        /// <summary>The first index of a value, or -1.</summary>
        internal int IndexOf(Interpreter ip, PyObject item)
        {
            for (int i = 0; i < _count; i++)
            {
                if (Ops.Equal(ip, Get(ip, i), item))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "unhashable type: 'array'");
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            switch (op)
            {
                case Runtime.BinaryOp.Add:
                case Runtime.BinaryOp.Add + Runtime.BinaryOp.InplaceOffset:
                {
                    PyArray o = other.NativeBase as PyArray;
                    if (o == null)
                    {
                        return null;
                    }

                    if (o._code != _code)
                    {
                        throw new PyException(PyExc.TypeError, "bad argument type for built-in operation");
                    }

                    PyArray r = op == Runtime.BinaryOp.Add ? Slice(0, 1, _count) : this;
                    r.AppendBytes(o._data, 0, o._count * o._size);
                    return r;
                }

                case Runtime.BinaryOp.Multiply:
                case Runtime.BinaryOp.Multiply + Runtime.BinaryOp.InplaceOffset:
                {
                    long times;
                    if (!Ops.RepeatCount(ip, other, out times))
                    {
                        return null;
                    }

                    int n = _count;
                    if (times > 0 && n > 0)
                    {
                        // Checked before anything is allocated: a huge count is a MemoryError, not a wrapped size.
                        Ops.RepeatSize(times, n * _size);
                    }

                    byte[] src = new byte[n * _size];
                    System.Array.Copy(_data, src, src.Length);
                    PyArray r = op == Runtime.BinaryOp.Multiply ? new PyArray(_code, _size, n) : this;
                    r._count = 0;
                    for (long t = 0; t < times && n > 0; t++)
                    {
                        r.AppendBytes(src, 0, src.Length);
                    }

                    return r;
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            return op == Runtime.BinaryOp.Multiply ? BinaryOp(ip, op, other) : null;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyArray o = other.NativeBase as PyArray;
            if (o == null)
            {
                return null;
            }

            PyObject[] a = new PyObject[_count];
            for (int i = 0; i < _count; i++)
            {
                a[i] = Get(ip, i);
            }

            PyObject[] b = new PyObject[o._count];
            for (int i = 0; i < o._count; i++)
            {
                b[i] = o.Get(ip, i);
            }

            return Ops.CompareSequences(ip, op, a, a.Length, b, b.Length);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append("array('");
            sb.Append(_code);
            sb.Append('\'');
            if (_count > 0)
            {
                sb.Append(", [");
                for (int i = 0; i < _count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(Ops.Repr(ip, Get(ip, i)));
                }

                sb.Append(']');
            }

            sb.Append(')');
            return sb.ToString();
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (name.Value)
            {
                case "typecode":
                    return PyStr.OfChar(_code);
                case "itemsize":
                    return PyInt.Get(_size);
            }

            return base.GetAttr(ip, name);
        }
    }
}
