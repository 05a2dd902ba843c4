using System.Text;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Re
{
    public sealed partial class PyPattern
    {
        /// <summary>match(): only at the start position.</summary>
        internal const int ModeMatch = 0;

        /// <summary>search(): anywhere.</summary>
        internal const int ModeSearch = 1;

        /// <summary>fullmatch(): the whole range.</summary>
        internal const int ModeFull = 2;

        private static ArgSpec s_matchSpec;
        private static ArgSpec s_subSpec;
        private static ArgSpec s_splitSpec;

        private RegexSubject Subject(PyObject o)
        {
            RegexSubject s = RegexSubject.Of(o);
            if (s.IsBytes != _bytes)
            {
                throw new PyException(PyExc.TypeError, _bytes ? "cannot use a bytes pattern on a string-like object" : "cannot use a string pattern on a bytes-like object");
            }

            return s;
        }

        // pos and endpos as CPython clamps them: Python positions and the matching char indexes.
        private static void Range(Interpreter ip, RegexSubject s, PyObject pos, PyObject endPos, out int p0, out int p1, out int c0, out int c1)
        {
            int len = s.Length;
            long a = pos == null ? 0 : Ops.Index(ip, pos);
            long b = endPos == null ? len : Ops.Index(ip, endPos);
            a = a < 0 ? 0 : a > len ? len : a;
            b = b < 0 ? 0 : b > len ? len : b;
            p0 = (int)a;
            p1 = (int)b;
            c0 = s.ToChar(a);
            c1 = s.ToChar(b);
        }

        /// <summary>match, search or fullmatch of a subject; None when nothing matches.</summary>
        internal PyObject Match(Interpreter ip, PyObject str, PyObject pos, PyObject endPos, int mode)
        {
            RegexSubject s = Subject(str);
            int p0, p1, c0, c1;
            Range(ip, s, pos, endPos, out p0, out p1, out c0, out c1);
            if (c1 < c0)
            {
                return PyNone.Value;
            }

            RegexMatcher m = new RegexMatcher(Program, s.Chars, c1);
            if (!m.Search(c0, mode != ModeSearch, mode == ModeFull, false))
            {
                return PyNone.Value;
            }

            return new PyMatch(this, s, m.Slots, p0, p1);
        }

        /// <summary>sub (or subn: with the count of replacements) of repl, a template or a callable.</summary>
        internal PyObject Sub(Interpreter ip, PyObject repl, PyObject str, PyObject countArg, bool subn)
        {
            RegexSubject s = Subject(str);
            long count = countArg == null ? 0 : Ops.Index(ip, countArg);
            char[] template = null;
            PyObject rv = repl.NativeBase;
            if (rv is PyStr || !repl.IsCallable)
            {
                if ((rv is PyStr) == _bytes)
                {
                    throw new PyException(PyExc.TypeError, _bytes ? "expected a bytes-like object, str found" : "expected str instance, " + repl.Type.Name.Value + " found");
                }

                template = RegexSubject.Of(repl).Chars;
            }

            int len = s.Chars.Length;
            RegexMatcher m = new RegexMatcher(Program, s.Chars, len);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            int pos = 0;
            bool mustAdvance = false;
            long n = 0;
            while ((count == 0 || n < count) && count >= 0 && pos <= len && m.Search(pos, false, false, mustAdvance))
            {
                int b = m.Slots[0];
                int e = m.Slots[1];
                sb.Append(s.Chars, last, b - last);
                if (template != null)
                {
                    Expand(template, m.Slots, s, sb);
                }
                else
                {
                    AppendResult(ip, Ops.Call1(ip, repl, new PyMatch(this, s, m.Slots, 0, s.Length)), sb);
                }

                last = e;
                pos = e;
                mustAdvance = b == e;
                n++;
            }

            sb.Append(s.Chars, last, len - last);
            PyObject result = ToObject(sb);
            return subn ? PyTuple.Of(result, PyInt.Get(n)) : result;
        }

        private PyObject ToObject(StringBuilder sb)
        {
            if (!_bytes)
            {
                return new PyStr(sb.ToString());
            }

            byte[] b = new byte[sb.Length];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)sb[i];
            }

            return new PyBytes(b);
        }

        private void AppendResult(Interpreter ip, PyObject r, StringBuilder sb)
        {
            if (_bytes)
            {
                int off, n;
                byte[] data = BufferProtocol.Require(r, out off, out n);
                for (int i = 0; i < n; i++)
                {
                    sb.Append((char)data[off + i]);
                }
            }
            else
            {
                sb.Append(Ops.ExpectStr(r, "replacement"));
            }
        }

        // A replacement template: \1..\99 and \g<n> or \g<name> insert groups (nothing for a group that did not take
        // part), the usual character escapes work, other escaped punctuation is kept with its backslash.
        private void Expand(char[] t, int[] slots, RegexSubject s, StringBuilder sb)
        {
            for (int i = 0; i < t.Length; i++)
            {
                char c = t[i];
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (++i >= t.Length)
                {
                    throw new PyException(PyExc.ValueError, "bad escape (end of pattern)");
                }

                char d = t[i];
                int g = -1;
                if (d == 'g')
                {
                    int close = i + 1 < t.Length && t[i + 1] == '<' ? System.Array.IndexOf(t, '>', i + 2) : -1;
                    if (close < 0)
                    {
                        throw new PyException(PyExc.ValueError, "missing group name");
                    }

                    string name = new string(t, i + 2, close - i - 2);
                    g = Program.IndexOfName(name);
                    if (g < 0)
                    {
                        g = ParseGroupNumber(name);
                    }

                    i = close;
                }
                else if (d >= '1' && d <= '9' && !(d <= '7' && i + 2 < t.Length && IsOctal(t[i + 1]) && IsOctal(t[i + 2])))
                {
                    g = d - '0';
                    if (i + 1 < t.Length && t[i + 1] >= '0' && t[i + 1] <= '9')
                    {
                        g = g * 10 + (t[++i] - '0');
                    }

                    if (g >= Program.GroupCount)
                    {
                        throw new PyException(PyExc.ValueError, "invalid group reference " + g);
                    }
                }
                else if (d >= '0' && d <= '7')
                {
                    int v = 0;
                    for (int k = 0; k < 3 && i < t.Length && IsOctal(t[i]); k++)
                    {
                        v = v * 8 + (t[i++] - '0');
                    }

                    i--;
                    sb.Append((char)v);
                    continue;
                }
                else
                {
                    AppendEscape(d, sb);
                    continue;
                }

                int a = slots[2 * g];
                int b = slots[2 * g + 1];
                if (a >= 0 && b >= a)
                {
                    sb.Append(s.Chars, a, b - a);
                }
            }
        }

        private int ParseGroupNumber(string name)
        {
            int g = 0;
            if (name.Length == 0)
            {
                throw new PyException(PyExc.ValueError, "missing group name");
            }

            for (int k = 0; k < name.Length; k++)
            {
                char c = name[k];
                if (c < '0' || c > '9' || g > 100000)
                {
                    throw new PyException(PyExc.IndexError, "unknown group name '" + name + "'");
                }

                g = g * 10 + (c - '0');
            }

            if (g >= Program.GroupCount)
            {
                throw new PyException(PyExc.ValueError, "invalid group reference " + g);
            }

            return g;
        }

        private static bool IsOctal(char c)
        {
            return c >= '0' && c <= '7';
        }

        private static void AppendEscape(char d, StringBuilder sb)
        {
            switch (d)
            {
                case 'n':
                    sb.Append('\n');
                    return;
                case 't':
                    sb.Append('\t');
                    return;
                case 'r':
                    sb.Append('\r');
                    return;
                case 'f':
                    sb.Append('\f');
                    return;
                case 'v':
                    sb.Append('\v');
                    return;
                case 'a':
                    sb.Append((char)7);
                    return;
                case 'b':
                    sb.Append((char)8);
                    return;
                case '\\':
                    sb.Append('\\');
                    return;
            }

            if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'))
            {
                throw new PyException(PyExc.ValueError, "bad escape \\" + d);
            }

            sb.Append('\\');
            sb.Append(d);
        }

        /// <summary>split(string, maxsplit): the pieces between matches, with every group's text after each match.</summary>
        internal PyObject Split(Interpreter ip, PyObject str, PyObject maxSplit)
        {
            RegexSubject s = Subject(str);
            long max = maxSplit == null ? 0 : Ops.Index(ip, maxSplit);
            int len = s.Chars.Length;
            RegexMatcher m = new RegexMatcher(Program, s.Chars, len);
            PyList r = new PyList();
            int last = 0;
            int pos = 0;
            bool mustAdvance = false;
            long n = 0;
            while (max >= 0 && (max == 0 || n < max) && pos <= len && m.Search(pos, false, false, mustAdvance))
            {
                int b = m.Slots[0];
                int e = m.Slots[1];
                r.Append(s.Slice(last, b));
                for (int g = 1; g < Program.GroupCount; g++)
                {
                    int gs = m.Slots[2 * g];
                    int ge = m.Slots[2 * g + 1];
                    r.Append(gs >= 0 && ge >= gs ? s.Slice(gs, ge) : PyNone.Value);
                }

                last = e;
                pos = e;
                mustAdvance = b == e;
                n++;
            }

            r.Append(s.Slice(last, len));
            return r;
        }

        /// <summary>findall: whole matches, the one group's text, or tuples of every group's text ('' when unset).</summary>
        internal PyObject FindAll(Interpreter ip, PyObject str, PyObject pos, PyObject endPos)
        {
            RegexSubject s = Subject(str);
            int p0, p1, c0, c1;
            Range(ip, s, pos, endPos, out p0, out p1, out c0, out c1);
            RegexMatcher m = new RegexMatcher(Program, s.Chars, c1);
            PyList r = new PyList();
            int at = c0;
            bool mustAdvance = false;
            int groups = Program.GroupCount - 1;
            while (at <= c1 && m.Search(at, false, false, mustAdvance))
            {
                if (groups <= 1)
                {
                    r.Append(GroupText(s, m.Slots, groups));
                }
                else
                {
                    PyObject[] t = new PyObject[groups];
                    for (int g = 1; g <= groups; g++)
                    {
                        t[g - 1] = GroupText(s, m.Slots, g);
                    }

                    r.Append(new PyTuple(t));
                }

                mustAdvance = m.Slots[0] == m.Slots[1];
                at = m.Slots[1];
            }

            return r;
        }

        private static PyObject GroupText(RegexSubject s, int[] slots, int g)
        {
            int a = slots[2 * g];
            int b = slots[2 * g + 1];
            return a >= 0 && b >= a ? s.Slice(a, b) : s.Empty;
        }

        /// <summary>finditer: an iterator of match objects.</summary>
        internal PyObject FindIter(Interpreter ip, PyObject str, PyObject pos, PyObject endPos)
        {
            RegexSubject s = Subject(str);
            int p0, p1, c0, c1;
            Range(ip, s, pos, endPos, out p0, out p1, out c0, out c1);
            return new PyRegexScanner(this, s, new RegexMatcher(Program, s.Chars, c1), c0, c1, p0, p1);
        }

        private static PyObject MatchMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, ModeMatch);
        }

        private static PyObject SearchMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, ModeSearch);
        }

        private static PyObject FullMatchMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return MatchLike(ip, args, offset, count, kwnames, ModeFull);
        }

        private static PyObject MatchLike(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, int mode)
        {
            PyObject[] a = new PyObject[3];
            s_matchSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return ((PyPattern)args[offset]).Match(ip, a[0], a[1], a[2], mode);
        }

        private static PyObject SubMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            s_subSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return ((PyPattern)args[offset]).Sub(ip, a[0], a[1], a[2], false);
        }

        private static PyObject SubnMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            s_subSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return ((PyPattern)args[offset]).Sub(ip, a[0], a[1], a[2], true);
        }

        private static PyObject SplitMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            s_splitSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return ((PyPattern)args[offset]).Split(ip, a[0], a[1]);
        }

        private static PyObject FindAllMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            s_matchSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return ((PyPattern)args[offset]).FindAll(ip, a[0], a[1], a[2]);
        }

        private static PyObject FindIterMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            s_matchSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return ((PyPattern)args[offset]).FindIter(ip, a[0], a[1], a[2]);
        }
    }
}
