using System.Collections;
using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// TAB completion of the friendly REPL (py/repl.c, mp_repl_autocomplete): completes the dotted name before the
    /// cursor against the globals of __main__ and the builtins (or, after "a.b.", the attributes of that object; after
    /// "import ", the built-in modules). One match, or several sharing a longer prefix, is inserted; several others are
    /// listed in 16-column slots up to 64 columns (print_completions) and the caller re-prints the prompt and line.
    /// Names starting with '_' are offered only once the typed prefix is not empty. Names are listed in sorted order.
    /// </summary>
    public sealed class Completer
    {
        /// <summary><see cref="Complete"/>: several matches were listed.</summary>
        public const int Many = -1;

        private const int SlotWidth = 16;
        private const int MaxLineWidth = 4 * SlotWidth;
        private const string ImportWord = "import ";

        private Interpreter _ip;
        private byte[] _insertion = new byte[0];

        /// <summary>The interpreter whose names are completed (a new one after each soft reset).</summary>
        public Interpreter Interpreter
        {
            get { return _ip; }
            set { _ip = value; }
        }

        /// <summary>The bytes to insert after a positive <see cref="Complete"/> result.</summary>
        public byte[] Insertion
        {
            get { return _insertion; }
        }

        /// <summary>
        /// Completes the text buf[start..end) (the line up to the cursor): 0 when nothing matches, the number of bytes in
        /// <see cref="Insertion"/>, or <see cref="Many"/> after printing the matches to output.
        /// </summary>
        public int Complete(byte[] buf, int start, int end, ConsoleOutput output)
        {
            _insertion = new byte[0];
            if (_ip == null)
            {
                return 0;
            }

            int err;
            string line = StrUtil.DecodeUtf8(buf, start, end - start, false, out err);
            int wordStart = line.Length;
            while (wordStart > 0 && IsChainChar(line[wordStart - 1]))
            {
                wordStart--;
            }

            string chain = line.Substring(wordStart);
            PyObject obj = null;
            int dot = chain.IndexOf('.');
            int partStart = 0;
            try
            {
                while (dot >= 0)
                {
                    PyStr part = Intern.Get(chain.Substring(partStart, dot - partStart));
                    obj = obj == null ? LookupGlobal(part) : Ops.GetAttrOrNull(_ip, obj, part);
                    if (obj == null)
                    {
                        return 0;
                    }

                    partStart = dot + 1;
                    dot = chain.IndexOf('.', partStart);
                }
            }
            catch (PyException)
            {
                return 0;
            }

            string prefix = chain.Substring(partStart);
            string[] names;
            if (obj == null && line.StartsWith(ImportWord))
            {
                names = _ip.NativeModuleNames();
            }
            else if (obj == null)
            {
                names = GlobalNames();
            }
            else
            {
                names = AttributeNames(obj);
            }

            string[] matches = Filter(names, prefix);
            if (matches.Length == 0)
            {
                // Nothing else starts that way: the first word of a line may still become "import ".
                if (wordStart == 0 && prefix.Length > 0 && prefix.Length < ImportWord.Length && ImportWord.StartsWith(prefix))
                {
                    return SetInsertion(ImportWord.Substring(prefix.Length));
                }

                return 0;
            }

            string common = matches[0];
            for (int i = 1; i < matches.Length; i++)
            {
                common = CommonPrefix(common, matches[i]);
            }

            if (matches.Length == 1 || common.Length > prefix.Length)
            {
                return SetInsertion(common.Substring(prefix.Length));
            }

            Print(matches, output);
            return Many;
        }

        private int SetInsertion(string text)
        {
            _insertion = StrUtil.EncodeUtf8(text);
            return _insertion.Length;
        }

        private static void Print(string[] matches, ConsoleOutput output)
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int lineLen = MaxLineWidth;
            for (int i = 0; i < matches.Length; i++)
            {
                string name = matches[i];
                int gap = (lineLen + SlotWidth - 1) / SlotWidth * SlotWidth - lineLen;
                if (gap < 2)
                {
                    gap += SlotWidth;
                }

                if (lineLen + gap + name.Length <= MaxLineWidth)
                {
                    sb.Append(' ', gap);
                    sb.Append(name);
                    lineLen += gap + name.Length;
                }
                else
                {
                    sb.Append('\n');
                    sb.Append(name);
                    lineLen = name.Length;
                }
            }

            sb.Append('\n');
            output.Write(sb.ToString());
        }

        private PyObject LookupGlobal(PyStr name)
        {
            PyObject o = _ip.MainDict.LookupName(name);
            return o ?? _ip.LookupBuiltin(name);
        }

        private string[] GlobalNames()
        {
            ArrayList acc = new ArrayList();
            AddKeys(acc, _ip.MainDict);
            _ip.MaterializeBuiltins();
            AddKeys(acc, _ip.Builtins);
            return ToArray(acc);
        }

        private string[] AttributeNames(PyObject obj)
        {
            ArrayList acc = new ArrayList();
            PyObject dir = _ip.LookupBuiltin(Intern.Get("dir"));
            if (dir != null)
            {
                try
                {
                    PyObject list = Ops.Call1(_ip, dir, obj);
                    int n;
                    PyObject[] items = Ops.ItemsOf(_ip, list, out n);
                    for (int i = 0; i < n; i++)
                    {
                        PyStr s = items[i] as PyStr;
                        if (s != null)
                        {
                            acc.Add(s.Value);
                        }
                    }

                    return ToArray(acc);
                }
                catch (PyException)
                {
                    acc.Clear();
                }
            }

            // Without a working dir(): the instance's own names and those of its type's MRO.
            PyDict own = obj.InstanceDict;
            if (own != null)
            {
                AddKeys(acc, own);
            }

            PyType t = obj as PyType ?? obj.Type;
            PyType[] mro = t.Mro;
            if (mro != null)
            {
                for (int i = 0; i < mro.Length; i++)
                {
                    AddKeys(acc, mro[i].Dict);
                }
            }

            return ToArray(acc);
        }

        private static void AddKeys(ArrayList acc, PyDict d)
        {
            int limit = d.EntryLimit;
            for (int i = 0; i < limit; i++)
            {
                PyStr k = d.KeyAt(i) as PyStr;
                if (k != null)
                {
                    acc.Add(k.Value);
                }
            }
        }

        private static string[] ToArray(ArrayList acc)
        {
            string[] r = new string[acc.Count];
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = (string)acc[i];
            }

            return r;
        }

        // The names starting with prefix, sorted and without duplicates; '_' names only for a non-empty prefix.
        private static string[] Filter(string[] names, string prefix)
        {
            ArrayList acc = new ArrayList();
            for (int i = 0; i < names.Length; i++)
            {
                string n = names[i];
                if (!n.StartsWith(prefix) || (prefix.Length == 0 && n.Length > 0 && n[0] == '_'))
                {
                    continue;
                }

                // Insertion sort: the lists are short and nanoFramework has no Array.Sort.
                int at = acc.Count;
                bool duplicate = false;
                for (int j = 0; j < acc.Count; j++)
                {
                    int c = StrUtil.CompareOrdinal(n, (string)acc[j]);
                    if (c == 0)
                    {
                        duplicate = true;
                        break;
                    }

                    if (c < 0)
                    {
                        at = j;
                        break;
                    }
                }

                if (!duplicate)
                {
                    acc.Insert(at, n);
                }
            }

            return ToArray(acc);
        }

        private static string CommonPrefix(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            int i = 0;
            while (i < n && a[i] == b[i])
            {
                i++;
            }

            return a.Substring(0, i);
        }

        private static bool IsChainChar(char c)
        {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c >= 128;
        }
    }
}
