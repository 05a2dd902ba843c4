using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /*
     * Stable sort of list.sort() and sorted() (nanoFramework has no Array.Sort, and Python needs stability).
     *
     * 1. Keys are computed once per item (key=), into an array parallel to the items.
     * 2. Runs of RunLength items are sorted by binary insertion (few comparisons; an item already in place costs
     *    one comparison, so sorted input is linear).
     * 3. Runs are merged bottom-up. A merge copies the shorter run to a temporary buffer (at most half the list)
     *    and merges from the matching end; when the runs are already in order it is skipped. If a comparison raises,
     *    the buffered items are copied back first, so the list always remains a permutation of its items.
     *
     * reverse=True reverses, sorts and reverses back, which keeps equal items in their original order (CPython's
     * trick). Comparisons use < only: plain int and float values, and str by code point, take fast paths; anything
     * else goes through the rich comparison. While sorting, the list is empty; a list that is not empty (or
     * was reallocated) afterwards was modified by a key or comparison function, which raises ValueError.
     */

    /// <summary>The stable merge sort behind list.sort() and sorted().</summary>
    public sealed class ListSorter
    {
        private const int RunLength = 16;
        private const int ModeGeneric = 0;
        private const int ModeInt = 1;
        private const int ModeFloat = 2;
        private const int ModeStr = 3;

        // Installed in a list while it is sorted: any change to the list replaces it or changes the count.
        private static readonly PyObject[] s_sorting = new PyObject[0];

        private readonly Interpreter _ip;
        private readonly PyObject[] _keys;
        private readonly PyObject[] _values;
        private readonly int _mode;
        private readonly int _n;
        private PyObject[] _tmpKeys;
        private PyObject[] _tmpValues;

        private ListSorter(Interpreter ip, PyObject[] keys, PyObject[] values, int n)
        {
            _ip = ip;
            _keys = keys;
            _values = values;
            _n = n;
            _mode = ModeOf(keys, n);
        }

        /// <summary>Sorts a list in place (key may be null; reverse sorts in descending order, still stable).</summary>
        public static void Sort(Interpreter ip, PyList list, PyObject key, bool reverse)
        {
            int n = list.Count;
            PyObject[] items = list.Items;
            list.Items = s_sorting;
            list.Count = 0;
            bool modified;
            try
            {
                PyObject[] keys = items;
                PyObject[] values = null;
                if (key != null)
                {
                    keys = new PyObject[n];
                    for (int i = 0; i < n; i++)
                    {
                        keys[i] = Ops.Call1(ip, key, items[i]);
                    }

                    values = items;
                }

                if (n > 1)
                {
                    if (reverse)
                    {
                        Reverse(keys, values, n);
                    }

                    new ListSorter(ip, keys, values, n).Run(n);
                    if (reverse)
                    {
                        Reverse(keys, values, n);
                    }
                }
            }
            finally
            {
                modified = !ReferenceEquals(list.Items, s_sorting) || list.Count != 0;
                list.Items = items;
                list.Count = n;
            }

            if (modified)
            {
                throw new PyException(PyExc.ValueError, "list modified during sort");
            }
        }

        /// <summary>Reverses the first n items of an array (and of a parallel one when not null) in place.</summary>
        public static void Reverse(PyObject[] a, PyObject[] b, int n)
        {
            for (int i = 0, j = n - 1; i < j; i++, j--)
            {
                PyObject t = a[i];
                a[i] = a[j];
                a[j] = t;
                if (b != null)
                {
                    t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
            }
        }

        private static int ModeOf(PyObject[] keys, int n)
        {
            PyObject first = keys[0];
            int mode = first is PyInt ? ModeInt : first is PyFloat ? ModeFloat : first is PyStr ? ModeStr : ModeGeneric;
            for (int i = 1; i < n && mode != ModeGeneric; i++)
            {
                PyObject k = keys[i];
                if (mode == ModeInt ? !(k is PyInt) : mode == ModeFloat ? !(k is PyFloat) : !(k is PyStr))
                {
                    mode = ModeGeneric;
                }
            }

            return mode;
        }

        private bool Less(PyObject a, PyObject b)
        {
            switch (_mode)
            {
                case ModeInt:
                    return ((PyInt)a).Value < ((PyInt)b).Value;
                case ModeFloat:
                    return ((PyFloat)a).Value < ((PyFloat)b).Value;
                case ModeStr:
                    return StrUtil.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0;
                default:
                    return Ops.IsTrue(_ip, Ops.RichCompare(_ip, CompareOp.Lt, a, b));
            }
        }

        private void Run(int n)
        {
            for (int lo = 0; lo < n; lo += RunLength)
            {
                InsertionSort(lo, lo + RunLength < n ? lo + RunLength : n);
            }

            for (int width = RunLength; width < n; width *= 2)
            {
                for (int lo = 0; lo + width < n; lo += 2 * width)
                {
                    int mid = lo + width;
                    int hi = mid + width < n ? mid + width : n;

                    // Runs already in order (the common case for nearly sorted data) need no merge.
                    if (Less(_keys[mid], _keys[mid - 1]))
                    {
                        if (mid - lo <= hi - mid)
                        {
                            MergeLow(lo, mid, hi);
                        }
                        else
                        {
                            MergeHigh(lo, mid, hi);
                        }
                    }
                }
            }
        }

        // Binary insertion sort of [lo, hi): each item goes after the last item that is not greater (stable).
        private void InsertionSort(int lo, int hi)
        {
            PyObject[] keys = _keys;
            PyObject[] values = _values;
            for (int i = lo + 1; i < hi; i++)
            {
                PyObject k = keys[i];
                if (!Less(k, keys[i - 1]))
                {
                    continue;
                }

                int left = lo;
                int right = i - 1;
                while (left < right)
                {
                    int m = (left + right) >> 1;
                    if (Less(k, keys[m]))
                    {
                        right = m;
                    }
                    else
                    {
                        left = m + 1;
                    }
                }

                // All comparisons are done before anything moves, so a raising comparison leaves the array intact.
                System.Array.Copy(keys, left, keys, left + 1, i - left);
                keys[left] = k;
                if (values != null)
                {
                    PyObject v = values[i];
                    System.Array.Copy(values, left, values, left + 1, i - left);
                    values[left] = v;
                }
            }
        }

        private void EnsureTemp(int n)
        {
            if (_tmpKeys == null || _tmpKeys.Length < n)
            {
                int size = (_n + 1) / 2;
                _tmpKeys = new PyObject[size > n ? size : n];
                if (_values != null)
                {
                    _tmpValues = new PyObject[_tmpKeys.Length];
                }
            }
        }

        // Merges [lo, mid) and [mid, hi) with the left run buffered, filling from the left.
        private void MergeLow(int lo, int mid, int hi)
        {
            int nl = mid - lo;
            EnsureTemp(nl);
            PyObject[] keys = _keys;
            PyObject[] values = _values;
            PyObject[] tk = _tmpKeys;
            PyObject[] tv = _tmpValues;
            System.Array.Copy(keys, lo, tk, 0, nl);
            if (values != null)
            {
                System.Array.Copy(values, lo, tv, 0, nl);
            }

            int i = 0;
            int j = mid;
            int k = lo;
            try
            {
                while (i < nl && j < hi)
                {
                    // Take from the right run only when strictly less: equal items keep their order.
                    if (Less(keys[j], tk[i]))
                    {
                        if (values != null)
                        {
                            values[k] = values[j];
                        }

                        keys[k++] = keys[j++];
                    }
                    else
                    {
                        if (values != null)
                        {
                            values[k] = tv[i];
                        }

                        keys[k++] = tk[i++];
                    }
                }
            }
            finally
            {
                // The rest of the buffered run goes back (after an exception too: no item is lost).
                System.Array.Copy(tk, i, keys, k, nl - i);
                if (values != null)
                {
                    System.Array.Copy(tv, i, values, k, nl - i);
                }

            }
        }

        // Merges [lo, mid) and [mid, hi) with the right run buffered, filling from the right.
        private void MergeHigh(int lo, int mid, int hi)
        {
            int nr = hi - mid;
            EnsureTemp(nr);
            PyObject[] keys = _keys;
            PyObject[] values = _values;
            PyObject[] tk = _tmpKeys;
            PyObject[] tv = _tmpValues;
            System.Array.Copy(keys, mid, tk, 0, nr);
            if (values != null)
            {
                System.Array.Copy(values, mid, tv, 0, nr);
            }

            int i = mid - 1;
            int j = nr - 1;
            int k = hi - 1;
            try
            {
                while (i >= lo && j >= 0)
                {
                    // The left item goes last only when strictly greater: equal items keep their order.
                    if (Less(tk[j], keys[i]))
                    {
                        if (values != null)
                        {
                            values[k] = values[i];
                        }

                        keys[k--] = keys[i--];
                    }
                    else
                    {
                        if (values != null)
                        {
                            values[k] = tv[j];
                        }

                        keys[k--] = tk[j--];
                    }
                }
            }
            finally
            {
                System.Array.Copy(tk, 0, keys, k - j, j + 1);
                if (values != null)
                {
                    System.Array.Copy(tv, 0, values, k - j, j + 1);
                }

            }
        }
    }
}
