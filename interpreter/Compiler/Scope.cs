using System.Collections;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// One scope of the program (module, class body, function, lambda or comprehension) with its symbol table.
    /// <see cref="ScopeAnalyzer"/> fills the definition flags while walking the tree and then resolves every name to
    /// local, cell, free, global or dict (name) access; the code generator reads the result.
    /// </summary>
    public sealed class Scope
    {
        public const int KindModule = 0;
        public const int KindClass = 1;
        public const int KindFunction = 2;
        public const int KindLambda = 3;
        public const int KindComprehension = 4;

        // Definition flags (collected while walking).
        public const int DefLocal = 1;
        public const int DefParam = 2;
        public const int DefGlobal = 4;
        public const int DefNonlocal = 8;
        public const int Used = 16;

        // Resolution (set by ScopeAnalyzer.Resolve).
        public const int Local = 0x100;
        public const int Cell = 0x200;
        public const int Free = 0x400;
        public const int GlobalExplicit = 0x800;
        public const int GlobalImplicit = 0x1000;

        /// <summary>A class scope that passes a free variable through to its methods while also binding the name itself.</summary>
        public const int FreeClass = 0x2000;

        /// <summary>Scope kind (KindModule...).</summary>
        public readonly int Kind;

        /// <summary>The enclosing scope (null for the module).</summary>
        public readonly Scope Parent;

        /// <summary>The tree node that opens the scope.</summary>
        public readonly int Node;

        /// <summary>The code object's name.</summary>
        public readonly PyStr Name;

        /// <summary>The qualified name (CPython's __qualname__).</summary>
        public readonly string QualName;

        /// <summary>What the qualified name adds before the name ("C", "f.&lt;locals&gt;"), or null when they are equal.</summary>
        public readonly string QualPrefix;

        /// <summary>Contains yield (a generator).</summary>
        public bool IsGenerator;

        /// <summary>An async def.</summary>
        public bool IsCoroutine;

        /// <summary>A class body whose methods use __class__ (or zero-argument super()).</summary>
        public bool NeedsClassCell;

        /// <summary>Position (packed) of a 'return value' statement, checked for async generators.</summary>
        public int ReturnValuePos = -1;

        /// <summary>Names in order of first appearance.</summary>
        public readonly ArrayList SymNames = new ArrayList();

        /// <summary>Flags of each name (parallel to SymNames).</summary>
        public readonly IntList SymFlags = new IntList();

        /// <summary>Slot of each name: local index, or cell index (cells then frees). Parallel to SymNames.</summary>
        public readonly IntList SymSlot = new IntList();

        /// <summary>Fast locals, arguments first (function-like scopes).</summary>
        public readonly ArrayList VarNames = new ArrayList();

        /// <summary>Cell variable names.</summary>
        public readonly ArrayList CellNames = new ArrayList();

        /// <summary>Free variable names.</summary>
        public readonly ArrayList FreeNames = new ArrayList();

        /// <summary>Argument counts.</summary>
        public int ArgCount;

        /// <summary>Positional-only argument count.</summary>
        public int PosOnlyArgCount;

        /// <summary>Keyword-only argument count.</summary>
        public int KwOnlyArgCount;

        /// <summary>CodeObject flags from the parameters (FlagVarArgs, FlagVarKeywords).</summary>
        public int ArgFlags;

        /// <summary>Nested scopes in source order.</summary>
        public readonly ArrayList Children = new ArrayList();

        private readonly Hashtable _index = new Hashtable();

        /// <summary>A scope of a kind under a parent.</summary>
        public Scope(int kind, Scope parent, int node, PyStr name)
        {
            Kind = kind;
            Parent = parent;
            Node = node;
            Name = name;
            if (parent == null || parent.Kind == KindModule)
            {
                QualName = name.Value;
            }
            else if (parent.Kind == KindClass || parent.Kind == KindComprehension)
            {
                QualPrefix = parent.QualName;
                QualName = QualPrefix + "." + name.Value;
            }
            else
            {
                QualPrefix = parent.QualName + ".<locals>";
                QualName = QualPrefix + "." + name.Value;
            }

            if (parent != null)
            {
                parent.Children.Add(this);
            }
        }

        /// <summary>True for function, lambda and comprehension scopes (fast locals).</summary>
        public bool IsFunctionLike
        {
            get { return Kind >= KindFunction; }
        }

        /// <summary>The symbol index of a name, or -1.</summary>
        public int Find(PyStr name)
        {
            object o = _index[name];
            return o == null ? -1 : (int)o;
        }

        /// <summary>The flags of a name (0 when unknown).</summary>
        public int FlagsOf(PyStr name)
        {
            int i = Find(name);
            return i < 0 ? 0 : SymFlags[i];
        }

        /// <summary>Adds flags to a name (creating the symbol); returns the previous flags.</summary>
        public int AddFlags(PyStr name, int flags)
        {
            int i = Find(name);
            if (i < 0)
            {
                i = SymNames.Add(name);
                SymFlags.Add(0);
                SymSlot.Add(-1);
                _index[name] = i;
            }

            int old = SymFlags[i];
            SymFlags[i] = old | flags;
            return old;
        }
    }
}
