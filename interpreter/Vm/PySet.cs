using System.Text;

namespace NanoPython.Runtime
{
    /*
     * Set layout: an open-addressing table of 2^k slots (_keys, _hashes), linear probing, iterated in slot order,
     * as CPython's set (so small int sets print in the same order). A removed key leaves a tombstone (s_dummy).
     * The table grows 4x when 3/5 full (2x past 50000 entries) and starts at 8 slots on the first insertion.
     */

    /// <summary>Python set and frozenset (one class; <see cref="Frozen"/> tells which).</summary>
    public sealed class PySet : PyObject
    {
        private static readonly PyObject s_dummy = PyTuple.Empty;

        private PyObject[] _keys;
        private int[] _hashes;
        private int _fill;
        private int _count;
        private int _hash;

        /// <summary>True for frozenset.</summary>
        public readonly bool Frozen;

        /// <summary>An empty set (or frozenset).</summary>
        public PySet(bool frozen)
        {
            Frozen = frozen;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return Frozen ? PyTypes.FrozenSet : PyTypes.Set; }
        }

        /// <summary>Number of elements.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Size of the slot table (for iteration with <see cref="SlotAt"/>).</summary>
        public int SlotLimit
        {
            get { return _keys == null ? 0 : _keys.Length; }
        }

        /// <summary>The element in slot i, or null for an empty or removed slot.</summary>
        public PyObject SlotAt(int i)
        {
            PyObject k = _keys[i];
            return ReferenceEquals(k, s_dummy) ? null : k;
        }

        private int FindSlot(Interpreter ip, PyObject key, int hash, bool forInsert)
        {
            PyObject[] keys = _keys;
            int mask = keys.Length - 1;
            int i = hash & mask;
            int freeSlot = -1;
            while (true)
            {
                PyObject k = keys[i];
                if (k == null)
                {
                    return forInsert && freeSlot >= 0 ? freeSlot : (forInsert ? i : -1);
                }

                if (ReferenceEquals(k, s_dummy))
                {
                    if (freeSlot < 0)
                    {
                        freeSlot = i;
                    }
                }
                else if (ReferenceEquals(k, key) || (_hashes[i] == hash && Ops.Equal(ip, k, key)))
                {
                    return forInsert ? -2 - i : i;
                }

                i = (i + 1) & mask;
            }
        }

        /// <summary>Whether the set holds key.</summary>
        public bool Has(Interpreter ip, PyObject key)
        {
            if (_count == 0)
            {
                return false;
            }

            return FindSlot(ip, key, Ops.Hash(ip, key), false) >= 0;
        }

        /// <summary>Adds key; returns false when it was already present.</summary>
        public bool Add(Interpreter ip, PyObject key)
        {
            int hash = Ops.Hash(ip, key);
            if (_keys == null)
            {
                _keys = new PyObject[8];
                _hashes = new int[8];
            }

            int slot = FindSlot(ip, key, hash, true);
            if (slot < 0)
            {
                return false;
            }

            if (_keys[slot] == null)
            {
                _fill++;
            }

            _keys[slot] = key;
            _hashes[slot] = hash;
            _count++;
            if (_fill * 5 >= (_keys.Length - 1) * 3)
            {
                Resize(_count > 50000 ? _count * 2 : _count * 4);
            }

            return true;
        }

        private void Resize(int minUsed)
        {
            int size = 8;
            while (size <= minUsed)
            {
                size <<= 1;
            }

            PyObject[] oldKeys = _keys;
            int[] oldHashes = _hashes;
            _keys = new PyObject[size];
            _hashes = new int[size];
            _fill = _count;
            int mask = size - 1;
            for (int j = 0; j < oldKeys.Length; j++)
            {
                PyObject k = oldKeys[j];
                if (k != null && !ReferenceEquals(k, s_dummy))
                {
                    int i = oldHashes[j] & mask;
                    while (_keys[i] != null)
                    {
                        i = (i + 1) & mask;
                    }

                    _keys[i] = k;
                    _hashes[i] = oldHashes[j];
                }
            }
        }

        /// <summary>Removes key; returns false when absent.</summary>
        public bool Remove(Interpreter ip, PyObject key)
        {
            if (_count == 0)
            {
                return false;
            }

            int slot = FindSlot(ip, key, Ops.Hash(ip, key), false);
            if (slot < 0)
            {
                return false;
            }

            _keys[slot] = s_dummy;
            _count--;
            return true;
        }

        /// <summary>Removes every element.</summary>
        public void Clear()
        {
            _keys = null;
            _hashes = null;
            _fill = 0;
            _count = 0;
        }

        /// <summary>Adds every element of an iterable.</summary>
        public void Update(Interpreter ip, PyObject iterable)
        {
            PySet s = iterable as PySet;
            if (s != null)
            {
                for (int i = 0; i < s.SlotLimit; i++)
                {
                    PyObject k = s.SlotAt(i);
                    if (k != null)
                    {
                        Add(ip, k);
                    }
                }

                return;
            }

            PyObject it = Ops.GetIter(ip, iterable);
            PyObject x;
            while ((x = Ops.Next(ip, it)) != null)
            {
                Add(ip, x);
            }
        }

        /// <summary>A copy (set or frozenset as asked).</summary>
        public PySet Copy(bool frozen)
        {
            PySet r = new PySet(frozen);
            if (_keys != null)
            {
                r._keys = (PyObject[])_keys.Clone();
                r._hashes = (int[])_hashes.Clone();
                r._fill = _fill;
                r._count = _count;
            }

            return r;
        }

        /// <summary>Whether every element of this set is in other.</summary>
        public bool IsSubsetOf(Interpreter ip, PySet other)
        {
            if (_count > other._count)
            {
                return false;
            }

            for (int i = 0; i < SlotLimit; i++)
            {
                PyObject k = SlotAt(i);
                if (k != null && !other.Has(ip, k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return ReprNamed(ip, Frozen ? "frozenset" : null);
        }

        /// <inheritdoc/>
        public override string ReprAsSubclass(Interpreter ip, PyType subclass)
        {
            return ReprNamed(ip, subclass.Name.Value);
        }

        // {1, 2}, set(), or name({1, 2}) / name() when a name is given.
        private string ReprNamed(Interpreter ip, string name)
        {
            if (_count == 0)
            {
                return (name ?? "set") + "()";
            }

            if (!ip.EnterReprOf(this))
            {
                return name != null ? name + "(...)" : "{...}";
            }

            try
            {
                StringBuilder sb = new StringBuilder();
                if (name != null)
                {
                    sb.Append(name);
                    sb.Append('(');
                }

                sb.Append('{');
                bool first = true;
                for (int i = 0; i < SlotLimit; i++)
                {
                    PyObject k = SlotAt(i);
                    if (k == null)
                    {
                        continue;
                    }

                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append(Ops.Repr(ip, k));
                }

                sb.Append('}');
                if (name != null)
                {
                    sb.Append(')');
                }

                return sb.ToString();
            }
            finally
            {
                ip.LeaveReprOf(this);
            }
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            if (!Frozen)
            {
                throw new PyException(PyExc.TypeError, "unhashable type: 'set'");
            }

            if (_hash == 0)
            {
                // Order-independent mixing, as CPython's frozenset hash.
                uint h = 0;
                for (int i = 0; i < SlotLimit; i++)
                {
                    PyObject k = SlotAt(i);
                    if (k != null)
                    {
                        uint x = (uint)_hashes[i];
                        h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167;
                    }
                }

                h ^= ((uint)_count + 1) * 1927868237;
                h = h * 69069 + 907133923;
                int r = (int)h;
                _hash = r == -1 || r == 0 ? 590923713 : r;
            }

            return _hash;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return _count != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return _count;
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            PySet s = item as PySet;
            if (s != null && !s.Frozen)
            {
                // A set is looked up as the equal frozenset (CPython does the same).
                return Has(ip, s.Copy(true)) ? 1 : 0;
            }

            return Has(ip, item) ? 1 : 0;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return null;
            }

            switch (op)
            {
                case CompareOp.Eq:
                    return PyBool.Of(_count == o._count && IsSubsetOf(ip, o));
                case CompareOp.Ne:
                    return PyBool.Of(!(_count == o._count && IsSubsetOf(ip, o)));
                case CompareOp.Le:
                    return PyBool.Of(IsSubsetOf(ip, o));
                case CompareOp.Lt:
                    return PyBool.Of(_count < o._count && IsSubsetOf(ip, o));
                case CompareOp.Ge:
                    return PyBool.Of(o.IsSubsetOf(ip, this));
                case CompareOp.Gt:
                    return PyBool.Of(_count > o._count && o.IsSubsetOf(ip, this));
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return null;
            }

            bool inplace = op >= Runtime.BinaryOp.InplaceOffset;
            int bop = inplace ? op - Runtime.BinaryOp.InplaceOffset : op;
            PySet result;
            switch (bop)
            {
                case Runtime.BinaryOp.Or:
                    result = inplace && !Frozen ? this : Copy(Frozen);
                    result.Update(ip, o);
                    return result;
                case Runtime.BinaryOp.And:
                {
                    // CPython walks the smaller set, so that is the iteration order of the result.
                    PySet small = _count <= o._count ? this : o;
                    PySet large = ReferenceEquals(small, this) ? o : this;
                    result = new PySet(Frozen);
                    for (int i = 0; i < small.SlotLimit; i++)
                    {
                        PyObject k = small.SlotAt(i);
                        if (k != null && large.Has(ip, k))
                        {
                            result.Add(ip, k);
                        }
                    }

                    break;
                }

                case Runtime.BinaryOp.Subtract:
                    result = new PySet(Frozen);
                    for (int i = 0; i < SlotLimit; i++)
                    {
                        PyObject k = SlotAt(i);
                        if (k != null && !o.Has(ip, k))
                        {
                            result.Add(ip, k);
                        }
                    }

                    break;
                case Runtime.BinaryOp.Xor:
                    // CPython copies the right operand, then toggles the elements of the left one.
                    result = o.Copy(Frozen);
                    for (int i = 0; i < SlotLimit; i++)
                    {
                        PyObject k = SlotAt(i);
                        if (k != null && !result.Remove(ip, k))
                        {
                            result.Add(ip, k);
                        }
                    }

                    break;
                default:
                    return null;
            }

            if (inplace && !Frozen)
            {
                // In-place forms mutate this set and return it.
                _keys = result._keys;
                _hashes = result._hashes;
                _fill = result._fill;
                _count = result._count;
                return this;
            }

            return result;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PySetIterator(this);
        }
    }
}
