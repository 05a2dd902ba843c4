using NanoPython.Runtime;

namespace NanoPython.Text
{
    internal static partial class TextMethods
    {
        internal const int CaseUpper = 0;
        internal const int CaseLower = 1;
        internal const int CaseSwap = 2;
        internal const int CaseCapitalize = 3;
        internal const int CaseTitle = 4;
        internal const int CaseFold = 5;

        internal const int IsDigitKind = 0;
        internal const int IsAlphaKind = 1;
        internal const int IsAlnumKind = 2;
        internal const int IsSpaceKind = 3;
        internal const int IsDecimalKind = 4;
        internal const int IsNumericKind = 5;
        internal const int IsPrintableKind = 6;
        internal const int IsAsciiKind = 7;

        private static PyObject Upper(Interpreter ip, PyObject self)
        {
            return CaseOp(self, CaseUpper);
        }

        private static PyObject Lower(Interpreter ip, PyObject self)
        {
            return CaseOp(self, CaseLower);
        }

        private static PyObject SwapCase(Interpreter ip, PyObject self)
        {
            return CaseOp(self, CaseSwap);
        }

        private static PyObject Capitalize(Interpreter ip, PyObject self)
        {
            return CaseOp(self, CaseCapitalize);
        }

        private static PyObject Title(Interpreter ip, PyObject self)
        {
            return CaseOp(self, CaseTitle);
        }

        /// <summary>
        /// upper, lower, swapcase, capitalize, title and casefold with CPython's full case mappings for str (ß.upper()
        /// is SS, a final Σ lowers to ς) and ASCII-only mappings for bytes.
        /// </summary>
        internal static PyObject CaseOp(PyObject self, int mode)
        {
            TextView v = TextView.Of(self);
            TextBuilder tb = new TextBuilder(v.Length);
            bool previousCased = false;
            for (int i = 0; i < v.Length; )
            {
                int u = v.UnitsAt(i);
                int c = v.CodePointAt(i);
                if (!v.IsStr && c >= 0x80)
                {
                    // bytes only know ASCII letters.
                    tb.Append((char)c);
                    previousCased = false;
                }
                else
                {
                    switch (mode)
                    {
                        case CaseUpper:
                            UnicodeData.AppendUpper(tb, c);
                            break;
                        case CaseLower:
                            AppendLower(v, tb, i, c);
                            break;
                        case CaseSwap:
                            if (UnicodeData.IsUpper(c))
                            {
                                AppendLower(v, tb, i, c);
                            }
                            else if (UnicodeData.IsLower(c))
                            {
                                UnicodeData.AppendUpper(tb, c);
                            }
                            else
                            {
                                tb.AppendCodePoint(c);
                            }

                            break;
                        case CaseCapitalize:
                            if (i == 0)
                            {
                                UnicodeData.AppendTitle(tb, c);
                            }
                            else
                            {
                                AppendLower(v, tb, i, c);
                            }

                            break;
                        case CaseTitle:
                            if (previousCased)
                            {
                                AppendLower(v, tb, i, c);
                            }
                            else
                            {
                                UnicodeData.AppendTitle(tb, c);
                            }

                            previousCased = UnicodeData.IsCased(c);
                            break;
                        default:
                            UnicodeData.AppendFold(tb, c);
                            break;
                    }
                }

                i += u;
            }

            return v.Make(tb);
        }

        // The lowercase of the code point at unit i; a capital sigma at the end of a word becomes a final sigma.
        private static void AppendLower(TextView v, TextBuilder tb, int i, int c)
        {
            if (c == 0x3A3 && v.IsStr && IsFinalSigma(v, i))
            {
                tb.Append('\u03C2');
                return;
            }

            UnicodeData.AppendLower(tb, c);
        }

        // Unicode's Final_Sigma context: a cased letter before (case-ignorable ones skipped), none after.
        private static bool IsFinalSigma(TextView v, int i)
        {
            int j = i;
            bool before = false;
            while (j > 0)
            {
                j -= j >= 2 && v.UnitsAt(j - 2) == 2 ? 2 : 1;
                int p = v.CodePointAt(j);
                if (!IsCaseIgnorable(p))
                {
                    before = UnicodeData.IsCased(p);
                    break;
                }
            }

            if (!before)
            {
                return false;
            }

            for (j = i + 1; j < v.Length; j += v.UnitsAt(j))
            {
                int p = v.CodePointAt(j);
                if (!IsCaseIgnorable(p))
                {
                    return !UnicodeData.IsCased(p);
                }
            }

            return true;
        }

        // The common case-ignorable characters: apostrophes, word-internal punctuation and combining marks.
        private static bool IsCaseIgnorable(int c)
        {
            return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xAD || c == 0xB7 || c == 0x2019
                || (c >= 0x300 && c <= 0x36F);
        }

        private static PyObject IsDigit(Interpreter ip, PyObject self)
        {
            return Classify(self, IsDigitKind);
        }

        private static PyObject IsAlpha(Interpreter ip, PyObject self)
        {
            return Classify(self, IsAlphaKind);
        }

        private static PyObject IsAlnum(Interpreter ip, PyObject self)
        {
            return Classify(self, IsAlnumKind);
        }

        private static PyObject IsSpace(Interpreter ip, PyObject self)
        {
            return Classify(self, IsSpaceKind);
        }

        private static PyObject IsAscii(Interpreter ip, PyObject self)
        {
            return Classify(self, IsAsciiKind);
        }

        /// <summary>
        /// isdigit, isalpha, isalnum, isspace, isdecimal, isnumeric, isprintable, isascii: every code point in the class
        /// (Unicode classes for str, ASCII for bytes); false for an empty receiver except isprintable and isascii.
        /// </summary>
        internal static PyObject Classify(PyObject self, int kind)
        {
            TextView v = TextView.Of(self);
            if (v.Length == 0)
            {
                return PyBool.Of(kind >= IsPrintableKind);
            }

            for (int i = 0; i < v.Length; i += v.UnitsAt(i))
            {
                int c = v.CodePointAt(i);
                if (!v.IsStr && c >= 0x80)
                {
                    return PyBool.False;
                }

                bool ok;
                switch (kind)
                {
                    case IsDigitKind:
                        ok = UnicodeData.IsDigit(c);
                        break;
                    case IsAlphaKind:
                        ok = UnicodeData.IsAlpha(c);
                        break;
                    case IsAlnumKind:
                        ok = UnicodeData.IsAlpha(c) || UnicodeData.IsNumeric(c);
                        break;
                    case IsSpaceKind:
                        ok = v.IsSpace(c);
                        break;
                    case IsDecimalKind:
                        ok = UnicodeData.IsDecimal(c);
                        break;
                    case IsNumericKind:
                        ok = UnicodeData.IsNumeric(c);
                        break;
                    case IsPrintableKind:
                        ok = UnicodeData.IsPrintable(c);
                        break;
                    default:
                        ok = c < 0x80;
                        break;
                }

                if (!ok)
                {
                    return PyBool.False;
                }
            }

            return PyBool.True;
        }

        private static PyObject IsUpper(Interpreter ip, PyObject self)
        {
            return CasedTest(self, 0);
        }

        private static PyObject IsLower(Interpreter ip, PyObject self)
        {
            return CasedTest(self, 1);
        }

        private static PyObject IsTitle(Interpreter ip, PyObject self)
        {
            return CasedTest(self, 2);
        }

        // isupper (mode 0), islower (1), istitle (2): CPython's algorithms over the case properties.
        private static PyObject CasedTest(PyObject self, int mode)
        {
            TextView v = TextView.Of(self);
            bool cased = false;
            bool previousCased = false;
            for (int i = 0; i < v.Length; i += v.UnitsAt(i))
            {
                int c = v.CodePointAt(i);
                if (!v.IsStr && c >= 0x80)
                {
                    previousCased = false;
                    continue;
                }

                bool upper = UnicodeData.IsUpper(c) || UnicodeData.IsTitle(c);
                bool lower = UnicodeData.IsLower(c);
                if (mode == 2)
                {
                    if (upper)
                    {
                        if (previousCased)
                        {
                            return PyBool.False;
                        }

                        previousCased = cased = true;
                    }
                    else if (lower)
                    {
                        if (!previousCased)
                        {
                            return PyBool.False;
                        }

                        previousCased = cased = true;
                    }
                    else
                    {
                        previousCased = false;
                    }
                }
                else if (mode == 0 ? lower || UnicodeData.IsTitle(c) : upper)
                {
                    return PyBool.False;
                }
                else if (mode == 0 ? upper : lower)
                {
                    cased = true;
                }
            }

            return PyBool.Of(cased);
        }
    }
}
