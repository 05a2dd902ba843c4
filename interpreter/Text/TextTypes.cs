using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>The built-in types this assembly adds to the runtime's (str, bytes and bytearray are in PyTypes).</summary>
    public static class TextTypes
    {
        /// <summary>memoryview (not subclassable, as in CPython).</summary>
        public static readonly PyType MemoryView = new PyType("memoryview", PyTypes.Object, 0);
    }
}
