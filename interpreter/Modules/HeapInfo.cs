namespace NanoPython.Modules
{
    /// <summary>
    /// The heap numbers of gc.mem_free/mem_alloc and micropython.mem_info. .NET heaps are not MicroPython's, so a port
    /// supplies what it can measure: the host reports the managed memory allocated since the interpreter started against
    /// a configured heap size; the device reports nanoFramework's free heap (its firmware may install a better hook
    /// with <see cref="GcModule.Heap"/>).
    /// </summary>
    public abstract class HeapInfo
    {
        /// <summary>The size of the heap in bytes.</summary>
        public abstract long Total { get; }

        /// <summary>The free bytes (may run a collection first where that is the only way to know).</summary>
        public abstract long Free { get; }

        /// <summary>gc.collect(): runs a garbage collection.</summary>
        public abstract void Collect();
    }
}
