using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The gc module: collect, mem_free, mem_alloc, enable, disable, isenabled, threshold. The .NET runtime decides when
    /// it collects, so enable/disable and threshold are recorded and reported back but change nothing; the numbers come
    /// from the <see cref="HeapInfo"/> of the port. One instance per interpreter holds the module's state.
    /// </summary>
    public sealed class GcModule
    {
        private bool _enabled = true;
        private long _threshold = -1;
        private HeapInfo _heap;

        /// <summary>The gc state of ip (found through the module's registration, whose filler is its method).</summary>
        public static GcModule Of(Interpreter ip)
        {
            ModuleFiller f = ip.FindNativeModule("gc");
            return f == null ? null : f.Target as GcModule;
        }

        /// <summary>Where the heap numbers come from (the port may install its own; a default is created on first use).</summary>
        public HeapInfo Heap
        {
            get
            {
                if (_heap == null)
                {
                    _heap = DefaultHeap();
                }

                return _heap;
            }

            set
            {
                _heap = value;
            }
        }

#if NANOPY_HOST
        private static HeapInfo DefaultHeap()
        {
            return new ManagedHeapInfo(0);
        }
#else
        private static HeapInfo DefaultHeap()
        {
            return new NativeHeapInfo(0);
        }
#endif

        /// <summary>Builds the module namespace.</summary>
        public void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("collect", new PyBuiltin0("collect", Collect));
            d.SetName("mem_free", new PyBuiltin0("mem_free", MemFree));
            d.SetName("mem_alloc", new PyBuiltin0("mem_alloc", MemAlloc));
            d.SetName("enable", new PyBuiltin0("enable", Enable));
            d.SetName("disable", new PyBuiltin0("disable", Disable));
            d.SetName("isenabled", new PyBuiltin0("isenabled", IsEnabled));
            d.SetName("threshold", new PyBuiltin1("threshold", Threshold, 0));
        }

        private PyObject Collect(Interpreter ip)
        {
            Heap.Collect();
            return PyNone.Value;
        }

        private PyObject MemFree(Interpreter ip)
        {
            return PyInt.Get(Heap.Free);
        }

        private PyObject MemAlloc(Interpreter ip)
        {
            HeapInfo h = Heap;
            long free = h.Free;
            long total = h.Total;
            return PyInt.Get(total > free ? total - free : 0);
        }

        private PyObject Enable(Interpreter ip)
        {
            _enabled = true;
            return PyNone.Value;
        }

        private PyObject Disable(Interpreter ip)
        {
            _enabled = false;
            return PyNone.Value;
        }

        private PyObject IsEnabled(Interpreter ip)
        {
            return PyBool.Of(_enabled);
        }

        private PyObject Threshold(Interpreter ip, PyObject amount)
        {
            if (amount == null)
            {
                return PyInt.Get(_threshold);
            }

            long n = Ops.Index(ip, amount);
            _threshold = n < 0 ? -1 : n;
            return PyNone.Value;
        }
    }
}
