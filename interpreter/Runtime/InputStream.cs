namespace NanoPython.Runtime
{
    /// <summary>A byte source for sys.stdin (the console or serial port).</summary>
    public abstract class InputStream
    {
        /// <summary>Reads one byte, blocking; -1 at end of input.</summary>
        public abstract int ReadByte();

        /// <summary>Whether a byte can be read without blocking.</summary>
        public abstract bool Available { get; }

        /// <summary>
        /// Reads one line for input() with the console's line editor, as MicroPython's readline does on a board: typed
        /// characters are echoed and can be edited, the line is returned without its end; Ctrl-C raises KeyboardInterrupt
        /// and Ctrl-D on an empty line EOFError. Returns null when the stream has no line editor (a pipe, a file):
        /// input() then reads bytes up to the line end itself. The prompt is printed by input() before the call.
        /// </summary>
        public virtual string ReadEditedLine()
        {
            return null;
        }
    }
}
