using System.Collections;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// Second compiler pass: walks the tree scope by scope and emits bytecode through an <see cref="Emitter"/>,
    /// following the compilation schemes in the header of Opcodes.cs. One CodeGen compiles a whole module; nested
    /// scopes are compiled when their definition is reached and become constants of the enclosing code.
    /// </summary>
    public sealed partial class CodeGen
    {
#if NANOPY_HOST
        private const int MaxDepth = 500;
#else
        private const int MaxDepth = 60;
#endif

        // Compile-time blocks (for break/continue/return through with/try/except/finally).
        private const int BlockWhile = 1;
        private const int BlockFor = 2;
        private const int BlockWith = 3;
        private const int BlockAsyncWith = 4;
        private const int BlockExcept = 5;
        private const int BlockFinallyHandler = 6;
        private const int BlockFinallyTry = 7;
        private const int BlockSize = 4;

        private readonly Interpreter _ip;
        private readonly Tree _t;
        private readonly SourceText _src;
        private readonly ScopeAnalyzer _scopes;
        private readonly int _mode;
        private readonly PyStr _fileName;
        private readonly IntList _scratch = new IntList();

        // micropython.const() names and values (module-wide, as MicroPython's parser does).
        private readonly Hashtable _consts = new Hashtable();

        private Scope _scope;
        private Emitter _em;

        // kind, a, b, handlerCount per block. For loops: a = break label, b = continue label; BlockExcept: a = name
        // object index or -1; BlockFinallyTry: a = finally body node.
        private IntList _blocks = new IntList();
        private int _depth;

        /// <summary>A generator for a parsed and analyzed tree.</summary>
        public CodeGen(Interpreter ip, Tree tree, SourceText source, ScopeAnalyzer scopes, int mode)
        {
            _ip = ip;
            _t = tree;
            _src = source;
            _scopes = scopes;
            _mode = mode;
            _fileName = Intern.Get(source.FileName);
        }

        /// <summary>Compiles the module (or eval expression) whose scope is module.</summary>
        public CodeObject CompileModule(Scope module)
        {
            _scope = module;
            _em = new Emitter(1);
            int root = _t.Root;
            if (_mode == CompileMode.Eval)
            {
                _em.SetLine(_t.Line(root));
                Expr(root);
                _em.Op(Opcodes.RETURN_VALUE);
            }
            else
            {
                Block(root);
                _em.Op(Opcodes.LOAD_NONE);
                _em.Op(Opcodes.RETURN_VALUE);
            }

            return MakeCode(module, _em, 1);
        }

        private PyException Error(int node, string msg)
        {
            return _src.Syntax(msg, _t.Line(node), _t.Col(node));
        }

        private void Enter()
        {
            if (++_depth > MaxDepth)
            {
                throw new PyException(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
            }
        }

        private CodeObject MakeCode(Scope s, Emitter em, int firstLine)
        {
            CodeObject co = new CodeObject();
            if (!em.Finish(co, s.PosOnlyArgCount, s.KwOnlyArgCount))
            {
                throw _src.Syntax("code too large", firstLine, 0);
            }

            co.VarNames = ToStrs(s.VarNames);
            co.CellNames = ToStrs(s.CellNames);
            co.FreeNames = ToStrs(s.FreeNames);
            int[] cellArgs = s.CellNames.Count == 0 ? CodeObject.NoInts : new int[s.CellNames.Count];
            for (int i = 0; i < cellArgs.Length; i++)
            {
                object name = s.CellNames[i];
                cellArgs[i] = (s.FlagsOf((PyStr)name) & Scope.DefParam) != 0 ? s.VarNames.IndexOf(name) : -1;
            }

            co.CellArgIndex = cellArgs;
            co.ArgCount = s.ArgCount;
            int flags = s.ArgFlags;
            if (!s.IsFunctionLike)
            {
                flags |= CodeObject.FlagDictLocals;
            }

            if (s.KwOnlyArgCount > 0)
            {
                flags |= CodeObject.FlagKwOnly;
            }

            if (s.IsGenerator)
            {
                flags |= CodeObject.FlagGenerator;
            }

            if (s.IsCoroutine)
            {
                flags |= CodeObject.FlagCoroutine;
            }

            if (s.FreeNames.Count > 0 || (s.Parent != null && s.Parent.IsFunctionLike))
            {
                flags |= CodeObject.FlagNested;
            }

            co.Flags = flags;
            co.Name = s.Name;
            co.QualPrefix = s.QualPrefix == null ? null : Intern.Get(s.QualPrefix);
            co.FileName = _fileName;
            return co;
        }

        private static PyStr[] ToStrs(ArrayList a)
        {
            if (a.Count == 0)
            {
                return CodeObject.NoNames;
            }

            PyStr[] r = new PyStr[a.Count];
            a.CopyTo(r);
            return r;
        }

        // Compiles a nested scope into a code object (saving and restoring the generator state).
        private CodeObject CompileScope(Scope s, int firstLine)
        {
            Scope savedScope = _scope;
            Emitter savedEm = _em;
            IntList savedBlocks = _blocks;
            _scope = s;
            _em = new Emitter(firstLine);
            _blocks = new IntList();
            int n = s.Node;
            int k = _t.Kind(n);
            switch (k)
            {
                case NodeKind.FunctionDef:
                case NodeKind.AsyncFunctionDef:
                    Block(_t.Child(n, 2));
                    if (_em.Reachable)
                    {
                        _em.Op(Opcodes.LOAD_NONE);
                        _em.Op(Opcodes.RETURN_VALUE);
                    }

                    break;
                case NodeKind.Lambda:
                    _em.SetLine(_t.Line(_t.Child(n, 1)));
                    Expr(_t.Child(n, 1));
                    _em.Op(Opcodes.RETURN_VALUE);
                    break;
                case NodeKind.ClassDef:
                    ClassBody(n, s);
                    break;
                default:
                    ComprehensionBody(n);
                    break;
            }

            CodeObject co = MakeCode(s, _em, firstLine);
            _scope = savedScope;
            _em = savedEm;
            _blocks = savedBlocks;
            return co;
        }

        private void ClassBody(int n, Scope s)
        {
            _em.SetLine(_t.Line(n));
            _em.NameOp(Opcodes.LOAD_NAME, Names.Get(Names.__name__));
            _em.NameOp(Opcodes.STORE_NAME, Names.Get(Names.__module__));
            _em.LoadConst(Intern.Get(s.QualName));
            _em.NameOp(Opcodes.STORE_NAME, Names.Get(Names.__qualname__));
            Block(_t.Child(n, 1));
            if (s.NeedsClassCell)
            {
                _em.OpArg(Opcodes.LOAD_CLOSURE, s.CellNames.IndexOf(Names.Get(Names.__class__)));
            }
            else
            {
                _em.Op(Opcodes.LOAD_NONE);
            }

            _em.Op(Opcodes.RETURN_VALUE);
        }

        // Pushes a function object for a scope: [defaults] [kwdefaults] [closure] MAKE_FUNCTION.
        private void MakeFunction(Scope s, int paramsNode, int firstLine)
        {
            int flags = 0;
            if (paramsNode >= 0)
            {
                int nPos = _t.Child(paramsNode, 1);
                int nKw = _t.Child(paramsNode, 2);
                int pflags = _t.Child(paramsNode, 3);
                int first = 4;
                int nDef = 0;
                for (int i = 0; i < nPos; i++)
                {
                    if (_t.Child(_t.Child(paramsNode, first + i), 2) >= 0)
                    {
                        nDef++;
                    }
                }

                if (nDef > 0)
                {
                    int mark = _scratch.Count;
                    for (int i = nPos - nDef; i < nPos; i++)
                    {
                        _scratch.Add(_t.Child(_t.Child(paramsNode, first + i), 2));
                    }

                    SequenceFromScratch(NodeKind.Tuple, mark);
                    flags |= Opcodes.MakeFunctionDefaults;
                }

                int kwStart = first + nPos + ((pflags & NodeKind.ParamsVarArgs) != 0 ? 1 : 0);
                int nKwDef = 0;
                for (int i = 0; i < nKw; i++)
                {
                    int p = _t.Child(paramsNode, kwStart + i);
                    if (_t.Child(p, 2) >= 0)
                    {
                        _em.LoadConst((PyStr)_t.Obj(p, 0));
                        Expr(_t.Child(p, 2));
                        nKwDef++;
                    }
                }

                if (nKwDef > 0)
                {
                    _em.OpArg(Opcodes.BUILD_MAP, nKwDef);
                    flags |= Opcodes.MakeFunctionKwDefaults;
                }
            }

            CodeObject code = CompileScope(s, firstLine);
            if (s.FreeNames.Count > 0)
            {
                for (int i = 0; i < s.FreeNames.Count; i++)
                {
                    _em.OpArg(Opcodes.LOAD_CLOSURE, ClosureSlot((PyStr)s.FreeNames[i]));
                }

                _em.OpArg(Opcodes.BUILD_TUPLE, s.FreeNames.Count);
                flags |= Opcodes.MakeFunctionClosure;
            }

            _em.OpArg2(Opcodes.MAKE_FUNCTION, _em.Const(code), flags);
        }

        // The cell/free index of a name in the current scope, for LOAD_CLOSURE.
        private int ClosureSlot(PyStr name)
        {
            int c = _scope.CellNames.IndexOf(name);
            if (c >= 0)
            {
                return c;
            }

            return _scope.CellNames.Count + _scope.FreeNames.IndexOf(name);
        }

        // ---- names ----

        private const int Load = 0;
        private const int Store = 1;
        private const int Del = 2;

        private void NameAccess(PyStr name, int ctx)
        {
            Scope s = _scope;
            int i = s.Find(name);
            int f = i < 0 ? 0 : s.SymFlags[i];
            if (ctx == Load && !(s.IsFunctionLike && (f & (Scope.Local | Scope.Cell | Scope.Free)) != 0))
            {
                // micropython.const(): later uses of the name become the constant (unless bound locally).
                object c = _consts[name];
                if (c != null)
                {
                    _em.LoadConst((PyObject)c);
                    return;
                }
            }

            if (s.IsFunctionLike)
            {
                if ((f & (Scope.Cell | Scope.Free)) != 0)
                {
                    _em.OpArg(ctx == Load ? Opcodes.LOAD_DEREF : ctx == Store ? Opcodes.STORE_DEREF : Opcodes.DELETE_DEREF, s.SymSlot[i]);
                    return;
                }

                if ((f & Scope.Local) != 0)
                {
                    int slot = s.SymSlot[i];
                    if (ctx == Load)
                    {
                        _em.LoadFast(slot);
                    }
                    else if (ctx == Store)
                    {
                        _em.StoreFast(slot);
                    }
                    else
                    {
                        _em.OpArg(Opcodes.DELETE_FAST, slot);
                    }

                    return;
                }

                GlobalAccess(name, ctx);
                return;
            }

            if ((f & Scope.GlobalExplicit) != 0)
            {
                GlobalAccess(name, ctx);
                return;
            }

            if (s.Kind == Scope.KindClass && (f & Scope.Local) == 0 && (f & Scope.Free) != 0)
            {
                _em.OpArg(ctx == Load ? Opcodes.LOAD_CLASSDEREF : ctx == Store ? Opcodes.STORE_DEREF : Opcodes.DELETE_DEREF, s.SymSlot[i]);
                return;
            }

            _em.NameOp(ctx == Load ? Opcodes.LOAD_NAME : ctx == Store ? Opcodes.STORE_NAME : Opcodes.DELETE_NAME, name);
        }

        private void GlobalAccess(PyStr name, int ctx)
        {
            _em.NameOp(ctx == Load ? Opcodes.LOAD_GLOBAL : ctx == Store ? Opcodes.STORE_GLOBAL : Opcodes.DELETE_GLOBAL, name);
        }

        // ---- blocks ----

        private void PushBlock(int kind, int a, int b)
        {
            _blocks.Add(kind);
            _blocks.Add(a);
            _blocks.Add(b);
            _blocks.Add(_em.HandlerCount);
        }

        // Like PushBlock, with an explicit handler count (the handlers active outside the block).
        private void PushBlockAt(int kind, int a, int b, int handlerCount)
        {
            _blocks.Add(kind);
            _blocks.Add(a);
            _blocks.Add(b);
            _blocks.Add(handlerCount);
        }

        private void PopBlock()
        {
            _blocks.Count -= BlockSize;
        }

        // Emits the clean-up of every block above index 'to' (a block index, -1 for all), innermost first. With
        // preserveTop the value on top of the stack (a pending return value) is kept there. The handlers active
        // outside the exited blocks stay in force for the caller's final jump or return; the caller restores the
        // returned handler stack afterwards.
        private int[] Unwind(int to, bool preserveTop)
        {
            int[] handlers = _em.SaveHandlers();
            int top = _blocks.Count / BlockSize;
            for (int i = top - 1; i > to; i--)
            {
                int at = i * BlockSize;
                int kind = _blocks[at];
                int a = _blocks[at + 1];
                _em.TruncateHandlers(_blocks[at + 3]);
                switch (kind)
                {
                    case BlockWith:
                    case BlockAsyncWith:
                        if (preserveTop)
                        {
                            _em.Op(Opcodes.ROT_TWO);
                        }

                        CallExit(kind == BlockAsyncWith);
                        break;
                    case BlockExcept:
                        if (preserveTop)
                        {
                            _em.Op(Opcodes.ROT_TWO);
                        }

                        if (a >= 0)
                        {
                            ClearName((PyStr)_t.ObjAt(a));
                        }

                        _em.Op(Opcodes.POP_EXCEPT);
                        break;
                    case BlockFinallyHandler:
                        if (preserveTop)
                        {
                            _em.Op(Opcodes.ROT_TWO);
                            _em.Op(Opcodes.POP_TOP);
                            _em.Op(Opcodes.ROT_TWO);
                        }
                        else
                        {
                            _em.Op(Opcodes.POP_TOP);
                        }

                        _em.Op(Opcodes.POP_EXCEPT);
                        break;
                    case BlockFinallyTry:
                    {
                        // The finally body runs inline, outside the protection of its own handler and with the
                        // blocks from this one up hidden (a return inside it unwinds only the outer blocks).
                        int saved = _blocks.Count;
                        int[] copy = new int[saved - at];
                        System.Array.Copy(_blocks.Items, at, copy, 0, copy.Length);
                        _blocks.Count = at;
                        Block(a);
                        _blocks.Count = at;
                        for (int j = 0; j < copy.Length; j++)
                        {
                            _blocks.Add(copy[j]);
                        }

                        break;
                    }
                }
            }

            _em.TruncateHandlers(to < 0 ? 0 : _blocks[(to * BlockSize) + 3]);
            return handlers;
        }

        // LOAD_NONE x3; CALL_FUNCTION 3 [await]; POP_TOP: calls __exit__(None, None, None) below the stack top.
        private void CallExit(bool async)
        {
            _em.Op(Opcodes.LOAD_NONE);
            _em.Op(Opcodes.LOAD_NONE);
            _em.Op(Opcodes.LOAD_NONE);
            _em.OpArg(Opcodes.CALL_FUNCTION, 3);
            if (async)
            {
                Await();
            }

            _em.Op(Opcodes.POP_TOP);
        }

        private void Await()
        {
            _em.Op(Opcodes.GET_AWAITABLE);
            _em.Op(Opcodes.LOAD_NONE);
            _em.Op(Opcodes.YIELD_FROM);
        }

        // name = None; del name (the end of an 'except E as name' clause).
        private void ClearName(PyStr name)
        {
            _em.Op(Opcodes.LOAD_NONE);
            NameAccess(name, Store);
            NameAccess(name, Del);
        }
    }
}
