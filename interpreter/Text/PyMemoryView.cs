using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// Python memoryview: a one-dimensional view of the bytes of another object (bytes, bytearray, any
    /// <see cref="IBufferExporter"/>) that shares its memory, so writes through a view of a bytearray change the
    /// bytearray. Item i lives at byte Start + i * Stride of the exporter's storage; slices make new views of the same
    /// storage (negative strides included).
    /// </summary>
    /// <remarks>
    /// The exporter's storage is fetched again on every access: a bytearray that grew has moved its bytes, and a view
    /// keeps reading and writing the object, never a stale array. A view whose range no longer fits (the bytearray
    /// shrank) raises IndexError instead of touching other memory.
    /// </remarks>
    public sealed class PyMemoryView : PyObject
    {
        private readonly PyObject _source;
        private readonly int _start;
        private readonly int _length;
        private readonly int _stride;
        private readonly int _itemSize;
        private readonly char _format;
        private readonly bool _readOnly;
        private bool _released;

        private PyMemoryView(PyObject source, int start, int length, int stride, int itemSize, char format, bool readOnly)
        {
            _source = source;
            _start = start;
            _length = length;
            _stride = stride;
            _itemSize = itemSize;
            _format = format;
            _readOnly = readOnly;
        }

        /// <summary>memoryview(o); raises TypeError when o does not export a buffer.</summary>
        public static PyMemoryView Of(PyObject o)
        {
            PyMemoryView mv = o as PyMemoryView;
            if (mv != null)
            {
                mv.Check();
                return new PyMemoryView(mv._source, mv._start, mv._length, mv._stride, mv._itemSize, mv._format, mv._readOnly);
            }

            PyObject nb = o.NativeBase;
            if (nb is PyBytes)
            {
                return new PyMemoryView(nb, 0, ((PyBytes)nb).Data.Length, 1, 1, 'B', true);
            }

            if (nb is PyByteArray)
            {
                return new PyMemoryView(nb, 0, ((PyByteArray)nb).Count, 1, 1, 'B', false);
            }

            IBufferExporter x = nb as IBufferExporter;
            if (x != null)
            {
                int offset, count;
                x.GetBuffer(out offset, out count);
                int size = x.ItemSize;
                return new PyMemoryView(nb, 0, count / size, size, size, x.Format, x.IsReadOnly);
            }

            throw new PyException(PyExc.TypeError, "memoryview: a bytes-like object is required, not '" + o.Type.Name.Value + "'");
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return TextTypes.MemoryView; }
        }

        /// <summary>The exported object (memoryview.obj).</summary>
        public PyObject Source
        {
            get { return _source; }
        }

        /// <summary>True for a view that must not be written (a view of bytes).</summary>
        public bool IsReadOnly
        {
            get { return _readOnly; }
        }

        /// <summary>The struct format character of the items.</summary>
        public char Format
        {
            get { return _format; }
        }

        /// <summary>The size of one item in bytes.</summary>
        public int ItemSize
        {
            get { return _itemSize; }
        }

        /// <summary>The number of items.</summary>
        public int Count
        {
            get { return _length; }
        }

        /// <summary>True when the items are adjacent in storage (the view is one byte range).</summary>
        public bool IsContiguous
        {
            get { return _stride == _itemSize || _length <= 1; }
        }

        // The exporter's current storage; base receives the offset of the exporter's first byte. Raises when released
        // or when the view's range does not fit the storage any more.
        private byte[] Storage(out int baseOffset)
        {
            Check();
            byte[] data;
            int count;
            if (_source is PyBytes)
            {
                data = ((PyBytes)_source).Data;
                baseOffset = 0;
                count = data.Length;
            }
            else if (_source is PyByteArray)
            {
                data = ((PyByteArray)_source).Data;
                baseOffset = 0;
                count = ((PyByteArray)_source).Count;
            }
            else
            {
                data = ((IBufferExporter)_source).GetBuffer(out baseOffset, out count);
            }

            if (_length > 0)
            {
                int last = _start + (_length - 1) * _stride;
                int lo = last < _start ? last : _start;
                int hi = (last > _start ? last : _start) + _itemSize;
                if (lo < 0 || hi > count)
                {
                    throw new PyException(PyExc.IndexError, TextErrors.ViewResized);
                }
            }

            return data;
        }

        /// <summary>Raises ValueError when the view was released.</summary>
        internal void Check()
        {
            if (_released)
            {
                throw new PyException(PyExc.ValueError, TextErrors.ViewReleased);
            }
        }

        /// <summary>Releases the view (memoryview.release()); later use raises ValueError.</summary>
        internal void Release()
        {
            _released = true;
        }

        /// <summary>The viewed bytes as data[offset, offset + count): the storage itself when contiguous, else a copy.</summary>
        public byte[] GetBytes(out int offset, out int count)
        {
            int b;
            byte[] data = Storage(out b);
            count = _length * _itemSize;
            if (IsContiguous)
            {
                offset = b + _start;
                return data;
            }

            byte[] r = new byte[count];
            for (int i = 0; i < _length; i++)
            {
                System.Array.Copy(data, b + _start + i * _stride, r, i * _itemSize, _itemSize);
            }

            offset = 0;
            return r;
        }

        /// <summary>The storage of a writable contiguous view; false when read-only or strided.</summary>
        public bool GetWritableBytes(out byte[] data, out int offset, out int count)
        {
            if (_readOnly || !IsContiguous)
            {
                Check();
                data = null;
                offset = 0;
                count = 0;
                return false;
            }

            data = GetBytes(out offset, out count);
            return true;
        }

        /// <summary>A copy of the viewed bytes (memoryview.tobytes()).</summary>
        public byte[] ToArray()
        {
            int offset, count;
            byte[] data = GetBytes(out offset, out count);
            byte[] r = new byte[count];
            System.Array.Copy(data, offset, r, 0, count);
            return r;
        }

        /// <summary>The item at index i (0 &lt;= i &lt; Count) as a Python value.</summary>
        internal PyObject ItemAt(Interpreter ip, int i)
        {
            int b;
            byte[] data = Storage(out b);
            return ItemCodec.Unpack(ip, _format, _itemSize, data, b + _start + i * _stride);
        }

        /// <summary>A new view of the same storage with other bounds or items (slicing, cast, toreadonly).</summary>
        internal PyMemoryView Derive(int start, int length, int stride, int itemSize, char format, bool readOnly)
        {
            return new PyMemoryView(_source, start, length, stride, itemSize, format, readOnly);
        }

        /// <summary>The byte offset (relative to the exporter) of the first item.</summary>
        internal int Start
        {
            get { return _start; }
        }

        /// <summary>The distance in bytes between items.</summary>
        internal int Stride
        {
            get { return _stride; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return (_released ? "<released memory at 0x" : "<memory at 0x") + Ops.IdHex(this) + ">";
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            Check();
            return _length;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            Check();
            if (!_readOnly)
            {
                throw new PyException(PyExc.ValueError, TextErrors.ViewWritableHash);
            }

            // Equal to the hash of the bytes with the same content, as CPython's.
            byte[] a = ToArray();
            return StrUtil.Hash(a, 0, a.Length);
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                Check();
                int start, stop, step;
                int len = s.Indices(ip, _length, out start, out stop, out step);
                return new PyMemoryView(_source, _start + start * _stride, len, _stride * step, _itemSize, _format, _readOnly);
            }

            return ItemAt(ip, Index(ip, key));
        }

        private int Index(Interpreter ip, PyObject key)
        {
            Check();
            if (!(key is PyInt) && !Ops.HasIndex(ip, key))
            {
                throw new PyException(PyExc.TypeError, TextErrors.ViewInvalidKey);
            }

            long i = Ops.Index(ip, key);
            if (i < 0)
            {
                i += _length;
            }

            if (i < 0 || i >= _length)
            {
                throw new PyException(PyExc.IndexError, TextErrors.ViewIndexOutOfRange);
            }

            return (int)i;
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            Check();
            if (_readOnly)
            {
                throw new PyException(PyExc.TypeError, TextErrors.ReadOnlyMemory);
            }

            int b;
            PySlice s = key as PySlice;
            if (s == null)
            {
                int i = Index(ip, key);
                byte[] d = Storage(out b);
                ItemCodec.Pack(ip, _format, _itemSize, value, d, b + _start + i * _stride);
                return true;
            }

            int start, stop, step;
            int len = s.Indices(ip, _length, out start, out stop, out step);
            byte[] src;
            int srcOffset, srcCount;
            PyMemoryView other = value as PyMemoryView;
            if (other != null && other._format != _format)
            {
                throw new PyException(PyExc.ValueError, TextErrors.ViewAssignmentShape);
            }

            src = BufferProtocol.Require(value, out srcOffset, out srcCount);
            if (srcCount != len * _itemSize)
            {
                throw new PyException(PyExc.ValueError, TextErrors.ViewAssignmentShape);
            }

            byte[] data = Storage(out b);
            if (ReferenceEquals(src, data))
            {
                // Overlapping source and target: copy the source first.
                byte[] tmp = new byte[srcCount];
                System.Array.Copy(src, srcOffset, tmp, 0, srcCount);
                src = tmp;
                srcOffset = 0;
            }

            int stride = _stride * step;
            for (int i = 0; i < len; i++)
            {
                System.Array.Copy(src, srcOffset + i * _itemSize, data, b + _start + start * _stride + i * stride, _itemSize);
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            Check();
            throw new PyException(PyExc.TypeError, _readOnly ? "cannot modify read-only memory" : "cannot delete memory");
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne)
            {
                return null;
            }

            if (ReferenceEquals(other, this))
            {
                return PyBool.Of(op == CompareOp.Eq);
            }

            Check();
            PyMemoryView mv = other as PyMemoryView;
            bool equal;
            if (mv != null)
            {
                mv.Check();
                equal = mv._length == _length;
                for (int i = 0; equal && i < _length; i++)
                {
                    equal = Ops.Equal(ip, ItemAt(ip, i), mv.ItemAt(ip, i));
                }
            }
            else
            {
                byte[] data;
                int offset, count;
                if (!BufferProtocol.Get(other, out data, out offset, out count))
                {
                    return null;
                }

                // Another exporter is compared as unsigned bytes, the way bytes and bytearray present themselves.
                equal = count == _length;
                for (int i = 0; equal && i < _length; i++)
                {
                    equal = Ops.Equal(ip, ItemAt(ip, i), PyInt.Get(data[offset + i]));
                }
            }

            return PyBool.Of(equal == (op == CompareOp.Eq));
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            // bytes + memoryview and bytearray + memoryview: PyBytes.BufferOf knows only bytes and bytearray, so the
            // left operand gives up and the view concatenates (bytearray += view therefore rebinds to a new bytearray).
            if (op == Runtime.BinaryOp.Add)
            {
                PyObject nb = other.NativeBase;
                int n;
                byte[] left = PyBytes.BufferOf(nb, out n);
                if (left != null)
                {
                    int offset, count;
                    byte[] right = GetBytes(out offset, out count);
                    byte[] r = new byte[n + count];
                    System.Array.Copy(left, 0, r, 0, n);
                    System.Array.Copy(right, offset, r, n, count);
                    return nb is PyByteArray ? new PyByteArray(r, r.Length) : (PyObject)new PyBytes(r);
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            Check();
            PyList items = ToList(ip);
            return items.GetIter(ip);
        }

        /// <summary>The items as a list (memoryview.tolist()).</summary>
        internal PyList ToList(Interpreter ip)
        {
            PyList r = new PyList(_length);
            for (int i = 0; i < _length; i++)
            {
                r.Append(ItemAt(ip, i));
            }

            return r;
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            PyObject v = MemoryViewMethods.GetProperty(ip, this, name.Value);
            return v ?? base.GetAttr(ip, name);
        }
    }
}
