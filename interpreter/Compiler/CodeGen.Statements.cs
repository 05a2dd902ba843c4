using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>Statements.</summary>
    public sealed partial class CodeGen
    {
        private void Block(int block)
        {
            int n = _t.Count(block);
            for (int i = 0; i < n; i++)
            {
                Statement(_t.Child(block, i));
            }
        }

        // An else/elif part: a Block or a nested If.
        private void OptBlock(int node)
        {
            if (node < 0)
            {
                return;
            }

            if (_t.Kind(node) == NodeKind.If)
            {
                Statement(node);
            }
            else
            {
                Block(node);
            }
        }

        private void Statement(int n)
        {
            Enter();
            _em.SetLine(_t.Line(n));
            int k = _t.Kind(n);
            switch (k)
            {
                case NodeKind.ExprStmt:
                    ExprStatement(_t.Child(n, 0));
                    break;
                case NodeKind.Assign:
                    Assign(n);
                    break;
                case NodeKind.AugAssign:
                    AugAssign(n);
                    break;
                case NodeKind.AnnAssign:
                    if (_t.Child(n, 2) >= 0)
                    {
                        Expr(_t.Child(n, 2));
                        StoreTarget(_t.Child(n, 0));
                    }

                    break;
                case NodeKind.Pass:
                case NodeKind.Global:
                case NodeKind.Nonlocal:
                    break;
                case NodeKind.Break:
                case NodeKind.Continue:
                    BreakContinue(n, k == NodeKind.Break);
                    break;
                case NodeKind.Return:
                    Return(n);
                    break;
                case NodeKind.Delete:
                {
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        DeleteTarget(_t.Child(n, i));
                    }

                    break;
                }

                case NodeKind.Raise:
                {
                    int argc = 0;
                    if (_t.Child(n, 0) >= 0)
                    {
                        Expr(_t.Child(n, 0));
                        argc++;
                        if (_t.Child(n, 1) >= 0)
                        {
                            Expr(_t.Child(n, 1));
                            argc++;
                        }
                    }

                    int d = _em.Depth - argc;
                    _em.OpArg(Opcodes.RAISE_VARARGS, argc);
                    _em.Depth = d;
                    break;
                }

                case NodeKind.Assert:
                {
                    int ok = _em.NewLabel();
                    CondJump(_t.Child(n, 0), true, ok);
                    _em.Op(Opcodes.LOAD_ASSERTION_ERROR);
                    if (_t.Child(n, 1) >= 0)
                    {
                        Expr(_t.Child(n, 1));
                        _em.OpArg(Opcodes.CALL_FUNCTION, 1);
                    }

                    _em.OpArg(Opcodes.RAISE_VARARGS, 1);
                    _em.Mark(ok);
                    break;
                }

                case NodeKind.Import:
                    Import(n);
                    break;
                case NodeKind.ImportFrom:
                    ImportFrom(n);
                    break;
                case NodeKind.If:
                {
                    // An elif chain is walked iteratively (no recursion per elif).
                    int end = _em.NewLabel();
                    int cur = n;
                    while (true)
                    {
                        int orelse = _t.Child(cur, 2);
                        int elseLabel = _em.NewLabel();
                        _em.SetLine(_t.Line(cur));
                        CondJump(_t.Child(cur, 0), false, elseLabel);
                        Block(_t.Child(cur, 1));
                        if (orelse >= 0 && _em.Reachable)
                        {
                            _em.Jump(Opcodes.JUMP, end);
                        }

                        _em.Mark(elseLabel);
                        if (orelse < 0)
                        {
                            break;
                        }

                        if (_t.Kind(orelse) != NodeKind.If)
                        {
                            Block(orelse);
                            break;
                        }

                        cur = orelse;
                    }

                    _em.Mark(end);
                    break;
                }

                case NodeKind.While:
                    While(n);
                    break;
                case NodeKind.For:
                    For(n);
                    break;
                case NodeKind.AsyncFor:
                    AsyncFor(n);
                    break;
                case NodeKind.With:
                case NodeKind.AsyncWith:
                    With(n, 0, k == NodeKind.AsyncWith);
                    break;
                case NodeKind.Try:
                    if (_t.Child(n, 2) >= 0)
                    {
                        TryFinally(n);
                    }
                    else
                    {
                        TryExcept(n);
                    }

                    break;
                case NodeKind.FunctionDef:
                case NodeKind.AsyncFunctionDef:
                {
                    int dec = Decorators(_t.Child(n, 3));
                    int first = _t.Child(n, 3) >= 0 ? _t.Line(_t.Child(n, 3)) : _t.Line(n);
                    MakeFunction(_scopes.ScopeOf(n), _t.Child(n, 1), first);
                    ApplyDecorators(dec);
                    NameAccess((PyStr)_t.Obj(n, 0), Store);
                    break;
                }

                case NodeKind.ClassDef:
                    ClassDef(n);
                    break;
            }

            _depth--;
        }

        private void ExprStatement(int e)
        {
            if (_mode == CompileMode.Single && _scope.Kind == Scope.KindModule)
            {
                Expr(e);
                _em.Op(Opcodes.PRINT_EXPR);
                return;
            }

            int k = _t.Kind(e);
            if (k == NodeKind.Const || k == NodeKind.None || k == NodeKind.True || k == NodeKind.False || k == NodeKind.Ellipsis)
            {
                // A constant statement (a docstring) does nothing.
                return;
            }

            Expr(e);
            _em.Op(Opcodes.POP_TOP);
        }

        private int Decorators(int d)
        {
            if (d < 0)
            {
                return 0;
            }

            int c = _t.Count(d);
            for (int i = 0; i < c; i++)
            {
                Expr(_t.Child(d, i));
            }

            return c;
        }

        private void ApplyDecorators(int count)
        {
            for (int i = 0; i < count; i++)
            {
                _em.OpArg(Opcodes.CALL_FUNCTION, 1);
            }
        }

        private void ClassDef(int n)
        {
            int dec = Decorators(_t.Child(n, 2));
            _em.SetLine(_t.Line(n));
            _em.Op(Opcodes.LOAD_BUILD_CLASS);
            int first = _t.Child(n, 2) >= 0 ? _t.Line(_t.Child(n, 2)) : _t.Line(n);
            MakeFunction(_scopes.ScopeOf(n), -1, first);
            _em.LoadConst((PyStr)_t.Obj(n, 0));
            CallArgs(n, 3, 2, false);
            ApplyDecorators(dec);
            NameAccess((PyStr)_t.Obj(n, 0), Store);
        }

        private void Assign(int n)
        {
            int c = _t.Count(n);
            int value = _t.Child(n, c - 1);
            if (c == 2 && ConstDefinition(_t.Child(n, 0), value))
            {
                return;
            }

            // a, b = b, a without building a tuple.
            if (c == 2 && TrySwap(_t.Child(n, 0), value))
            {
                return;
            }

            Expr(value);
            for (int i = 0; i < c - 1; i++)
            {
                if (i < c - 2)
                {
                    _em.Op(Opcodes.DUP_TOP);
                }

                StoreTarget(_t.Child(n, i));
            }
        }

        private bool TrySwap(int target, int value)
        {
            int tk = _t.Kind(target);
            int n = _t.Count(target);
            if ((tk != NodeKind.Tuple && tk != NodeKind.List) || _t.Kind(value) != NodeKind.Tuple || _t.Count(value) != n || n < 2 || n > 3)
            {
                return false;
            }

            for (int i = 0; i < n; i++)
            {
                if (_t.Kind(_t.Child(target, i)) == NodeKind.Starred || _t.Kind(_t.Child(value, i)) == NodeKind.Starred)
                {
                    return false;
                }
            }

            if (Fold(value) != null)
            {
                return false;
            }

            for (int i = 0; i < n; i++)
            {
                Expr(_t.Child(value, i));
            }

            // Reverse the values so that the first is on top, then store left to right.
            if (n == 2)
            {
                _em.Op(Opcodes.ROT_TWO);
            }
            else
            {
                _em.Op(Opcodes.ROT_THREE);
                _em.Op(Opcodes.ROT_TWO);
            }

            for (int i = 0; i < n; i++)
            {
                StoreTarget(_t.Child(target, i));
            }

            return true;
        }

        // NAME = const(expr) or micropython.const(expr) at module or class level.
        private bool ConstDefinition(int target, int value)
        {
            if (_scope.IsFunctionLike || _t.Kind(target) != NodeKind.Name || _t.Kind(value) != NodeKind.Call || _t.Count(value) != 2)
            {
                return false;
            }

            int f = _t.Child(value, 0);
            bool isConst = (_t.Kind(f) == NodeKind.Name && ((PyStr)_t.Obj(f, 0)).Value == "const")
                || (_t.Kind(f) == NodeKind.Attribute && ((PyStr)_t.Obj(f, 1)).Value == "const" && _t.Kind(_t.Child(f, 0)) == NodeKind.Name
                    && ((PyStr)_t.Obj(_t.Child(f, 0), 0)).Value == "micropython");
            int arg = _t.Child(value, 1);
            int ak = _t.Kind(arg);
            if (!isConst || ak == NodeKind.Starred || ak == NodeKind.Keyword || ak == NodeKind.DoubleStar)
            {
                return false;
            }

            PyObject v = Fold(arg);
            if (v == null || v is PyBool || !_ip.Numbers.IsInt(v))
            {
                throw Error(arg, "constant must be an integer");
            }

            PyStr name = (PyStr)_t.Obj(target, 0);
            _consts[name] = v;
            if (name.Value.Length > 0 && name.Value[0] == '_')
            {
                return true;
            }

            _em.LoadConst(v);
            NameAccess(name, Store);
            return true;
        }

        private void AugAssign(int n)
        {
            int op = _t.Child(n, 0) + BinaryOp.InplaceOffset;
            int target = _t.Child(n, 1);
            int value = _t.Child(n, 2);
            switch (_t.Kind(target))
            {
                case NodeKind.Name:
                    NameAccess((PyStr)_t.Obj(target, 0), Load);
                    Expr(value);
                    _em.Op(Opcodes.BINARY_OP_MULTI + op);
                    NameAccess((PyStr)_t.Obj(target, 0), Store);
                    return;
                case NodeKind.Attribute:
                {
                    PyStr attr = (PyStr)_t.Obj(target, 1);
                    Expr(_t.Child(target, 0));
                    _em.Op(Opcodes.DUP_TOP);
                    _em.NameOp(Opcodes.LOAD_ATTR, attr);
                    Expr(value);
                    _em.Op(Opcodes.BINARY_OP_MULTI + op);
                    _em.Op(Opcodes.ROT_TWO);
                    _em.NameOp(Opcodes.STORE_ATTR, attr);
                    return;
                }

                default:
                    Expr(_t.Child(target, 0));
                    Index(_t.Child(target, 1));
                    _em.Op(Opcodes.DUP_TOP_TWO);
                    _em.Op(Opcodes.LOAD_SUBSCR);
                    Expr(value);
                    _em.Op(Opcodes.BINARY_OP_MULTI + op);
                    _em.Op(Opcodes.ROT_THREE);
                    _em.Op(Opcodes.STORE_SUBSCR);
                    return;
            }
        }

        // Stores the value on top of the stack into a target.
        private void StoreTarget(int t)
        {
            switch (_t.Kind(t))
            {
                case NodeKind.Name:
                    NameAccess((PyStr)_t.Obj(t, 0), Store);
                    return;
                case NodeKind.Attribute:
                    Expr(_t.Child(t, 0));
                    _em.NameOp(Opcodes.STORE_ATTR, (PyStr)_t.Obj(t, 1));
                    return;
                case NodeKind.Subscript:
                    Expr(_t.Child(t, 0));
                    Index(_t.Child(t, 1));
                    _em.Op(Opcodes.STORE_SUBSCR);
                    return;
                case NodeKind.Starred:
                    StoreTarget(_t.Child(t, 0));
                    return;
                default:
                {
                    Enter();
                    int c = _t.Count(t);
                    int star = -1;
                    for (int i = 0; i < c; i++)
                    {
                        if (_t.Kind(_t.Child(t, i)) == NodeKind.Starred)
                        {
                            star = i;
                        }
                    }

                    if (star < 0)
                    {
                        _em.OpArg(Opcodes.UNPACK_SEQUENCE, c);
                    }
                    else
                    {
                        _em.OpArg2(Opcodes.UNPACK_EX, star, c - star - 1);
                    }

                    for (int i = 0; i < c; i++)
                    {
                        StoreTarget(_t.Child(t, i));
                    }

                    _depth--;
                    return;
                }
            }
        }

        private void DeleteTarget(int t)
        {
            switch (_t.Kind(t))
            {
                case NodeKind.Name:
                    NameAccess((PyStr)_t.Obj(t, 0), Del);
                    return;
                case NodeKind.Attribute:
                    Expr(_t.Child(t, 0));
                    _em.NameOp(Opcodes.DELETE_ATTR, (PyStr)_t.Obj(t, 1));
                    return;
                case NodeKind.Subscript:
                    Expr(_t.Child(t, 0));
                    Index(_t.Child(t, 1));
                    _em.Op(Opcodes.DELETE_SUBSCR);
                    return;
                default:
                {
                    int c = _t.Count(t);
                    for (int i = 0; i < c; i++)
                    {
                        DeleteTarget(_t.Child(t, i));
                    }

                    return;
                }
            }
        }

        private void Import(int n)
        {
            int c = _t.Count(n);
            for (int i = 0; i < c; i++)
            {
                int a = _t.Child(n, i);
                PyStr name = (PyStr)_t.Obj(a, 0);
                _em.LoadConst(PyInt.Zero);
                _em.Op(Opcodes.LOAD_NONE);
                _em.NameOp(Opcodes.IMPORT_NAME, name);
                string text = name.Value;
                int dot = text.IndexOf('.');
                if (_t.Child(a, 1) < 0)
                {
                    // import a.b.c binds the top-level package a.
                    NameAccess(dot < 0 ? name : Intern.Get(text.Substring(0, dot)), Store);
                    continue;
                }

                // import a.b.c as d binds the submodule: walk down with IMPORT_FROM.
                while (dot >= 0)
                {
                    int next = text.IndexOf('.', dot + 1);
                    string part = next < 0 ? text.Substring(dot + 1) : text.Substring(dot + 1, next - dot - 1);
                    _em.NameOp(Opcodes.IMPORT_FROM, Intern.Get(part));
                    _em.Op(Opcodes.ROT_TWO);
                    _em.Op(Opcodes.POP_TOP);
                    dot = next;
                }

                NameAccess((PyStr)_t.Obj(a, 1), Store);
            }
        }

        private void ImportFrom(int n)
        {
            int c = _t.Count(n);
            PyStr module = _t.Child(n, 0) >= 0 ? (PyStr)_t.Obj(n, 0) : PyStr.Empty;
            if (module.Value == "__future__")
            {
                // Future features are all on in Python 3; nothing to import.
                return;
            }

            PyObject[] from = new PyObject[c - 2];
            for (int i = 2; i < c; i++)
            {
                from[i - 2] = (PyStr)_t.Obj(_t.Child(n, i), 0);
            }

            _em.LoadConst(PyInt.Get(_t.Child(n, 1)));
            _em.LoadConst(new PyTuple(from));
            _em.NameOp(Opcodes.IMPORT_NAME, module.IsInterned ? module : Intern.Get(module));
            if (from.Length == 1 && ((PyStr)from[0]).Value == "*")
            {
                _em.Op(Opcodes.IMPORT_STAR);
                return;
            }

            for (int i = 2; i < c; i++)
            {
                int a = _t.Child(n, i);
                _em.NameOp(Opcodes.IMPORT_FROM, (PyStr)_t.Obj(a, 0));
                NameAccess(_t.Child(a, 1) >= 0 ? (PyStr)_t.Obj(a, 1) : (PyStr)_t.Obj(a, 0), Store);
            }

            _em.Op(Opcodes.POP_TOP);
        }

        private void Return(int n)
        {
            int d = _em.Depth;
            int v = _t.Child(n, 0);
            if (v >= 0)
            {
                Expr(v);
            }
            else
            {
                _em.Op(Opcodes.LOAD_NONE);
            }

            int[] handlers = Unwind(-1, true);
            _em.Op(Opcodes.RETURN_VALUE);
            _em.RestoreHandlers(handlers);
            _em.Depth = d;
        }

        private void BreakContinue(int n, bool isBreak)
        {
            int loop = -1;
            for (int i = (_blocks.Count / BlockSize) - 1; i >= 0; i--)
            {
                int kind = _blocks[i * BlockSize];
                if (kind == BlockWhile || kind == BlockFor)
                {
                    loop = i;
                    break;
                }
            }

            if (loop < 0)
            {
                throw Error(n, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
            }

            int d = _em.Depth;
            int[] handlers = Unwind(loop, false);
            int at = loop * BlockSize;
            if (isBreak)
            {
                if (_blocks[at] == BlockFor)
                {
                    _em.Op(Opcodes.POP_TOP);
                }

                _em.Jump(Opcodes.JUMP, _blocks[at + 1]);
            }
            else
            {
                _em.Jump(Opcodes.JUMP_BACK, _blocks[at + 2]);
            }

            _em.RestoreHandlers(handlers);
            _em.Depth = d;
        }

        private void While(int n)
        {
            int top = _em.NewLabel();
            int elseLabel = _em.NewLabel();
            int end = _em.NewLabel();
            _em.Mark(top);
            int test = _t.Child(n, 0);
            PyObject c = Fold(test);
            if (c == null || c.Truth(_ip) == 0)
            {
                CondJump(test, false, elseLabel);
            }

            PushBlock(BlockWhile, end, top);
            Block(_t.Child(n, 1));
            PopBlock();
            if (_em.Reachable)
            {
                _em.Jump(Opcodes.JUMP_BACK, top);
            }
            _em.Mark(elseLabel);
            OptBlock(_t.Child(n, 2));
            _em.Mark(end);
        }

        private void For(int n)
        {
            Expr(_t.Child(n, 1));
            _em.Op(Opcodes.GET_ITER);
            int top = _em.NewLabel();
            int done = _em.NewLabel();
            int end = _em.NewLabel();
            _em.Mark(top);
            _em.Jump(Opcodes.FOR_ITER, done);
            StoreTarget(_t.Child(n, 0));
            PushBlock(BlockFor, end, top);
            Block(_t.Child(n, 2));
            PopBlock();
            if (_em.Reachable)
            {
                _em.SetLine(_t.Line(n));
                _em.Jump(Opcodes.JUMP_BACK, top);
            }

            _em.Mark(done);
            OptBlock(_t.Child(n, 3));
            _em.Mark(end);
        }

        private void AsyncFor(int n)
        {
            Expr(_t.Child(n, 1));
            _em.Op(Opcodes.GET_AITER);
            int top = _em.NewLabel();
            int stop = _em.NewLabel();
            int end = _em.NewLabel();
            _em.Mark(top);
            _em.PushHandler(stop, _em.Depth);
            _em.Op(Opcodes.GET_ANEXT);
            _em.Op(Opcodes.LOAD_NONE);
            _em.Op(Opcodes.YIELD_FROM);
            _em.PopHandler();
            StoreTarget(_t.Child(n, 0));
            PushBlock(BlockFor, end, top);
            Block(_t.Child(n, 2));
            PopBlock();
            if (_em.Reachable)
            {
                _em.SetLine(_t.Line(n));
                _em.Jump(Opcodes.JUMP_BACK, top);
            }

            _em.Mark(stop);
            _em.Op(Opcodes.END_ASYNC_FOR);
            OptBlock(_t.Child(n, 3));
            _em.Mark(end);
        }

        // with item i of node n (and the following items nested inside it).
        private void With(int n, int i, bool async)
        {
            int count = _t.Count(n) - 1;
            int item = _t.Child(n, i);
            int baseDepth = _em.Depth;
            int handlers = _em.HandlerCount;
            Expr(_t.Child(item, 0));
            if (async)
            {
                _em.Op(Opcodes.BEFORE_ASYNC_WITH);
                Await();
            }
            else
            {
                _em.Op(Opcodes.BEFORE_WITH);
            }

            int h = _em.NewLabel();
            int cleanup = _em.NewLabel();
            int suppress = _em.NewLabel();
            int end = _em.NewLabel();
            _em.PushHandler(h, baseDepth + 1);
            if (_t.Child(item, 1) >= 0)
            {
                StoreTarget(_t.Child(item, 1));
            }
            else
            {
                _em.Op(Opcodes.POP_TOP);
            }

            PushBlockAt(async ? BlockAsyncWith : BlockWith, 0, 0, handlers);
            if (i + 1 < count)
            {
                With(n, i + 1, async);
            }
            else
            {
                Block(_t.Child(n, count));
            }

            PopBlock();
            _em.PopHandler();
            if (_em.Reachable)
            {
                _em.SetLine(_t.Line(n));
                CallExit(async);
                _em.Jump(Opcodes.JUMP, end);
            }

            _em.Mark(h);
            _em.Op(Opcodes.PUSH_EXC_INFO);
            _em.PushHandler(cleanup, baseDepth + 2);
            _em.Op(Opcodes.WITH_EXCEPT_START);
            if (async)
            {
                Await();
            }

            _em.Jump(Opcodes.POP_JUMP_IF_TRUE, suppress);
            _em.Op(Opcodes.RERAISE);
            _em.Mark(suppress);
            _em.Op(Opcodes.POP_TOP);
            _em.PopHandler();
            _em.Op(Opcodes.POP_EXCEPT);
            _em.Op(Opcodes.POP_TOP);
            _em.Jump(Opcodes.JUMP, end);
            Cleanup(cleanup);
            _em.Mark(end);
        }

        // C: ROT_TWO; POP_EXCEPT; RERAISE (restores the previously handled exception and re-raises).
        private void Cleanup(int label)
        {
            _em.Mark(label);
            _em.Op(Opcodes.ROT_TWO);
            _em.Op(Opcodes.POP_EXCEPT);
            _em.Op(Opcodes.RERAISE);
        }

        private void TryFinally(int n)
        {
            int final = _t.Child(n, 2);
            int baseDepth = _em.Depth;
            int h = _em.NewLabel();
            int cleanup = _em.NewLabel();
            int end = _em.NewLabel();
            PushBlock(BlockFinallyTry, final, 0);
            _em.PushHandler(h, baseDepth);
            if (_t.Count(n) > 3)
            {
                TryExcept(n);
            }
            else
            {
                Block(_t.Child(n, 0));
            }

            _em.PopHandler();
            PopBlock();
            if (_em.Reachable)
            {
                Block(final);
                if (_em.Reachable)
                {
                    _em.Jump(Opcodes.JUMP, end);
                }
            }

            _em.Mark(h);
            _em.Op(Opcodes.PUSH_EXC_INFO);
            PushBlock(BlockFinallyHandler, 0, 0);
            _em.PushHandler(cleanup, baseDepth + 1);
            Block(final);
            PopBlock();
            _em.Op(Opcodes.RERAISE);
            _em.PopHandler();
            Cleanup(cleanup);
            _em.Mark(end);
        }

        private void TryExcept(int n)
        {
            int c = _t.Count(n);
            int baseDepth = _em.Depth;
            int outer = _em.HandlerCount;
            int h = _em.NewLabel();
            int cleanup = _em.NewLabel();
            int elseLabel = _em.NewLabel();
            int end = _em.NewLabel();
            _em.PushHandler(h, baseDepth);
            Block(_t.Child(n, 0));
            _em.PopHandler();
            if (_em.Reachable)
            {
                _em.Jump(Opcodes.JUMP, elseLabel);
            }

            _em.Mark(h);
            _em.Op(Opcodes.PUSH_EXC_INFO);
            _em.PushHandler(cleanup, baseDepth + 1);
            bool bare = false;
            for (int i = 3; i < c; i++)
            {
                int hn = _t.Child(n, i);
                _em.SetLine(_t.Line(hn));
                int type = _t.Child(hn, 0);
                int next = _em.NewLabel();
                if (type >= 0)
                {
                    Expr(type);
                    _em.Op(Opcodes.CHECK_EXC_MATCH);
                    _em.Jump(Opcodes.POP_JUMP_IF_FALSE, next);
                }
                else
                {
                    bare = true;
                }

                int nameIndex = _t.Child(hn, 1);
                if (nameIndex >= 0)
                {
                    PyStr name = (PyStr)_t.ObjAt(nameIndex);
                    NameAccess(name, Store);
                    int nameCleanup = _em.NewLabel();
                    _em.PushHandler(nameCleanup, baseDepth + 1);
                    PushBlockAt(BlockExcept, nameIndex, 0, outer);
                    Block(_t.Child(hn, 2));
                    PopBlock();
                    _em.PopHandler();
                    _em.PopHandler();
                    if (_em.Reachable)
                    {
                        ClearName(name);
                        _em.Op(Opcodes.POP_EXCEPT);
                        _em.Jump(Opcodes.JUMP, end);
                    }

                    _em.PushHandler(cleanup, baseDepth + 1);
                    _em.Mark(nameCleanup);
                    ClearName(name);
                    _em.Op(Opcodes.RERAISE);
                }
                else
                {
                    _em.Op(Opcodes.POP_TOP);
                    PushBlockAt(BlockExcept, -1, 0, outer);
                    Block(_t.Child(hn, 2));
                    PopBlock();
                    _em.PopHandler();
                    if (_em.Reachable)
                    {
                        _em.Op(Opcodes.POP_EXCEPT);
                        _em.Jump(Opcodes.JUMP, end);
                    }

                    _em.PushHandler(cleanup, baseDepth + 1);
                }

                _em.Mark(next);
            }

            if (!bare)
            {
                _em.Op(Opcodes.RERAISE);
            }

            _em.PopHandler();
            Cleanup(cleanup);
            _em.Mark(elseLabel);
            OptBlock(_t.Child(n, 1));
            _em.Mark(end);
        }
    }
}
