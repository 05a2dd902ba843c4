using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The json module: dumps, dump, loads, load. Output follows MicroPython: separators (', ', ': ') by default,
    /// floats as their repr (inf and nan print as such), non-ASCII characters written as they are and control
    /// characters as \n, \r, \t or \u00XX. indent= is accepted as in CPython. Every decoding error is a ValueError.
    /// </summary>
    public static class JsonModule
    {
        // Argument specifications are made on first use: static initialisers would take RAM from boot on the device.
        private static ArgSpec s_dumpsSpec;
        private static ArgSpec s_dumpSpec;

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("dumps", new PyBuiltinN("dumps", Dumps));
            d.SetName("dump", new PyBuiltinN("dump", Dump));
            d.SetName("loads", new PyBuiltin1("loads", Loads));
            d.SetName("load", new PyBuiltin1("load", Load));
        }

        private static PyObject Dumps(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            ArgSpec spec = s_dumpsSpec ?? (s_dumpsSpec = new ArgSpec("dumps", "obj, *, separators, indent", 1));
            spec.Parse(ip, args, offset, count, kwnames, a);
            return new PyStr(Encode(ip, a[0], a[1], a[2]));
        }

        private static PyObject Dump(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[4];
            ArgSpec spec = s_dumpSpec ?? (s_dumpSpec = new ArgSpec("dump", "obj, stream, *, separators, indent", 2));
            spec.Parse(ip, args, offset, count, kwnames, a);
            string text = Encode(ip, a[0], a[2], a[3]);
            PyObject write = Ops.GetAttr(ip, a[1], Intern.Get("write"));
            Ops.Call1(ip, write, new PyStr(text));
            return PyNone.Value;
        }

        private static string Encode(Interpreter ip, PyObject obj, PyObject separators, PyObject indent)
        {
            string indentText = null;
            if (indent != null && !(indent is PyNone))
            {
                PyStr s = indent as PyStr;
                if (s != null)
                {
                    indentText = s.Value;
                }
                else
                {
                    long n = Ops.Index(ip, indent);
                    indentText = n > 0 ? new string(' ', (int)n) : string.Empty;
                }
            }

            // CPython drops the space after ',' when indenting (the newline separates items).
            string itemSep = indentText != null ? "," : ", ";
            string keySep = ": ";
            if (separators != null && !(separators is PyNone))
            {
                int n;
                PyObject[] items = Ops.ItemsOf(ip, separators, out n);
                if (n != 2)
                {
                    throw new PyException(PyExc.ValueError, "too many values to unpack");
                }

                itemSep = Ops.ExpectStr(items[0], "separator");
                keySep = Ops.ExpectStr(items[1], "separator");
            }

            JsonWriter w = new JsonWriter(ip, itemSep, keySep, indentText);
            w.Write(obj);
            return w.ToString();
        }

        private static PyObject Loads(Interpreter ip, PyObject s)
        {
            PyStr str = s.NativeBase as PyStr;
            string text;
            if (str != null)
            {
                text = str.Value;
            }
            else
            {
                byte[] data;
                int offset, count;
                if (!BufferProtocol.Get(s, out data, out offset, out count))
                {
                    throw new PyException(PyExc.TypeError, "the JSON object must be str, bytes or bytearray, not " + s.Type.Name.Value);
                }

                int bad;
                text = StrUtil.DecodeUtf8(data, offset, count, false, out bad);
            }

            return new JsonReader(ip, text).ParseDocument();
        }

        private static PyObject Load(Interpreter ip, PyObject stream)
        {
            PyObject read = Ops.GetAttr(ip, stream, Intern.Get("read"));
            return Loads(ip, Ops.Call0(ip, read));
        }
    }
}
