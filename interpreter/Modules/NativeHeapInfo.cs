#if !NANOPY_HOST
namespace NanoPython.Modules
{
    /// <summary>
    /// The device's heap numbers: nanoFramework's free managed heap (nanoFramework.Runtime.Native.GC.Run, which
    /// collects to find out) against the heap size the firmware knows, or else the largest free size seen so far
    /// (a lower bound of the real size).
    /// </summary>
    public sealed class NativeHeapInfo : HeapInfo
    {
        private readonly long _configured;
        private long _largestFree;

        /// <summary>Numbers for a heap of total bytes (0: estimate from the free sizes seen).</summary>
        public NativeHeapInfo(long total)
        {
            _configured = total;
        }

        /// <inheritdoc/>
        public override long Total
        {
            get
            {
                if (_configured > 0)
                {
                    return _configured;
                }

                long free = Free;
                return _largestFree > free ? _largestFree : free;
            }
        }

        /// <inheritdoc/>
        public override long Free
        {
            get
            {
                long free = nanoFramework.Runtime.Native.GC.Run(false);
                if (free > _largestFree)
                {
                    _largestFree = free;
                }

                return free;
            }
        }

        /// <inheritdoc/>
        public override void Collect()
        {
            nanoFramework.Runtime.Native.GC.Run(true);
        }
    }
}
#endif
