using NanoPython.Runtime;

namespace NanoPython.Text
{
    internal static partial class TextMethods
    {
        private static ArgSpec s_splitSpec;
        private static ArgSpec s_rsplitSpec;
        private static ArgSpec s_splitLinesSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec SplitSpec
        {
            get { return s_splitSpec ?? (s_splitSpec = new ArgSpec("split", "sep, maxsplit", 0)); }
        }

        private static ArgSpec RsplitSpec
        {
            get { return s_rsplitSpec ?? (s_rsplitSpec = new ArgSpec("rsplit", "sep, maxsplit", 0)); }
        }

        private static ArgSpec SplitLinesSpec
        {
            get { return s_splitLinesSpec ?? (s_splitLinesSpec = new ArgSpec("splitlines", "keepends", 0)); }
        }

        private static PyObject Split(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return SplitOp(ip, args, offset, count, kwnames, SplitSpec, false);
        }

        private static PyObject RSplit(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return SplitOp(ip, args, offset, count, kwnames, RsplitSpec, true);
        }

        // split and rsplit(sep=None, maxsplit=-1). rsplit collects from the end and reverses the list at the end.
        private static PyObject SplitOp(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, ArgSpec spec, bool right)
        {
            PyObject[] a = new PyObject[2];
            spec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            TextView v = TextView.Of(args[offset]);
            TextView sep = v.ArgOrNone(a[0], "must be str or None, not ");
            int max = a[1] == null ? -1 : IntArg(ip, a[1]);
            if (max < 0)
            {
                max = int.MaxValue;
            }

            PyList r = new PyList();
            int n = v.Length;
            if (sep == null)
            {
                SplitWhitespace(v, r, max, right);
            }
            else if (sep.Length == 0)
            {
                throw TextErrors.Value(TextErrors.EmptySeparator);
            }
            else if (!right)
            {
                int start = 0;
                int i;
                while (r.Count < max && (i = v.Find(sep, start, n)) >= 0)
                {
                    r.Append(v.Slice(start, i));
                    start = i + sep.Length;
                }

                r.Append(v.Slice(start, n));
            }
            else
            {
                int end = n;
                int i;
                while (r.Count < max && (i = v.RFind(sep, 0, end)) >= 0)
                {
                    r.Append(v.Slice(i + sep.Length, end));
                    end = i;
                }

                r.Append(v.Slice(0, end));
            }

            if (right)
            {
                Reverse(r);
            }

            return r;
        }

        // Runs of whitespace separate the words; leading and trailing whitespace gives no empty word. After max splits
        // the rest (without its leading whitespace) is the last word.
        private static void SplitWhitespace(TextView v, PyList r, int max, bool right)
        {
            int n = v.Length;
            if (!right)
            {
                int i = 0;
                while (true)
                {
                    while (i < n && v.IsSpaceAt(i))
                    {
                        i++;
                    }

                    if (i == n)
                    {
                        return;
                    }

                    if (r.Count == max)
                    {
                        r.Append(v.Slice(i, n));
                        return;
                    }

                    int start = i;
                    while (i < n && !v.IsSpaceAt(i))
                    {
                        i++;
                    }

                    r.Append(v.Slice(start, i));
                }
            }

            int j = n;
            while (true)
            {
                while (j > 0 && v.IsSpaceAt(j - 1))
                {
                    j--;
                }

                if (j == 0)
                {
                    return;
                }

                if (r.Count == max)
                {
                    r.Append(v.Slice(0, j));
                    return;
                }

                int end = j;
                while (j > 0 && !v.IsSpaceAt(j - 1))
                {
                    j--;
                }

                r.Append(v.Slice(j, end));
            }
        }

        private static void Reverse(PyList r)
        {
            PyObject[] items = r.Items;
            for (int i = 0, j = r.Count - 1; i < j; i++, j--)
            {
                PyObject t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
        }

        private static PyObject SplitLines(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[1];
            SplitLinesSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            bool keep = a[0] != null && Ops.Index(ip, a[0]) != 0;
            TextView v = TextView.Of(args[offset]);
            PyList r = new PyList();
            int n = v.Length;
            int start = 0;
            int i = 0;
            while (i < n)
            {
                int c = v.At(i);
                int eol = 0;
                if (c == '\n')
                {
                    eol = 1;
                }
                else if (c == '\r')
                {
                    eol = i + 1 < n && v.At(i + 1) == '\n' ? 2 : 1;
                }
                else if (v.IsStr && (c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029))
                {
                    eol = 1;
                }

                if (eol == 0)
                {
                    i++;
                    continue;
                }

                r.Append(v.Slice(start, keep ? i + eol : i));
                i += eol;
                start = i;
            }

            if (start < n)
            {
                r.Append(v.Slice(start, n));
            }

            return r;
        }

        private static PyObject Partition(Interpreter ip, PyObject self, PyObject sep)
        {
            return PartitionOp(self, sep, false);
        }

        private static PyObject RPartition(Interpreter ip, PyObject self, PyObject sep)
        {
            return PartitionOp(self, sep, true);
        }

        private static PyObject PartitionOp(PyObject self, PyObject sepArg, bool right)
        {
            TextView v = TextView.Of(self);
            TextView sep = v.Arg(sepArg, null);
            if (sep.Length == 0)
            {
                throw TextErrors.Value(TextErrors.EmptySeparator);
            }

            int n = v.Length;
            int i = right ? v.RFind(sep, 0, n) : v.Find(sep, 0, n);
            if (i < 0)
            {
                PyObject all = v.Slice(0, n);
                return right
                    ? new PyTuple(new PyObject[] { v.Empty(), v.Empty(), all })
                    : new PyTuple(new PyObject[] { all, v.Empty(), v.Empty() });
            }

            return new PyTuple(new PyObject[] { v.Slice(0, i), v.Make(sep), v.Slice(i + sep.Length, n) });
        }

        // join: str builds with a StringBuilder-like array, bytes with a byte array; both measure first.
        private static PyObject Join(Interpreter ip, PyObject self, PyObject iterable)
        {
            if (!(iterable is PyList) && !(iterable is PyTuple) && !(iterable is PyInstance) && iterable.GetIter(ip) == null)
            {
                throw TextErrors.Type(TextErrors.CanOnlyJoinIterable);
            }

            int n;
            PyObject[] items = Ops.ItemsOf(ip, iterable, out n);
            PyStr sep = self as PyStr;
            if (sep != null)
            {
                return JoinStr(sep, items, n);
            }

            return JoinBytes(self, items, n);
        }

        private static PyObject JoinStr(PyStr sep, PyObject[] items, int n)
        {
            if (n == 1 && items[0] is PyStr)
            {
                return items[0];
            }

            string[] parts = new string[n];
            int total = sep.Value.Length * (n > 0 ? n - 1 : 0);
            for (int i = 0; i < n; i++)
            {
                PyStr s = items[i] as PyStr ?? items[i].NativeBase as PyStr;
                if (s == null)
                {
                    throw TextErrors.Type("sequence item " + i + ": expected str instance, " + TextErrors.TypeName(items[i]) + " found");
                }

                parts[i] = s.Value;
                total += s.Value.Length;
            }

            if (total == 0)
            {
                return PyStr.Empty;
            }

            TextBuilder tb = new TextBuilder(total);
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    tb.Append(sep.Value);
                }

                tb.Append(parts[i]);
            }

            return new PyStr(tb.ToString());
        }

        private static PyObject JoinBytes(PyObject self, PyObject[] items, int n)
        {
            byte[] sepData;
            int sepOffset, sepCount;
            BufferProtocol.Get(self, out sepData, out sepOffset, out sepCount);
            byte[][] parts = new byte[n][];
            int[] offsets = new int[n];
            int[] counts = new int[n];
            int total = sepCount * (n > 0 ? n - 1 : 0);
            for (int i = 0; i < n; i++)
            {
                if (!BufferProtocol.Get(items[i], out parts[i], out offsets[i], out counts[i]))
                {
                    throw TextErrors.Type("sequence item " + i + ": expected a bytes-like object, " + TextErrors.TypeName(items[i]) + " found");
                }

                total += counts[i];
            }

            byte[] r = new byte[total];
            int k = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    System.Array.Copy(sepData, sepOffset, r, k, sepCount);
                    k += sepCount;
                }

                System.Array.Copy(parts[i], offsets[i], r, k, counts[i]);
                k += counts[i];
            }

            return self is PyByteArray ? new PyByteArray(r, total) : (PyObject)new PyBytes(r);
        }
    }
}
