using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>Expressions.</summary>
    public sealed partial class CodeGen
    {
        /// <summary>Displays longer than this are built incrementally, so the stack stays small.</summary>
        private const int MaxBuildItems = 16;

        // Pushes the value of an expression.
        private void Expr(int n)
        {
            Enter();
            int k = _t.Kind(n);
            if (k == NodeKind.UnaryOp || k == NodeKind.Tuple || k == NodeKind.And || k == NodeKind.Or)
            {
                PyObject c = Fold(n);
                if (c != null)
                {
                    _em.LoadConst(c);
                    _depth--;
                    return;
                }
            }

            switch (k)
            {
                case NodeKind.Name:
                    NameAccess((PyStr)_t.Obj(n, 0), Load);
                    break;
                case NodeKind.Const:
                    _em.LoadConst((PyObject)_t.Obj(n, 0));
                    break;
                case NodeKind.None:
                    _em.Op(Opcodes.LOAD_NONE);
                    break;
                case NodeKind.True:
                    _em.Op(Opcodes.LOAD_TRUE);
                    break;
                case NodeKind.False:
                    _em.Op(Opcodes.LOAD_FALSE);
                    break;
                case NodeKind.Ellipsis:
                    _em.Op(Opcodes.LOAD_ELLIPSIS);
                    break;
                case NodeKind.BinOp:
                    BinOp(n);
                    break;
                case NodeKind.UnaryOp:
                {
                    int op = _t.Child(n, 0);
                    Expr(_t.Child(n, 1));
                    _em.Op(op == NodeKind.UnaryNot ? Opcodes.UNARY_NOT : op == NodeKind.UnaryMinus ? Opcodes.UNARY_NEGATIVE
                        : op == NodeKind.UnaryPlus ? Opcodes.UNARY_POSITIVE : Opcodes.UNARY_INVERT);
                    break;
                }

                case NodeKind.And:
                case NodeKind.Or:
                {
                    int end = _em.NewLabel();
                    int c = _t.Count(n);
                    for (int i = 0; i < c - 1; i++)
                    {
                        Expr(_t.Child(n, i));
                        _em.Jump(k == NodeKind.And ? Opcodes.JUMP_IF_FALSE_OR_POP : Opcodes.JUMP_IF_TRUE_OR_POP, end);
                    }

                    Expr(_t.Child(n, c - 1));
                    _em.Mark(end);
                    break;
                }

                case NodeKind.Compare:
                    Compare(n);
                    break;
                case NodeKind.IfExp:
                {
                    int orelse = _em.NewLabel();
                    int end = _em.NewLabel();
                    CondJump(_t.Child(n, 0), false, orelse);
                    Expr(_t.Child(n, 1));
                    _em.Jump(Opcodes.JUMP, end);
                    _em.Mark(orelse);
                    Expr(_t.Child(n, 2));
                    _em.Mark(end);
                    break;
                }

                case NodeKind.NamedExpr:
                    Expr(_t.Child(n, 1));
                    _em.Op(Opcodes.DUP_TOP);
                    NameAccess((PyStr)_t.Obj(_t.Child(n, 0), 0), Store);
                    break;
                case NodeKind.Lambda:
                    MakeFunction(_scopes.ScopeOf(n), _t.Child(n, 0), _t.Line(n));
                    break;
                case NodeKind.Call:
                    Call(n);
                    break;
                case NodeKind.Attribute:
                    Expr(_t.Child(n, 0));
                    _em.SetLine(_t.Line(n));
                    _em.NameOp(Opcodes.LOAD_ATTR, (PyStr)_t.Obj(n, 1));
                    break;
                case NodeKind.Subscript:
                    Expr(_t.Child(n, 0));
                    Index(_t.Child(n, 1));
                    _em.Op(Opcodes.LOAD_SUBSCR);
                    break;
                case NodeKind.Slice:
                    Slice(n);
                    break;
                case NodeKind.Tuple:
                case NodeKind.List:
                case NodeKind.Set:
                {
                    int mark = _scratch.Count;
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        _scratch.Add(_t.Child(n, i));
                    }

                    SequenceFromScratch(k, mark);
                    break;
                }

                case NodeKind.Dict:
                    Dict(n);
                    break;
                case NodeKind.ListComp:
                case NodeKind.SetComp:
                case NodeKind.DictComp:
                case NodeKind.GenExp:
                {
                    int firstFor = _t.Child(n, k == NodeKind.DictComp ? 2 : 1);
                    MakeFunction(_scopes.ScopeOf(n), -1, _t.Line(n));
                    Expr(_t.Child(firstFor, 1));
                    _em.Op(Opcodes.GET_ITER);
                    _em.OpArg(Opcodes.CALL_FUNCTION, 1);
                    break;
                }

                case NodeKind.Yield:
                    if (_t.Child(n, 0) >= 0)
                    {
                        Expr(_t.Child(n, 0));
                    }
                    else
                    {
                        _em.Op(Opcodes.LOAD_NONE);
                    }

                    _em.Op(Opcodes.YIELD_VALUE);
                    break;
                case NodeKind.YieldFrom:
                    Expr(_t.Child(n, 0));
                    _em.Op(Opcodes.GET_YIELD_FROM_ITER);
                    _em.Op(Opcodes.LOAD_NONE);
                    _em.Op(Opcodes.YIELD_FROM);
                    break;
                case NodeKind.Await:
                    Expr(_t.Child(n, 0));
                    Await();
                    break;
                case NodeKind.JoinedStr:
                {
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        Expr(_t.Child(n, i));
                    }

                    if (c != 1 || _t.Kind(_t.Child(n, 0)) != NodeKind.FormattedValue)
                    {
                        _em.OpArg(Opcodes.BUILD_STRING, c);
                    }

                    break;
                }

                case NodeKind.FormattedValue:
                {
                    Expr(_t.Child(n, 0));
                    int flags = _t.Child(n, 1);
                    if (_t.Child(n, 2) >= 0)
                    {
                        Expr(_t.Child(n, 2));
                        flags |= 4;
                    }

                    _em.OpArg(Opcodes.FORMAT_VALUE, flags);
                    break;
                }

                default:
                    throw Error(n, "invalid syntax");
            }

            _depth--;
        }

        // a op b op c ...: the left spine is walked iteratively (no recursion per operator); a constant prefix of the
        // chain (1 + 2 + x) is folded on the way up.
        private void BinOp(int n)
        {
            int mark = _scratch.Count;
            int m = n;
            while (_t.Kind(m) == NodeKind.BinOp)
            {
                _scratch.Add(m);
                m = _t.Child(m, 1);
            }

            int i = _scratch.Count - 1;
            PyObject v = Fold(m);
            if (v != null)
            {
                for (; i >= mark; i--)
                {
                    int b = _scratch[i];
                    PyObject r = Fold(_t.Child(b, 2));
                    PyObject f = r == null ? null : FoldBinary(_t.Child(b, 0), v, r);
                    if (f == null)
                    {
                        break;
                    }

                    v = f;
                }

                _em.LoadConst(v);
            }
            else
            {
                Expr(m);
            }

            for (; i >= mark; i--)
            {
                int b = _scratch[i];
                Expr(_t.Child(b, 2));
                _em.SetLine(_t.Line(b));
                _em.Op(Opcodes.BINARY_OP_MULTI + _t.Child(b, 0));
            }

            _scratch.Count = mark;
        }

        private void Compare(int n)
        {
            int c = _t.Count(n);
            Expr(_t.Child(n, 0));
            if (c == 3)
            {
                Expr(_t.Child(n, 2));
                _em.Op(Opcodes.COMPARE_OP_MULTI + _t.Child(n, 1));
                return;
            }

            // a < b < c: [a b] DUP_TOP ROT_THREE COMPARE JUMP_IF_FALSE_OR_POP cleanup ... ; cleanup: ROT_TWO POP_TOP.
            int cleanup = _em.NewLabel();
            int end = _em.NewLabel();
            for (int i = 1; i < c - 2; i += 2)
            {
                Expr(_t.Child(n, i + 1));
                _em.Op(Opcodes.DUP_TOP);
                _em.Op(Opcodes.ROT_THREE);
                _em.Op(Opcodes.COMPARE_OP_MULTI + _t.Child(n, i));
                _em.Jump(Opcodes.JUMP_IF_FALSE_OR_POP, cleanup);
            }

            Expr(_t.Child(n, c - 1));
            _em.Op(Opcodes.COMPARE_OP_MULTI + _t.Child(n, c - 2));
            _em.Jump(Opcodes.JUMP, end);
            _em.Mark(cleanup);
            _em.Op(Opcodes.ROT_TWO);
            _em.Op(Opcodes.POP_TOP);
            _em.Mark(end);
        }

        // Jumps to label when the truth of n equals jumpIf (and/or/not are compiled to jumps, not values).
        private void CondJump(int n, bool jumpIf, int label)
        {
            Enter();
            int k = _t.Kind(n);
            if (k == NodeKind.UnaryOp && _t.Child(n, 0) == NodeKind.UnaryNot)
            {
                CondJump(_t.Child(n, 1), !jumpIf, label);
            }
            else if (k == NodeKind.And || k == NodeKind.Or)
            {
                // For 'and' jumping on false (or 'or' on true) any operand decides; otherwise all but the last must
                // fall through to a skip label.
                int c = _t.Count(n);
                bool direct = (k == NodeKind.And) != jumpIf;
                int skip = direct ? label : _em.NewLabel();
                for (int i = 0; i < c - 1; i++)
                {
                    CondJump(_t.Child(n, i), direct ? jumpIf : !jumpIf, skip);
                }

                CondJump(_t.Child(n, c - 1), jumpIf, label);
                if (!direct)
                {
                    _em.Mark(skip);
                }
            }
            else
            {
                PyObject c = k == NodeKind.Name || k == NodeKind.Call ? null : Fold(n);
                if (c != null)
                {
                    if ((c.Truth(_ip) != 0) == jumpIf)
                    {
                        _em.Jump(Opcodes.JUMP, label);
                    }
                }
                else
                {
                    Expr(n);
                    _em.Jump(jumpIf ? Opcodes.POP_JUMP_IF_TRUE : Opcodes.POP_JUMP_IF_FALSE, label);
                }
            }

            _depth--;
        }

        // A subscript index (slices are built by Expr; a tuple of slices is an ordinary tuple display).
        private void Index(int n)
        {
            Expr(n);
        }

        private void Slice(int n)
        {
            for (int i = 0; i < 2; i++)
            {
                if (_t.Child(n, i) >= 0)
                {
                    Expr(_t.Child(n, i));
                }
                else
                {
                    _em.Op(Opcodes.LOAD_NONE);
                }
            }

            if (_t.Child(n, 2) >= 0)
            {
                Expr(_t.Child(n, 2));
                _em.OpArg(Opcodes.BUILD_SLICE, 3);
            }
            else
            {
                _em.OpArg(Opcodes.BUILD_SLICE, 2);
            }
        }

        // Builds a tuple, list or set from the element nodes in _scratch[mark..] (and truncates the scratch stack).
        private void SequenceFromScratch(int kind, int mark)
        {
            int c = _scratch.Count - mark;
            bool star = false;
            bool constant = true;
            for (int i = mark; i < _scratch.Count; i++)
            {
                int e = _scratch[i];
                if (_t.Kind(e) == NodeKind.Starred)
                {
                    star = true;
                    constant = false;
                }
                else if (constant && Fold(e) == null)
                {
                    constant = false;
                }
            }

            if (constant && kind != NodeKind.Set && (kind == NodeKind.Tuple || c >= 3))
            {
                PyObject[] items = new PyObject[c];
                for (int i = 0; i < c; i++)
                {
                    items[i] = Fold(_scratch[mark + i]);
                }

                _scratch.Count = mark;
                PyTuple tuple = c == 0 ? PyTuple.Empty : new PyTuple(items);
                if (kind == NodeKind.Tuple)
                {
                    _em.LoadConst(tuple);
                    return;
                }

                // A constant list: one tuple constant extended into an empty list.
                _em.OpArg(Opcodes.BUILD_LIST, 0);
                _em.LoadConst(tuple);
                _em.OpArg(Opcodes.LIST_EXTEND, 1);
                return;
            }

            int build = kind == NodeKind.Set ? Opcodes.BUILD_SET : Opcodes.BUILD_LIST;
            if (!star && c <= MaxBuildItems)
            {
                for (int i = mark; i < _scratch.Count; i++)
                {
                    Expr(_scratch[i]);
                }

                _scratch.Count = mark;
                _em.OpArg(kind == NodeKind.Tuple ? Opcodes.BUILD_TUPLE : build, c);
                return;
            }

            // Starred items or a long display: start with the leading plain items, then add one at a time.
            int lead = 0;
            while (lead < c && lead < MaxBuildItems && _t.Kind(_scratch[mark + lead]) != NodeKind.Starred)
            {
                Expr(_scratch[mark + lead]);
                lead++;
            }

            _em.OpArg(build, lead);
            int add = kind == NodeKind.Set ? Opcodes.SET_ADD : Opcodes.LIST_APPEND;
            int update = kind == NodeKind.Set ? Opcodes.SET_UPDATE : Opcodes.LIST_EXTEND;
            for (int i = mark + lead; i < _scratch.Count; i++)
            {
                int e = _scratch[i];
                if (_t.Kind(e) == NodeKind.Starred)
                {
                    Expr(_t.Child(e, 0));
                    _em.OpArg(update, 1);
                }
                else
                {
                    Expr(e);
                    _em.OpArg(add, 1);
                }
            }

            _scratch.Count = mark;
            if (kind == NodeKind.Tuple)
            {
                _em.Op(Opcodes.LIST_TO_TUPLE);
            }
        }

        private void Dict(int n)
        {
            int c = _t.Count(n) / 2;
            int lead = 0;
            while (lead < c && lead < MaxBuildItems && _t.Child(n, 2 * lead) >= 0)
            {
                Expr(_t.Child(n, 2 * lead));
                Expr(_t.Child(n, (2 * lead) + 1));
                lead++;
            }

            _em.OpArg(Opcodes.BUILD_MAP, lead);
            for (int i = lead; i < c; i++)
            {
                int key = _t.Child(n, 2 * i);
                if (key < 0)
                {
                    Expr(_t.Child(n, (2 * i) + 1));
                    _em.OpArg(Opcodes.DICT_UPDATE, 1);
                }
                else
                {
                    Expr(key);
                    Expr(_t.Child(n, (2 * i) + 1));
                    _em.OpArg(Opcodes.MAP_ADD, 1);
                }
            }
        }

        private void Call(int n)
        {
            int func = _t.Child(n, 0);
            int c = _t.Count(n);
            _em.SetLine(_t.Line(n));
            if (c == 1 && _t.Kind(func) == NodeKind.Name && ZeroArgSuper(func))
            {
                return;
            }

            bool simple = true;
            for (int i = 1; i < c; i++)
            {
                int k = _t.Kind(_t.Child(n, i));
                if (k == NodeKind.Starred || k == NodeKind.DoubleStar)
                {
                    simple = false;
                }
            }

            if (simple && _t.Kind(func) == NodeKind.Attribute)
            {
                Expr(_t.Child(func, 0));
                _em.NameOp(Opcodes.LOAD_METHOD, (PyStr)_t.Obj(func, 1));
                CallArgs(n, 1, 0, true);
                return;
            }

            Expr(func);
            CallArgs(n, 1, 0, false);
        }

        // super() inside a method: super(__class__, first argument).
        private bool ZeroArgSuper(int func)
        {
            if (((PyStr)_t.Obj(func, 0)).Value != "super" || !_scope.IsFunctionLike || _scope.VarNames.Count == 0
                || (_scope.ArgCount == 0 && (_scope.ArgFlags & CodeObject.FlagVarArgs) == 0))
            {
                return false;
            }

            PyStr cls = Names.Get(Names.__class__);
            PyStr super = (PyStr)_t.Obj(func, 0);
            if ((_scope.FlagsOf(cls) & Scope.Free) == 0 || (_scope.FlagsOf(super) & (Scope.Local | Scope.Cell | Scope.Free)) != 0)
            {
                return false;
            }

            NameAccess(super, Load);
            NameAccess(cls, Load);
            NameAccess((PyStr)_scope.VarNames[0], Load);
            _em.OpArg(Opcodes.CALL_FUNCTION, 2);
            return true;
        }

        // Pushes the arguments in node slots [first..] and emits the call. 'pushed' positional arguments are already on
        // the stack above the callable (class creation: the body function and the name). method: after LOAD_METHOD.
        private void CallArgs(int n, int first, int pushed, bool method)
        {
            int c = _t.Count(n);
            bool simple = true;
            int nKw = 0;
            for (int i = first; i < c; i++)
            {
                int k = _t.Kind(_t.Child(n, i));
                if (k == NodeKind.Starred || k == NodeKind.DoubleStar)
                {
                    simple = false;
                }
                else if (k == NodeKind.Keyword)
                {
                    nKw++;
                }
            }

            if (simple)
            {
                int nPos = 0;
                for (int i = first; i < c; i++)
                {
                    int a = _t.Child(n, i);
                    if (_t.Kind(a) != NodeKind.Keyword)
                    {
                        Expr(a);
                        nPos++;
                    }
                }

                // The call itself is attributed to the line where the call expression starts.
                _em.SetLine(_t.Line(n));
                if (nKw == 0)
                {
                    _em.OpArg(method ? Opcodes.CALL_METHOD : Opcodes.CALL_FUNCTION, pushed + nPos);
                    return;
                }

                PyObject[] names = new PyObject[nKw];
                int j = 0;
                for (int i = first; i < c; i++)
                {
                    int a = _t.Child(n, i);
                    if (_t.Kind(a) == NodeKind.Keyword)
                    {
                        names[j++] = (PyStr)_t.Obj(a, 0);
                        Expr(_t.Child(a, 1));
                    }
                }

                _em.SetLine(_t.Line(n));
                _em.LoadConst(new PyTuple(names));
                _em.OpArg(method ? Opcodes.CALL_METHOD_KW : Opcodes.CALL_FUNCTION_KW, pushed + nPos + nKw);
                return;
            }

            // f(*a, **k): positional arguments into a list (then a tuple), keywords into a dict.
            int lead = 0;
            for (int i = first; i < c; i++)
            {
                int a = _t.Child(n, i);
                int k = _t.Kind(a);
                if (k == NodeKind.Starred || k == NodeKind.DoubleStar)
                {
                    break;
                }

                if (k != NodeKind.Keyword)
                {
                    Expr(a);
                    lead++;
                }
            }

            _em.OpArg(Opcodes.BUILD_LIST, pushed + lead);
            int seen = 0;
            for (int i = first; i < c; i++)
            {
                int a = _t.Child(n, i);
                int k = _t.Kind(a);
                if (k == NodeKind.Keyword || k == NodeKind.DoubleStar)
                {
                    continue;
                }

                if (seen++ < lead)
                {
                    continue;
                }

                if (k == NodeKind.Starred)
                {
                    Expr(_t.Child(a, 0));
                    _em.OpArg(Opcodes.LIST_EXTEND, 1);
                }
                else
                {
                    Expr(a);
                    _em.OpArg(Opcodes.LIST_APPEND, 1);
                }
            }

            _em.Op(Opcodes.LIST_TO_TUPLE);
            bool dict = false;
            int group = 0;
            for (int i = first; i <= c; i++)
            {
                int a = i < c ? _t.Child(n, i) : -1;
                int k = a >= 0 ? _t.Kind(a) : -1;
                if (k == NodeKind.Keyword)
                {
                    _em.LoadConst((PyStr)_t.Obj(a, 0));
                    Expr(_t.Child(a, 1));
                    group++;
                    continue;
                }

                if (group > 0)
                {
                    _em.OpArg(Opcodes.BUILD_MAP, group);
                    if (dict)
                    {
                        _em.OpArg(Opcodes.DICT_MERGE, 1);
                    }

                    dict = true;
                    group = 0;
                }

                if (k == NodeKind.DoubleStar)
                {
                    if (!dict)
                    {
                        _em.OpArg(Opcodes.BUILD_MAP, 0);
                        dict = true;
                    }

                    Expr(_t.Child(a, 0));
                    _em.OpArg(Opcodes.DICT_MERGE, 1);
                }
            }

            _em.SetLine(_t.Line(n));
            _em.OpArg(Opcodes.CALL_FUNCTION_EX, dict ? 1 : 0);
        }

        // The body of a comprehension's function: [collection] loops ... element ... RETURN_VALUE.
        private void ComprehensionBody(int n)
        {
            int k = _t.Kind(n);
            _em.SetLine(_t.Line(n));
            if (k == NodeKind.ListComp)
            {
                _em.OpArg(Opcodes.BUILD_LIST, 0);
            }
            else if (k == NodeKind.SetComp)
            {
                _em.OpArg(Opcodes.BUILD_SET, 0);
            }
            else if (k == NodeKind.DictComp)
            {
                _em.OpArg(Opcodes.BUILD_MAP, 0);
            }

            int firstFor = k == NodeKind.DictComp ? 2 : 1;
            int c = _t.Count(n);
            int loops = c - firstFor;
            int mark = _scratch.Count;
            for (int i = firstFor; i < c; i++)
            {
                int f = _t.Child(n, i);
                if (i == firstFor)
                {
                    _em.LoadFast(0);
                }
                else
                {
                    Expr(_t.Child(f, 1));
                    _em.Op(Opcodes.GET_ITER);
                }

                int top = _em.NewLabel();
                int cont = _em.NewLabel();
                int done = _em.NewLabel();
                _em.Mark(top);
                _em.Jump(Opcodes.FOR_ITER, done);
                StoreTarget(_t.Child(f, 0));
                int fc = _t.Count(f);
                for (int j = 2; j < fc; j++)
                {
                    CondJump(_t.Child(f, j), false, cont);
                }

                _scratch.Add(top);
                _scratch.Add(cont);
                _scratch.Add(done);
            }

            switch (k)
            {
                case NodeKind.ListComp:
                    Expr(_t.Child(n, 0));
                    _em.OpArg(Opcodes.LIST_APPEND, loops + 1);
                    break;
                case NodeKind.SetComp:
                    Expr(_t.Child(n, 0));
                    _em.OpArg(Opcodes.SET_ADD, loops + 1);
                    break;
                case NodeKind.DictComp:
                    Expr(_t.Child(n, 0));
                    Expr(_t.Child(n, 1));
                    _em.OpArg(Opcodes.MAP_ADD, loops + 1);
                    break;
                default:
                    Expr(_t.Child(n, 0));
                    _em.Op(Opcodes.YIELD_VALUE);
                    _em.Op(Opcodes.POP_TOP);
                    break;
            }

            for (int i = _scratch.Count - 3; i >= mark; i -= 3)
            {
                _em.Mark(_scratch[i + 1]);
                _em.Jump(Opcodes.JUMP_BACK, _scratch[i]);
                _em.Mark(_scratch[i + 2]);
            }

            _scratch.Count = mark;
            if (k == NodeKind.GenExp)
            {
                _em.Op(Opcodes.LOAD_NONE);
            }

            _em.Op(Opcodes.RETURN_VALUE);
        }
    }
}
