namespace NanoPython.Runtime
{
    /// <summary>
    /// One line of a traceback: the code object and line a frame was executing when the exception passed through it.
    /// Entries are prepended as the exception leaves frames, so the list runs from the outermost call inwards, the
    /// order in which "Traceback (most recent call last)" prints them.
    /// </summary>
    public sealed class TracebackEntry
    {
        /// <summary>The frame's code.</summary>
        public readonly CodeObject Code;

        /// <summary>The line number.</summary>
        public readonly int Line;

        /// <summary>The next entry (further in), or null.</summary>
        public readonly TracebackEntry Next;

        /// <summary>An entry in front of next.</summary>
        public TracebackEntry(CodeObject code, int line, TracebackEntry next)
        {
            Code = code;
            Line = line;
            Next = next;
        }
    }
}
