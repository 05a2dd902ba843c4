using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>The built-in types this assembly adds to the runtime's (str, bytes and bytearray are in PyTypes).</summary>
    public static class TextTypes
    {
        private static readonly object s_lock = new object();
        private static PyType s_memoryView;

        /// <summary>memoryview (not subclassable, as in CPython); made on first use.</summary>
        public static PyType MemoryView
        {
            get { return s_memoryView ?? CreateMemoryView(); }
        }

        /// <summary>Whether t is memoryview (without creating it).</summary>
        internal static bool IsMemoryView(PyType t)
        {
            return ReferenceEquals(t, s_memoryView);
        }

        /// <summary>The builtin memoryview (a lazy builtin).</summary>
        internal static PyObject MemoryViewBuiltin(Interpreter ip, int index)
        {
            return MemoryView;
        }

        private static PyType CreateMemoryView()
        {
            PyType t = new PyType("memoryview", PyTypes.Object, 0);
            t.New = TextConstructors.NewMemoryView;
            lock (s_lock)
            {
                if (s_memoryView == null)
                {
                    s_memoryView = t;
                }

                return s_memoryView;
            }
        }
    }
}
