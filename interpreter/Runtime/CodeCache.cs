namespace NanoPython.Runtime
{
    /// <summary>
    /// What the VM learns while running a code object: the inline caches of its global and attribute lookups, one entry
    /// per name of the code. Made when the code first runs, so that the many functions a module defines and never calls
    /// (most of a library's) cost one null field each. Related caches share an array (two halves of n entries each):
    /// on nanoFramework every field is a 12-byte heap block and every array has a 20-byte header.
    /// </summary>
    public sealed class CodeCache
    {
        /// <summary>
        /// LOAD_GLOBAL/LOAD_NAME dictionary positions: [0, n) in the globals, [n, 2n) in the builtins (allocated on
        /// first use).
        /// </summary>
        public int[] GlobalHints;

        /// <summary>
        /// Attribute caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD on instances (allocated on first use): [0, n) the
        /// class seen last, [n, 2n) what the class's MRO holds for the name (null when nothing).
        /// </summary>
        public PyObject[] AttrObjects;

        /// <summary>With <see cref="AttrObjects"/>: [0, n) the lookup epoch, [n, 2n) the instance-dict position.</summary>
        public int[] AttrInts;
    }
}
