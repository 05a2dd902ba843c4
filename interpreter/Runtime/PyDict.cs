using System.Text;

namespace NanoPython.Runtime
{
    /*
     * Dictionary layout (insertion-ordered, as CPython's compact dict):
     *
     *   _entries[2i], _entries[2i + 1]     key and value of entry i, in insertion order; a deleted entry has a
     *                                      null key
     *   _table[j], j <= _mask              open-addressing index of size 2^k = _mask + 1: 0 = empty, -1 = deleted,
     *                                      e + 1 = entry e. Probing: j = (5 j + 1 + perturb) & mask, perturb >>= 5.
     *   _table[_mask + 1 + i]              the hash of entry i
     *   _used                              entries in use, deleted ones included; _count = live entries
     *
     * Two arrays, not four: on nanoFramework each array has a 20-byte header and each field is a 12-byte block, and
     * every instance with attributes has a dict.
     *
     * Arrays are allocated on the first insertion (an empty dict costs one object). The table is kept at most 2/3
     * full; a resize also compacts away deleted entries. Interned-name keys match by reference, so attribute and
     * global lookups never hash or compare text; LookupHinted adds a remembered entry position on top.
     */

    /// <summary>Python dict: insertion-ordered hash table.</summary>
    public sealed class PyDict : PyObject
    {
        private PyObject[] _entries;
        private int[] _table;
        private int _mask;
        private int _used;
        private int _count;

        /// <summary>Incremented on every structural change (insertion of a new key, deletion, clear).</summary>
        public int Version;

        // Set once a key that is not an exact str is inserted (a str subclass instance can equal a str key): str
        // lookups then take the general path that calls __eq__.
        private bool _mixedKeys;

        /// <summary>An empty dict.</summary>
        public PyDict()
        {
        }

        /// <summary>An empty dict sized for n entries.</summary>
        public PyDict(int n)
        {
            if (n > 0)
            {
                Allocate(n);
            }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Dict; }
        }

        /// <summary>Number of entries.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Upper bound of entry positions (for iteration with <see cref="KeyAt"/>).</summary>
        public int EntryLimit
        {
            get { return _used; }
        }

        /// <summary>The key of entry i, or null when deleted.</summary>
        public PyObject KeyAt(int i)
        {
            return _entries[2 * i];
        }

        /// <summary>The value of entry i.</summary>
        public PyObject ValueAt(int i)
        {
            return _entries[2 * i + 1];
        }

        /// <summary>Replaces the value of a live entry.</summary>
        public void SetValueAt(int i, PyObject v)
        {
            _entries[2 * i + 1] = v;
        }

        private void Allocate(int n)
        {
            int size = 8;
            while (size * 2 < n * 3)
            {
                size <<= 1;
            }

            int cap = (size * 2) / 3;
            _table = new int[size + cap];
            _mask = size - 1;
            _entries = new PyObject[2 * cap];
            _used = 0;
            _count = 0;
        }

        private static bool KeysEqual(Interpreter ip, PyObject a, PyObject b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            PyStr sa = a as PyStr;
            if (sa != null)
            {
                PyStr sb = b as PyStr;
                if (sb != null)
                {
                    return PyStr.Equal(sa, sb);
                }
            }

            return Ops.Equal(ip, a, b);
        }

        /// <summary>The entry position of a key, or -1.</summary>
        public int Find(Interpreter ip, PyObject key, int hash)
        {
            int[] index = _table;
            if (index == null)
            {
                return -1;
            }

            int mask = _mask;
            int j = hash & mask;
            uint perturb = (uint)hash;
            while (true)
            {
                int ix = index[j];
                if (ix == 0)
                {
                    return -1;
                }

                if (ix > 0)
                {
                    int e = ix - 1;
                    PyObject k = _entries[2 * e];
                    if (ReferenceEquals(k, key) || (_table[_mask + 1 + e] == hash && KeysEqual(ip, k, key)))
                    {
                        return e;
                    }
                }

                perturb >>= 5;
                j = (int)((5 * (uint)j + 1 + perturb) & (uint)mask);
            }
        }

        /// <summary>The value for an interned name (reference match first), or null.</summary>
        public PyObject LookupName(PyStr name)
        {
            int[] index = _table;
            if (index == null)
            {
                return null;
            }

            int hash = name.GetHash();
            int mask = _mask;
            int j = hash & mask;
            uint perturb = (uint)hash;
            while (true)
            {
                int ix = index[j];
                if (ix == 0)
                {
                    return null;
                }

                if (ix > 0)
                {
                    int e = ix - 1;
                    PyObject k = _entries[2 * e];
                    if (ReferenceEquals(k, name))
                    {
                        return _entries[2 * e + 1];
                    }

                    if (_table[_mask + 1 + e] == hash)
                    {
                        PyStr ks = k as PyStr;
                        if (ks != null && !(ks.IsInterned && name.IsInterned) && ks.Value == name.Value)
                        {
                            return _entries[2 * e + 1];
                        }
                    }
                }

                perturb >>= 5;
                j = (int)((5 * (uint)j + 1 + perturb) & (uint)mask);
            }
        }

        /// <summary>
        /// The value for an interned name using a remembered entry position (hint) first; the hint is updated.
        /// Returns null when absent.
        /// </summary>
        public PyObject LookupHinted(PyStr name, ref int hint)
        {
            int h = hint;
            PyObject[] entries = _entries;
            if (entries != null && h < _used && ReferenceEquals(entries[2 * h], name))
            {
                return entries[2 * h + 1];
            }

            int e = FindName(name);
            if (e < 0)
            {
                return null;
            }

            hint = e;
            return _entries[2 * e + 1];
        }

        /// <summary>
        /// Sets an interned name to a value, trying a remembered entry position (hint) first; the hint is updated.
        /// (Instances of a class usually store the same attributes in the same order, so the hint of an attribute
        /// store site rarely misses.)
        /// </summary>
        public void SetHinted(PyStr name, PyObject value, ref int hint)
        {
            int h = hint;
            PyObject[] entries = _entries;
            if (entries != null && h < _used && ReferenceEquals(entries[2 * h], name))
            {
                entries[2 * h + 1] = value;
                return;
            }

            int e = FindName(name);
            if (e >= 0)
            {
                _entries[2 * e + 1] = value;
                hint = e;
                return;
            }

            Insert(name, name.GetHash(), value);
            hint = _used - 1;
        }

        private int FindName(PyStr name)
        {
            int[] index = _table;
            if (index == null)
            {
                return -1;
            }

            int hash = name.GetHash();
            int mask = _mask;
            int j = hash & mask;
            uint perturb = (uint)hash;
            while (true)
            {
                int ix = index[j];
                if (ix == 0)
                {
                    return -1;
                }

                if (ix > 0)
                {
                    int e = ix - 1;
                    PyObject k = _entries[2 * e];
                    if (ReferenceEquals(k, name))
                    {
                        return e;
                    }

                    if (_table[_mask + 1 + e] == hash)
                    {
                        PyStr ks = k as PyStr;
                        if (ks != null && ks.Value == name.Value)
                        {
                            return e;
                        }
                    }
                }

                perturb >>= 5;
                j = (int)((5 * (uint)j + 1 + perturb) & (uint)mask);
            }
        }

        /// <summary>The value for a key, or null.</summary>
        public PyObject Get(Interpreter ip, PyObject key)
        {
            PyStr s = key as PyStr;
            if (s != null && !_mixedKeys)
            {
                return LookupName(s);
            }

            int e = Find(ip, key, Ops.Hash(ip, key));
            return e < 0 ? null : _entries[2 * e + 1];
        }

        /// <summary>Sets key to value.</summary>
        public void Set(Interpreter ip, PyObject key, PyObject value)
        {
            PyStr s = key as PyStr;
            if (s == null)
            {
                _mixedKeys = true;
            }
            else if (_mixedKeys)
            {
                s = null;
            }

            int hash = s != null ? s.GetHash() : Ops.Hash(ip, key);
            int e = s != null ? FindName(s) : Find(ip, key, hash);
            if (e >= 0)
            {
                _entries[2 * e + 1] = value;
                return;
            }

            Insert(key, hash, value);
        }

        /// <summary>Sets an interned name to a value (no Python code can run).</summary>
        public void SetName(PyStr name, PyObject value)
        {
            int e = FindName(name);
            if (e >= 0)
            {
                _entries[2 * e + 1] = value;
                return;
            }

            Insert(name, name.GetHash(), value);
        }

        /// <summary>Sets a static name (by id) to a value.</summary>
        public void SetName(int nameId, PyObject value)
        {
            SetName(Names.Get(nameId), value);
        }

        /// <summary>Sets a name given as text (interned) to a value.</summary>
        public void SetName(string name, PyObject value)
        {
            SetName(Intern.Get(name), value);
        }

        private void Insert(PyObject key, int hash, PyObject value)
        {
            if (_entries == null)
            {
                Allocate(1);
            }
            else if (2 * _used == _entries.Length)
            {
                Resize(_count + 1);
            }

            int e = _used++;
            _entries[2 * e] = key;
            _entries[2 * e + 1] = value;
            _table[_mask + 1 + e] = hash;
            _count++;
            Version++;
            Place(e, hash);
        }

        private void Place(int e, int hash)
        {
            int[] index = _table;
            int mask = _mask;
            int j = hash & mask;
            uint perturb = (uint)hash;
            while (index[j] > 0)
            {
                perturb >>= 5;
                j = (int)((5 * (uint)j + 1 + perturb) & (uint)mask);
            }

            index[j] = e + 1;
        }

        /// <summary>
        /// Shrinks the storage to the entries plus room for more (a dict filled once at start-up, such as builtins, would
        /// otherwise keep up to four times the slots it needs after its last doubling).
        /// </summary>
        public void Trim(int room)
        {
            if (_entries != null && 2 * (_count + room) < _entries.Length)
            {
                Rebuild(_count + room);
            }
        }

        private void Resize(int need)
        {
            Rebuild(need * 2 > 8 ? need * 2 : need + 1);
        }

        private void Rebuild(int n)
        {
            int[] oldTable = _table;
            int oldHashes = _mask + 1;
            PyObject[] oldEntries = _entries;
            int oldUsed = _used;
            Allocate(n);
            for (int i = 0; i < oldUsed; i++)
            {
                PyObject k = oldEntries[2 * i];
                if (k != null)
                {
                    int e = _used++;
                    _entries[2 * e] = k;
                    _entries[2 * e + 1] = oldEntries[2 * i + 1];
                    _table[_mask + 1 + e] = oldTable[oldHashes + i];
                    _count++;
                    Place(e, oldTable[oldHashes + i]);
                }
            }
        }

        /// <summary>Removes a key; returns its value, or null when absent.</summary>
        public PyObject Remove(Interpreter ip, PyObject key)
        {
            PyStr s = key as PyStr;
            if (_mixedKeys)
            {
                s = null;
            }

            int hash = s != null ? s.GetHash() : Ops.Hash(ip, key);
            int e = s != null ? FindName(s) : Find(ip, key, hash);
            if (e < 0)
            {
                return null;
            }

            return RemoveEntry(e, hash);
        }

        private PyObject RemoveEntry(int e, int hash)
        {
            int[] index = _table;
            int mask = _mask;
            int j = hash & mask;
            uint perturb = (uint)hash;
            while (index[j] != e + 1)
            {
                perturb >>= 5;
                j = (int)((5 * (uint)j + 1 + perturb) & (uint)mask);
            }

            index[j] = -1;
            PyObject v = _entries[2 * e + 1];
            _entries[2 * e] = null;
            _entries[2 * e + 1] = null;
            _count--;
            Version++;
            if (_count == 0)
            {
                Clear();
            }

            return v;
        }

        /// <summary>Removes and returns the last entry's position, or -1 when empty (for popitem).</summary>
        public int LastEntry()
        {
            for (int i = _used - 1; i >= 0; i--)
            {
                if (_entries[2 * i] != null)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Removes entry i (a live position).</summary>
        public void RemoveAt(int i)
        {
            RemoveEntry(i, _table[_mask + 1 + i]);
        }

        /// <summary>Removes every entry.</summary>
        public void Clear()
        {
            _entries = null;
            _table = null;
            _mask = 0;
            _used = 0;
            _count = 0;
            Version++;
        }

        /// <summary>A shallow copy.</summary>
        public PyDict Copy()
        {
            PyDict d = new PyDict(_count);
            d._mixedKeys = _mixedKeys;
            for (int i = 0; i < _used; i++)
            {
                PyObject k = _entries[2 * i];
                if (k != null)
                {
                    d.Insert(k, _table[_mask + 1 + i], _entries[2 * i + 1]);
                }
            }

            return d;
        }

        /// <summary>Copies every entry of another dict into this one.</summary>
        public void Update(Interpreter ip, PyDict other)
        {
            _mixedKeys |= other._mixedKeys;
            for (int i = 0; i < other._used; i++)
            {
                PyObject k = other._entries[2 * i];
                if (k != null)
                {
                    int e = Find(ip, k, other._table[other._mask + 1 + i]);
                    if (e >= 0)
                    {
                        _entries[2 * e + 1] = other._entries[2 * i + 1];
                    }
                    else
                    {
                        Insert(k, other._table[other._mask + 1 + i], other._entries[2 * i + 1]);
                    }
                }
            }
        }

        /// <summary>dict.update(other) for one positional argument: a dict, a mapping (keys()) or an iterable of pairs.</summary>
        public void UpdateFrom(Interpreter ip, PyObject other)
        {
            PyDict d = other as PyDict;
            if (d != null)
            {
                Update(ip, d);
                return;
            }

            if (other.GetAttr(ip, Names.Get(Names.keys)) != null)
            {
                Update(ip, Ops.MappingToDict(ip, other, null));
                return;
            }

            PyObject it = Ops.GetIter(ip, other);
            PyObject item;
            int index = 0;
            while ((item = Ops.Next(ip, it)) != null)
            {
                if (item.GetIter(ip) == null && !(item is PyInstance))
                {
                    throw new PyException(PyExc.TypeError, "cannot convert dictionary update sequence element #" + index + " to a sequence");
                }

                int n;
                PyObject[] pair = Ops.ItemsOf(ip, item, out n);
                if (n != 2)
                {
                    throw new PyException(PyExc.ValueError, "dictionary update sequence element #" + index + " has length " + n + "; 2 is required");
                }

                Set(ip, pair[0], pair[1]);
                index++;
            }
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "unhashable type: 'dict'");
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (_count == 0)
            {
                return "{}";
            }

            if (!ip.EnterReprOf(this))
            {
                return "{...}";
            }

            try
            {
                StringBuilder sb = new StringBuilder();
                sb.Append('{');
                bool first = true;
                for (int i = 0; i < _used; i++)
                {
                    PyObject k = _entries[2 * i];
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
                    sb.Append(": ");
                    sb.Append(Ops.Repr(ip, _entries[2 * i + 1]));
                }

                sb.Append('}');
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
            return Get(ip, item) != null ? 1 : 0;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PyObject v = Get(ip, key);
            if (v == null)
            {
                throw new PyException(PyExc.KeyError, key);
            }

            return v;
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            Set(ip, key, value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            if (Remove(ip, key) == null)
            {
                throw new PyException(PyExc.KeyError, key);
            }

            return true;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne)
            {
                return null;
            }

            PyDict o = other as PyDict;
            if (o == null)
            {
                return null;
            }

            bool eq = o._count == _count;
            if (eq)
            {
                for (int i = 0; i < _used; i++)
                {
                    PyObject k = _entries[2 * i];
                    if (k == null)
                    {
                        continue;
                    }

                    int e = o.Find(ip, k, _table[_mask + 1 + i]);
                    if (e < 0 || !Ops.Equal(ip, _entries[2 * i + 1], o._entries[2 * e + 1]))
                    {
                        eq = false;
                        break;
                    }
                }
            }

            return PyBool.Of(op == CompareOp.Eq ? eq : !eq);
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            if (op == Runtime.BinaryOp.Or)
            {
                PyDict o = other as PyDict ?? other.NativeBase as PyDict;
                if (o == null)
                {
                    return null;
                }

                PyDict r = Copy();
                r.Update(ip, o);
                return r;
            }

            if (op == Runtime.BinaryOp.Or + Runtime.BinaryOp.InplaceOffset)
            {
                // d |= x accepts whatever d.update(x) accepts: a mapping or an iterable of pairs.
                UpdateFrom(ip, other);
                return this;
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyDictIterator(this, PyDictIterator.KindKeys);
        }
    }
}
