using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// Recursive-descent parser for Python 3 (the grammar MicroPython accepts) producing a compact <see cref="Tree"/>.
    /// Children are parsed before their parent node is appended; variable-length child lists are collected on a
    /// shared scratch stack. Assignment targets are parsed as expressions and then checked. Nesting is bounded
    /// (<see cref="MaxNesting"/>) so hostile input ends in an error long before the CLR stack is at risk.
    /// </summary>
    public sealed partial class Parser
    {
#if NANOPY_HOST
        /// <summary>Deepest expression nesting before RecursionError (host: CPython-like).</summary>
        public const int MaxNesting = 200;
#else
        /// <summary>
        /// Deepest expression nesting before RecursionError (device: the interpreter's frames live on the small heap
        /// and one nesting level costs about 14 parser frames).
        /// </summary>
        public const int MaxNesting = 40;
#endif

        private readonly SourceText _source;
        private readonly NumberHooks _numbers;
        private readonly Tree _tree = new Tree();
        private readonly IntList _scratch = new IntList(64);
        private Lexer _lx;
        private int _nesting;

        // An atom already parsed by a caller that had to look past it (parenthesized with-items); ParseAtom returns it.
        private int _pendingAtom = -1;

        /// <summary>A parser over a source; numbers converts float, big int and imaginary literals.</summary>
        public Parser(SourceText source, NumberHooks numbers)
        {
            _source = source;
            _numbers = numbers;
            _lx = new Lexer(source, numbers);
        }

        /// <summary>The tree being built.</summary>
        public Tree Tree
        {
            get { return _tree; }
        }

        /// <summary>Parses the whole input (mode: CompileMode) and returns the tree (Root set).</summary>
        public Tree Parse(int mode)
        {
            if (mode == CompileMode.Eval)
            {
                _lx.SkipLeadingBlanks();
                _lx.Next();
                while (_lx.Kind == Token.Newline)
                {
                    _lx.Next();
                }

                int e = ParseStarExpressions();
                CheckNotStarred(e);
                while (_lx.Kind == Token.Newline)
                {
                    _lx.Next();
                }

                if (_lx.Kind != Token.EndMarker)
                {
                    throw InvalidSyntax();
                }

                _tree.Root = e;
                return _tree;
            }

            _lx.Next();
            int pos = Pos();
            int mark = _scratch.Count;
            while (_lx.Kind != Token.EndMarker)
            {
                if (_lx.Kind == Token.Newline)
                {
                    _lx.Next();
                    continue;
                }

                ParseStatement();
            }

            _tree.Root = _tree.AddList(NodeKind.Block, pos, _scratch, mark);
            _scratch.Count = mark;
            return _tree;
        }

        // ---- helpers ----

        private int Pos()
        {
            return Tree.Pos(_lx.Line, _lx.Col);
        }

        private void Next()
        {
            _lx.Next();
        }

        private bool Accept(int kind)
        {
            if (_lx.Kind == kind)
            {
                _lx.Next();
                return true;
            }

            return false;
        }

        private void Expect(int kind)
        {
            if (_lx.Kind != kind)
            {
                throw InvalidSyntax();
            }

            _lx.Next();
        }

        private void ExpectColon()
        {
            if (_lx.Kind != Token.Colon)
            {
                throw Error("expected ':'");
            }

            _lx.Next();
        }

        private PyException Error(string msg)
        {
            return _source.Syntax(msg, _lx.Line, _lx.Col);
        }

        private PyException ErrorAt(int node, string msg)
        {
            return _source.Syntax(msg, _tree.Line(node), _tree.Col(node));
        }

        private PyException InvalidSyntax()
        {
            if (_lx.Kind == Token.Indent)
            {
                return _source.Error(PyExc.IndentationError, "unexpected indent", _lx.Line, _lx.Col);
            }

            return Error("invalid syntax");
        }

        private void Enter()
        {
            if (++_nesting > MaxNesting)
            {
                throw new PyException(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
            }
        }

        private void Leave()
        {
            _nesting--;
        }

        private int Kind(int node)
        {
            return _tree.Kind(node);
        }

        private int NameNode(string text, int pos)
        {
            return _tree.Add(NodeKind.Name, pos, _tree.AddObject(Intern.Get(text)));
        }

        private int ExpectName()
        {
            if (_lx.Kind != Token.Name)
            {
                throw InvalidSyntax();
            }

            int o = _tree.AddObject(Intern.Get((string)_lx.Value));
            _lx.Next();
            return o;
        }

        // ---- statements ----

        private void ParseStatement()
        {
            switch (_lx.Kind)
            {
                case Token.If:
                    _scratch.Add(ParseIf());
                    return;
                case Token.While:
                    _scratch.Add(ParseWhile());
                    return;
                case Token.For:
                    _scratch.Add(ParseFor(NodeKind.For, Pos()));
                    return;
                case Token.Try:
                    _scratch.Add(ParseTry());
                    return;
                case Token.With:
                    _scratch.Add(ParseWith(NodeKind.With, Pos()));
                    return;
                case Token.Def:
                    _scratch.Add(ParseDef(NodeKind.FunctionDef, Pos(), -1));
                    return;
                case Token.Class:
                    _scratch.Add(ParseClass(Pos(), -1));
                    return;
                case Token.At:
                    _scratch.Add(ParseDecorated());
                    return;
                case Token.Async:
                {
                    int pos = Pos();
                    Next();
                    if (_lx.Kind == Token.Def)
                    {
                        _scratch.Add(ParseDef(NodeKind.AsyncFunctionDef, pos, -1));
                    }
                    else if (_lx.Kind == Token.For)
                    {
                        _scratch.Add(ParseFor(NodeKind.AsyncFor, pos));
                    }
                    else if (_lx.Kind == Token.With)
                    {
                        _scratch.Add(ParseWith(NodeKind.AsyncWith, pos));
                    }
                    else
                    {
                        throw InvalidSyntax();
                    }

                    return;
                }

                case Token.Indent:
                    throw InvalidSyntax();
                default:
                    ParseSimpleStatements();
                    return;
            }
        }

        // simple_stmt (';' simple_stmt)* [';'] NEWLINE; the statements go to the scratch stack.
        private void ParseSimpleStatements()
        {
            while (true)
            {
                _scratch.Add(ParseSmallStatement());
                if (_lx.Kind != Token.Semi)
                {
                    break;
                }

                Next();
                if (_lx.Kind == Token.Newline || _lx.Kind == Token.EndMarker)
                {
                    break;
                }
            }

            if (_lx.Kind != Token.Newline)
            {
                throw InvalidSyntax();
            }

            Next();
        }

        // A block after ':' of a compound statement: an indented suite or simple statements on the same line.
        private int ParseBlock(string what, int headerLine)
        {
            int pos = Pos();
            int mark = _scratch.Count;
            if (_lx.Kind == Token.Newline)
            {
                Next();
                if (_lx.Kind != Token.Indent)
                {
                    throw _source.Error(PyExc.IndentationError, "expected an indented block after " + what + " on line " + headerLine, _lx.Line, _lx.Col);
                }

                Next();
                pos = Pos();
                while (_lx.Kind != Token.Dedent && _lx.Kind != Token.EndMarker)
                {
                    ParseStatement();
                }

                Accept(Token.Dedent);
            }
            else
            {
                ParseSimpleStatements();
            }

            int n = _tree.AddList(NodeKind.Block, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseSmallStatement()
        {
            int pos = Pos();
            switch (_lx.Kind)
            {
                case Token.Pass:
                    Next();
                    return _tree.Add(NodeKind.Pass, pos);
                case Token.Break:
                    Next();
                    return _tree.Add(NodeKind.Break, pos);
                case Token.Continue:
                    Next();
                    return _tree.Add(NodeKind.Continue, pos);
                case Token.Return:
                {
                    Next();
                    int v = -1;
                    if (StartsExpression(_lx.Kind))
                    {
                        v = ParseStarExpressions();
                        CheckNotStarred(v);
                    }

                    return _tree.Add(NodeKind.Return, pos, v);
                }

                case Token.Raise:
                {
                    Next();
                    int exc = -1;
                    int cause = -1;
                    if (StartsExpression(_lx.Kind))
                    {
                        exc = ParseExpression();
                        if (Accept(Token.From))
                        {
                            cause = ParseExpression();
                        }
                    }

                    return _tree.Add(NodeKind.Raise, pos, exc, cause);
                }

                case Token.Global:
                case Token.Nonlocal:
                {
                    int kind = _lx.Kind == Token.Global ? NodeKind.Global : NodeKind.Nonlocal;
                    Next();
                    int mark = _scratch.Count;
                    do
                    {
                        _scratch.Add(ExpectName());
                    }
                    while (Accept(Token.Comma));
                    int n = _tree.AddList(kind, pos, _scratch, mark);
                    _scratch.Count = mark;
                    return n;
                }

                case Token.Del:
                {
                    Next();
                    int mark = _scratch.Count;
                    while (true)
                    {
                        int t = ParseTarget();
                        CheckTarget(t, TargetDel);
                        _scratch.Add(t);
                        if (!Accept(Token.Comma) || !StartsExpression(_lx.Kind))
                        {
                            break;
                        }
                    }

                    int n = _tree.AddList(NodeKind.Delete, pos, _scratch, mark);
                    _scratch.Count = mark;
                    return n;
                }

                case Token.Assert:
                {
                    Next();
                    int test = ParseExpression();
                    int msg = -1;
                    if (Accept(Token.Comma))
                    {
                        msg = ParseExpression();
                    }

                    return _tree.Add(NodeKind.Assert, pos, test, msg);
                }

                case Token.Import:
                    return ParseImport();
                case Token.From:
                    return ParseFromImport();
                default:
                    return ParseExpressionStatement();
            }
        }

        private int ParseExpressionStatement()
        {
            int pos = Pos();
            int first = ParseYieldOrStarExpressions();
            int k = _lx.Kind;
            if (k == Token.Equal)
            {
                int mark = _scratch.Count;
                _scratch.Add(first);
                while (Accept(Token.Equal))
                {
                    _scratch.Add(ParseYieldOrStarExpressions());
                }

                for (int i = mark; i < _scratch.Count - 1; i++)
                {
                    CheckTarget(_scratch[i], TargetStore);
                }

                CheckNotStarred(_scratch[_scratch.Count - 1]);
                int n = _tree.AddList(NodeKind.Assign, pos, _scratch, mark);
                _scratch.Count = mark;
                return n;
            }

            if (k >= Token.PlusEqual && k <= Token.AtEqual)
            {
                int tk = Kind(first);
                if (tk != NodeKind.Name && tk != NodeKind.Attribute && tk != NodeKind.Subscript)
                {
                    string what = tk == NodeKind.Tuple ? "tuple" : tk == NodeKind.List ? "list" : IsLiteral(tk) ? "literal" : "expression";
                    throw ErrorAt(first, "'" + what + "' is an illegal expression for augmented assignment");
                }

                Next();
                int v = ParseYieldOrStarExpressions();
                CheckNotStarred(v);
                return _tree.Add(NodeKind.AugAssign, pos, k - Token.PlusEqual, first, v);
            }

            if (k == Token.Colon)
            {
                int tk = Kind(first);
                if (tk == NodeKind.Tuple || tk == NodeKind.List)
                {
                    throw ErrorAt(first, "only single target (not " + (tk == NodeKind.Tuple ? "tuple" : "list") + ") can be annotated");
                }

                if (tk != NodeKind.Name && tk != NodeKind.Attribute && tk != NodeKind.Subscript)
                {
                    throw ErrorAt(first, "illegal target for annotation");
                }

                Next();
                int ann = ParseExpression();
                int v = -1;
                if (Accept(Token.Equal))
                {
                    v = ParseYieldOrStarExpressions();
                    CheckNotStarred(v);
                }

                return _tree.Add(NodeKind.AnnAssign, pos, first, ann, v);
            }

            CheckNotStarred(first);
            return _tree.Add(NodeKind.ExprStmt, pos, first);
        }

        private static bool IsLiteral(int kind)
        {
            return kind == NodeKind.Const || kind == NodeKind.None || kind == NodeKind.True || kind == NodeKind.False
                || kind == NodeKind.Ellipsis || kind == NodeKind.JoinedStr;
        }

        private int ParseImport()
        {
            int pos = Pos();
            Next();
            int mark = _scratch.Count;
            do
            {
                int apos = Pos();
                string name = ParseDottedName();
                int asName = -1;
                if (Accept(Token.As))
                {
                    asName = ExpectName();
                }

                _scratch.Add(_tree.Add(NodeKind.Alias, apos, _tree.AddObject(Intern.Get(name)), asName));
            }
            while (Accept(Token.Comma));
            int n = _tree.AddList(NodeKind.Import, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private string ParseDottedName()
        {
            if (_lx.Kind != Token.Name)
            {
                throw InvalidSyntax();
            }

            string name = (string)_lx.Value;
            Next();
            while (_lx.Kind == Token.Dot)
            {
                Next();
                if (_lx.Kind != Token.Name)
                {
                    throw InvalidSyntax();
                }

                name = name + "." + (string)_lx.Value;
                Next();
            }

            return name;
        }

        private int ParseFromImport()
        {
            int pos = Pos();
            Next();
            int level = 0;
            while (_lx.Kind == Token.Dot || _lx.Kind == Token.Ellipsis)
            {
                level += _lx.Kind == Token.Dot ? 1 : 3;
                Next();
            }

            int module = -1;
            if (_lx.Kind == Token.Name)
            {
                module = _tree.AddObject(Intern.Get(ParseDottedName()));
            }
            else if (level == 0)
            {
                throw InvalidSyntax();
            }

            if (_lx.Kind != Token.Import)
            {
                throw InvalidSyntax();
            }

            Next();
            int mark = _scratch.Count;
            if (_lx.Kind == Token.Star)
            {
                _scratch.Add(_tree.Add(NodeKind.Alias, Pos(), _tree.AddObject(Intern.Get("*")), -1));
                Next();
            }
            else
            {
                bool paren = Accept(Token.LPar);
                while (true)
                {
                    int apos = Pos();
                    int name = ExpectName();
                    int asName = -1;
                    if (Accept(Token.As))
                    {
                        asName = ExpectName();
                    }

                    _scratch.Add(_tree.Add(NodeKind.Alias, apos, name, asName));
                    if (!Accept(Token.Comma))
                    {
                        break;
                    }

                    if (_lx.Kind != Token.Name)
                    {
                        if (!paren)
                        {
                            throw Error("trailing comma not allowed without surrounding parentheses");
                        }

                        break;
                    }
                }

                if (paren)
                {
                    Expect(Token.RPar);
                }
            }

            int n = _tree.AddList(NodeKind.ImportFrom, pos, 2, module, level, 0, 0, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseIf()
        {
            // if/elif chains are collected iteratively (a long elif chain must not recurse), then nested from the end.
            int mark = _scratch.Count;
            while (true)
            {
                int pos = Pos();
                string what = _lx.Kind == Token.If ? "'if' statement" : "'elif' statement";
                int line = _lx.Line;
                Next();
                int test = ParseNamedExpression();
                ExpectColon();
                int body = ParseBlock(what, line);
                _scratch.Add(pos);
                _scratch.Add(test);
                _scratch.Add(body);
                if (_lx.Kind != Token.Elif)
                {
                    break;
                }
            }

            int orelse = -1;
            if (_lx.Kind == Token.Else)
            {
                int line = _lx.Line;
                Next();
                ExpectColon();
                orelse = ParseBlock("'else' statement", line);
            }

            for (int i = _scratch.Count - 3; i >= mark; i -= 3)
            {
                orelse = _tree.Add(NodeKind.If, _scratch[i], _scratch[i + 1], _scratch[i + 2], orelse);
            }

            _scratch.Count = mark;
            return orelse;
        }

        private int ParseElse()
        {
            if (_lx.Kind != Token.Else)
            {
                return -1;
            }

            int line = _lx.Line;
            Next();
            ExpectColon();
            return ParseBlock("'else' statement", line);
        }

        private int ParseWhile()
        {
            int pos = Pos();
            int line = _lx.Line;
            Next();
            int test = ParseNamedExpression();
            ExpectColon();
            int body = ParseBlock("'while' statement", line);
            return _tree.Add(NodeKind.While, pos, test, body, ParseElse());
        }

        private int ParseFor(int kind, int pos)
        {
            int line = _lx.Line;
            Next();
            int target = ParseTargetList();
            CheckTarget(target, TargetStore);
            if (_lx.Kind != Token.In)
            {
                throw InvalidSyntax();
            }

            Next();
            int iter = ParseStarExpressions();
            CheckNotStarred(iter);
            ExpectColon();
            int body = ParseBlock("'for' statement", line);
            return _tree.Add(kind, pos, target, iter, body, ParseElse());
        }

        private int ParseTry()
        {
            int pos = Pos();
            int line = _lx.Line;
            Next();
            ExpectColon();
            int body = ParseBlock("'try' statement", line);
            int mark = _scratch.Count;
            int bare = -1;
            while (_lx.Kind == Token.Except)
            {
                int hpos = Pos();
                int hline = _lx.Line;
                if (bare >= 0)
                {
                    throw _source.Syntax("default 'except:' must be last", _tree.Line(bare), _tree.Col(bare));
                }

                Next();
                int type = -1;
                int name = -1;
                if (_lx.Kind != Token.Colon)
                {
                    type = ParseExpression();
                    if (_lx.Kind == Token.Comma)
                    {
                        throw Error("multiple exception types must be parenthesized");
                    }

                    if (Accept(Token.As))
                    {
                        name = ExpectName();
                    }
                }

                ExpectColon();
                int hbody = ParseBlock("'except' statement", hline);
                int h = _tree.Add(NodeKind.ExceptHandler, hpos, type, name, hbody);
                if (type < 0)
                {
                    bare = h;
                }

                _scratch.Add(h);
            }

            bool handlers = _scratch.Count > mark;
            int orelse = handlers ? ParseElse() : -1;
            int final = -1;
            if (_lx.Kind == Token.Finally)
            {
                int fline = _lx.Line;
                Next();
                ExpectColon();
                final = ParseBlock("'finally' statement", fline);
            }
            else if (!handlers)
            {
                throw Error("expected 'except' or 'finally' block");
            }

            int n = _tree.AddList(NodeKind.Try, pos, 3, body, orelse, final, 0, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseWith(int kind, int pos)
        {
            int line = _lx.Line;
            Next();
            int mark = _scratch.Count;
            bool done = false;
            if (_lx.Kind == Token.LPar)
            {
                // Either parenthesized with-items "with (a as b, c):" or an expression starting with '('.
                int ppos = Pos();
                Next();
                bool hasAs = false;
                int count = 0;
                bool trailingComma = false;
                while (_lx.Kind != Token.RPar)
                {
                    int ipos = Pos();
                    int e = ParseExpression();
                    int target = -1;
                    if (Accept(Token.As))
                    {
                        hasAs = true;
                        target = ParseTarget();
                        CheckTarget(target, TargetStore);
                    }

                    _scratch.Add(_tree.Add(NodeKind.WithItem, ipos, e, target));
                    count++;
                    trailingComma = false;
                    if (!Accept(Token.Comma))
                    {
                        break;
                    }

                    trailingComma = true;
                }

                Expect(Token.RPar);
                if (_lx.Kind == Token.Colon && count > 0)
                {
                    done = true;
                }
                else
                {
                    if (hasAs || count == 0)
                    {
                        throw InvalidSyntax();
                    }

                    // Rebuild the parenthesized expression and continue parsing it as the first with-item.
                    int atom;
                    if (count == 1 && !trailingComma)
                    {
                        atom = _tree.Child(_scratch[mark], 0);
                    }
                    else
                    {
                        for (int i = mark; i < _scratch.Count; i++)
                        {
                            _scratch[i] = _tree.Child(_scratch[i], 0);
                        }

                        atom = _tree.AddList(NodeKind.Tuple, ppos, _scratch, mark);
                    }

                    _scratch.Count = mark;
                    _pendingAtom = atom;
                }
            }

            if (!done)
            {
                while (true)
                {
                    int ipos = _pendingAtom >= 0 ? _tree.PosOf(_pendingAtom) : Pos();
                    int e = ParseExpression();
                    int target = -1;
                    if (Accept(Token.As))
                    {
                        target = ParseTarget();
                        CheckTarget(target, TargetStore);
                    }

                    _scratch.Add(_tree.Add(NodeKind.WithItem, ipos, e, target));
                    if (!Accept(Token.Comma))
                    {
                        break;
                    }
                }
            }

            ExpectColon();
            int body = ParseBlock("'with' statement", line);
            _scratch.Add(body);
            int n = _tree.AddList(kind, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseDecorated()
        {
            int pos = Pos();
            int mark = _scratch.Count;
            while (_lx.Kind == Token.At)
            {
                Next();
                _scratch.Add(ParseNamedExpression());
                if (_lx.Kind != Token.Newline)
                {
                    throw InvalidSyntax();
                }

                Next();
            }

            int decorators = _tree.AddList(NodeKind.Decorators, pos, _scratch, mark);
            _scratch.Count = mark;
            int dpos = Pos();
            if (_lx.Kind == Token.Def)
            {
                return ParseDef(NodeKind.FunctionDef, dpos, decorators);
            }

            if (_lx.Kind == Token.Class)
            {
                return ParseClass(dpos, decorators);
            }

            if (_lx.Kind == Token.Async)
            {
                Next();
                if (_lx.Kind == Token.Def)
                {
                    return ParseDef(NodeKind.AsyncFunctionDef, dpos, decorators);
                }
            }

            throw InvalidSyntax();
        }

        private int ParseDef(int kind, int pos, int decorators)
        {
            int line = _lx.Line;
            Next();
            int name = ExpectName();
            if (_lx.Kind != Token.LPar)
            {
                throw Error("expected '('");
            }

            Next();
            int parameters = ParseParams(false);
            Expect(Token.RPar);
            int returns = -1;
            if (Accept(Token.Arrow))
            {
                returns = ParseExpression();
            }

            ExpectColon();
            int body = ParseBlock("function definition", line);
            int mark = _scratch.Count;
            _scratch.Add(returns);
            int n = _tree.AddList(kind, pos, 4, name, parameters, body, decorators, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseClass(int pos, int decorators)
        {
            int line = _lx.Line;
            Next();
            int name = ExpectName();
            int mark = _scratch.Count;
            if (Accept(Token.LPar))
            {
                ParseCallArgs();
            }

            ExpectColon();
            int body = ParseBlock("class definition", line);
            int n = _tree.AddList(NodeKind.ClassDef, pos, 3, name, body, decorators, 0, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        // Parameters of a def (up to ')') or a lambda (up to ':'), as a Params node.
        private int ParseParams(bool lambda)
        {
            int pos = Pos();
            int end = lambda ? Token.Colon : Token.RPar;
            int mark = _scratch.Count;
            int nPosOnly = 0;
            int nPos = 0;
            int nKw = 0;
            int flags = 0;
            int varArgs = -1;
            int varKw = -1;
            bool star = false;
            bool slash = false;
            bool sawDefault = false;
            int barePos = -1;
            while (_lx.Kind != end)
            {
                int ppos = Pos();
                if (_lx.Kind == Token.Slash)
                {
                    if (slash)
                    {
                        throw Error("/ may appear only once");
                    }

                    if (star || varKw >= 0)
                    {
                        throw Error("/ must be ahead of *");
                    }

                    if (nPos == 0)
                    {
                        throw Error("at least one argument must precede /");
                    }

                    slash = true;
                    nPosOnly = nPos;
                    Next();
                }
                else if (_lx.Kind == Token.Star)
                {
                    if (star)
                    {
                        throw Error("* argument may appear only once");
                    }

                    if (varKw >= 0)
                    {
                        throw Error("arguments cannot follow var-keyword argument");
                    }

                    star = true;
                    Next();
                    if (_lx.Kind == Token.Name)
                    {
                        varArgs = ParseParam(lambda, ppos);
                        if (_lx.Kind == Token.Equal)
                        {
                            throw Error("var-positional argument cannot have default value");
                        }
                    }
                    else
                    {
                        barePos = ppos;
                    }
                }
                else if (_lx.Kind == Token.DoubleStar)
                {
                    if (varKw >= 0)
                    {
                        throw Error("arguments cannot follow var-keyword argument");
                    }

                    Next();
                    varKw = ParseParam(lambda, ppos);
                    if (_lx.Kind == Token.Equal)
                    {
                        throw Error("var-keyword argument cannot have default value");
                    }
                }
                else if (_lx.Kind == Token.Name)
                {
                    if (varKw >= 0)
                    {
                        throw Error("arguments cannot follow var-keyword argument");
                    }

                    int p = ParseParam(lambda, ppos);
                    int def = -1;
                    if (Accept(Token.Equal))
                    {
                        def = ParseExpression();
                        _tree.SetChild(p, 2, def);
                    }

                    if (!star)
                    {
                        if (def >= 0)
                        {
                            sawDefault = true;
                        }
                        else if (sawDefault)
                        {
                            throw _source.Syntax("non-default argument follows default argument", _tree.Line(p), _tree.Col(p));
                        }

                        // Keyword-only parameters are collected after the positional ones: insert before them.
                        _scratch.Add(p);
                        nPos++;
                    }
                    else
                    {
                        _scratch.Add(p);
                        nKw++;
                    }
                }
                else
                {
                    throw InvalidSyntax();
                }

                if (!Accept(Token.Comma))
                {
                    break;
                }
            }

            if (_lx.Kind != end)
            {
                throw InvalidSyntax();
            }

            if (barePos >= 0 && nKw == 0)
            {
                throw _source.Syntax("named arguments must follow bare *", barePos >> 12, barePos & 0xFFF);
            }

            // Scratch holds positional then keyword-only params (in order); insert *args between, **kwargs last.
            if (varArgs >= 0)
            {
                flags |= NodeKind.ParamsVarArgs;
                _scratch.Add(0);
                for (int i = _scratch.Count - 1; i > mark + nPos; i--)
                {
                    _scratch[i] = _scratch[i - 1];
                }

                _scratch[mark + nPos] = varArgs;
            }

            if (varKw >= 0)
            {
                flags |= NodeKind.ParamsVarKeywords;
                _scratch.Add(varKw);
            }

            for (int i = mark; i < _scratch.Count; i++)
            {
                object name = _tree.Obj(_scratch[i], 0);
                for (int j = mark; j < i; j++)
                {
                    if (_tree.Obj(_scratch[j], 0) == name)
                    {
                        throw _source.Syntax("duplicate argument '" + ((PyStr)name).Value + "' in function definition", _tree.Line(_scratch[i]), _tree.Col(_scratch[i]));
                    }
                }
            }

            int n = _tree.AddList(NodeKind.Params, pos, 4, nPosOnly, nPos, nKw, flags, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseParam(bool lambda, int pos)
        {
            int name = ExpectName();
            int ann = -1;
            if (!lambda && Accept(Token.Colon))
            {
                ann = ParseExpression();
            }

            return _tree.Add(NodeKind.Param, pos, name, ann, -1);
        }
    }
}
