using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// Case mapping and character classes with CPython's answers for every code point of the Basic Multilingual Plane,
    /// read from the generated tables of UnicodeData.g.cs (their encodings are described in gen_unicode_tables.py).
    /// ASCII never touches a table. Code points above U+FFFF have no case mapping here and use StrUtil's letter rule.
    /// </summary>
    /// <remarks>
    /// nanoFramework keeps strings as UTF-8, so indexing a string literal walks it from the start: each table is copied
    /// to a char array on its first use (a few hundred bytes each) and searched there.
    /// </remarks>
    internal static partial class UnicodeData
    {
        private static char[] s_lowerMap;
        private static char[] s_upperMap;
        private static char[] s_foldMap;
        private static char[] s_titleMap;
        private static char[] s_upperKeys;
        private static char[] s_upperValues;
        private static char[] s_upperEnds;
        private static char[] s_titleKeys;
        private static char[] s_titleValues;
        private static char[] s_titleEnds;
        private static char[] s_lowerFix;
        private static char[] s_upperFix;
        private static char[] s_titleCase;
        private static char[] s_alpha;
        private static char[] s_decimal;
        private static char[] s_digit;
        private static char[] s_numeric;
        private static char[] s_nonPrintable;

        private static char[] Table(ref char[] cache, string text)
        {
            char[] t = cache;
            if (t == null)
            {
                t = text.ToCharArray();
                cache = t;
            }

            return t;
        }

        /// <summary>The simple lowercase of a code point (itself when it has none).</summary>
        internal static int Lower(int c)
        {
            if (c < 0x80)
            {
                return c >= 'A' && c <= 'Z' ? c + 32 : c;
            }

            return c > 0xFFFF ? c : Map(Table(ref s_lowerMap, LowerMap), c, 1);
        }

        /// <summary>The simple uppercase of a code point (itself when it has none).</summary>
        internal static int Upper(int c)
        {
            if (c < 0x80)
            {
                return c >= 'a' && c <= 'z' ? c - 32 : c;
            }

            return c > 0xFFFF ? c : Map(Table(ref s_upperMap, UpperMap), c, -1);
        }

        /// <summary>Whether the code point is lowercase (Unicode's Lowercase property).</summary>
        internal static bool IsLower(int c)
        {
            if (c < 0x80)
            {
                return c >= 'a' && c <= 'z';
            }

            if (c > 0xFFFF)
            {
                return false;
            }

            bool mapped = Upper(c) != c || Find(Table(ref s_upperKeys, UpperSpecialKeys), c) >= 0;
            return mapped != InRanges(Table(ref s_lowerFix, LowerFix), c);
        }

        /// <summary>Whether the code point is uppercase (Unicode's Uppercase property).</summary>
        internal static bool IsUpper(int c)
        {
            if (c < 0x80)
            {
                return c >= 'A' && c <= 'Z';
            }

            if (c > 0xFFFF)
            {
                return false;
            }

            // U+0130 is the only code point whose lowercase is two units; Lower(c) alone misses it.
            bool mapped = Lower(c) != c || c == 0x130;
            return mapped != InRanges(Table(ref s_upperFix, UpperFix), c);
        }

        /// <summary>Whether the code point is a titlecase letter (category Lt).</summary>
        internal static bool IsTitle(int c)
        {
            return c >= 0x80 && c <= 0xFFFF && InRanges(Table(ref s_titleCase, TitleCase), c);
        }

        /// <summary>Whether the code point has case (upper, lower or title).</summary>
        internal static bool IsCased(int c)
        {
            return IsLower(c) || IsUpper(c) || IsTitle(c);
        }

        /// <summary>str.isalpha of one code point.</summary>
        internal static bool IsAlpha(int c)
        {
            if (c < 0x80)
            {
                return StrUtil.IsAsciiAlpha(c);
            }

            return c > 0xFFFF ? StrUtil.IsAlpha(c) : InRanges(Table(ref s_alpha, Alpha), c);
        }

        /// <summary>str.isdecimal of one code point.</summary>
        internal static bool IsDecimal(int c)
        {
            if (c < 0x80)
            {
                return c >= '0' && c <= '9';
            }

            return c <= 0xFFFF && InRanges(Table(ref s_decimal, Decimal), c);
        }

        /// <summary>str.isdigit of one code point.</summary>
        internal static bool IsDigit(int c)
        {
            return IsDecimal(c) || (c >= 0x80 && c <= 0xFFFF && InRanges(Table(ref s_digit, Digit), c));
        }

        /// <summary>str.isnumeric of one code point.</summary>
        internal static bool IsNumeric(int c)
        {
            return IsDigit(c) || (c >= 0x80 && c <= 0xFFFF && InRanges(Table(ref s_numeric, Numeric), c));
        }

        /// <summary>str.isprintable of one code point (above the BMP: tags and private use are not printable).</summary>
        internal static bool IsPrintable(int c)
        {
            if (c < 0x80)
            {
                return c >= 0x20 && c < 0x7F;
            }

            if (c > 0xFFFF)
            {
                return !(c >= 0xE0000 && c <= 0xE007F) && c < 0xF0000;
            }

            return !InRanges(Table(ref s_nonPrintable, NonPrintable), c);
        }

        /// <summary>Appends the full uppercase of a code point (ß gives SS).</summary>
        internal static void AppendUpper(TextBuilder sb, int c)
        {
            if (c >= 0x80 && c <= 0xFFFF)
            {
                int k = Find(Table(ref s_upperKeys, UpperSpecialKeys), c);
                if (k >= 0)
                {
                    AppendSpecial(sb, Table(ref s_upperValues, UpperSpecialValues), Table(ref s_upperEnds, UpperSpecialEnds), k, false);
                    return;
                }
            }

            sb.AppendCodePoint(Upper(c));
        }

        /// <summary>Appends the full lowercase of a code point (U+0130 gives two units).</summary>
        internal static void AppendLower(TextBuilder sb, int c)
        {
            if (c == 0x130)
            {
                sb.Append('i');
                sb.Append('\u0307');
                return;
            }

            sb.AppendCodePoint(Lower(c));
        }

        /// <summary>Appends the titlecase of a code point.</summary>
        internal static void AppendTitle(TextBuilder sb, int c)
        {
            if (c >= 0x80 && c <= 0xFFFF)
            {
                int k = Find(Table(ref s_titleKeys, TitleSpecialKeys), c);
                if (k >= 0)
                {
                    AppendSpecial(sb, Table(ref s_titleValues, TitleSpecialValues), Table(ref s_titleEnds, TitleSpecialEnds), k, false);
                    return;
                }

                char[] tm = Table(ref s_titleMap, TitleMap);
                int t = Map(tm, c, 0);
                if (t != c || InMap(tm, c))
                {
                    sb.AppendCodePoint(t);
                    return;
                }

                k = Find(Table(ref s_upperKeys, UpperSpecialKeys), c);
                if (k >= 0)
                {
                    // The title rule: first unit of the uppercase, the rest lowercased (ß gives Ss).
                    AppendSpecial(sb, Table(ref s_upperValues, UpperSpecialValues), s_upperEnds, k, true);
                    return;
                }
            }

            sb.AppendCodePoint(Upper(c));
        }

        /// <summary>Appends the casefold of a code point.</summary>
        internal static void AppendFold(TextBuilder sb, int c)
        {
            if (c >= 0x80 && c <= 0xFFFF)
            {
                // U+1E9E (capital sharp s) is the one code point whose fold is several units and not lower(upper(c)).
                if (c == 0x1E9E)
                {
                    sb.Append('s');
                    sb.Append('s');
                    return;
                }

                char[] fm = Table(ref s_foldMap, FoldMap);
                int f = Map(fm, c, 0);
                if (f != c || InMap(fm, c))
                {
                    sb.AppendCodePoint(f);
                    return;
                }

                int k = Find(Table(ref s_upperKeys, UpperSpecialKeys), c);
                if (k >= 0)
                {
                    char[] values = Table(ref s_upperValues, UpperSpecialValues);
                    char[] ends = Table(ref s_upperEnds, UpperSpecialEnds);
                    for (int i = k == 0 ? 0 : ends[k - 1]; i < ends[k]; i++)
                    {
                        AppendLower(sb, values[i]);
                    }

                    return;
                }
            }

            AppendLower(sb, c);
        }

        private static void AppendSpecial(TextBuilder sb, char[] values, char[] ends, int k, bool lowerRest)
        {
            int start = k == 0 ? 0 : ends[k - 1];
            for (int i = start; i < ends[k]; i++)
            {
                if (lowerRest && i > start)
                {
                    AppendLower(sb, values[i]);
                }
                else
                {
                    sb.Append(values[i]);
                }
            }
        }

        // The map entry (first, last, delta) containing c, as the index of its first element, or -1.
        private static int Entry(char[] t, int c)
        {
            int lo = 0;
            int hi = t.Length / 3 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int i = mid * 3;
                if (c < t[i])
                {
                    hi = mid - 1;
                }
                else if (c > t[i + 1])
                {
                    lo = mid + 1;
                }
                else
                {
                    return i;
                }
            }

            return -1;
        }

        private static int Map(char[] t, int c, int altSign)
        {
            int i = Entry(t, c);
            if (i < 0)
            {
                return c;
            }

            int d = t[i + 2];
            if (d == 0 && altSign != 0)
            {
                return ((c - t[i]) & 1) == 0 ? c + altSign : c;
            }

            return (c + d) & 0xFFFF;
        }

        private static bool InMap(char[] t, int c)
        {
            return Entry(t, c) >= 0;
        }

        private static bool InRanges(char[] t, int c)
        {
            int lo = 0;
            int hi = t.Length / 2 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (c < t[mid * 2])
                {
                    hi = mid - 1;
                }
                else if (c > t[mid * 2 + 1])
                {
                    lo = mid + 1;
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        private static int Find(char[] keys, int c)
        {
            int lo = 0;
            int hi = keys.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (c < keys[mid])
                {
                    hi = mid - 1;
                }
                else if (c > keys[mid])
                {
                    lo = mid + 1;
                }
                else
                {
                    return mid;
                }
            }

            return -1;
        }
    }
}
