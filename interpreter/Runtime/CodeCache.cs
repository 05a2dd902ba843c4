namespace NanoPython.Runtime
{
    /// <summary>
    /// What the VM learns while running a code object: the inline caches of its global and attribute lookups. Made when
    /// the code first runs, so that the many functions a module defines and never calls (most of a library's) cost one
    /// null field each instead of six: on nanoFramework every field of an object is a 12-byte heap block, whatever its
    /// type.
    /// </summary>
    public sealed class CodeCache
    {
        /// <summary>Cache of LOAD_GLOBAL/LOAD_NAME dictionary positions, one per name (allocated on first use).</summary>
        public int[] GlobalHints;

        /// <summary>Cache of builtins dictionary positions, one per name (allocated with <see cref="GlobalHints"/>).</summary>
        public int[] BuiltinHints;

        /// <summary>
        /// Attribute caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD on instances, one entry per name (allocated on first
        /// use): the class seen last, the lookup epoch, what the class's MRO holds for the name (null when nothing) and
        /// the instance-dict position of the attribute.
        /// </summary>
        public PyType[] AttrTypes;

        /// <summary>See <see cref="AttrTypes"/>.</summary>
        public int[] AttrEpochs;

        /// <summary>See <see cref="AttrTypes"/>.</summary>
        public PyObject[] AttrDescrs;

        /// <summary>See <see cref="AttrTypes"/>.</summary>
        public int[] AttrHints;
    }
}
