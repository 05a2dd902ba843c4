using NanoPython.Runtime;

namespace NanoPython.Re
{
    /// <summary>
    /// Runs a <see cref="RegexProgram"/> over a text by backtracking, with an explicit stack of backtrack entries
    /// (never the CLR stack, which is small on the device). Two limits turn runaway patterns such as (a*)*b on
    /// "aaaa...c" into a RuntimeError instead of a hang or an out-of-memory: a step budget per operation (a fixed
    /// allowance plus a few steps per character of text, so ordinary searches of long texts pass while exponential
    /// backtracking cannot), and a cap on the backtrack stack.
    /// </summary>
    /// <remarks>
    /// Stack entries are four ints: kind and three operands. Branch (pc, pos) resumes there; Restore (slot, value)
    /// undoes a Save or Mark (a negative slot -1-s names loop slot s); Greedy (next pc, lowest pos, current pos) gives
    /// back one character of a greedy single-character repeat; Lazy (repeat pc, pos, count) takes one more character
    /// of a lazy one. A greedy repeat therefore costs one entry however many characters it took.
    /// </remarks>
    internal sealed class RegexMatcher
    {
        /// <summary>Steps every operation may take, besides <see cref="StepsPerChar"/> per character of text.</summary>
        internal const long BaseSteps = 100000;

        /// <summary>Extra steps per character of the text.</summary>
        internal const long StepsPerChar = 32;

#if NANOPY_HOST
        /// <summary>The most backtrack entries an operation may hold (host: 10,000 entries, 160 KB).</summary>
        internal const int MaxEntries = 10000;
#else
        /// <summary>
        /// The most backtrack entries an operation may hold (device: 1,000 entries, 16 KB, a fifth of an ESP32's heap
        /// without PSRAM; a greedy single-character repeat costs one entry however long, so ordinary patterns stay far
        /// below it).
        /// </summary>
        internal const int MaxEntries = 1000;
#endif

        private const int KindBranch = 0;
        private const int KindRestore = 1;
        private const int KindGreedy = 2;
        private const int KindLazy = 3;

        private readonly RegexProgram _prog;
        private readonly int[] _code;
        private readonly int[] _classes;
        private readonly char[] _text;
        private readonly int _end;
        private readonly bool _ic;
        private readonly bool _ascii;
        private readonly int[] _loops;
        private int[] _stack = new int[64];
        private int _sp;
        private long _steps;
        private readonly long _limit;
        private bool _full;
        private bool _mustAdvance;
        private int _searchStart;

        /// <summary>Group slots of the last successful match: group g spans [Slots[2g], Slots[2g+1]), -1 when unset.</summary>
        internal readonly int[] Slots;

        /// <summary>A matcher of prog over text[0, end).</summary>
        internal RegexMatcher(RegexProgram prog, char[] text, int end)
        {
            _prog = prog;
            _code = prog.Code;
            _classes = prog.Classes;
            _text = text;
            _end = end;
            _ic = prog.IgnoreCase;
            _ascii = prog.Ascii;
            Slots = new int[2 * prog.GroupCount];
            _loops = new int[prog.SlotCount];
            _limit = BaseSteps + StepsPerChar * text.Length;
        }

        /// <summary>Steps taken so far (for tests).</summary>
        internal long Steps
        {
            get { return _steps; }
        }

        /// <summary>
        /// Looks for a match starting at pos or later (only at pos when anchored). full: the match must reach the end;
        /// mustAdvance: an empty match ending at pos does not count (CPython's rule for the next match after an empty
        /// one in sub, split and finditer).
        /// </summary>
        internal bool Search(int pos, bool anchored, bool full, bool mustAdvance)
        {
            _full = full;
            _mustAdvance = mustAdvance;
            _searchStart = pos;
            for (int s = pos; s <= _end; s++)
            {
                if (_prog.Anchored && s != 0)
                {
                    return false;
                }

                if (!anchored && _prog.FirstChar >= 0)
                {
                    while (s < _end && _text[s] != _prog.FirstChar)
                    {
                        s++;
                    }

                    if (s >= _end)
                    {
                        return false;
                    }
                }

                if (TryAt(s))
                {
                    return true;
                }

                if (anchored)
                {
                    return false;
                }
            }

            return false;
        }

        private bool TryAt(int start)
        {
            for (int i = 0; i < Slots.Length; i++)
            {
                Slots[i] = -1;
            }

            for (int i = 0; i < _loops.Length; i++)
            {
                _loops[i] = -1;
            }

            _sp = 0;
            return Execute(0, start);
        }

        /// <summary>Case folding of one character (ASCII only in ASCII mode).</summary>
        internal static int Fold(int c, bool ascii)
        {
            if (c < 128)
            {
                return c >= 'A' && c <= 'Z' ? c + 32 : c;
            }

            // Only non-ASCII characters pay for a string (char has no static ToLower on nanoFramework, no instance one on .NET).
            return ascii ? c : (int)((char)c).ToString().ToLower()[0];
        }

        private static int Upper(int c, bool ascii)
        {
            if (c < 128)
            {
                return c >= 'a' && c <= 'z' ? c - 32 : c;
            }

            return ascii ? c : (int)((char)c).ToString().ToUpper()[0];
        }

        private static PyException StepError()
        {
            return new PyException(PyExc.RuntimeError, "regex match exceeded its step limit");
        }

        private void Push(int kind, int a, int b, int c)
        {
            if (_sp + 4 > _stack.Length)
            {
                if (_stack.Length >= 4 * MaxEntries)
                {
                    throw new PyException(PyExc.RuntimeError, "maximum recursion depth exceeded");
                }

                // Doubling stops at the cap, so the largest stack is 4 * MaxEntries ints, not the next power of two.
                int size = _stack.Length * 2;
                if (size > 4 * MaxEntries)
                {
                    size = 4 * MaxEntries;
                }

                int[] s = new int[size];
                System.Array.Copy(_stack, s, _sp);
                _stack = s;
            }

            _stack[_sp] = kind;
            _stack[_sp + 1] = a;
            _stack[_sp + 2] = b;
            _stack[_sp + 3] = c;
            _sp += 4;
        }

        private bool IsWordAt(int i)
        {
            if (i < 0 || i >= _end)
            {
                return false;
            }

            return InCategory(RegexProgram.CatWord, _text[i]);
        }

        private bool InCategory(int cat, int c)
        {
            bool r;
            switch (cat)
            {
                case RegexProgram.CatDigit:
                case RegexProgram.CatNotDigit:
                    r = c >= '0' && c <= '9';
                    break;
                case RegexProgram.CatWord:
                case RegexProgram.CatNotWord:
                    r = c == '_' || (c >= '0' && c <= '9') || (c < 128 || _ascii ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : StrUtil.IsAlpha(c));
                    break;
                default:
                    r = _ascii || c < 128 ? c == ' ' || (c >= 9 && c <= 13) : StrUtil.IsSpace(c);
                    break;
            }

            // The negated categories are the even numbers.
            return (cat & 1) == 0 ? !r : r;
        }

        private bool InClassRaw(int k, int c)
        {
            int n = _classes[k + 1];
            for (int i = 0; i < n; i++)
            {
                int lo = _classes[k + 2 + 2 * i];
                int hi = _classes[k + 3 + 2 * i];
                if (lo < 0 ? InCategory(hi, c) : c >= lo && c <= hi)
                {
                    return _classes[k] == 0;
                }
            }

            return _classes[k] != 0;
        }

        private bool InClass(int k, int c)
        {
            if (!_ic)
            {
                return InClassRaw(k, c);
            }

            // A negated class must exclude every case of the character; a plain one include any of them.
            bool neg = _classes[k] != 0;
            int lo = Fold(c, _ascii);
            int up = Upper(c, _ascii);
            if (neg)
            {
                return InClassRaw(k, c) && InClassRaw(k, lo) && InClassRaw(k, up);
            }

            return InClassRaw(k, c) || InClassRaw(k, lo) || InClassRaw(k, up);
        }

        // Whether the single-character op at pc accepts c.
        private bool One(int pc, int c)
        {
            switch (_code[pc])
            {
                case RegexProgram.Char:
                    return (_ic ? Fold(c, _ascii) : c) == _code[pc + 1];
                case RegexProgram.Any:
                    return c != '\n';
                case RegexProgram.AnyNl:
                    return true;
                default:
                    return InClass(_code[pc + 1], c);
            }
        }

        // Runs from pc at pos until Match or Succeed (true), or until every backtrack entry pushed since the call is
        // exhausted (false).
        private bool Execute(int pc, int pos)
        {
            int baseSp = _sp;
            int[] code = _code;
            char[] text = _text;
            int end = _end;
            while (true)
            {
                if (++_steps > _limit)
                {
                    throw StepError();
                }

                bool ok = true;
                switch (code[pc])
                {
                    case RegexProgram.Char:
                        if (pos < end && (_ic ? Fold(text[pos], _ascii) : text[pos]) == code[pc + 1])
                        {
                            pos++;
                            pc += 2;
                        }
                        else
                        {
                            ok = false;
                        }

                        break;
                    case RegexProgram.Any:
                    case RegexProgram.AnyNl:
                    case RegexProgram.Class:
                        if (pos < end && One(pc, text[pos]))
                        {
                            pos++;
                            pc += code[pc] == RegexProgram.Class ? 2 : 1;
                        }
                        else
                        {
                            ok = false;
                        }

                        break;
                    case RegexProgram.Split:
                        Push(KindBranch, pc + code[pc + 2], pos, 0);
                        pc += code[pc + 1];
                        break;
                    case RegexProgram.Jmp:
                        pc += code[pc + 1];
                        break;
                    case RegexProgram.Save:
                    {
                        int s = code[pc + 1];
                        Push(KindRestore, s, Slots[s], 0);
                        Slots[s] = pos;
                        pc += 2;
                        break;
                    }

                    case RegexProgram.Mark:
                    {
                        int s = code[pc + 1];
                        Push(KindRestore, -1 - s, _loops[s], 0);
                        _loops[s] = pos;
                        pc += 2;
                        break;
                    }

                    case RegexProgram.Loop:
                        if (pos == _loops[code[pc + 1]])
                        {
                            // An iteration that consumed nothing ends the loop (else (a*)* would never stop).
                            pc += 4;
                        }
                        else if (code[pc + 3] == 0)
                        {
                            Push(KindBranch, pc + 4, pos, 0);
                            pc += code[pc + 2];
                        }
                        else
                        {
                            Push(KindBranch, pc + code[pc + 2], pos, 0);
                            pc += 4;
                        }

                        break;
                    case RegexProgram.Repeat:
                        ok = Repeat(ref pc, ref pos);
                        break;
                    case RegexProgram.Bol:
                    case RegexProgram.StrBeg:
                        ok = pos == 0;
                        pc++;
                        break;
                    case RegexProgram.MBol:
                        ok = pos == 0 || text[pos - 1] == '\n';
                        pc++;
                        break;
                    case RegexProgram.Eol:
                        ok = pos == end || (pos == end - 1 && text[pos] == '\n');
                        pc++;
                        break;
                    case RegexProgram.MEol:
                        ok = pos == end || text[pos] == '\n';
                        pc++;
                        break;
                    case RegexProgram.StrEnd:
                        ok = pos == end;
                        pc++;
                        break;
                    case RegexProgram.WordB:
                        ok = IsWordAt(pos - 1) != IsWordAt(pos);
                        pc++;
                        break;
                    case RegexProgram.NotWordB:
                        ok = IsWordAt(pos - 1) == IsWordAt(pos);
                        pc++;
                        break;
                    case RegexProgram.BackRef:
                        ok = BackRef(code[pc + 1], ref pos);
                        pc += 2;
                        break;
                    case RegexProgram.Look:
                        ok = Look(pc, pos);
                        pc += 3 + code[pc + 2];
                        break;
                    case RegexProgram.Succeed:
                        return true;
                    default:
                        if ((_full && pos != end) || (_mustAdvance && pos == _searchStart))
                        {
                            ok = false;
                            break;
                        }

                        return true;
                }

                if (!ok && !Backtrack(ref pc, ref pos, baseSp))
                {
                    return false;
                }
            }
        }

        // A single-character repeat at pc (see the program format).
        private bool Repeat(ref int pc, ref int pos)
        {
            int min = _code[pc + 1];
            int max = _code[pc + 2];
            int op = pc + 5;
            int next = op + _code[pc + 4];
            int p = pos;
            if (_code[pc + 3] == 0)
            {
                int limit = max < 0 || max > _end - pos ? _end : pos + max;
                while (p < limit && One(op, _text[p]))
                {
                    p++;
                }

                _steps += p - pos;
                if (p - pos < min)
                {
                    return false;
                }

                if (p - pos > min)
                {
                    Push(KindGreedy, next, pos + min, p);
                }
            }
            else
            {
                for (int k = 0; k < min; k++)
                {
                    if (p >= _end || !One(op, _text[p]))
                    {
                        return false;
                    }

                    p++;
                }

                Push(KindLazy, pc, p, min);
            }

            pos = p;
            pc = next;
            return true;
        }

        private bool BackRef(int g, ref int pos)
        {
            int s = Slots[2 * g];
            int e = Slots[2 * g + 1];
            if (s < 0 || e < s)
            {
                return false;
            }

            int len = e - s;
            if (pos + len > _end)
            {
                return false;
            }

            for (int i = 0; i < len; i++)
            {
                int a = _text[s + i];
                int b = _text[pos + i];
                if (a != b && (!_ic || Fold(a, _ascii) != Fold(b, _ascii)))
                {
                    return false;
                }
            }

            pos += len;
            return true;
        }

        // A lookahead at pc: runs its body at pos on the same stack. A positive one keeps the captures it made (their
        // undo entries stay) but none of its alternatives; a negative one undoes everything.
        private bool Look(int pc, int pos)
        {
            int saveSp = _sp;
            bool matched = Execute(pc + 3, pos);
            bool negate = _code[pc + 1] != 0;
            if (!matched)
            {
                return negate;
            }

            if (negate)
            {
                Unwind(saveSp);
                return false;
            }

            int w = saveSp;
            for (int r = saveSp; r < _sp; r += 4)
            {
                if (_stack[r] == KindRestore)
                {
                    _stack[w] = KindRestore;
                    _stack[w + 1] = _stack[r + 1];
                    _stack[w + 2] = _stack[r + 2];
                    w += 4;
                }
            }

            _sp = w;
            return true;
        }

        // Pops entries down to sp, undoing saves on the way.
        private void Unwind(int sp)
        {
            while (_sp > sp)
            {
                _sp -= 4;
                if (_stack[_sp] == KindRestore)
                {
                    Restore(_stack[_sp + 1], _stack[_sp + 2]);
                }
            }
        }

        private void Restore(int slot, int value)
        {
            if (slot >= 0)
            {
                Slots[slot] = value;
            }
            else
            {
                _loops[-1 - slot] = value;
            }
        }

        // Resumes at the most recent alternative above baseSp; false when there is none.
        private bool Backtrack(ref int pc, ref int pos, int baseSp)
        {
            while (_sp > baseSp)
            {
                if (++_steps > _limit)
                {
                    throw StepError();
                }

                _sp -= 4;
                int a = _stack[_sp + 1];
                int b = _stack[_sp + 2];
                int c = _stack[_sp + 3];
                switch (_stack[_sp])
                {
                    case KindBranch:
                        pc = a;
                        pos = b;
                        return true;
                    case KindRestore:
                        Restore(a, b);
                        break;
                    case KindGreedy:
                    {
                        int cur = c - 1;

                        // A literal after the repeat: give back straight to a position where it can match.
                        if (_code[a] == RegexProgram.Char && !_ic)
                        {
                            int lit = _code[a + 1];
                            while (cur >= b && (cur >= _end || _text[cur] != lit))
                            {
                                cur--;
                            }
                        }

                        if (cur < b)
                        {
                            break;
                        }

                        if (cur > b)
                        {
                            Push(KindGreedy, a, b, cur);
                        }

                        pc = a;
                        pos = cur;
                        return true;
                    }

                    default:
                    {
                        int max = _code[a + 2];
                        int op = a + 5;
                        if ((max >= 0 && c >= max) || b >= _end || !One(op, _text[b]))
                        {
                            break;
                        }

                        Push(KindLazy, a, b + 1, c + 1);
                        pc = op + _code[a + 4];
                        pos = b + 1;
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
