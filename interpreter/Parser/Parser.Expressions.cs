using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>Expressions, targets and call arguments.</summary>
    public sealed partial class Parser
    {
        private const int TargetStore = 0;
        private const int TargetDel = 1;

        private static bool StartsExpression(int k)
        {
            switch (k)
            {
                case Token.Name:
                case Token.Number:
                case Token.String:
                case Token.LPar:
                case Token.LSqb:
                case Token.LBrace:
                case Token.Minus:
                case Token.Plus:
                case Token.Tilde:
                case Token.Not:
                case Token.Lambda:
                case Token.Await:
                case Token.None:
                case Token.True:
                case Token.False:
                case Token.Ellipsis:
                case Token.Star:
                    return true;
            }

            return false;
        }

        // yield_expr | star_expressions
        private int ParseYieldOrStarExpressions()
        {
            if (_lx.Kind == Token.Yield)
            {
                return ParseYield();
            }

            return ParseStarExpressions();
        }

        private int ParseYield()
        {
            int pos = Pos();
            Next();
            if (Accept(Token.From))
            {
                return _tree.Add(NodeKind.YieldFrom, pos, ParseExpression());
            }

            int v = -1;
            if (StartsExpression(_lx.Kind))
            {
                v = ParseStarExpressions();
                CheckNotStarred(v);
            }

            return _tree.Add(NodeKind.Yield, pos, v);
        }

        // star_expression (',' star_expression)* [','] : a tuple when there is a comma.
        private int ParseStarExpressions()
        {
            int pos = _pendingAtom >= 0 ? _tree.PosOf(_pendingAtom) : Pos();
            int first = ParseStarExpression();
            if (_lx.Kind != Token.Comma)
            {
                return first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.Comma))
            {
                if (!StartsExpression(_lx.Kind))
                {
                    break;
                }

                _scratch.Add(ParseStarExpression());
            }

            int n = _tree.AddList(NodeKind.Tuple, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseStarExpression()
        {
            if (_lx.Kind == Token.Star && _pendingAtom < 0)
            {
                int pos = Pos();
                Next();
                return _tree.Add(NodeKind.Starred, pos, ParseBinary(1));
            }

            return ParseExpression();
        }

        private int ParseStarNamedExpression()
        {
            if (_lx.Kind == Token.Star)
            {
                int pos = Pos();
                Next();
                return _tree.Add(NodeKind.Starred, pos, ParseBinary(1));
            }

            return ParseNamedExpression();
        }

        // NAME ':=' expression | expression
        private int ParseNamedExpression()
        {
            int e = ParseExpression();
            if (_lx.Kind != Token.ColonEqual)
            {
                return e;
            }

            if (Kind(e) != NodeKind.Name)
            {
                throw ErrorAt(e, "cannot use assignment expressions with " + Describe(e));
            }

            Next();
            int v = ParseExpression();
            return _tree.Add(NodeKind.NamedExpr, _tree.PosOf(e), e, v);
        }

        // expression: disjunction ['if' disjunction 'else' expression] | lambda
        private int ParseExpression()
        {
            Enter();
            int r;
            if (_lx.Kind == Token.Lambda && _pendingAtom < 0)
            {
                r = ParseLambda();
            }
            else
            {
                r = ParseOr();
                if (_lx.Kind == Token.If)
                {
                    Next();
                    int test = ParseOr();
                    if (_lx.Kind != Token.Else)
                    {
                        throw Error("expected 'else' after 'if' expression");
                    }

                    Next();
                    int orelse = ParseExpression();
                    r = _tree.Add(NodeKind.IfExp, _tree.PosOf(r), test, r, orelse);
                }
            }

            Leave();
            return r;
        }

        // An expression without a conditional or lambda (comprehension iterables and conditions).
        private int ParseOr()
        {
            int first = ParseAnd();
            if (_lx.Kind != Token.Or)
            {
                return first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.Or))
            {
                _scratch.Add(ParseAnd());
            }

            int n = _tree.AddList(NodeKind.Or, _tree.PosOf(first), _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseAnd()
        {
            int first = ParseNot();
            if (_lx.Kind != Token.And)
            {
                return first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.And))
            {
                _scratch.Add(ParseNot());
            }

            int n = _tree.AddList(NodeKind.And, _tree.PosOf(first), _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseNot()
        {
            // A run of 'not' is counted, not recursed into.
            int mark = _scratch.Count;
            while (_lx.Kind == Token.Not && _pendingAtom < 0)
            {
                _scratch.Add(Pos());
                Next();
            }

            int e = ParseComparison();
            for (int i = _scratch.Count - 1; i >= mark; i--)
            {
                e = _tree.Add(NodeKind.UnaryOp, _scratch[i], NodeKind.UnaryNot, e);
            }

            _scratch.Count = mark;
            return e;
        }

        private int ParseComparison()
        {
            int first = ParseBinary(1);
            int op = CompareOperator();
            if (op < 0)
            {
                return first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (op >= 0)
            {
                _scratch.Add(op);
                _scratch.Add(ParseBinary(1));
                op = CompareOperator();
            }

            int n = _tree.AddList(NodeKind.Compare, _tree.PosOf(first), _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        // Consumes a comparison operator and returns its CompareOp, or returns -1.
        private int CompareOperator()
        {
            int k = _lx.Kind;
            if (k >= Token.Less && k <= Token.GreaterEqual)
            {
                Next();
                return k - Token.Less;
            }

            if (k == Token.In)
            {
                Next();
                return CompareOp.In;
            }

            if (k == Token.Not)
            {
                Next();
                if (_lx.Kind != Token.In)
                {
                    throw InvalidSyntax();
                }

                Next();
                return CompareOp.NotIn;
            }

            if (k == Token.Is)
            {
                Next();
                if (Accept(Token.Not))
                {
                    return CompareOp.IsNot;
                }

                return CompareOp.Is;
            }

            return -1;
        }

        // Precedence of a binary operator token: | 1, ^ 2, & 3, shifts 4, + - 5, * / // % @ 6; 0 when not one.
        private static int Precedence(int k)
        {
            switch (k)
            {
                case Token.VBar:
                    return 1;
                case Token.Circumflex:
                    return 2;
                case Token.Amper:
                    return 3;
                case Token.LShift:
                case Token.RShift:
                    return 4;
                case Token.Plus:
                case Token.Minus:
                    return 5;
                case Token.Star:
                case Token.Slash:
                case Token.DoubleSlash:
                case Token.Percent:
                case Token.At:
                    return 6;
            }

            return 0;
        }

        // Binary operators by precedence climbing (left associative): one loop per level instead of one method each.
        private int ParseBinary(int minPrec)
        {
            int left = ParseUnary();
            while (true)
            {
                int k = _lx.Kind;
                int prec = Precedence(k);
                if (prec < minPrec || prec == 0)
                {
                    return left;
                }

                int pos = _tree.PosOf(left);
                Next();
                int right = ParseBinary(prec + 1);
                left = _tree.Add(NodeKind.BinOp, pos, k - Token.Plus, left, right);
            }
        }

        private int ParseUnary()
        {
            int mark = _scratch.Count;
            while (_pendingAtom < 0 && (_lx.Kind == Token.Minus || _lx.Kind == Token.Plus || _lx.Kind == Token.Tilde))
            {
                int op = _lx.Kind == Token.Minus ? NodeKind.UnaryMinus : _lx.Kind == Token.Plus ? NodeKind.UnaryPlus : NodeKind.UnaryInvert;
                _scratch.Add(Pos());
                _scratch.Add(op);
                Next();
            }

            int e = ParsePower();
            for (int i = _scratch.Count - 2; i >= mark; i -= 2)
            {
                e = _tree.Add(NodeKind.UnaryOp, _scratch[i], _scratch[i + 1], e);
            }

            _scratch.Count = mark;
            return e;
        }

        private int ParsePower()
        {
            int b = ParseAwait();
            if (_lx.Kind != Token.DoubleStar)
            {
                return b;
            }

            Next();
            Enter();
            int e = ParseUnary();
            Leave();
            return _tree.Add(NodeKind.BinOp, _tree.PosOf(b), BinaryOp.Power, b, e);
        }

        private int ParseAwait()
        {
            if (_lx.Kind == Token.Await && _pendingAtom < 0)
            {
                int pos = Pos();
                Next();
                return _tree.Add(NodeKind.Await, pos, ParsePrimary());
            }

            return ParsePrimary();
        }

        private int ParsePrimary()
        {
            int e = ParseAtom();
            while (true)
            {
                int pos = _tree.PosOf(e);
                switch (_lx.Kind)
                {
                    case Token.Dot:
                        Next();
                        e = _tree.Add(NodeKind.Attribute, pos, e, ExpectName());
                        break;
                    case Token.LPar:
                    {
                        Next();
                        int mark = _scratch.Count;
                        ParseCallArgs();
                        e = _tree.AddList(NodeKind.Call, pos, 1, e, 0, 0, 0, _scratch, mark);
                        _scratch.Count = mark;
                        break;
                    }

                    case Token.LSqb:
                        Next();
                        e = _tree.Add(NodeKind.Subscript, pos, e, ParseSlices());
                        Expect(Token.RSqb);
                        break;
                    default:
                        return e;
                }
            }
        }

        private int ParseAtom()
        {
            if (_pendingAtom >= 0)
            {
                int a = _pendingAtom;
                _pendingAtom = -1;
                return a;
            }

            int pos = Pos();
            switch (_lx.Kind)
            {
                case Token.Name:
                {
                    int n = NameNode((string)_lx.Value, pos);
                    Next();
                    return n;
                }

                case Token.Number:
                {
                    int n = _tree.Add(NodeKind.Const, pos, _tree.AddObject(_lx.Value));
                    Next();
                    return n;
                }

                case Token.String:
                    return ParseStrings();
                case Token.None:
                    Next();
                    return _tree.Add(NodeKind.None, pos);
                case Token.True:
                    Next();
                    return _tree.Add(NodeKind.True, pos);
                case Token.False:
                    Next();
                    return _tree.Add(NodeKind.False, pos);
                case Token.Ellipsis:
                    Next();
                    return _tree.Add(NodeKind.Ellipsis, pos);
                case Token.LPar:
                    return ParseParen();
                case Token.LSqb:
                    return ParseListDisplay();
                case Token.LBrace:
                    return ParseBraceDisplay();
            }

            throw InvalidSyntax();
        }

        private int ParseParen()
        {
            int pos = Pos();
            Next();
            if (Accept(Token.RPar))
            {
                return _tree.Add(NodeKind.Tuple, pos);
            }

            if (_lx.Kind == Token.Yield)
            {
                int y = ParseYield();
                Expect(Token.RPar);
                return y;
            }

            int first = ParseStarNamedExpression();
            if (_lx.Kind == Token.For || _lx.Kind == Token.Async)
            {
                int g = ParseComprehension(NodeKind.GenExp, pos, first, -1);
                Expect(Token.RPar);
                return g;
            }

            if (Accept(Token.RPar))
            {
                if (Kind(first) == NodeKind.Starred)
                {
                    throw ErrorAt(first, "cannot use starred expression here");
                }

                return first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.Comma))
            {
                if (_lx.Kind == Token.RPar)
                {
                    break;
                }

                _scratch.Add(ParseStarNamedExpression());
            }

            Expect(Token.RPar);
            int n = _tree.AddList(NodeKind.Tuple, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseListDisplay()
        {
            int pos = Pos();
            Next();
            if (Accept(Token.RSqb))
            {
                return _tree.Add(NodeKind.List, pos);
            }

            int first = ParseStarNamedExpression();
            if (_lx.Kind == Token.For || _lx.Kind == Token.Async)
            {
                int c = ParseComprehension(NodeKind.ListComp, pos, first, -1);
                Expect(Token.RSqb);
                return c;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.Comma))
            {
                if (_lx.Kind == Token.RSqb)
                {
                    break;
                }

                _scratch.Add(ParseStarNamedExpression());
            }

            Expect(Token.RSqb);
            int n = _tree.AddList(NodeKind.List, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseBraceDisplay()
        {
            int pos = Pos();
            Next();
            if (Accept(Token.RBrace))
            {
                return _tree.Add(NodeKind.Dict, pos);
            }

            int mark = _scratch.Count;
            bool dict;
            if (_lx.Kind == Token.DoubleStar)
            {
                Next();
                _scratch.Add(-1);
                _scratch.Add(ParseBinary(1));
                dict = true;
            }
            else
            {
                int first = ParseStarNamedExpression();
                if (_lx.Kind == Token.Colon && Kind(first) != NodeKind.Starred)
                {
                    Next();
                    int v = ParseExpression();
                    if (_lx.Kind == Token.For || _lx.Kind == Token.Async)
                    {
                        int c = ParseComprehension(NodeKind.DictComp, pos, first, v);
                        Expect(Token.RBrace);
                        return c;
                    }

                    _scratch.Add(first);
                    _scratch.Add(v);
                    dict = true;
                }
                else
                {
                    if (_lx.Kind == Token.For || _lx.Kind == Token.Async)
                    {
                        int c = ParseComprehension(NodeKind.SetComp, pos, first, -1);
                        Expect(Token.RBrace);
                        return c;
                    }

                    _scratch.Add(first);
                    dict = false;
                }
            }

            while (Accept(Token.Comma))
            {
                if (_lx.Kind == Token.RBrace)
                {
                    break;
                }

                if (dict)
                {
                    if (Accept(Token.DoubleStar))
                    {
                        _scratch.Add(-1);
                        _scratch.Add(ParseBinary(1));
                    }
                    else
                    {
                        _scratch.Add(ParseExpression());
                        ExpectColon();
                        _scratch.Add(ParseExpression());
                    }
                }
                else
                {
                    _scratch.Add(ParseStarNamedExpression());
                }
            }

            Expect(Token.RBrace);
            int n = _tree.AddList(dict ? NodeKind.Dict : NodeKind.Set, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        // The 'for ... in ... if ...' clauses after the element(s) of a comprehension.
        private int ParseComprehension(int kind, int pos, int elt, int value)
        {
            if (Kind(elt) == NodeKind.Starred)
            {
                throw ErrorAt(elt, "iterable unpacking cannot be used in comprehension");
            }

            int mark = _scratch.Count;
            _scratch.Add(elt);
            if (value >= 0)
            {
                _scratch.Add(value);
            }

            while (_lx.Kind == Token.For || _lx.Kind == Token.Async)
            {
                int cpos = Pos();
                int ck = NodeKind.CompFor;
                if (Accept(Token.Async))
                {
                    ck = NodeKind.AsyncCompFor;
                    if (_lx.Kind != Token.For)
                    {
                        throw InvalidSyntax();
                    }
                }

                Next();
                int target = ParseTargetList();
                CheckTarget(target, TargetStore);
                if (_lx.Kind != Token.In)
                {
                    throw InvalidSyntax();
                }

                Next();
                int iter = ParseOr();
                int cmark = _scratch.Count;
                _scratch.Add(target);
                _scratch.Add(iter);
                while (Accept(Token.If))
                {
                    _scratch.Add(ParseOr());
                }

                int c = _tree.AddList(ck, cpos, _scratch, cmark);
                _scratch.Count = cmark;
                _scratch.Add(c);
            }

            int n = _tree.AddList(kind, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseLambda()
        {
            int pos = Pos();
            Next();
            int parameters = ParseParams(true);
            ExpectColon();
            int body = ParseExpression();
            return _tree.Add(NodeKind.Lambda, pos, parameters, body);
        }

        // Subscript contents: a slice, an expression, or a tuple of them.
        private int ParseSlices()
        {
            int pos = Pos();
            int first = ParseSlice();
            if (_lx.Kind != Token.Comma)
            {
                // a[*b] indexes with the tuple (*b,).
                return Kind(first) == NodeKind.Starred ? _tree.Add(NodeKind.Tuple, pos, first) : first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.Comma))
            {
                if (_lx.Kind == Token.RSqb)
                {
                    break;
                }

                _scratch.Add(ParseSlice());
            }

            int n = _tree.AddList(NodeKind.Tuple, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseSlice()
        {
            int pos = Pos();
            int lower = -1;
            if (_lx.Kind != Token.Colon)
            {
                int e = ParseStarNamedExpression();
                if (_lx.Kind != Token.Colon)
                {
                    return e;
                }

                CheckNotStarred(e);
                lower = e;
            }

            Next();
            int upper = -1;
            if (_lx.Kind != Token.Colon && _lx.Kind != Token.Comma && _lx.Kind != Token.RSqb)
            {
                upper = ParseExpression();
            }

            int step = -1;
            if (Accept(Token.Colon))
            {
                if (_lx.Kind != Token.Comma && _lx.Kind != Token.RSqb)
                {
                    step = ParseExpression();
                }
            }

            return _tree.Add(NodeKind.Slice, pos, lower, upper, step);
        }

        // Call (or class) arguments after '(' up to and including ')'; the argument nodes go to the scratch stack.
        private void ParseCallArgs()
        {
            int mark = _scratch.Count;
            bool sawKeyword = false;
            bool sawDoubleStar = false;
            while (_lx.Kind != Token.RPar)
            {
                int pos = Pos();
                if (_lx.Kind == Token.Star)
                {
                    Next();
                    int v = ParseExpression();
                    if (_lx.Kind == Token.For || _lx.Kind == Token.Async)
                    {
                        throw _source.Syntax("iterable unpacking cannot be used in comprehension", pos >> 12, pos & 0xFFF);
                    }

                    if (sawDoubleStar)
                    {
                        throw _source.Syntax("iterable argument unpacking follows keyword argument unpacking", pos >> 12, pos & 0xFFF);
                    }

                    _scratch.Add(_tree.Add(NodeKind.Starred, pos, v));
                }
                else if (_lx.Kind == Token.DoubleStar)
                {
                    Next();
                    sawDoubleStar = true;
                    _scratch.Add(_tree.Add(NodeKind.DoubleStar, pos, ParseExpression()));
                }
                else
                {
                    int e = ParseNamedExpression();
                    if (_lx.Kind == Token.Equal)
                    {
                        int k = Kind(e);
                        if (k == NodeKind.True || k == NodeKind.False || k == NodeKind.None)
                        {
                            throw ErrorAt(e, "cannot assign to " + Describe(e));
                        }

                        if (k != NodeKind.Name)
                        {
                            throw ErrorAt(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                        }

                        object name = _tree.Obj(e, 0);
                        for (int i = mark; i < _scratch.Count; i++)
                        {
                            int a = _scratch[i];
                            if (Kind(a) == NodeKind.Keyword && _tree.Obj(a, 0) == name)
                            {
                                throw ErrorAt(e, "keyword argument repeated: " + ((PyStr)name).Value);
                            }
                        }

                        Next();
                        int v = ParseExpression();
                        sawKeyword = true;
                        _scratch.Add(_tree.Add(NodeKind.Keyword, pos, _tree.Child(e, 0), v));
                    }
                    else if (_lx.Kind == Token.For || _lx.Kind == Token.Async)
                    {
                        int g = ParseComprehension(NodeKind.GenExp, pos, e, -1);
                        if (_scratch.Count > mark || _lx.Kind != Token.RPar)
                        {
                            if (!(_lx.Kind == Token.Comma && _scratch.Count == mark))
                            {
                                throw ErrorAt(g, "Generator expression must be parenthesized");
                            }

                            // f(x for x in y,) is allowed, anything after it is not.
                            Next();
                            if (_lx.Kind != Token.RPar)
                            {
                                throw ErrorAt(g, "Generator expression must be parenthesized");
                            }
                        }

                        _scratch.Add(g);
                    }
                    else
                    {
                        if (sawDoubleStar)
                        {
                            throw ErrorAt(e, "positional argument follows keyword argument unpacking");
                        }

                        if (sawKeyword)
                        {
                            throw ErrorAt(e, "positional argument follows keyword argument");
                        }

                        if (Kind(e) == NodeKind.Starred)
                        {
                            throw ErrorAt(e, "can't use starred expression here");
                        }

                        _scratch.Add(e);
                    }
                }

                if (!Accept(Token.Comma))
                {
                    break;
                }
            }

            Expect(Token.RPar);
        }

        // Targets of for / comprehensions: star_targets, parsed at the level of '|' so that 'in' ends them.
        private int ParseTargetList()
        {
            int pos = Pos();
            int first = ParseTarget();
            if (_lx.Kind != Token.Comma)
            {
                return first;
            }

            int mark = _scratch.Count;
            _scratch.Add(first);
            while (Accept(Token.Comma))
            {
                if (_lx.Kind == Token.In || _lx.Kind == Token.Equal || !StartsExpression(_lx.Kind))
                {
                    break;
                }

                _scratch.Add(ParseTarget());
            }

            int n = _tree.AddList(NodeKind.Tuple, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int ParseTarget()
        {
            if (_lx.Kind == Token.Star)
            {
                int pos = Pos();
                Next();
                return _tree.Add(NodeKind.Starred, pos, ParseBinary(1));
            }

            return ParseBinary(1);
        }

        private void CheckNotStarred(int e)
        {
            if (Kind(e) == NodeKind.Starred)
            {
                throw ErrorAt(e, "can't use starred expression here");
            }
        }

        // Checks that an expression is a valid assignment (or del) target.
        private void CheckTarget(int e, int ctx)
        {
            int k = Kind(e);
            switch (k)
            {
                case NodeKind.Name:
                case NodeKind.Attribute:
                case NodeKind.Subscript:
                    return;
                case NodeKind.Starred:
                    if (ctx == TargetDel)
                    {
                        throw ErrorAt(e, "cannot delete starred");
                    }

                    throw ErrorAt(e, "starred assignment target must be in a list or tuple");
                case NodeKind.Tuple:
                case NodeKind.List:
                {
                    int n = _tree.Count(e);
                    bool star = false;
                    for (int i = 0; i < n; i++)
                    {
                        int c = _tree.Child(e, i);
                        if (Kind(c) == NodeKind.Starred && ctx != TargetDel)
                        {
                            if (star)
                            {
                                throw ErrorAt(c, "multiple starred expressions in assignment");
                            }

                            star = true;
                            CheckTarget(_tree.Child(c, 0), ctx);
                        }
                        else
                        {
                            CheckTarget(c, ctx);
                        }
                    }

                    return;
                }

                case NodeKind.Yield:
                case NodeKind.YieldFrom:
                    if (ctx == TargetStore)
                    {
                        throw ErrorAt(e, "assignment to yield expression not possible");
                    }

                    break;
            }

            throw ErrorAt(e, (ctx == TargetDel ? "cannot delete " : "cannot assign to ") + Describe(e));
        }

        // CPython's name for an expression kind in error messages.
        private string Describe(int e)
        {
            switch (Kind(e))
            {
                case NodeKind.Const:
                    return "literal";
                case NodeKind.None:
                    return "None";
                case NodeKind.True:
                    return "True";
                case NodeKind.False:
                    return "False";
                case NodeKind.Ellipsis:
                    return "ellipsis";
                case NodeKind.JoinedStr:
                    return "f-string expression";
                case NodeKind.Call:
                    return "function call";
                case NodeKind.Compare:
                    return "comparison";
                case NodeKind.IfExp:
                    return "conditional expression";
                case NodeKind.Lambda:
                    return "lambda";
                case NodeKind.NamedExpr:
                    return "named expression";
                case NodeKind.ListComp:
                    return "list comprehension";
                case NodeKind.SetComp:
                    return "set comprehension";
                case NodeKind.DictComp:
                    return "dict comprehension";
                case NodeKind.GenExp:
                    return "generator expression";
                case NodeKind.Dict:
                    return "dict literal";
                case NodeKind.Set:
                    return "set display";
                case NodeKind.Yield:
                case NodeKind.YieldFrom:
                    return "yield expression";
                case NodeKind.Await:
                    return "await expression";
                case NodeKind.Tuple:
                    return "tuple";
                case NodeKind.List:
                    return "list";
                case NodeKind.Starred:
                    return "starred";
                case NodeKind.Name:
                    return "name";
                case NodeKind.Attribute:
                    return "attribute";
                case NodeKind.Subscript:
                    return "subscript";
            }

            return "expression";
        }
    }
}
