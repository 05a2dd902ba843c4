using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The micropython module: const (identity at run time; the compiler folds `_X = const(...)`), opt_level,
    /// schedule (the scheduler queue of the interpreter, shared with HAL callbacks), kbd_intr (the interrupt
    /// character), mem_info, qstr_info, stack_use, alloc_emergency_exception_buf, heap_lock and heap_unlock.
    /// </summary>
    /// <remarks>
    /// heap_lock cannot be honoured: .NET allocations cannot be intercepted, so a "locked" heap would still allocate.
    /// heap_lock and heap_unlock therefore raise NotImplementedError instead of pretending. stack_use and the stack line
    /// of mem_info count Python frames (the interpreter's recursion depth), not bytes of a C stack.
    /// </remarks>
    public static class MicropythonModule
    {
        /// <summary>The text of heap_lock/heap_unlock's NotImplementedError.</summary>
        public const string HeapLockMessage = "heap_lock: .NET allocations cannot be locked";

        // MicroPython's GC blocks are 16 bytes on 32-bit ports: mem_info's block counts are in these units.
        private const int GcBlock = 16;

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName(Names.@const, new PyBuiltin1("const", Const));
            d.SetName("opt_level", new PyBuiltin1("opt_level", OptLevel, 0));
            d.SetName("schedule", new PyBuiltin2("schedule", Schedule));
            d.SetName("kbd_intr", new PyBuiltin1("kbd_intr", KbdIntr));
            d.SetName("mem_info", new PyBuiltin1("mem_info", MemInfo, 0));
            d.SetName("qstr_info", new PyBuiltin1("qstr_info", QstrInfo, 0));
            d.SetName("stack_use", new PyBuiltin0("stack_use", StackUse));
            d.SetName("alloc_emergency_exception_buf", new PyBuiltin1("alloc_emergency_exception_buf", EmergencyBuffer));
            d.SetName("heap_lock", new PyBuiltin0("heap_lock", HeapLock));
            d.SetName("heap_unlock", new PyBuiltin0("heap_unlock", HeapLock));
        }

        private static PyObject Const(Interpreter ip, PyObject value)
        {
            return value;
        }

        private static PyObject OptLevel(Interpreter ip, PyObject level)
        {
            if (level == null)
            {
                return PyInt.Get(ip.OptLevel);
            }

            ip.OptLevel = (int)Ops.Index(ip, level);
            return PyNone.Value;
        }

        private static PyObject Schedule(Interpreter ip, PyObject fn, PyObject arg)
        {
            if (!ip.Schedule(fn, arg))
            {
                throw new PyException(PyExc.RuntimeError, "schedule queue full");
            }

            return PyNone.Value;
        }

        // kbd_intr(-1) lets 0x03 through as data (binary transfers: mpremote mount, rshell); kbd_intr(3) restores Ctrl-C.
        private static PyObject KbdIntr(Interpreter ip, PyObject chr)
        {
            long c = Ops.Index(ip, chr);
            ip.InterruptChar = c < 0 || c > 255 ? -1 : (int)c;
            return PyNone.Value;
        }

        private static PyObject MemInfo(Interpreter ip, PyObject verbose)
        {
            HeapInfo h = GcModule.Of(ip).Heap;
            long free = h.Free;
            long total = h.Total;
            long used = total > free ? total - free : 0;
            string text = "stack: " + ip.Depth + " out of " + ip.MaxDepth + "\n"
                + "GC: total: " + total + ", used: " + used + ", free: " + free
                + (PortInfo.IsUnix(ip) ? string.Empty : ", max new split: 0")
                + "\n No. of 1-blocks: 0, 2-blocks: 0, max blk sz: 0, max free sz: " + (free / GcBlock) + "\n";
            ip.Stdout.Write(text);
            return PyNone.Value;
        }

        private static PyObject QstrInfo(Interpreter ip, PyObject verbose)
        {
            // Only the static names are counted: names interned at run time live in a shared table without a count.
            ip.Stdout.Write("qstr pool: n_pool=1, n_qstr=" + Names.Count + ", n_str_data_bytes=0, n_total_bytes=0\n");
            return PyNone.Value;
        }

        private static PyObject StackUse(Interpreter ip)
        {
            return PyInt.Get(ip.Depth);
        }

        // Tracebacks of exceptions raised in callbacks need no reserved buffer here: accepted and ignored.
        private static PyObject EmergencyBuffer(Interpreter ip, PyObject size)
        {
            Ops.Index(ip, size);
            return PyNone.Value;
        }

        private static PyObject HeapLock(Interpreter ip)
        {
            throw new PyException(PyExc.NotImplementedError, HeapLockMessage);
        }
    }
}
