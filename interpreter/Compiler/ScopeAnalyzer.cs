using System.Collections;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// First compiler pass: builds the <see cref="Scope"/> tree, records how each scope uses each name, checks the
    /// scope-related syntax rules (return/yield/await placement, global and nonlocal declarations) and resolves names
    /// as CPython's symtable does: function locals, cells captured by nested functions, free variables, explicit and
    /// implicit globals; class bodies use their dict and see enclosing function variables as free (LOAD_CLASSDEREF);
    /// methods that use super or __class__ make the class body create a __class__ cell.
    /// </summary>
    public sealed class ScopeAnalyzer
    {
#if NANOPY_HOST
        private const int MaxDepth = 500;
#else
        private const int MaxDepth = 60;
#endif

        private readonly Tree _t;
        private readonly SourceText _src;
        private readonly Hashtable _scopes = new Hashtable();
        private readonly PyStr _super;
        private readonly PyStr _class;
        private int _depth;

        /// <summary>An analyzer for a parsed tree.</summary>
        public ScopeAnalyzer(Tree tree, SourceText source)
        {
            _t = tree;
            _src = source;
            _super = Intern.Get("super");
            _class = Names.Get(Names.__class__);
        }

        /// <summary>The scope opened by a node (module root, def, lambda, class, comprehension), or null.</summary>
        public Scope ScopeOf(int node)
        {
            return (Scope)_scopes[node];
        }

        /// <summary>Analyzes the whole tree; returns the module scope.</summary>
        public Scope Analyze(int root, bool eval)
        {
            Scope m = new Scope(Scope.KindModule, null, root, Names.Get(Names._module_));
            _scopes[root] = m;
            if (eval)
            {
                Expr(root, m);
            }
            else
            {
                Body(root, m);
            }

            Resolve(m);
            return m;
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

        private void Body(int block, Scope s)
        {
            int n = _t.Count(block);
            for (int i = 0; i < n; i++)
            {
                Stmt(_t.Child(block, i), s);
            }
        }

        private void Opt(int node, Scope s)
        {
            if (node >= 0)
            {
                Expr(node, s);
            }
        }

        private void Stmt(int n, Scope s)
        {
            Enter();
            int k = _t.Kind(n);
            switch (k)
            {
                case NodeKind.ExprStmt:
                    Expr(_t.Child(n, 0), s);
                    break;
                case NodeKind.Assign:
                {
                    int c = _t.Count(n);
                    Expr(_t.Child(n, c - 1), s);
                    for (int i = 0; i < c - 1; i++)
                    {
                        Store(_t.Child(n, i), s);
                    }

                    break;
                }

                case NodeKind.AugAssign:
                {
                    Expr(_t.Child(n, 2), s);
                    int target = _t.Child(n, 1);
                    if (_t.Kind(target) == NodeKind.Name)
                    {
                        Use((PyStr)_t.Obj(target, 0), s);
                    }

                    Store(target, s);
                    break;
                }

                case NodeKind.AnnAssign:
                    Opt(_t.Child(n, 2), s);
                    if (_t.Child(n, 2) >= 0 || _t.Kind(_t.Child(n, 0)) == NodeKind.Name)
                    {
                        Store(_t.Child(n, 0), s);
                    }

                    break;
                case NodeKind.Return:
                    if (s.Kind != Scope.KindFunction)
                    {
                        throw Error(n, "'return' outside function");
                    }

                    if (_t.Child(n, 0) >= 0)
                    {
                        s.ReturnValuePos = n;
                        Expr(_t.Child(n, 0), s);
                    }

                    break;
                case NodeKind.Delete:
                {
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        Store(_t.Child(n, i), s);
                    }

                    break;
                }

                case NodeKind.Raise:
                    Opt(_t.Child(n, 0), s);
                    Opt(_t.Child(n, 1), s);
                    break;
                case NodeKind.Global:
                case NodeKind.Nonlocal:
                    Declare(n, s, k == NodeKind.Global);
                    break;
                case NodeKind.Assert:
                    Expr(_t.Child(n, 0), s);
                    Opt(_t.Child(n, 1), s);
                    break;
                case NodeKind.Import:
                {
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        int a = _t.Child(n, i);
                        PyStr bound = _t.Child(a, 1) >= 0 ? (PyStr)_t.Obj(a, 1) : FirstComponent((PyStr)_t.Obj(a, 0));
                        Define(bound, s, n);
                    }

                    break;
                }

                case NodeKind.ImportFrom:
                {
                    int c = _t.Count(n);
                    for (int i = 2; i < c; i++)
                    {
                        int a = _t.Child(n, i);
                        PyStr name = (PyStr)_t.Obj(a, 0);
                        if (name.Value == "*")
                        {
                            if (s.Kind != Scope.KindModule)
                            {
                                throw Error(n, "import * only allowed at module level");
                            }

                            continue;
                        }

                        Define(_t.Child(a, 1) >= 0 ? (PyStr)_t.Obj(a, 1) : name, s, n);
                    }

                    break;
                }

                case NodeKind.If:
                {
                    int cur = n;
                    while (cur >= 0 && _t.Kind(cur) == NodeKind.If)
                    {
                        Expr(_t.Child(cur, 0), s);
                        Body(_t.Child(cur, 1), s);
                        int orelse = _t.Child(cur, 2);
                        if (orelse >= 0 && _t.Kind(orelse) != NodeKind.If)
                        {
                            Body(orelse, s);
                            break;
                        }

                        cur = orelse;
                    }

                    break;
                }

                case NodeKind.While:
                    Expr(_t.Child(n, 0), s);
                    Body(_t.Child(n, 1), s);
                    OptBody(_t.Child(n, 2), s);
                    break;
                case NodeKind.For:
                case NodeKind.AsyncFor:
                    if (k == NodeKind.AsyncFor)
                    {
                        CheckAsync(n, s, "'async for' outside async function");
                    }

                    Expr(_t.Child(n, 1), s);
                    Store(_t.Child(n, 0), s);
                    Body(_t.Child(n, 2), s);
                    OptBody(_t.Child(n, 3), s);
                    break;
                case NodeKind.With:
                case NodeKind.AsyncWith:
                {
                    if (k == NodeKind.AsyncWith)
                    {
                        CheckAsync(n, s, "'async with' outside async function");
                    }

                    int c = _t.Count(n);
                    for (int i = 0; i < c - 1; i++)
                    {
                        int item = _t.Child(n, i);
                        Expr(_t.Child(item, 0), s);
                        if (_t.Child(item, 1) >= 0)
                        {
                            Store(_t.Child(item, 1), s);
                        }
                    }

                    Body(_t.Child(n, c - 1), s);
                    break;
                }

                case NodeKind.Try:
                {
                    Body(_t.Child(n, 0), s);
                    int c = _t.Count(n);
                    for (int i = 3; i < c; i++)
                    {
                        int h = _t.Child(n, i);
                        Opt(_t.Child(h, 0), s);
                        if (_t.Child(h, 1) >= 0)
                        {
                            Define((PyStr)_t.Obj(h, 1), s, h);
                        }

                        Body(_t.Child(h, 2), s);
                    }

                    OptBody(_t.Child(n, 1), s);
                    OptBody(_t.Child(n, 2), s);
                    break;
                }

                case NodeKind.FunctionDef:
                case NodeKind.AsyncFunctionDef:
                    Decorators(_t.Child(n, 3), s);
                    Function(n, s, k == NodeKind.AsyncFunctionDef);
                    Define((PyStr)_t.Obj(n, 0), s, n);
                    break;
                case NodeKind.ClassDef:
                    ClassDef(n, s);
                    break;
            }

            _depth--;
        }

        private void OptBody(int block, Scope s)
        {
            if (block < 0)
            {
                return;
            }

            if (_t.Kind(block) == NodeKind.If)
            {
                Stmt(block, s);
            }
            else
            {
                Body(block, s);
            }
        }

        private void Decorators(int d, Scope s)
        {
            if (d >= 0)
            {
                int c = _t.Count(d);
                for (int i = 0; i < c; i++)
                {
                    Expr(_t.Child(d, i), s);
                }
            }
        }

        private void CheckAsync(int n, Scope s, string msg)
        {
            if (s.Kind != Scope.KindFunction || !s.IsCoroutine)
            {
                throw Error(n, msg);
            }
        }

        private static PyStr FirstComponent(PyStr dotted)
        {
            int dot = dotted.Value.IndexOf('.');
            return dot < 0 ? dotted : Intern.Get(dotted.Value.Substring(0, dot));
        }

        private void Declare(int n, Scope s, bool global)
        {
            int c = _t.Count(n);
            for (int i = 0; i < c; i++)
            {
                PyStr name = (PyStr)_t.Obj(n, i);
                if (!global && s.Kind == Scope.KindModule)
                {
                    throw Error(n, "nonlocal declaration not allowed at module level");
                }

                int f = s.FlagsOf(name);
                string what = global ? "global" : "nonlocal";
                if ((f & Scope.DefParam) != 0)
                {
                    throw Error(n, "name '" + name.Value + "' is parameter and " + what);
                }

                if ((f & (global ? Scope.DefNonlocal : Scope.DefGlobal)) != 0)
                {
                    throw Error(n, "name '" + name.Value + "' is nonlocal and global");
                }

                if ((f & Scope.DefLocal) != 0)
                {
                    throw Error(n, "name '" + name.Value + "' is assigned to before " + what + " declaration");
                }

                if ((f & Scope.Used) != 0)
                {
                    throw Error(n, "name '" + name.Value + "' is used prior to " + what + " declaration");
                }

                s.AddFlags(name, global ? Scope.DefGlobal : Scope.DefNonlocal);
            }
        }

        private void Define(PyStr name, Scope s, int node)
        {
            s.AddFlags(name, Scope.DefLocal);
        }

        private void Use(PyStr name, Scope s)
        {
            s.AddFlags(name, Scope.Used);
            if (name == _super && s.IsFunctionLike)
            {
                // Zero-argument super() needs the class cell.
                s.AddFlags(_class, Scope.Used);
            }
        }

        // Assignment (and del) targets.
        private void Store(int n, Scope s)
        {
            switch (_t.Kind(n))
            {
                case NodeKind.Name:
                    Define((PyStr)_t.Obj(n, 0), s, n);
                    return;
                case NodeKind.Attribute:
                    Expr(_t.Child(n, 0), s);
                    return;
                case NodeKind.Subscript:
                    Expr(_t.Child(n, 0), s);
                    Expr(_t.Child(n, 1), s);
                    return;
                case NodeKind.Starred:
                    Store(_t.Child(n, 0), s);
                    return;
                case NodeKind.Tuple:
                case NodeKind.List:
                {
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        Store(_t.Child(n, i), s);
                    }

                    return;
                }
            }
        }

        private void Expr(int n, Scope s)
        {
            Enter();
            int k = _t.Kind(n);
            switch (k)
            {
                case NodeKind.Name:
                    Use((PyStr)_t.Obj(n, 0), s);
                    break;
                case NodeKind.Const:
                case NodeKind.None:
                case NodeKind.True:
                case NodeKind.False:
                case NodeKind.Ellipsis:
                    break;
                case NodeKind.BinOp:
                {
                    // Walk the left spine iteratively: long chains (a + b + c ...) must not recurse per operator.
                    int m = n;
                    while (_t.Kind(m) == NodeKind.BinOp)
                    {
                        Expr(_t.Child(m, 2), s);
                        m = _t.Child(m, 1);
                    }

                    Expr(m, s);
                    break;
                }

                case NodeKind.Lambda:
                    Function(n, s, false);
                    break;
                case NodeKind.ListComp:
                case NodeKind.SetComp:
                case NodeKind.GenExp:
                case NodeKind.DictComp:
                    Comprehension(n, s);
                    break;
                case NodeKind.NamedExpr:
                    Expr(_t.Child(n, 1), s);
                    Walrus((PyStr)_t.Obj(_t.Child(n, 0), 0), s, n);
                    break;
                case NodeKind.Yield:
                case NodeKind.YieldFrom:
                    if (!s.IsFunctionLike)
                    {
                        throw Error(n, "'yield' outside function");
                    }

                    if (s.Kind == Scope.KindComprehension)
                    {
                        throw Error(n, "'yield' inside " + (_t.Kind(s.Node) == NodeKind.GenExp ? "generator expression" : _t.Kind(s.Node) == NodeKind.ListComp ? "list comprehension" : _t.Kind(s.Node) == NodeKind.SetComp ? "set comprehension" : "dict comprehension"));
                    }

                    if (k == NodeKind.YieldFrom && s.IsCoroutine)
                    {
                        throw Error(n, "'yield from' inside async function");
                    }

                    s.IsGenerator = true;
                    Opt(_t.Child(n, 0), s);
                    break;
                case NodeKind.Await:
                    if (!s.IsFunctionLike)
                    {
                        throw Error(n, "'await' outside function");
                    }

                    if (!s.IsCoroutine)
                    {
                        throw Error(n, s.Kind == Scope.KindComprehension ? "asynchronous comprehension outside of an asynchronous function" : "'await' outside async function");
                    }

                    Expr(_t.Child(n, 0), s);
                    break;
                case NodeKind.Attribute:
                case NodeKind.Starred:
                case NodeKind.DoubleStar:
                    Expr(_t.Child(n, 0), s);
                    break;
                case NodeKind.Keyword:
                    Expr(_t.Child(n, 1), s);
                    break;
                case NodeKind.UnaryOp:
                    Expr(_t.Child(n, 1), s);
                    break;
                case NodeKind.Compare:
                {
                    int c = _t.Count(n);
                    Expr(_t.Child(n, 0), s);
                    for (int i = 2; i < c; i += 2)
                    {
                        Expr(_t.Child(n, i), s);
                    }

                    break;
                }

                case NodeKind.FormattedValue:
                    Expr(_t.Child(n, 0), s);
                    Opt(_t.Child(n, 2), s);
                    break;
                default:
                {
                    // Every other expression: all slots are child expressions or -1 (Dict keys of **, absent slices).
                    int c = _t.Count(n);
                    for (int i = 0; i < c; i++)
                    {
                        Opt(_t.Child(n, i), s);
                    }

                    break;
                }
            }

            _depth--;
        }

        // An assignment expression binds in the nearest enclosing non-comprehension scope.
        private void Walrus(PyStr name, Scope s, int node)
        {
            if (s.Kind != Scope.KindComprehension)
            {
                Define(name, s, node);
                return;
            }

            Scope t = s;
            while (t.Kind == Scope.KindComprehension)
            {
                t = t.Parent;
            }

            if (t.Kind == Scope.KindClass)
            {
                throw Error(node, "assignment expression within a comprehension cannot be used in a class body");
            }

            Define(name, t, node);
            bool global = t.Kind == Scope.KindModule || (t.FlagsOf(name) & Scope.DefGlobal) != 0;
            for (Scope c = s; c != t; c = c.Parent)
            {
                if ((c.FlagsOf(name) & (Scope.DefLocal | Scope.DefParam)) != 0)
                {
                    throw Error(node, "assignment expression cannot rebind comprehension iteration variable '" + name.Value + "'");
                }

                c.AddFlags(name, global ? Scope.DefGlobal : Scope.DefNonlocal);
            }
        }

        private void Function(int n, Scope s, bool async)
        {
            bool lambda = _t.Kind(n) == NodeKind.Lambda;
            int p = _t.Child(n, lambda ? 0 : 1);

            // Defaults are evaluated in the enclosing scope; annotations are ignored.
            int count = _t.Count(p);
            for (int i = 4; i < count; i++)
            {
                Opt(_t.Child(_t.Child(p, i), 2), s);
            }

            Scope f = new Scope(lambda ? Scope.KindLambda : Scope.KindFunction, s, n, lambda ? Names.Get(Names._lambda_) : (PyStr)_t.Obj(n, 0));
            f.IsCoroutine = async;
            _scopes[n] = f;
            DefineParams(p, f);
            if (lambda)
            {
                Expr(_t.Child(n, 1), f);
            }
            else
            {
                Body(_t.Child(n, 2), f);
                if (f.IsGenerator && f.IsCoroutine && f.ReturnValuePos >= 0)
                {
                    throw Error(f.ReturnValuePos, "'return' with value in async generator");
                }
            }
        }

        // Parameters in CodeObject order: positional, keyword-only, *args, **kwargs.
        private void DefineParams(int p, Scope f)
        {
            int nPosOnly = _t.Child(p, 0);
            int nPos = _t.Child(p, 1);
            int nKw = _t.Child(p, 2);
            int flags = _t.Child(p, 3);
            int first = 4;
            int varArgs = (flags & NodeKind.ParamsVarArgs) != 0 ? first + nPos : -1;
            int kwStart = first + nPos + (varArgs >= 0 ? 1 : 0);
            f.ArgCount = nPos;
            f.PosOnlyArgCount = nPosOnly;
            f.KwOnlyArgCount = nKw;
            for (int i = 0; i < nPos; i++)
            {
                Param(_t.Child(p, first + i), f);
            }

            for (int i = 0; i < nKw; i++)
            {
                Param(_t.Child(p, kwStart + i), f);
            }

            if (varArgs >= 0)
            {
                f.ArgFlags |= CodeObject.FlagVarArgs;
                Param(_t.Child(p, varArgs), f);
            }

            if ((flags & NodeKind.ParamsVarKeywords) != 0)
            {
                f.ArgFlags |= CodeObject.FlagVarKeywords;
                Param(_t.Child(p, kwStart + nKw), f);
            }
        }

        private void Param(int param, Scope f)
        {
            PyStr name = (PyStr)_t.Obj(param, 0);
            f.AddFlags(name, Scope.DefParam);
            f.VarNames.Add(name);
        }

        private void ClassDef(int n, Scope s)
        {
            Decorators(_t.Child(n, 2), s);
            int c = _t.Count(n);
            for (int i = 3; i < c; i++)
            {
                Expr(_t.Child(n, i), s);
            }

            Scope cs = new Scope(Scope.KindClass, s, n, (PyStr)_t.Obj(n, 0));
            _scopes[n] = cs;
            Body(_t.Child(n, 1), cs);
            Define((PyStr)_t.Obj(n, 0), s, n);
        }

        private void Comprehension(int n, Scope s)
        {
            int k = _t.Kind(n);
            int firstFor = k == NodeKind.DictComp ? 2 : 1;
            int c = _t.Count(n);
            PyStr name = Names.Get(k == NodeKind.ListComp ? Names._listcomp_ : k == NodeKind.SetComp ? Names._setcomp_ : k == NodeKind.DictComp ? Names._dictcomp_ : Names._genexpr_);
            for (int i = firstFor; i < c; i++)
            {
                if (_t.Kind(_t.Child(n, i)) == NodeKind.AsyncCompFor)
                {
                    throw Error(_t.Child(n, i), "asynchronous comprehension outside of an asynchronous function");
                }
            }

            // The outermost iterable is evaluated in the enclosing scope.
            Expr(_t.Child(_t.Child(n, firstFor), 1), s);
            Scope cs = new Scope(Scope.KindComprehension, s, n, name);
            cs.IsGenerator = k == NodeKind.GenExp;
            cs.IsCoroutine = false;
            _scopes[n] = cs;
            PyStr dot0 = Names.Get(Names._dot0_);
            cs.AddFlags(dot0, Scope.DefParam);
            cs.VarNames.Add(dot0);
            cs.ArgCount = 1;
            for (int i = firstFor; i < c; i++)
            {
                int f = _t.Child(n, i);
                if (i > firstFor)
                {
                    Expr(_t.Child(f, 1), cs);
                }

                Store(_t.Child(f, 0), cs);
                int fc = _t.Count(f);
                for (int j = 2; j < fc; j++)
                {
                    Expr(_t.Child(f, j), cs);
                }
            }

            Expr(_t.Child(n, 0), cs);
            if (k == NodeKind.DictComp)
            {
                Expr(_t.Child(n, 1), cs);
            }
        }

        // ---- resolution ----

        private void Resolve(Scope s)
        {
            Enter();
            int count = s.SymNames.Count;
            for (int i = 0; i < count; i++)
            {
                int f = s.SymFlags[i];
                PyStr name = (PyStr)s.SymNames[i];
                int r;
                if ((f & Scope.DefGlobal) != 0)
                {
                    r = Scope.GlobalExplicit;
                }
                else if ((f & Scope.DefNonlocal) != 0)
                {
                    if (!FindFree(s, name))
                    {
                        throw _src.Syntax("no binding for nonlocal '" + name.Value + "' found", _t.Line(s.Node), _t.Col(s.Node));
                    }

                    r = Scope.Free;
                }
                else if ((f & (Scope.DefLocal | Scope.DefParam)) != 0)
                {
                    r = Scope.Local;
                }
                else if ((f & (Scope.Free | Scope.Cell)) != 0)
                {
                    // Already made free (pass-through) or a cell by a scope resolved earlier.
                    r = 0;
                }
                else
                {
                    r = s.Kind != Scope.KindModule && FindFree(s, name) ? Scope.Free : Scope.GlobalImplicit;
                }

                s.SymFlags[i] = s.SymFlags[i] | r;
            }

            for (int i = 0; i < s.Children.Count; i++)
            {
                Resolve((Scope)s.Children[i]);
            }

            AssignSlots(s);
            _depth--;
        }

        // Looks for a binding of name in the enclosing function scopes; on success marks it a cell there and makes
        // every scope in between pass it through as a free variable.
        private bool FindFree(Scope from, PyStr name)
        {
            Scope s = from.Parent;
            while (s != null)
            {
                if (s.Kind == Scope.KindClass)
                {
                    if (name == _class)
                    {
                        s.NeedsClassCell = true;
                        s.AddFlags(name, Scope.Cell);
                        PassThrough(from, s, name);
                        return true;
                    }

                    s = s.Parent;
                    continue;
                }

                if (s.Kind == Scope.KindModule)
                {
                    return false;
                }

                int f = s.FlagsOf(name);
                if ((f & Scope.DefGlobal) != 0)
                {
                    return false;
                }

                if ((f & (Scope.DefNonlocal | Scope.Free)) != 0)
                {
                    PassThrough(from, s, name);
                    return true;
                }

                if ((f & (Scope.DefLocal | Scope.DefParam)) != 0)
                {
                    s.AddFlags(name, Scope.Cell);
                    PassThrough(from, s, name);
                    return true;
                }

                s = s.Parent;
            }

            return false;
        }

        private static void PassThrough(Scope from, Scope binder, PyStr name)
        {
            for (Scope t = from.Parent; t != binder; t = t.Parent)
            {
                int f = t.FlagsOf(name);
                if (t.Kind == Scope.KindClass && (f & (Scope.DefLocal | Scope.DefGlobal)) != 0)
                {
                    t.AddFlags(name, Scope.FreeClass);
                }
                else
                {
                    t.AddFlags(name, Scope.Free);
                }
            }
        }

        private static void AssignSlots(Scope s)
        {
            int count = s.SymNames.Count;
            if (s.IsFunctionLike)
            {
                for (int i = 0; i < count; i++)
                {
                    int f = s.SymFlags[i];
                    if ((f & Scope.Local) != 0 && (f & (Scope.Cell | Scope.DefParam)) == 0)
                    {
                        s.VarNames.Add(s.SymNames[i]);
                    }
                }
            }

            for (int i = 0; i < count; i++)
            {
                if ((s.SymFlags[i] & Scope.Cell) != 0)
                {
                    s.CellNames.Add(s.SymNames[i]);
                }
            }

            for (int i = 0; i < count; i++)
            {
                int f = s.SymFlags[i];
                if ((f & (Scope.Free | Scope.FreeClass)) != 0 && (f & Scope.Cell) == 0)
                {
                    s.FreeNames.Add(s.SymNames[i]);
                }
            }

            for (int i = 0; i < count; i++)
            {
                int f = s.SymFlags[i];
                object name = s.SymNames[i];
                int slot = -1;
                if ((f & Scope.Cell) != 0)
                {
                    slot = s.CellNames.IndexOf(name);
                }
                else if ((f & (Scope.Free | Scope.FreeClass)) != 0)
                {
                    slot = s.CellNames.Count + s.FreeNames.IndexOf(name);
                }
                else if ((f & Scope.Local) != 0 && s.IsFunctionLike)
                {
                    slot = s.VarNames.IndexOf(name);
                }

                s.SymSlot[i] = slot;
            }
        }
    }
}
