using System;

namespace NanoPython.Modules
{
    /// <summary>
    /// The host's heap numbers: the managed memory allocated since the interpreter was created (GC.GetTotalMemory
    /// minus a baseline, so the runtime, the compiler and other interpreters of a test run are not counted), against a
    /// heap size (-X heapsize, else 2 MiB like MicroPython's unix port on 64-bit hosts). It is an estimate: .NET
    /// objects are larger than MicroPython's and garbage counts until a collection.
    /// </summary>
    public sealed class ManagedHeapInfo : HeapInfo
    {
        /// <summary>The default heap size (MicroPython's unix port: 2 MiB on 64-bit hosts).</summary>
        public const long DefaultSize = 2 * 1024 * 1024;

        private readonly long _total;
        private readonly long _baseline;

        /// <summary>Numbers for a heap of total bytes (0: the default), counted from now.</summary>
        public ManagedHeapInfo(long total)
        {
            _total = total > 0 ? total : DefaultSize;
            _baseline = GC.GetTotalMemory(false);
        }

        /// <inheritdoc/>
        public override long Total => _total;

        /// <inheritdoc/>
        public override long Free
        {
            get
            {
                long used = GC.GetTotalMemory(false) - _baseline;
                if (used < 0)
                {
                    used = 0;
                }

                return used >= _total ? 0 : _total - used;
            }
        }

        /// <inheritdoc/>
        public override void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
