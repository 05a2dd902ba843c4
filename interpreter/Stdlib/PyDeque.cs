using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// collections.deque: a ring buffer that grows by doubling. deque(iterable=(), maxlen=None, flags=0): with a
    /// maxlen, adding to a full deque drops an item from the other end, or raises IndexError when flags has bit 0 set
    /// (MicroPython's overflow check). Indexing, iteration, len, in, comparison and repr work as in CPython.
    /// </summary>
    public sealed partial class PyDeque : PyObject
    {
        /// <summary>The deque type.</summary>
        public static PyType DequeType;

        private const int FlagCheckOverflow = 1;

        private PyObject[] _items = new PyObject[4];
        private int _head;
        private int _count;
        private readonly int _maxLen;
        private readonly int _flags;

        /// <summary>Changes at every insertion or removal, so iterators notice a deque changed under them.</summary>
        internal int Mutations;

        /// <summary>An empty deque; maxLen -1 means unbounded.</summary>
        public PyDeque(int maxLen, int flags)
        {
            _maxLen = maxLen;
            _flags = flags;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return DequeType; }
        }

        /// <summary>Number of items.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Item i (0 is the left end), unchecked.</summary>
        internal PyObject At(int i)
        {
            return _items[(_head + i) % _items.Length];
        }

        private void Grow()
        {
            PyObject[] a = new PyObject[_items.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                a[i] = At(i);
            }

            _items = a;
            _head = 0;
        }

        // True when an item may be added; false when it must be dropped (maxlen 0).
        private bool MakeRoom(bool atRight)
        {
            if (_maxLen >= 0 && _count >= _maxLen)
            {
                if ((_flags & FlagCheckOverflow) != 0)
                {
                    throw new PyException(PyExc.IndexError, "full");
                }

                if (_count == 0)
                {
                    return false;
                }

                if (atRight)
                {
                    PopLeft();
                }
                else
                {
                    PopRight();
                }
            }

            if (_count == _items.Length)
            {
                Grow();
            }

            return true;
        }

        /// <summary>Adds an item at the right end.</summary>
        public void Append(PyObject v)
        {
            if (MakeRoom(true))
            {
                _items[(_head + _count) % _items.Length] = v;
                _count++;
                Mutations++;
            }
        }

        /// <summary>Adds an item at the left end.</summary>
        public void AppendLeft(PyObject v)
        {
            if (MakeRoom(false))
            {
                _head = (_head + _items.Length - 1) % _items.Length;
                _items[_head] = v;
                _count++;
                Mutations++;
            }
        }

        /// <summary>Removes and returns the right end (IndexError when empty).</summary>
        public PyObject PopRight()
        {
            if (_count == 0)
            {
                throw new PyException(PyExc.IndexError, "pop from an empty deque");
            }

            int i = (_head + _count - 1) % _items.Length;
            PyObject v = _items[i];
            _items[i] = null;
            _count--;
            Mutations++;
            return v;
        }

        /// <summary>Removes and returns the left end (IndexError when empty).</summary>
        public PyObject PopLeft()
        {
            if (_count == 0)
            {
                throw new PyException(PyExc.IndexError, "pop from an empty deque");
            }

            PyObject v = _items[_head];
            _items[_head] = null;
            _head = (_head + 1) % _items.Length;
            _count--;
            Mutations++;
            return v;
        }

        /// <summary>Removes everything.</summary>
        public void Clear()
        {
            _items = new PyObject[4];
            _head = 0;
            _count = 0;
            Mutations++;
        }

        /// <summary>The items from left to right, in a new array.</summary>
        public PyObject[] ToArray()
        {
            PyObject[] a = new PyObject[_count];
            for (int i = 0; i < _count; i++)
            {
                a[i] = At(i);
            }

            return a;
        }

        private int CheckIndex(Interpreter ip, PyObject key)
        {
            if (key is PySlice)
            {
                throw new PyException(PyExc.TypeError, "sequence index must be integer, not 'slice'");
            }

            long k = Ops.Index(ip, key);
            if (k < 0)
            {
                k += _count;
            }

            if (k < 0 || k >= _count)
            {
                throw new PyException(PyExc.IndexError, "deque index out of range");
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
            return At(CheckIndex(ip, key));
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            _items[(_head + CheckIndex(ip, key)) % _items.Length] = value;
            return true;
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            RemoveAt(CheckIndex(ip, key));
            return true;
        }

        /// <summary>Removes item i, moving the later items left.</summary>
        internal void RemoveAt(int i)
        {
            for (int j = i; j < _count - 1; j++)
            {
                _items[(_head + j) % _items.Length] = At(j + 1);
            }

            _items[(_head + _count - 1) % _items.Length] = null;
            _count--;
            Mutations++;
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            for (int i = 0; i < _count; i++)
            {
                if (Ops.Equal(ip, At(i), item))
                {
                    return 1;
                }
            }

            return 0;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyDequeIterator(this);
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "unhashable type: 'deque'");
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyDeque o = other.NativeBase as PyDeque;
            if (o == null)
            {
                return null;
            }

            return Ops.CompareSequences(ip, op, ToArray(), _count, o.ToArray(), o._count);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (!ip.EnterReprOf(this))
            {
                return "[...]";
            }

            try
            {
                StringBuilder sb = new StringBuilder();
                sb.Append("deque([");
                for (int i = 0; i < _count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(Ops.Repr(ip, At(i)));
                }

                sb.Append(']');
                if (_maxLen >= 0)
                {
                    sb.Append(", maxlen=");
                    sb.Append(_maxLen);
                }

                sb.Append(')');
                return sb.ToString();
            }
            finally
            {
                ip.LeaveReprOf(this);
            }
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name.Value == "maxlen")
            {
                return _maxLen < 0 ? (PyObject)PyNone.Value : PyInt.Get(_maxLen);
            }

            return base.GetAttr(ip, name);
        }
    }
}
