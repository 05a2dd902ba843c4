namespace NanoPython.Runtime
{
    /// <summary>
    /// An activation of a code object. The slot array is sized from the code: [fast locals][cells and free
    /// variables][value stack of exactly MaxStack entries] (a reused frame may have more slots than that). Frames of
    /// finished calls go back to the interpreter's <see cref="FramePool"/>, so a warm call allocates nothing.
    /// </summary>
    public sealed class Frame
    {
        /// <summary>The code being run.</summary>
        public CodeObject Code;

        /// <summary>Locals, cells, then the value stack.</summary>
        public PyObject[] Slots;

        /// <summary>Index in <see cref="Slots"/> of the next free stack entry.</summary>
        public int Sp;

        /// <summary>Index in <see cref="Slots"/> of the bottom of the value stack.</summary>
        public int StackBase;

        /// <summary>Offset of the next instruction.</summary>
        public int Pc;

        /// <summary>Offset of the instruction being executed (for tracebacks and exception handlers).</summary>
        public int LastPc;

        /// <summary>The calling frame (the resumer, for generators), or null.</summary>
        public Frame Back;

        /// <summary>The module namespace.</summary>
        public PyDict Globals;

        /// <summary>The builtins namespace.</summary>
        public PyDict Builtins;

        /// <summary>The locals dict of module and class-body code, else null.</summary>
        public PyDict Locals;

        /// <summary>The exception being handled in this frame (PUSH_EXC_INFO), or null.</summary>
        public PyObject Handled;

        /// <summary>The generator or coroutine owning this frame (never recycled), or null.</summary>
        public PyObject Generator;

        /// <summary>
        /// The instance being initialised when this frame runs a class's __init__ called inline by the VM: the call's
        /// result is this object (and __init__ must return None).
        /// </summary>
        public PyObject InitSelf;

        /// <summary>Set when the frame is suspended by a yield (the value returned by Run is the yielded value).</summary>
        public bool Yielded;

        /// <summary>True while the frame is on the VM's call chain.</summary>
        public bool Running;

        /// <summary>A new frame for code (see <see cref="FramePool"/>, which makes and reuses them).</summary>
        internal Frame(CodeObject code)
        {
            Prepare(code);
        }

        /// <summary>Makes a new or pooled frame a frame of code (its slots are all null; they grow when code needs more).</summary>
        internal void Prepare(CodeObject code)
        {
            Code = code;
            StackBase = code.NLocals + code.NCellsAndFrees;
            int n = StackBase + code.MaxStack;
            if (Slots == null || Slots.Length < n)
            {
                // At least one slot: the VM points its store ref at slot 0 before the first instruction.
                Slots = new PyObject[n > 0 ? n : 1];
            }
        }

        /// <summary>Drops every reference the finished frame holds, before it goes back to the pool.</summary>
        internal void Clear()
        {
            // The code only ever wrote below StackBase + MaxStack; the slots above are null already.
            int n = StackBase + Code.MaxStack;
            System.Array.Clear(Slots, 0, n < Slots.Length ? n : Slots.Length);
            Back = null;
            Locals = null;
            Handled = null;
            InitSelf = null;
            Globals = null;
            Builtins = null;
            Yielded = false;
            Running = false;

            // Nor the code: a pooled frame must not keep a module's or class body's code (and its constants) alive.
            Code = null;
        }

        /// <summary>Pushes a value.</summary>
        public void Push(PyObject v)
        {
            Slots[Sp++] = v;
        }

        /// <summary>Pops a value.</summary>
        public PyObject Pop()
        {
            PyObject v = Slots[--Sp];
            Slots[Sp] = null;
            return v;
        }

        /// <summary>The line being executed.</summary>
        public int Line
        {
            get { return Code.LineOf(LastPc); }
        }

        /// <summary>The exception being handled here or in a calling frame, or null.</summary>
        public PyObject CurrentHandled
        {
            get
            {
                for (Frame f = this; f != null; f = f.Back)
                {
                    if (f.Handled != null)
                    {
                        return f.Handled;
                    }
                }

                return null;
            }
        }
    }
}
