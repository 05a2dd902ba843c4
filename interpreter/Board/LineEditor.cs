using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// MicroPython's line editor (shared/readline/readline.c) byte for byte: one byte in, the echo out. It edits the
    /// last line of a buffer that may hold earlier lines of a compound statement, keeps an 8-entry history, understands
    /// VT100 keys (arrows, Home/End, Delete) and the Emacs keys of the ESP32 build (Ctrl-A/E home/end on a non-empty
    /// line, Ctrl-B/F left/right, Ctrl-D delete, Ctrl-K, Ctrl-U, Ctrl-W, Ctrl-N/P history, Alt-B/F/D/Backspace words),
    /// auto-indents after a line ending in ':' and completes names with TAB (<see cref="Completer"/>).
    /// <para>
    /// Redrawing follows readline.c: each key computes "cursor back n, redraw from the cursor, cursor forward n"
    /// and emits the fewest bytes for it ("\b" for up to 4 columns, else "ESC [ n D"; "ESC [ K" erases a shortened tail).
    /// </para>
    /// </summary>
    public sealed class LineEditor
    {
        /// <summary><see cref="Process"/>: the line is not finished.</summary>
        public const int Continue = -1;

        /// <summary><see cref="Process"/>: Enter was pressed ("\r\n" echoed, line in history).</summary>
        public const int Enter = 0;

        /// <summary>Ctrl-A: raw REPL when the line is empty.</summary>
        public const int CtrlA = 1;

        /// <summary>Ctrl-B: friendly banner when the line is empty.</summary>
        public const int CtrlB = 2;

        /// <summary>Ctrl-C: cancel.</summary>
        public const int CtrlC = 3;

        /// <summary>Ctrl-D: soft reset (or end of a compound statement) when the line is empty.</summary>
        public const int CtrlD = 4;

        /// <summary>Ctrl-E: paste mode when the line is empty.</summary>
        public const int CtrlE = 5;

        /// <summary>Entries of the history (MICROPY_READLINE_HISTORY_SIZE).</summary>
        public const int HistorySize = 8;

        private const int EscNone = 0;
        private const int EscStart = 1;
        private const int EscBracket = 2;
        private const int EscBracketDigit = 3;
        private const int EscO = 4;

        private static readonly byte[] s_spaces = new byte[] { 32, 32, 32, 32 };
        private static readonly byte[] s_backspaces = new byte[] { 8, 8, 8, 8 };
        private static readonly byte[] s_eraseToEnd = new byte[] { 27, (byte)'[', (byte)'K' };

        private readonly ConsoleOutput _out;
        private readonly Completer _completer;
        private readonly byte[][] _history = new byte[HistorySize][];
        private byte[] _buf = new byte[64];
        private int _len;
        private int _origLen;
        private int _cursor;
        private int _histCur = -1;
        private int _escape;
        private int _escDigit;
        private int _autoIndentJustAdded;
        private byte[] _prompt = new byte[0];

        /// <summary>An editor echoing to output and completing names with completer (may be null: TAB then inserts spaces only).</summary>
        public LineEditor(ConsoleOutput output, Completer completer)
        {
            _out = output;
            _completer = completer;
        }

        /// <summary>Length in bytes of the line being edited (without the earlier lines of the buffer).</summary>
        public int LineLength
        {
            get { return _len - _origLen; }
        }

        /// <summary>Length in bytes of the whole buffer.</summary>
        public int Length
        {
            get { return _len; }
        }

        /// <summary>Empties the buffer (a new statement starts).</summary>
        public void Reset()
        {
            _len = 0;
            _origLen = 0;
            _cursor = 0;
        }

        /// <summary>Forgets the history (soft reset: MicroPython's readline_init0).</summary>
        public void ClearHistory()
        {
            for (int i = 0; i < HistorySize; i++)
            {
                _history[i] = null;
            }
        }

        /// <summary>Appends a byte to the buffer without echo (the "\n" between the lines of a compound statement).</summary>
        public void Append(int b)
        {
            Insert(_len, (byte)b);
        }

        /// <summary>
        /// Starts editing a new line at the end of the buffer: prints the prompt and, when the buffer ends a line,
        /// MicroPython's auto-indent (readline_init and readline_auto_indent).
        /// </summary>
        public void Begin(string prompt)
        {
            _origLen = _len;
            _cursor = _len;
            _escape = EscNone;
            _histCur = -1;
            _autoIndentJustAdded = 0;
            _prompt = StrUtil.EncodeUtf8(prompt);
            _out.WriteRaw(_prompt, 0, _prompt.Length);
            AutoIndent();
        }

        /// <summary>The whole buffer as text.</summary>
        public string Text()
        {
            int err;
            return StrUtil.DecodeUtf8(_buf, 0, _len, false, out err);
        }

        /// <summary>The line being edited as text.</summary>
        public string CurrentLine()
        {
            int err;
            return StrUtil.DecodeUtf8(_buf, _origLen, _len - _origLen, false, out err);
        }

        /// <summary>
        /// Processes one received byte: <see cref="Continue"/>, <see cref="Enter"/>, or a control character the caller
        /// handles (Ctrl-A..Ctrl-E on an empty line, Ctrl-C on any line).
        /// </summary>
        public int Process(int c)
        {
            int lastLen = _len;
            int stepBack = 0;
            bool fromCursor = false;
            int stepForward = 0;
            int justAdded = _autoIndentJustAdded;
            _autoIndentJustAdded = 0;
            if (_escape == EscNone)
            {
                if (justAdded > 0 && (c == 9 || c == 32))
                {
                    // TAB or space right after an auto-indent: the text brings its own indentation (it is being
                    // pasted), so the auto-indent is taken back before the key is processed.
                    Cut(_cursor - justAdded, justAdded);
                    MoveBack(justAdded);
                    _cursor -= justAdded;
                }

                if (c >= CtrlA && c <= CtrlE && _len == _origLen)
                {
                    return c;
                }

                switch (c)
                {
                    case 1:
                        stepBack = _cursor - _origLen;
                        break;
                    case 2:
                        stepBack = _cursor > _origLen ? 1 : 0;
                        break;
                    case 3:
                        return c;
                    case 4:
                        fromCursor = DeleteAtCursor();
                        break;
                    case 5:
                        stepForward = _len - _cursor;
                        break;
                    case 6:
                        stepForward = _cursor < _len ? 1 : 0;
                        break;
                    case 11:
                        Cut(_cursor, _len - _cursor);
                        fromCursor = true;
                        break;
                    case 14:
                        HistoryDown(ref stepBack, ref fromCursor, ref stepForward);
                        break;
                    case 16:
                        HistoryUp(ref stepBack, ref fromCursor, ref stepForward);
                        break;
                    case 21:
                        stepBack = _cursor - _origLen;
                        Cut(_origLen, stepBack);
                        fromCursor = true;
                        break;
                    case 23:
                        stepBack = KillWordBackward();
                        fromCursor = true;
                        break;
                    case 13:
                        _out.WriteRaw(new byte[] { 13, 10 }, 0, 2);
                        PushHistory();
                        return Enter;
                    case 27:
                        _escape = EscStart;
                        break;
                    case 8:
                    case 127:
                        if (_cursor > _origLen)
                        {
                            int n = BackspaceWidth();
                            Cut(_cursor - n, n);
                            stepBack = n;
                            fromCursor = true;
                        }

                        break;
                    case 9:
                        Tab(ref fromCursor, ref stepForward);
                        break;
                    default:
                        if ((c >= 32 && c <= 126) || c >= 128)
                        {
                            // Bytes from 128 are UTF-8 sequences: kept so that non-ASCII text can be typed.
                            Insert(_cursor, (byte)c);
                            fromCursor = true;
                            stepForward = 1;
                        }

                        break;
                }
            }
            else if (_escape == EscStart)
            {
                _escape = EscNone;
                switch (c)
                {
                    case '[':
                        _escape = EscBracket;
                        break;
                    case 'O':
                        _escape = EscO;
                        break;
                    case 'b':
                        stepBack = WordLength(false);
                        break;
                    case 'f':
                        stepForward = WordLength(true);
                        break;
                    case 'd':
                        Cut(_cursor, WordLength(true));
                        fromCursor = true;
                        break;
                    case 127:
                        stepBack = KillWordBackward();
                        fromCursor = true;
                        break;
                }
            }
            else if (_escape == EscBracket)
            {
                _escape = EscNone;
                if (c >= '0' && c <= '9')
                {
                    _escape = EscBracketDigit;
                    _escDigit = c;
                }
                else if (c == 'A')
                {
                    HistoryUp(ref stepBack, ref fromCursor, ref stepForward);
                }
                else if (c == 'B')
                {
                    HistoryDown(ref stepBack, ref fromCursor, ref stepForward);
                }
                else if (c == 'C')
                {
                    stepForward = _cursor < _len ? 1 : 0;
                }
                else if (c == 'D')
                {
                    stepBack = _cursor > _origLen ? 1 : 0;
                }
                else if (c == 'H')
                {
                    stepBack = _cursor - _origLen;
                }
                else if (c == 'F')
                {
                    stepForward = _len - _cursor;
                }
            }
            else if (_escape == EscBracketDigit)
            {
                _escape = EscNone;
                if (c == '~')
                {
                    if (_escDigit == '1' || _escDigit == '7')
                    {
                        stepBack = _cursor - _origLen;
                    }
                    else if (_escDigit == '4' || _escDigit == '8')
                    {
                        stepForward = _len - _cursor;
                    }
                    else if (_escDigit == '3')
                    {
                        fromCursor = DeleteAtCursor();
                    }
                }
            }
            else
            {
                _escape = EscNone;
                if (c == 'H')
                {
                    stepBack = _cursor - _origLen;
                }
                else if (c == 'F')
                {
                    stepForward = _len - _cursor;
                }
            }

            Redraw(lastLen, stepBack, fromCursor, stepForward);
            return Continue;
        }

        private void Redraw(int lastLen, int stepBack, bool fromCursor, int stepForward)
        {
            if (stepBack > 0)
            {
                MoveBack(stepBack);
                _cursor -= stepBack;
            }

            if (fromCursor)
            {
                if (_len < lastLen)
                {
                    _out.WriteRaw(s_eraseToEnd, 0, s_eraseToEnd.Length);
                }

                _out.WriteRaw(_buf, _cursor, _len - _cursor);
                MoveBack(_len - (_cursor + stepForward));
                _cursor += stepForward;
            }
            else if (stepForward > 0)
            {
                // Drawing over the characters moves the cursor forward.
                _out.WriteRaw(_buf, _cursor, stepForward);
                _cursor += stepForward;
            }
        }

        private void MoveBack(int n)
        {
            if (n <= 0)
            {
                return;
            }

            if (n <= 4)
            {
                _out.WriteRaw(s_backspaces, 0, n);
            }
            else
            {
                _out.WriteRaw("\x1b[" + n.ToString() + "D");
            }
        }

        private bool DeleteAtCursor()
        {
            if (_cursor < _len)
            {
                Cut(_cursor, 1);
                return true;
            }

            return false;
        }

        // Backspace over an indentation made only of spaces removes a level (4 spaces) at once.
        private int BackspaceWidth()
        {
            int spaces = 0;
            for (int i = _origLen; i < _cursor; i++)
            {
                if (_buf[i] != 32)
                {
                    spaces = 0;
                    break;
                }

                spaces++;
            }

            return spaces < 4 ? 1 : 4;
        }

        private void Tab(ref bool fromCursor, ref int stepForward)
        {
            byte[] insert;
            int n;
            if (_cursor == _origLen || _buf[_cursor - 1] == 32 || _buf[_cursor - 1] == 9)
            {
                // Nothing to complete before the cursor: TAB indents.
                insert = s_spaces;
                n = 4;
            }
            else if (_completer == null)
            {
                return;
            }
            else
            {
                n = _completer.Complete(_buf, _origLen, _cursor, _out);
                insert = _completer.Insertion;
            }

            if (n == Completer.Many)
            {
                _out.WriteRaw(_prompt, 0, _prompt.Length);
                _out.WriteRaw(_buf, _origLen, _cursor - _origLen);
                fromCursor = true;
            }
            else if (n > 0)
            {
                for (int i = 0; i < n; i++)
                {
                    Insert(_cursor + i, insert[i]);
                }

                fromCursor = true;
                stepForward = n;
            }
        }

        private void HistoryUp(ref int stepBack, ref bool fromCursor, ref int stepForward)
        {
            if (_histCur + 1 < HistorySize && _history[_histCur + 1] != null)
            {
                _histCur++;
                ShowHistory(ref stepBack, ref fromCursor, ref stepForward);
            }
        }

        private void HistoryDown(ref int stepBack, ref bool fromCursor, ref int stepForward)
        {
            if (_histCur >= 0)
            {
                _histCur--;
                ShowHistory(ref stepBack, ref fromCursor, ref stepForward);
            }
        }

        private void ShowHistory(ref int stepBack, ref bool fromCursor, ref int stepForward)
        {
            _len = _origLen;
            if (_histCur >= 0)
            {
                byte[] h = _history[_histCur];
                for (int i = 0; i < h.Length; i++)
                {
                    Insert(_len, h[i]);
                }
            }

            stepBack = _cursor - _origLen;
            fromCursor = true;
            stepForward = _len - _origLen;
        }

        private void PushHistory()
        {
            int n = _len - _origLen;
            if (n == 0)
            {
                return;
            }

            byte[] last = _history[0];
            if (last != null && last.Length == n)
            {
                bool same = true;
                for (int i = 0; i < n; i++)
                {
                    if (last[i] != _buf[_origLen + i])
                    {
                        same = false;
                        break;
                    }
                }

                if (same)
                {
                    return;
                }
            }

            byte[] line = new byte[n];
            System.Array.Copy(_buf, _origLen, line, 0, n);
            for (int i = HistorySize - 1; i > 0; i--)
            {
                _history[i] = _history[i - 1];
            }

            _history[0] = line;
        }

        // The distance from the cursor to the start (backward) or end (forward) of the next word.
        private int WordLength(bool forward)
        {
            int pos = _cursor;
            bool inWord = false;
            while (true)
            {
                if (!forward && pos <= _origLen)
                {
                    break;
                }

                if (forward && pos >= _len)
                {
                    break;
                }

                int c = forward ? _buf[pos] : _buf[pos - 1];
                if (IsWordChar(c))
                {
                    inWord = true;
                }
                else if (inWord)
                {
                    break;
                }

                pos = forward ? pos + 1 : pos - 1;
            }

            return forward ? pos - _cursor : _cursor - pos;
        }

        private int KillWordBackward()
        {
            int n = WordLength(false);
            Cut(_cursor - n, n);
            return n;
        }

        private static bool IsWordChar(int c)
        {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
        }

        // readline_auto_indent: continue the indentation of the previous line, one level more after a ':', but not
        // after two lines made only of spaces.
        private void AutoIndent()
        {
            if (_len <= 1 || _buf[_len - 1] != 10)
            {
                return;
            }

            int i = _len - 1;
            while (i > 0 && _buf[i - 1] != 10)
            {
                i--;
            }

            int j = i;
            while (j < _len && _buf[j] == 32)
            {
                j++;
            }

            if (i > 0 && j + 1 == _len)
            {
                // The previous line is all spaces: look at the one before it.
                for (int k = i - 1; k > 0; k--)
                {
                    if (_buf[k - 1] == 10)
                    {
                        return;
                    }

                    if (_buf[k - 1] != 32)
                    {
                        break;
                    }
                }
            }

            int levels = (j - i) / 4;
            if (_buf[_len - 2] == ':')
            {
                levels++;
            }

            int added = 0;
            while (levels-- > 0)
            {
                for (int s = 0; s < 4; s++)
                {
                    Insert(_len, 32);
                }

                _out.WriteRaw(s_spaces, 0, 4);
                _cursor += 4;
                added += 4;
            }

            _autoIndentJustAdded = added;
        }

        private void Insert(int at, byte b)
        {
            if (_len == _buf.Length)
            {
                byte[] bigger = new byte[_buf.Length * 2];
                System.Array.Copy(_buf, bigger, _len);
                _buf = bigger;
            }

            if (at < _len)
            {
                System.Array.Copy(_buf, at, _buf, at + 1, _len - at);
            }

            _buf[at] = b;
            _len++;
        }

        private void Cut(int at, int n)
        {
            if (n <= 0)
            {
                return;
            }

            System.Array.Copy(_buf, at + n, _buf, at, _len - at - n);
            _len -= n;
        }
    }
}
