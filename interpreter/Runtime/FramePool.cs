namespace NanoPython.Runtime
{
    /// <summary>
    /// The interpreter's finished frames, kept for the next calls so that a warm call allocates nothing. One small pool
    /// for every code object, not a free list per code object: a list per code keeps a frame alive for every function
    /// that ever ran (about 300 bytes each on the device, for the whole session), the pool only the few that calls
    /// nest deep at a time. A frame taken for a code that needs more slots than it has gets a larger slot array.
    /// </summary>
    public sealed class FramePool
    {
        // Released frames are taken again last-in first-out, so a few cover any call pattern: a call chain N deep holds
        // N frames while it runs and needs none from the pool; what returns is what the next calls take.
        private const int Capacity = 8;

        private readonly Frame[] _free = new Frame[Capacity];
        private int _count;

        /// <summary>A frame for code in globals, from the pool when it has one.</summary>
        public Frame Get(CodeObject code, PyDict globals, PyDict builtins)
        {
            if (code.Cache == null)
            {
                code.Cache = new CodeCache();
            }

            Frame f;
            if (_count > 0)
            {
                f = _free[--_count];
                _free[_count] = null;
                f.Prepare(code);
            }
            else
            {
                f = new Frame(code);
            }

            f.Sp = f.StackBase;
            f.Pc = 0;
            f.Globals = globals;
            f.Builtins = builtins;
            return f;
        }

        /// <summary>Takes back a finished frame (generator frames are never reused: the generator owns them).</summary>
        public void Release(Frame f)
        {
            if (f.Generator != null || _count == Capacity)
            {
                return;
            }

            f.Clear();
            _free[_count++] = f;
        }
    }
}
