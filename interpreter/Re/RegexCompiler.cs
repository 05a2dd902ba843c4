using System.Collections;
using NanoPython.Runtime;

namespace NanoPython.Re
{
    /// <summary>
    /// Compiles a regular expression into a <see cref="RegexProgram"/> in one recursive-descent pass. Syntax: literals,
    /// '.', classes [a-z] [^...] with \d \w \s inside, \d \D \w \W \s \S, anchors ^ $ \A \Z \b \B, groups (...),
    /// (?:...), (?P&lt;name&gt;...), (?P=name), lookaheads (?=...) (?!...), comments (?#...), leading inline flags
    /// (?aimsu), alternation, and * + ? {m} {m,} {,n} {m,n}, each greedy or lazy (?), and backreferences \1..\99.
    /// Errors are ValueError (MicroPython's re raises ValueError too; CPython's re.error).
    /// </summary>
    internal sealed class RegexCompiler
    {
        /// <summary>re.IGNORECASE.</summary>
        internal const int FlagIgnoreCase = 2;

        /// <summary>re.MULTILINE.</summary>
        internal const int FlagMultiline = 8;

        /// <summary>re.DOTALL.</summary>
        internal const int FlagDotAll = 16;

        /// <summary>re.UNICODE (the default for str patterns).</summary>
        internal const int FlagUnicode = 32;

        /// <summary>re.ASCII.</summary>
        internal const int FlagAscii = 256;

        // Guards against patterns whose counted repetitions expand into huge programs.
        private const int MaxCodeWords = 32768;
        private const int MaxRepeat = 65535;

        // What an atom turned out to be, for the quantifier that may follow it.
        private const int KindNone = 0;
        private const int KindSingle = 1;
        private const int KindAssert = 2;
        private const int KindComplex = 3;

        private readonly char[] _p;
        private int _i;
        private int[] _code = new int[32];
        private int _n;
        private int[] _classes = new int[16];
        private int _nc;
        private int _groups = 1;
        private int _loops;
        private readonly ArrayList _names = new ArrayList();
        private int _flags;

        // Nesting of groups being parsed: the parser recurses once per level, and the device's stack is small.
        private int _depth;
        private const int MaxDepth = 100;
        private readonly bool _bytes;

        private RegexCompiler(string pattern, int flags, bool bytes)
        {
            _p = pattern.ToCharArray();
            _flags = flags;
            _bytes = bytes;
            _names.Add(null);
        }

        /// <summary>Compiles a pattern (the chars of a str, or the bytes of a bytes pattern as chars 0-255).</summary>
        internal static RegexProgram Compile(string pattern, int flags, bool bytes)
        {
            return new RegexCompiler(pattern, flags, bytes).Run();
        }

        private static PyException Error(string msg)
        {
            return new PyException(PyExc.ValueError, msg);
        }

        private RegexProgram Run()
        {
            ParseLeadingFlags();
            Emit2(RegexProgram.Save, 0);
            ParseAlt();
            if (_i < _p.Length)
            {
                throw Error("unbalanced parenthesis at position " + _i);
            }

            Emit2(RegexProgram.Save, 1);
            Emit1(RegexProgram.Match);
            RegexProgram prog = new RegexProgram();
            prog.Code = new int[_n];
            System.Array.Copy(_code, prog.Code, _n);
            prog.Classes = new int[_nc];
            System.Array.Copy(_classes, prog.Classes, _nc);
            prog.GroupCount = _groups;
            prog.SlotCount = _loops;
            prog.GroupNames = new string[_groups];
            for (int g = 0; g < _groups; g++)
            {
                prog.GroupNames[g] = (string)_names[g];
            }

            prog.Flags = _flags;
            prog.IgnoreCase = (_flags & FlagIgnoreCase) != 0;
            prog.Ascii = _bytes || (_flags & FlagAscii) != 0;
            FindPrefix(prog);
            return prog;
        }

        // Lets a search skip positions: an anchored start, or a literal first character.
        private void FindPrefix(RegexProgram prog)
        {
            int pc = 2;
            int op = _code[pc];
            if (op == RegexProgram.Bol || op == RegexProgram.StrBeg)
            {
                prog.Anchored = true;
            }
            else if (!prog.IgnoreCase && op == RegexProgram.Char)
            {
                prog.FirstChar = _code[pc + 1];
            }
            else if (!prog.IgnoreCase && op == RegexProgram.Repeat && _code[pc + 1] > 0 && _code[pc + 5] == RegexProgram.Char)
            {
                prog.FirstChar = _code[pc + 6];
            }
        }

        // ---- code buffer ----

        private void Reserve(int words)
        {
            if (_n + words > _code.Length)
            {
                if (_n + words > MaxCodeWords)
                {
                    throw Error("pattern too large");
                }

                int[] c = new int[(_n + words) * 2];
                System.Array.Copy(_code, c, _n);
                _code = c;
            }
        }

        private void Emit1(int a)
        {
            Reserve(1);
            _code[_n++] = a;
        }

        private void Emit2(int a, int b)
        {
            Reserve(2);
            _code[_n++] = a;
            _code[_n++] = b;
        }

        private void Emit3(int a, int b, int c)
        {
            Reserve(3);
            _code[_n++] = a;
            _code[_n++] = b;
            _code[_n++] = c;
        }

        private void EmitBlock(int[] block)
        {
            Reserve(block.Length);
            System.Array.Copy(block, 0, _code, _n, block.Length);
            _n += block.Length;
        }

        // Takes code[start, n) out of the buffer (to re-emit it with a loop or alternation head in front).
        private int[] Cut(int start)
        {
            int[] block = new int[_n - start];
            System.Array.Copy(_code, start, block, 0, block.Length);
            _n = start;
            return block;
        }

        // ---- parsing ----

        private bool More
        {
            get { return _i < _p.Length; }
        }

        private char Peek
        {
            get { return _p[_i]; }
        }

        private void ParseLeadingFlags()
        {
            while (_i + 2 < _p.Length && _p[_i] == '(' && _p[_i + 1] == '?' && FlagBit(_p[_i + 2]) != 0)
            {
                int j = _i + 2;
                int f = 0;
                while (j < _p.Length && FlagBit(_p[j]) != 0)
                {
                    f |= FlagBit(_p[j]);
                    j++;
                }

                if (j >= _p.Length || _p[j] != ')')
                {
                    throw Error("missing ), unterminated flags at position " + _i);
                }

                _flags |= f;
                _i = j + 1;
            }
        }

        private static int FlagBit(char c)
        {
            switch (c)
            {
                case 'i':
                    return FlagIgnoreCase;
                case 'm':
                    return FlagMultiline;
                case 's':
                    return FlagDotAll;
                case 'u':
                    return FlagUnicode;
                case 'a':
                    return FlagAscii;
            }

            return 0;
        }

        private void ParseAlt()
        {
            if (++_depth > MaxDepth)
            {
                throw Error("too many nested groups");
            }

            ParseAltBody();
            _depth--;
        }

        private void ParseAltBody()
        {
            int altStart = _n;
            int[] jumps = null;
            int nj = 0;
            ParseSeq();
            while (More && Peek == '|')
            {
                _i++;

                // Split(try this alternative, else the next one) in front of the alternative, a jump to the end after.
                int[] alt = Cut(altStart);
                Emit3(RegexProgram.Split, 3, 3 + alt.Length + 2);
                EmitBlock(alt);
                if (jumps == null || nj == jumps.Length)
                {
                    int[] j = new int[nj * 2 + 4];
                    if (jumps != null)
                    {
                        System.Array.Copy(jumps, j, nj);
                    }

                    jumps = j;
                }

                jumps[nj++] = _n;
                Emit2(RegexProgram.Jmp, 0);
                altStart = _n;
                ParseSeq();
            }

            for (int k = 0; k < nj; k++)
            {
                _code[jumps[k] + 1] = _n - jumps[k];
            }
        }

        private void ParseSeq()
        {
            while (More && Peek != '|' && Peek != ')')
            {
                int start = _n;
                int kind = ParseAtom();
                if (!More)
                {
                    return;
                }

                int min, max;
                if (!ParseQuantifier(out min, out max))
                {
                    continue;
                }

                if (kind == KindNone || kind == KindAssert)
                {
                    throw Error("nothing to repeat at position " + (_i - 1));
                }

                bool lazy = false;
                if (More && Peek == '?')
                {
                    lazy = true;
                    _i++;
                }

                if (kind == KindSingle)
                {
                    int[] op = Cut(start);
                    Reserve(5 + op.Length);
                    _code[_n++] = RegexProgram.Repeat;
                    _code[_n++] = min;
                    _code[_n++] = max;
                    _code[_n++] = lazy ? 1 : 0;
                    _code[_n++] = op.Length;
                    EmitBlock(op);
                }
                else
                {
                    EmitRepeat(Cut(start), min, max, lazy);
                }

                int m2, x2;
                int save = _i;
                if (More && ParseQuantifier(out m2, out x2))
                {
                    throw Error("multiple repeat at position " + save);
                }
            }
        }

        // body{min,max}: min copies, then a loop (unbounded) or max - min optional copies.
        private void EmitRepeat(int[] body, int min, int max, bool lazy)
        {
            int copies = max < 0 && min > 0 ? min - 1 : min;
            for (int k = 0; k < copies; k++)
            {
                EmitBlock(body);
            }

            if (max < 0)
            {
                int slot = _loops++;
                if (min == 0)
                {
                    // The loop may run zero times: a split in front.
                    int skip = 3 + 2 + body.Length + 4;
                    Emit3(RegexProgram.Split, lazy ? skip : 3, lazy ? 3 : skip);
                }

                int head = _n;
                Emit2(RegexProgram.Mark, slot);
                EmitBlock(body);
                Reserve(4);
                _code[_n] = RegexProgram.Loop;
                _code[_n + 1] = slot;
                _code[_n + 2] = head - _n;
                _code[_n + 3] = lazy ? 1 : 0;
                _n += 4;
                return;
            }

            int optional = max - min;
            int end = _n + optional * (3 + body.Length);
            for (int k = 0; k < optional; k++)
            {
                int split = _n;
                Emit3(RegexProgram.Split, lazy ? end - split : 3, lazy ? 3 : end - split);
                EmitBlock(body);
            }
        }

        // *, +, ?, {m}, {m,}, {,n}, {m,n}; false (and nothing consumed) when there is none.
        private bool ParseQuantifier(out int min, out int max)
        {
            min = 0;
            max = -1;
            char c = Peek;
            if (c == '*')
            {
                _i++;
                return true;
            }

            if (c == '+')
            {
                _i++;
                min = 1;
                return true;
            }

            if (c == '?')
            {
                _i++;
                max = 1;
                return true;
            }

            if (c != '{')
            {
                return false;
            }

            // A brace that does not form a valid repeat is a literal '{', as in CPython.
            int j = _i + 1;
            int lo = ReadNumber(ref j);
            int hi;
            if (j < _p.Length && _p[j] == ',')
            {
                j++;
                hi = ReadNumber(ref j);
            }
            else
            {
                if (lo < 0)
                {
                    return false;
                }

                hi = lo;
            }

            if (j >= _p.Length || _p[j] != '}')
            {
                return false;
            }

            _i = j + 1;
            min = lo < 0 ? 0 : lo;
            max = hi;
            if (min > MaxRepeat || max > MaxRepeat)
            {
                throw Error("the repetition number is too large");
            }

            if (max >= 0 && max < min)
            {
                throw Error("min repeat greater than max repeat");
            }

            return true;
        }

        // Decimal digits at j, or -1 when there are none.
        private int ReadNumber(ref int j)
        {
            int v = -1;
            while (j < _p.Length && _p[j] >= '0' && _p[j] <= '9')
            {
                v = (v < 0 ? 0 : v * 10) + (_p[j] - '0');
                if (v > 10 * MaxRepeat)
                {
                    v = 10 * MaxRepeat;
                }

                j++;
            }

            return v;
        }

        private int Fold(int c)
        {
            return (_flags & FlagIgnoreCase) != 0 ? RegexMatcher.Fold(c, _bytes || (_flags & FlagAscii) != 0) : c;
        }

        private int ParseAtom()
        {
            char c = _p[_i++];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    Emit2(RegexProgram.Class, ParseClass());
                    return KindSingle;
                case '.':
                    Emit1((_flags & FlagDotAll) != 0 ? RegexProgram.AnyNl : RegexProgram.Any);
                    return KindSingle;
                case '^':
                    Emit1((_flags & FlagMultiline) != 0 ? RegexProgram.MBol : RegexProgram.Bol);
                    return KindAssert;
                case '$':
                    Emit1((_flags & FlagMultiline) != 0 ? RegexProgram.MEol : RegexProgram.Eol);
                    return KindAssert;
                case '\\':
                    return ParseEscape();
                case '*':
                case '+':
                case '?':
                    throw Error("nothing to repeat at position " + (_i - 1));
                case '{':
                {
                    _i--;
                    int min, max;
                    if (ParseQuantifier(out min, out max))
                    {
                        throw Error("nothing to repeat at position " + _i);
                    }

                    _i++;
                    Emit2(RegexProgram.Char, '{');
                    return KindSingle;
                }
            }

            Emit2(RegexProgram.Char, Fold(c));
            return KindSingle;
        }

        private int ParseGroup()
        {
            if (More && Peek == '?')
            {
                _i++;
                if (!More)
                {
                    throw Error("unexpected end of pattern");
                }

                char k = _p[_i++];
                if (k == ':')
                {
                    ParseAlt();
                    ExpectClose();
                    return KindComplex;
                }

                if (k == '=' || k == '!')
                {
                    int look = _n;
                    Emit3(RegexProgram.Look, k == '!' ? 1 : 0, 0);
                    ParseAlt();
                    ExpectClose();
                    Emit1(RegexProgram.Succeed);
                    _code[look + 2] = _n - look - 3;
                    return KindAssert;
                }

                if (k == '#')
                {
                    while (More && Peek != ')')
                    {
                        _i++;
                    }

                    ExpectClose();
                    return KindNone;
                }

                if (k == 'P' && More && Peek == '<')
                {
                    _i++;
                    string name = ReadName('>');
                    for (int g = 1; g < _names.Count; g++)
                    {
                        if ((string)_names[g] == name)
                        {
                            throw Error("redefinition of group name '" + name + "'");
                        }
                    }

                    return ParseCapture(name);
                }

                if (k == 'P' && More && Peek == '=')
                {
                    _i++;
                    string name = ReadName(')');
                    for (int g = 1; g < _names.Count; g++)
                    {
                        if ((string)_names[g] == name)
                        {
                            Emit2(RegexProgram.BackRef, g);
                            return KindComplex;
                        }
                    }

                    throw Error("unknown group name '" + name + "'");
                }

                if (k == '<')
                {
                    throw Error("look-behind is not supported");
                }

                throw Error("unknown extension ?" + k + " at position " + (_i - 2));
            }

            return ParseCapture(null);
        }

        private int ParseCapture(string name)
        {
            int g = _groups++;
            _names.Add(name);
            Emit2(RegexProgram.Save, 2 * g);
            ParseAlt();
            ExpectClose();
            Emit2(RegexProgram.Save, 2 * g + 1);
            return KindComplex;
        }

        private string ReadName(char end)
        {
            int start = _i;
            while (More && Peek != end)
            {
                _i++;
            }

            if (!More)
            {
                throw Error("missing " + end + ", unterminated name");
            }

            string name = new string(_p, start, _i - start);
            _i++;
            if (!StrUtil.IsIdentifier(name))
            {
                throw Error("bad character in group name '" + name + "'");
            }

            return name;
        }

        private void ExpectClose()
        {
            if (!More || Peek != ')')
            {
                throw Error("missing ), unterminated subpattern");
            }

            _i++;
        }

        private int ParseEscape()
        {
            if (!More)
            {
                throw Error("bad escape (end of pattern)");
            }

            char c = _p[_i];
            int cat = Category(c);
            if (cat != 0)
            {
                _i++;
                int k = NewClass(false);
                AddClassItem(-1, cat);
                EndClass(k);
                Emit2(RegexProgram.Class, k);
                return KindSingle;
            }

            switch (c)
            {
                case 'b':
                    _i++;
                    Emit1(RegexProgram.WordB);
                    return KindAssert;
                case 'B':
                    _i++;
                    Emit1(RegexProgram.NotWordB);
                    return KindAssert;
                case 'A':
                    _i++;
                    Emit1(RegexProgram.StrBeg);
                    return KindAssert;
                case 'Z':
                    _i++;
                    Emit1(RegexProgram.StrEnd);
                    return KindAssert;
            }

            if (c >= '1' && c <= '9')
            {
                // \1 to \99 refer to groups; three octal digits are a character.
                if (_i + 2 < _p.Length && c <= '7' && IsOctal(_p[_i + 1]) && IsOctal(_p[_i + 2]))
                {
                    Emit2(RegexProgram.Char, Fold(ReadEscapedChar(false)));
                    return KindSingle;
                }

                int g = c - '0';
                _i++;
                if (More && Peek >= '0' && Peek <= '9')
                {
                    g = g * 10 + (_p[_i++] - '0');
                }

                if (g >= _groups)
                {
                    throw Error("invalid group reference " + g + " at position " + (_i - 2));
                }

                Emit2(RegexProgram.BackRef, g);
                return KindComplex;
            }

            Emit2(RegexProgram.Char, Fold(ReadEscapedChar(false)));
            return KindSingle;
        }

        private static bool IsOctal(char c)
        {
            return c >= '0' && c <= '7';
        }

        private static int Category(char c)
        {
            switch (c)
            {
                case 'd':
                    return RegexProgram.CatDigit;
                case 'D':
                    return RegexProgram.CatNotDigit;
                case 'w':
                    return RegexProgram.CatWord;
                case 'W':
                    return RegexProgram.CatNotWord;
                case 's':
                    return RegexProgram.CatSpace;
                case 'S':
                    return RegexProgram.CatNotSpace;
            }

            return 0;
        }

        // The character of an escape at _i (after the backslash); inClass: \b is a backspace.
        private int ReadEscapedChar(bool inClass)
        {
            char c = _p[_i++];
            switch (c)
            {
                case 'n':
                    return '\n';
                case 't':
                    return '\t';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'v':
                    return '\v';
                case 'a':
                    return 7;
                case 'b':
                    if (inClass)
                    {
                        return 8;
                    }

                    break;
                case 'x':
                    return ReadHex(2);
                case 'u':
                    if (!_bytes)
                    {
                        return ReadHex(4);
                    }

                    break;
                case 'U':
                    if (!_bytes)
                    {
                        int v = ReadHex(8);
                        if (v > 0xFFFF)
                        {
                            throw Error("characters outside the Basic Multilingual Plane are not supported in patterns");
                        }

                        return v;
                    }

                    break;
            }

            if (c >= '0' && c <= '7')
            {
                int v = c - '0';
                for (int k = 0; k < 2 && More && IsOctal(Peek); k++)
                {
                    v = v * 8 + (_p[_i++] - '0');
                }

                return v;
            }

            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            {
                throw Error("bad escape \\" + c + " at position " + (_i - 2));
            }

            return c;
        }

        private int ReadHex(int digits)
        {
            int v = 0;
            for (int k = 0; k < digits; k++)
            {
                int d = More ? StrUtil.DigitValue(_p[_i]) : -1;
                if (d < 0 || d > 15)
                {
                    throw Error("incomplete escape at position " + (_i - 1));
                }

                v = (v << 4) | d;
                _i++;
            }

            return v;
        }

        // ---- classes ----

        private int NewClass(bool negate)
        {
            int k = _nc;
            AddClassWord(negate ? 1 : 0);
            AddClassWord(0);
            return k;
        }

        private void AddClassWord(int w)
        {
            if (_nc == _classes.Length)
            {
                int[] c = new int[_nc * 2];
                System.Array.Copy(_classes, c, _nc);
                _classes = c;
            }

            _classes[_nc++] = w;
        }

        private void AddClassItem(int lo, int hi)
        {
            AddClassWord(lo);
            AddClassWord(hi);
        }

        private void EndClass(int k)
        {
            _classes[k + 1] = (_nc - k - 2) / 2;
        }

        // [...] after the '['; returns the class offset.
        private int ParseClass()
        {
            bool negate = false;
            if (More && Peek == '^')
            {
                negate = true;
                _i++;
            }

            int k = NewClass(negate);
            bool first = true;
            while (true)
            {
                if (!More)
                {
                    throw Error("unterminated character set");
                }

                char c = _p[_i];
                if (c == ']' && !first)
                {
                    _i++;
                    break;
                }

                first = false;
                int lo;
                _i++;
                if (c == '\\')
                {
                    if (!More)
                    {
                        throw Error("unterminated character set");
                    }

                    int cat = Category(Peek);
                    if (cat != 0)
                    {
                        _i++;
                        AddClassItem(-1, cat);
                        continue;
                    }

                    lo = ReadEscapedChar(true);
                }
                else
                {
                    lo = c;
                }

                int hi = lo;
                if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
                {
                    _i++;
                    char d = _p[_i++];
                    if (d == '\\')
                    {
                        if (!More || Category(Peek) != 0)
                        {
                            throw Error("bad character range");
                        }

                        hi = ReadEscapedChar(true);
                    }
                    else
                    {
                        hi = d;
                    }

                    if (hi < lo)
                    {
                        throw Error("bad character range");
                    }
                }

                AddClassItem(lo, hi);
            }

            EndClass(k);
            return k;
        }
    }
}
