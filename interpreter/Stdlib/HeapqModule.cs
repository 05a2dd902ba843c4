using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The heapq module over lists (min-heaps compared with &lt; only, CPython's algorithms so the layout matches):
    /// heappush, heappop, heapify, heappushpop, heapreplace, and nsmallest/nlargest (sorted prefixes, key= allowed).
    /// MicroPython has the first three.
    /// </summary>
    public static class HeapqModule
    {
        // Argument specifications are made on first use: static initialisers would take RAM from boot on the device.
        private static ArgSpec s_nSpec;

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("heappush", new PyBuiltin2("heappush", HeapPush));
            d.SetName("heappop", new PyBuiltin1("heappop", HeapPop));
            d.SetName("heapify", new PyBuiltin1("heapify", Heapify));
            d.SetName("heappushpop", new PyBuiltin2("heappushpop", HeapPushPop));
            d.SetName("heapreplace", new PyBuiltin2("heapreplace", HeapReplace));
            d.SetName("nsmallest", new PyBuiltinN("nsmallest", NSmallest));
            d.SetName("nlargest", new PyBuiltinN("nlargest", NLargest));
        }

        private static PyList ListOf(PyObject heap)
        {
            PyList l = heap.NativeBase as PyList;
            if (l == null)
            {
                throw new PyException(PyExc.TypeError, "heap argument must be a list");
            }

            return l;
        }

        private static bool Less(Interpreter ip, PyObject a, PyObject b)
        {
            return Ops.IsTrue(ip, Ops.RichCompare(ip, CompareOp.Lt, a, b));
        }

        private static void CheckSize(PyList l, int n)
        {
            if (l.Count != n)
            {
                throw new PyException(PyExc.RuntimeError, "list changed size during iteration");
            }
        }

        // Moves the item at pos up towards start while it is smaller than its parent (CPython's _siftdown).
        private static void SiftDown(Interpreter ip, PyList l, int start, int pos)
        {
            int n = l.Count;
            PyObject item = l.Items[pos];
            while (pos > start)
            {
                int parent = (pos - 1) >> 1;
                PyObject p = l.Items[parent];
                bool less = Less(ip, item, p);
                CheckSize(l, n);
                if (!less)
                {
                    break;
                }

                l.Items[pos] = p;
                pos = parent;
            }

            l.Items[pos] = item;
        }

        // Moves the smaller child up until a leaf is reached, then sifts the item into place (CPython's _siftup).
        private static void SiftUp(Interpreter ip, PyList l, int pos)
        {
            int end = l.Count;
            int start = pos;
            PyObject item = l.Items[pos];
            int child = 2 * pos + 1;
            while (child < end)
            {
                int right = child + 1;
                if (right < end)
                {
                    bool less = Less(ip, l.Items[child], l.Items[right]);
                    CheckSize(l, end);
                    if (!less)
                    {
                        child = right;
                    }
                }

                l.Items[pos] = l.Items[child];
                pos = child;
                child = 2 * pos + 1;
            }

            l.Items[pos] = item;
            SiftDown(ip, l, start, pos);
        }

        private static PyObject HeapPush(Interpreter ip, PyObject heap, PyObject item)
        {
            PyList l = ListOf(heap);
            l.Append(item);
            SiftDown(ip, l, 0, l.Count - 1);
            return PyNone.Value;
        }

        private static PyObject HeapPop(Interpreter ip, PyObject heap)
        {
            PyList l = ListOf(heap);
            if (l.Count == 0)
            {
                throw new PyException(PyExc.IndexError, "index out of range");
            }

            PyObject last = l.RemoveAt(l.Count - 1);
            if (l.Count == 0)
            {
                return last;
            }

            PyObject top = l.Items[0];
            l.Items[0] = last;
            SiftUp(ip, l, 0);
            return top;
        }

        private static PyObject Heapify(Interpreter ip, PyObject heap)
        {
            PyList l = ListOf(heap);
            for (int i = l.Count / 2 - 1; i >= 0; i--)
            {
                SiftUp(ip, l, i);
            }

            return PyNone.Value;
        }

        private static PyObject HeapPushPop(Interpreter ip, PyObject heap, PyObject item)
        {
            PyList l = ListOf(heap);
            if (l.Count > 0 && Less(ip, l.Items[0], item))
            {
                PyObject top = l.Items[0];
                l.Items[0] = item;
                SiftUp(ip, l, 0);
                return top;
            }

            return item;
        }

        private static PyObject HeapReplace(Interpreter ip, PyObject heap, PyObject item)
        {
            PyList l = ListOf(heap);
            if (l.Count == 0)
            {
                throw new PyException(PyExc.IndexError, "index out of range");
            }

            PyObject top = l.Items[0];
            l.Items[0] = item;
            SiftUp(ip, l, 0);
            return top;
        }

        private static PyObject NSmallest(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return SortedPrefix(ip, args, offset, count, kwnames, false);
        }

        private static PyObject NLargest(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return SortedPrefix(ip, args, offset, count, kwnames, true);
        }

        // sorted(iterable, key=key, reverse=largest)[:n], which is how CPython defines both functions.
        private static PyObject SortedPrefix(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, bool largest)
        {
            PyObject[] a = new PyObject[3];
            ArgSpec spec = s_nSpec ?? (s_nSpec = new ArgSpec("nsmallest", "n, iterable, key", 2));
            spec.Parse(ip, args, offset, count, kwnames, a);
            long n = Ops.Index(ip, a[0]);
            PyObject sorted = ip.Builtins.LookupName(Intern.Get("sorted"));
            PyObject key = a[2] ?? PyNone.Value;
            PyObject[] call = new PyObject[] { a[1], key, PyBool.Of(largest) };
            PyList r = (PyList)Ops.Call(ip, sorted, call, 0, 3, new PyTuple(new PyObject[] { Intern.Get("key"), Intern.Get("reverse") }));
            if (n < 0)
            {
                n = 0;
            }

            if (n < r.Count)
            {
                r.Count = (int)n;
                for (int i = r.Count; i < r.Items.Length; i++)
                {
                    r.Items[i] = null;
                }
            }

            return r;
        }
    }
}
