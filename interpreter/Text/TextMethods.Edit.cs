using NanoPython.Runtime;

namespace NanoPython.Text
{
    internal static partial class TextMethods
    {
        private static ArgSpec s_expandTabsSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec ExpandTabsSpec
        {
            get { return s_expandTabsSpec ?? (s_expandTabsSpec = new ArgSpec("expandtabs", "tabsize", 0)); }
        }

        private static PyObject Strip(Interpreter ip, PyObject self, PyObject chars)
        {
            return StripOp(self, chars, 3, "strip");
        }

        private static PyObject LStrip(Interpreter ip, PyObject self, PyObject chars)
        {
            return StripOp(self, chars, 1, "lstrip");
        }

        private static PyObject RStrip(Interpreter ip, PyObject self, PyObject chars)
        {
            return StripOp(self, chars, 2, "rstrip");
        }

        // mode: 1 left, 2 right, 3 both. chars None strips whitespace of the receiver's kind.
        private static PyObject StripOp(PyObject self, PyObject chars, int mode, string name)
        {
            TextView v = TextView.Of(self);
            if (v.IsStr && chars != null && !(chars is PyNone) && !(chars is PyStr) && !(chars.NativeBase is PyStr))
            {
                throw TextErrors.Type(name + " arg must be None or str");
            }

            TextView set = v.ArgOrNone(chars, null);
            int s = 0;
            int e = v.Length;
            int k;
            if ((mode & 1) != 0)
            {
                while (s < e && (k = StripUnits(v, set, s, true)) > 0)
                {
                    s += k;
                }
            }

            if ((mode & 2) != 0)
            {
                while (e > s && (k = StripUnits(v, set, e, false)) > 0)
                {
                    e -= k;
                }
            }

            return v.Slice(s, e);
        }

        // The units of the code point starting (forward) or ending (backward) at unit pos when it is to be stripped, else 0.
        private static int StripUnits(TextView v, TextView set, int pos, bool forward)
        {
            int u;
            if (forward)
            {
                u = v.UnitsAt(pos);
            }
            else
            {
                u = pos >= 2 && v.UnitsAt(pos - 2) == 2 ? 2 : 1;
                pos -= u;
            }

            int cp = v.CodePointAt(pos);
            if (set == null)
            {
                return v.IsSpace(cp) ? u : 0;
            }

            for (int i = 0; i < set.Length; i += set.UnitsAt(i))
            {
                if (set.CodePointAt(i) == cp)
                {
                    return u;
                }
            }

            return 0;
        }

        private static PyObject Replace(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int n = Positional(count, kwnames, "replace", 2, 3);
            TextView v = TextView.Of(args[offset]);
            TextView old = v.Arg(args[offset + 1], "replace() argument 1 must be str, not ");
            TextView rep = v.Arg(args[offset + 2], "replace() argument 2 must be str, not ");
            int max = n == 3 ? IntArg(ip, args[offset + 3]) : -1;
            if (max < 0)
            {
                max = int.MaxValue;
            }

            int len = v.Length;
            TextBuilder tb = new TextBuilder(len + rep.Length);
            int done = 0;
            if (old.Length == 0)
            {
                // The empty string matches before every code point and at the end.
                for (int i = 0; ; )
                {
                    if (done < max)
                    {
                        rep.AppendTo(tb, 0, rep.Length);
                        done++;
                    }

                    if (i == len)
                    {
                        break;
                    }

                    int u = v.UnitsAt(i);
                    v.AppendTo(tb, i, u);
                    i += u;
                }
            }
            else
            {
                int start = 0;
                int i;
                while (done < max && (i = v.Find(old, start, len)) >= 0)
                {
                    v.AppendTo(tb, start, i - start);
                    rep.AppendTo(tb, 0, rep.Length);
                    start = i + old.Length;
                    done++;
                }

                if (done == 0)
                {
                    return v.Slice(0, len);
                }

                v.AppendTo(tb, start, len - start);
            }

            return v.Make(tb);
        }

        private static PyObject Center(Interpreter ip, PyObject self, PyObject width, PyObject fill)
        {
            return Pad(ip, self, width, fill, 0, "center");
        }

        private static PyObject LJust(Interpreter ip, PyObject self, PyObject width, PyObject fill)
        {
            return Pad(ip, self, width, fill, 1, "ljust");
        }

        private static PyObject RJust(Interpreter ip, PyObject self, PyObject width, PyObject fill)
        {
            return Pad(ip, self, width, fill, 2, "rjust");
        }

        // mode: 0 center, 1 ljust (pad right), 2 rjust (pad left). Widths count code points.
        private static PyObject Pad(Interpreter ip, PyObject self, PyObject widthArg, PyObject fill, int mode, string name)
        {
            TextView v = TextView.Of(self);
            int width = IntArg(ip, widthArg);
            char[] f = FillUnits(v, fill, name);
            int len = v.CodePointLength;
            if (width <= len)
            {
                return v.Slice(0, v.Length);
            }

            int pad = width - len;
            // CPython's centering puts the odd space on the left when the width is odd.
            int left = mode == 1 ? 0 : mode == 2 ? pad : pad / 2 + (pad & width & 1);
            TextBuilder tb = new TextBuilder(v.Length + pad * f.Length);
            tb.Repeat(f, 0, f.Length, left);
            v.AppendTo(tb, 0, v.Length);
            tb.Repeat(f, 0, f.Length, pad - left);
            return v.Make(tb);
        }

        // The fill character of center/ljust/rjust as units: one code point of a str, one byte of a bytes-like object.
        private static char[] FillUnits(TextView v, PyObject fill, string name)
        {
            if (fill == null)
            {
                return new char[] { ' ' };
            }

            if (v.IsStr)
            {
                PyStr s = fill as PyStr ?? fill.NativeBase as PyStr;
                if (s == null)
                {
                    throw TextErrors.Expected("The fill character must be a unicode character, not ", fill);
                }

                TextView f = TextView.OfStr(s);
                if (f.Length == 0 || f.UnitsAt(0) != f.Length)
                {
                    throw TextErrors.Type(TextErrors.FillCharLength);
                }

                return f.Chars;
            }

            byte[] data;
            int offset, count;
            if (!BufferProtocol.Get(fill, out data, out offset, out count) || count != 1)
            {
                throw TextErrors.Expected(name + "() argument 2 must be a byte string of length 1, not ", fill);
            }

            return new char[] { (char)data[offset] };
        }

        private static PyObject ZFill(Interpreter ip, PyObject self, PyObject widthArg)
        {
            TextView v = TextView.Of(self);
            int width = IntArg(ip, widthArg);
            int len = v.CodePointLength;
            if (width <= len)
            {
                return v.Slice(0, v.Length);
            }

            int sign = v.Length > 0 && (v.At(0) == '+' || v.At(0) == '-') ? 1 : 0;
            TextBuilder tb = new TextBuilder(v.Length + width - len);
            v.AppendTo(tb, 0, sign);
            tb.Append('0', width - len);
            v.AppendTo(tb, sign, v.Length - sign);
            return v.Make(tb);
        }

        private static PyObject ExpandTabs(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[1];
            ExpandTabsSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            int tab = a[0] == null ? 8 : IntArg(ip, a[0]);
            TextView v = TextView.Of(args[offset]);
            TextBuilder tb = new TextBuilder(v.Length);
            int col = 0;
            for (int i = 0; i < v.Length; )
            {
                int c = v.At(i);
                int u = v.UnitsAt(i);
                if (c == '\t')
                {
                    if (tab > 0)
                    {
                        int spaces = tab - col % tab;
                        tb.Append(' ', spaces);
                        col += spaces;
                    }
                }
                else
                {
                    v.AppendTo(tb, i, u);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }

                i += u;
            }

            return v.Make(tb);
        }

        private static PyObject RemovePrefix(Interpreter ip, PyObject self, PyObject affix)
        {
            return RemoveAffix(self, affix, false, "removeprefix() argument must be str, not ");
        }

        private static PyObject RemoveSuffix(Interpreter ip, PyObject self, PyObject affix)
        {
            return RemoveAffix(self, affix, true, "removesuffix() argument must be str, not ");
        }

        private static PyObject RemoveAffix(PyObject self, PyObject affixArg, bool suffix, string message)
        {
            TextView v = TextView.Of(self);
            TextView a = v.Arg(affixArg, message);
            int n = v.Length;
            if (a.Length > 0 && a.Length <= n && v.MatchAt(suffix ? n - a.Length : 0, a))
            {
                return suffix ? v.Slice(0, n - a.Length) : v.Slice(a.Length, n);
            }

            return v.Slice(0, n);
        }
    }
}
