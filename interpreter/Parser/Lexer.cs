using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// Turns source text into tokens on demand (the parser pulls one token at a time, so no token list is held in
    /// memory). Produces NEWLINE, INDENT and DEDENT from the layout as CPython's tokenizer does, joins lines inside
    /// brackets and after a backslash, and converts number and string literals to their values. An f-string is not
    /// decoded here: its token carries the source range of its body, which the parser splits into literal parts and
    /// expressions (the expressions are lexed by a nested Lexer over the same source, in expression mode).
    /// </summary>
    public sealed partial class Lexer
    {
        /// <summary>Deepest bracket nesting (CPython's tokenizer limit).</summary>
        public const int MaxBrackets = 200;

        /// <summary>Deepest indentation (CPython's tokenizer limit).</summary>
        public const int MaxIndent = 100;

        // ORDER: Token keywords (ordinal order, for the binary search).
        private static readonly string[] s_keywords =
        {
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        };

        private readonly SourceText _source;
        private readonly string _text;
        private readonly NumberHooks _numbers;
        private readonly int _end;
        private readonly bool _exprMode;
        private int _pos;
        private int _line;
        private int _lineStart;
        private int[] _indents = new int[8];
        private int[] _altIndents = new int[8];
        private int _indentCount = 1;
        private int _pendingDedents;
        private bool _atLineStart;
        private bool _lineHasTokens;
        private char[] _brackets = new char[8];
        private int[] _bracketLine = new int[8];
        private int[] _bracketCol = new int[8];
        private int _depth;

        /// <summary>Kind of the current token (<see cref="Token"/>).</summary>
        public int Kind;

        /// <summary>
        /// Value of the current token: the text of a NAME, the PyObject of a NUMBER, the decoded string (str) or byte[]
        /// (bytes) of a STRING; null for an f-string and for other tokens.
        /// </summary>
        public object Value;

        /// <summary>Line (1-based) of the current token.</summary>
        public int Line;

        /// <summary>Column (0-based) of the current token.</summary>
        public int Col;

        /// <summary>For a STRING token: Token.StrBytes / StrFormat / StrRaw flags.</summary>
        public int StrFlags;

        /// <summary>For an f-string token: source index of the body's first character.</summary>
        public int BodyStart;

        /// <summary>For an f-string token: source index just past the body.</summary>
        public int BodyEnd;

        /// <summary>For an f-string token: the line of <see cref="BodyStart"/>.</summary>
        public int BodyLine;

        /// <summary>For an f-string token: source index of the start of <see cref="BodyLine"/>.</summary>
        public int BodyLineStart;

        /// <summary>A lexer over a whole source, positioned before the first token (call <see cref="Next"/>).</summary>
        public Lexer(SourceText source, NumberHooks numbers)
            : this(source, numbers, 0, source.Text.Length, 1, 0, false)
        {
        }

        /// <summary>
        /// A lexer over source[start..end). In expression mode (f-string replacement fields) line breaks are plain
        /// white space and there is no NEWLINE/INDENT/DEDENT.
        /// </summary>
        public Lexer(SourceText source, NumberHooks numbers, int start, int end, int line, int lineStart, bool exprMode)
        {
            _source = source;
            _text = source.Text;
            _numbers = numbers;
            _pos = start;
            _end = end;
            _line = line;
            _lineStart = lineStart;
            _exprMode = exprMode;
            _atLineStart = !exprMode;
        }

        /// <summary>The source being lexed.</summary>
        public SourceText Source
        {
            get { return _source; }
        }

        /// <summary>Source index just past the current token.</summary>
        public int Position
        {
            get { return _pos; }
        }

        /// <summary>Ignores the indentation of the first line (eval() input may start with blanks).</summary>
        public void SkipLeadingBlanks()
        {
            while (_pos < _end && (_text[_pos] == ' ' || _text[_pos] == '\t'))
            {
                _pos++;
            }

            _atLineStart = false;
        }

        /// <summary>Advances to the next token.</summary>
        public void Next()
        {
            Value = null;
            if (_pendingDedents > 0)
            {
                _pendingDedents--;
                Kind = Token.Dedent;
                return;
            }

            while (true)
            {
                if (_atLineStart && _depth == 0)
                {
                    int k = Indentation();
                    if (k >= 0)
                    {
                        Kind = k;
                        return;
                    }
                }

                while (_pos < _end)
                {
                    char w = _text[_pos];
                    if (w != ' ' && w != '\t' && w != '\f')
                    {
                        break;
                    }

                    _pos++;
                }

                Line = _line;
                Col = _pos - _lineStart;
                if (_pos >= _end)
                {
                    EndOfInput();
                    return;
                }

                char c = _text[_pos];
                if (c == '#')
                {
                    if (_exprMode)
                    {
                        throw Error("f-string expression part cannot include '#'", Line, Col);
                    }

                    while (_pos < _end && _text[_pos] != '\n' && _text[_pos] != '\r')
                    {
                        _pos++;
                    }

                    continue;
                }

                if (c == '\n' || c == '\r')
                {
                    NewLine();
                    if (_depth > 0 || _exprMode)
                    {
                        continue;
                    }

                    _atLineStart = true;
                    if (_lineHasTokens)
                    {
                        _lineHasTokens = false;
                        Kind = Token.Newline;
                        return;
                    }

                    continue;
                }

                if (c == '\\')
                {
                    if (_pos + 1 >= _end)
                    {
                        throw Error("unexpected EOF while parsing", Line, Col);
                    }

                    char d = _text[_pos + 1];
                    if (d == '\n' || d == '\r')
                    {
                        _pos++;
                        NewLine();
                        continue;
                    }

                    throw Error("unexpected character after line continuation character", Line, Col + 1);
                }

                _lineHasTokens = true;
                Scan(c);
                return;
            }
        }

        private PyException Error(string msg, int line, int col)
        {
            return _source.Syntax(msg, line, col);
        }

        // Consumes one line break (\n, \r\n or \r) at _pos.
        private void NewLine()
        {
            if (_text[_pos] == '\r' && _pos + 1 < _end && _text[_pos + 1] == '\n')
            {
                _pos++;
            }

            _pos++;
            _line++;
            _lineStart = _pos;
        }

        // At the start of a logical line: measures the indentation and returns INDENT, DEDENT or -1 (no token, also
        // for blank and comment-only lines, which do not count).
        private int Indentation()
        {
            int col = 0;
            int alt = 0;
            int p = _pos;
            while (p < _end)
            {
                char c = _text[p];
                if (c == ' ')
                {
                    col++;
                    alt++;
                }
                else if (c == '\t')
                {
                    col = ((col >> 3) + 1) << 3;
                    alt++;
                }
                else if (c == '\f')
                {
                    col = 0;
                    alt = 0;
                }
                else
                {
                    break;
                }

                p++;
            }

            _pos = p;
            if (p >= _end)
            {
                _atLineStart = false;
                return -1;
            }

            char f = _text[p];
            if (f == '#' || f == '\n' || f == '\r')
            {
                return -1;
            }

            _atLineStart = false;
            Line = _line;
            Col = p - _lineStart;
            int top = _indents[_indentCount - 1];
            int altTop = _altIndents[_indentCount - 1];
            if (col == top)
            {
                if (alt != altTop)
                {
                    throw _source.Error(PyExc.TabError, "inconsistent use of tabs and spaces in indentation", Line, 0);
                }

                return -1;
            }

            if (col > top)
            {
                if (alt <= altTop)
                {
                    throw _source.Error(PyExc.TabError, "inconsistent use of tabs and spaces in indentation", Line, 0);
                }

                if (_indentCount > MaxIndent)
                {
                    throw _source.Error(PyExc.IndentationError, "too many levels of indentation", Line, 0);
                }

                if (_indentCount == _indents.Length)
                {
                    _indents = GrowInts(_indents);
                    _altIndents = GrowInts(_altIndents);
                }

                _indents[_indentCount] = col;
                _altIndents[_indentCount] = alt;
                _indentCount++;
                return Token.Indent;
            }

            int n = 0;
            while (_indentCount > 1 && col < _indents[_indentCount - 1])
            {
                _indentCount--;
                n++;
            }

            if (col != _indents[_indentCount - 1])
            {
                throw _source.Error(PyExc.IndentationError, "unindent does not match any outer indentation level", Line, Col);
            }

            if (alt != _altIndents[_indentCount - 1])
            {
                throw _source.Error(PyExc.TabError, "inconsistent use of tabs and spaces in indentation", Line, 0);
            }

            _pendingDedents = n - 1;
            return Token.Dedent;
        }

        private static int[] GrowInts(int[] a)
        {
            int[] b = new int[a.Length * 2];
            System.Array.Copy(a, b, a.Length);
            return b;
        }

        private void EndOfInput()
        {
            if (_depth > 0 && !_exprMode)
            {
                int d = _depth - 1;
                throw Error("'" + _brackets[d] + "' was never closed", _bracketLine[d], _bracketCol[d]);
            }

            if (_lineHasTokens && !_exprMode)
            {
                _lineHasTokens = false;
                Kind = Token.Newline;
                return;
            }

            if (_indentCount > 1)
            {
                _indentCount--;
                Kind = Token.Dedent;
                return;
            }

            Kind = Token.EndMarker;
        }

        private void Scan(char c)
        {
            int start = _pos;
            if (c < 0x80 ? (StrUtil.IsAsciiAlpha(c) || c == '_') : StrUtil.IsIdentifierStart(StrUtil.CodePointAt(_text, _pos)))
            {
                ScanWord(start);
                return;
            }

            if (StrUtil.IsDigit(c) || (c == '.' && _pos + 1 < _end && StrUtil.IsDigit(_text[_pos + 1])))
            {
                ScanNumber(start);
                return;
            }

            if (c == '\'' || c == '"')
            {
                ScanString(0, start);
                return;
            }

            _pos++;
            char n = _pos < _end ? _text[_pos] : '\0';
            switch (c)
            {
                case '(':
                case '[':
                case '{':
                    OpenBracket(c);
                    Kind = c == '(' ? Token.LPar : c == '[' ? Token.LSqb : Token.LBrace;
                    return;
                case ')':
                case ']':
                case '}':
                    CloseBracket(c);
                    Kind = c == ')' ? Token.RPar : c == ']' ? Token.RSqb : Token.RBrace;
                    return;
                case ':':
                    Kind = Pair(n, '=', Token.ColonEqual, Token.Colon);
                    return;
                case ',':
                    Kind = Token.Comma;
                    return;
                case ';':
                    Kind = Token.Semi;
                    return;
                case '~':
                    Kind = Token.Tilde;
                    return;
                case '.':
                    if (n == '.' && _pos + 1 < _end && _text[_pos + 1] == '.')
                    {
                        _pos += 2;
                        Kind = Token.Ellipsis;
                        return;
                    }

                    Kind = Token.Dot;
                    return;
                case '-':
                    if (n == '>')
                    {
                        _pos++;
                        Kind = Token.Arrow;
                        return;
                    }

                    Kind = Operator(n, Token.Minus);
                    return;
                case '+':
                    Kind = Operator(n, Token.Plus);
                    return;
                case '%':
                    Kind = Operator(n, Token.Percent);
                    return;
                case '&':
                    Kind = Operator(n, Token.Amper);
                    return;
                case '|':
                    Kind = Operator(n, Token.VBar);
                    return;
                case '^':
                    Kind = Operator(n, Token.Circumflex);
                    return;
                case '@':
                    Kind = Operator(n, Token.At);
                    return;
                case '*':
                    Kind = Doubled(n, '*', Token.Star, Token.DoubleStar);
                    return;
                case '/':
                    Kind = Doubled(n, '/', Token.Slash, Token.DoubleSlash);
                    return;
                case '<':
                    if (n == '<')
                    {
                        _pos++;
                        Kind = Operator(_pos < _end ? _text[_pos] : '\0', Token.LShift);
                        return;
                    }

                    Kind = Pair(n, '=', Token.LessEqual, Token.Less);
                    return;
                case '>':
                    if (n == '>')
                    {
                        _pos++;
                        Kind = Operator(_pos < _end ? _text[_pos] : '\0', Token.RShift);
                        return;
                    }

                    Kind = Pair(n, '=', Token.GreaterEqual, Token.Greater);
                    return;
                case '=':
                    Kind = Pair(n, '=', Token.EqEqual, Token.Equal);
                    return;
                case '!':
                    if (n == '=')
                    {
                        _pos++;
                        Kind = Token.NotEqual;
                        return;
                    }

                    break;
            }

            if (c < 0x20 || c == 0x7F)
            {
                throw Error("invalid non-printable character U+" + Hex4(c), Line, Col);
            }

            if (c < 0x80)
            {
                throw Error("invalid syntax", Line, Col);
            }

            throw Error("invalid character '" + StrUtil.FromCodePoint(StrUtil.CodePointAt(_text, start)) + "' (U+"
                + Hex4(StrUtil.CodePointAt(_text, start)) + ")", Line, Col);
        }

        private static string Hex4(int v)
        {
            string s = string.Empty;
            do
            {
                s = StrUtil.HexDigit(v & 15).ToString().ToUpper() + s;
                v >>= 4;
            }
            while (v != 0 || s.Length < 4);
            return s;
        }

        private int Pair(char n, char second, int two, int one)
        {
            if (n == second)
            {
                _pos++;
                return two;
            }

            return one;
        }

        // op or op= (the augmented tokens follow the operators in BinaryOp order).
        private int Operator(char n, int op)
        {
            if (n == '=')
            {
                _pos++;
                return op - Token.Plus + Token.PlusEqual;
            }

            return op;
        }

        // '*' '**' '*=' '**=' and the same for '/'.
        private int Doubled(char n, char c, int single, int twice)
        {
            if (n == c)
            {
                _pos++;
                return Operator(_pos < _end ? _text[_pos] : '\0', twice);
            }

            return Operator(n, single);
        }

        private void OpenBracket(char c)
        {
            if (_depth >= MaxBrackets)
            {
                throw Error("too many nested parentheses", Line, Col);
            }

            if (_depth == _brackets.Length)
            {
                char[] b = new char[_depth * 2];
                System.Array.Copy(_brackets, b, _depth);
                _brackets = b;
                _bracketLine = GrowInts(_bracketLine);
                _bracketCol = GrowInts(_bracketCol);
            }

            _brackets[_depth] = c;
            _bracketLine[_depth] = Line;
            _bracketCol[_depth] = Col;
            _depth++;
        }

        private void CloseBracket(char c)
        {
            if (_depth == 0)
            {
                throw Error("unmatched '" + c + "'", Line, Col);
            }

            char open = _brackets[_depth - 1];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
            {
                string msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                if (_bracketLine[_depth - 1] != Line)
                {
                    msg = msg + " on line " + _bracketLine[_depth - 1];
                }

                throw Error(msg, Line, Col);
            }

            _depth--;
        }

        private void ScanWord(int start)
        {
            while (_pos < _end)
            {
                char c = _text[_pos];
                if (c < 0x80)
                {
                    if (!(StrUtil.IsAsciiAlpha(c) || StrUtil.IsDigit(c) || c == '_'))
                    {
                        break;
                    }

                    _pos++;
                }
                else
                {
                    int cp = StrUtil.CodePointAt(_text, _pos);
                    if (!StrUtil.IsIdentifierPart(cp))
                    {
                        break;
                    }

                    _pos += cp > 0xFFFF ? 2 : 1;
                }
            }

            int len = _pos - start;
            if (_pos < _end && len <= 2 && (_text[_pos] == '\'' || _text[_pos] == '"'))
            {
                int flags = PrefixFlags(start, len);
                if (flags >= 0)
                {
                    ScanString(flags, start);
                    return;
                }
            }

            string word = _text.Substring(start, len);
            int k = KeywordIndex(word);
            if (k >= 0)
            {
                Kind = Token.FirstKeyword + k;
                return;
            }

            Kind = Token.Name;
            Value = word;
        }

        // The flags of a string prefix (r, u, b, f and valid pairs, any case), or -1.
        private int PrefixFlags(int start, int len)
        {
            int flags = 0;
            bool u = false;
            for (int i = 0; i < len; i++)
            {
                char c = _text[start + i];
                int f;
                switch (c)
                {
                    case 'r':
                    case 'R':
                        f = Token.StrRaw;
                        break;
                    case 'b':
                    case 'B':
                        f = Token.StrBytes;
                        break;
                    case 'f':
                    case 'F':
                        f = Token.StrFormat;
                        break;
                    case 'u':
                    case 'U':
                        if (len != 1)
                        {
                            return -1;
                        }

                        u = true;
                        f = 0;
                        break;
                    default:
                        return -1;
                }

                if ((flags & f) != 0)
                {
                    return -1;
                }

                flags |= f;
            }

            if ((flags & (Token.StrBytes | Token.StrFormat)) == (Token.StrBytes | Token.StrFormat))
            {
                return -1;
            }

            return u ? 0 : flags;
        }

        /// <summary>The index of a keyword in the keyword table, or -1 (binary search).</summary>
        public static int KeywordIndex(string word)
        {
            int lo = 0;
            int hi = s_keywords.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int c = StrUtil.CompareOrdinal(s_keywords[mid], word);
                if (c == 0)
                {
                    return mid;
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }

        /// <summary>The text of a keyword token kind.</summary>
        public static string KeywordText(int kind)
        {
            return s_keywords[kind - Token.FirstKeyword];
        }
    }
}
