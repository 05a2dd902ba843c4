using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>Reading ints from text: int(s, base) syntax and plain digit strings (literals).</summary>
    public static class IntParser
    {
        /// <summary>The int written by digits in a radix (every character a valid digit; no sign, prefix or underscore).</summary>
        public static PyObject FromDigits(string digits, int start, int end, int radix)
        {
            long v = 0;
            long limit = long.MaxValue / radix;
            int i = start;
            for (; i < end; i++)
            {
                int d = StrUtil.DigitValue(digits[i]);
                if (v > limit || (v * radix) > long.MaxValue - d)
                {
                    break;
                }

                v = (v * radix) + d;
            }

            if (i == end)
            {
                return PyInt.Get(v);
            }

            return PyBigInt.Create(1, BigNat.Parse(digits, start, end, radix));
        }

        /// <summary>
        /// int(s, radix): whitespace around, a sign, a 0x/0o/0b prefix (radix 0 or the matching radix), underscores
        /// between digits (and after a prefix). Null when malformed (the caller raises ValueError).
        /// </summary>
        public static PyObject Parse(string s, int radix)
        {
            int i = 0;
            int n = s.Length;
            while (i < n && StrUtil.IsSpace(s[i]))
            {
                i++;
            }

            while (n > i && StrUtil.IsSpace(s[n - 1]))
            {
                n--;
            }

            bool neg = false;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                neg = s[i] == '-';
                i++;
            }

            bool prefixed = false;
            if (i + 1 < n && s[i] == '0')
            {
                char p = (char)(s[i + 1] | 0x20);
                int pr = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                if (pr != 0 && (radix == 0 || radix == pr))
                {
                    radix = pr;
                    i += 2;
                    prefixed = true;
                }
            }

            bool decimalZero = false;
            if (radix == 0)
            {
                // Base 0 without a prefix: decimal, where a leading zero is only allowed in zero itself.
                radix = 10;
                decimalZero = i < n && s[i] == '0';
            }

            char[] buf = new char[n - i];
            int nd = 0;
            for (int k = i; k < n; k++)
            {
                char c = s[k];
                if (c == '_')
                {
                    // Between digits, or right after a prefix.
                    bool afterDigit = k > i && s[k - 1] != '_';
                    if (!(afterDigit || (prefixed && k == i)) || k + 1 >= n || s[k + 1] == '_')
                    {
                        return null;
                    }

                    continue;
                }

                if (StrUtil.DigitValue(c) >= radix)
                {
                    return null;
                }

                if (decimalZero && c != '0')
                {
                    return null;
                }

                buf[nd++] = c;
            }

            if (nd == 0)
            {
                return null;
            }

            PyObject r = FromDigits(new string(buf, 0, nd), 0, nd, radix);
            return neg ? Negate(r) : r;
        }

        /// <summary>-x for an int.</summary>
        public static PyObject Negate(PyObject x)
        {
            int sign;
            uint[] mag = PyBigInt.MagnitudeOf(x, out sign);
            return PyBigInt.Create(-sign, mag);
        }
    }
}
