using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>Installs str, bytes, bytearray and memoryview methods and the string formatting services.</summary>
    public static class TextSetup
    {
        private static readonly object s_lock = new object();
        private static bool s_installed;

        /// <summary>Installs the text types into an interpreter (per-process registrations happen once).</summary>
        public static void Install(Interpreter ip)
        {
            lock (s_lock)
            {
                if (!s_installed)
                {
                    s_installed = true;
                    PyTypes.Str.New = TextConstructors.NewStr;
                    PyTypes.Bytes.New = TextConstructors.NewBytes;
                    PyTypes.ByteArray.New = TextConstructors.NewByteArray;
                    PyType.AddFiller(Fill);
                }
            }

            ip.Hooks = TextHooks.Instance;
            PyDict b = ip.Builtins;
            b.SetName(Names.str, PyTypes.Str);
            b.SetName(Names.bytes, PyTypes.Bytes);
            b.SetName(Names.bytearray, PyTypes.ByteArray);
            ip.AddLazyBuiltins("memoryview", TextTypes.MemoryViewBuiltin);
            TextBuiltins.Install(ip);
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, PyTypes.Str))
            {
                TextMethods.Fill(t, d);
                StrMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Bytes) || ReferenceEquals(t, PyTypes.ByteArray))
            {
                TextMethods.Fill(t, d);
                BytesMethods.Fill(t, d);
            }
            else if (TextTypes.IsMemoryView(t))
            {
                MemoryViewMethods.Fill(t, d);
            }
        }
    }
}
