namespace NanoPython.Runtime
{
    /// <summary>A byte source for sys.stdin (the console or serial port).</summary>
    public abstract class InputStream
    {
        /// <summary>Reads one byte, blocking; -1 at end of input.</summary>
        public abstract int ReadByte();

        /// <summary>Whether a byte can be read without blocking.</summary>
        public abstract bool Available { get; }
    }
}
