namespace NanoPython.Compiler
{
    /// <summary>
    /// Node kinds of the syntax <see cref="Tree"/>, with the layout of each node's slots. A slot holds a child node
    /// index (-1 when absent), an index into the tree's object table ("obj"), or a small number ("op", "n", "flags").
    /// </summary>
    public static class NodeKind
    {
        // ---- expressions ----
        public const int Name = 1;           // [obj PyStr (interned)]
        public const int Const = 2;          // [obj PyObject]
        public const int None = 3;           // []
        public const int True = 4;           // []
        public const int False = 5;          // []
        public const int Ellipsis = 6;       // []
        public const int JoinedStr = 7;      // [part...] each a Const str or a FormattedValue
        public const int FormattedValue = 8; // [expr, conversion 0..3, spec (Const or JoinedStr) | -1]
        public const int BinOp = 9;          // [op BinaryOp, left, right]
        public const int UnaryOp = 10;       // [op (UnaryPlus..UnaryNot), operand]
        public const int And = 11;           // [value...]
        public const int Or = 12;            // [value...]
        public const int Compare = 13;       // [left, op1 CompareOp, right1, op2, right2, ...]
        public const int IfExp = 14;         // [test, body, orelse]
        public const int NamedExpr = 15;     // [target Name, value]
        public const int Lambda = 16;        // [Params, body]
        public const int Call = 17;          // [func, arg...] arg: expr, Starred, Keyword, DoubleStar
        public const int Attribute = 18;     // [value, obj PyStr]
        public const int Subscript = 19;     // [value, index]
        public const int Slice = 20;         // [lower|-1, upper|-1, step|-1]
        public const int Starred = 21;       // [value]
        public const int Tuple = 22;         // [elt...]
        public const int List = 23;          // [elt...]
        public const int Set = 24;           // [elt...]
        public const int Dict = 25;          // [key, value, ...] key -1: {**value}
        public const int ListComp = 26;      // [elt, CompFor...]
        public const int SetComp = 27;       // [elt, CompFor...]
        public const int GenExp = 28;        // [elt, CompFor...]
        public const int DictComp = 29;      // [key, value, CompFor...]
        public const int CompFor = 30;       // [target, iter, if...]
        public const int AsyncCompFor = 31;  // [target, iter, if...]
        public const int Yield = 32;         // [value|-1]
        public const int YieldFrom = 33;     // [value]
        public const int Await = 34;         // [value]
        public const int Keyword = 35;       // [obj PyStr, value]
        public const int DoubleStar = 36;    // [value]  (**value in a call)

        // ---- statements ----
        public const int Block = 40;         // [stmt...]
        public const int ExprStmt = 41;      // [expr]
        public const int Assign = 42;        // [target..., value]
        public const int AugAssign = 43;     // [op BinaryOp, target, value]
        public const int AnnAssign = 44;     // [target, annotation, value|-1]
        public const int Pass = 45;          // []
        public const int Break = 46;         // []
        public const int Continue = 47;      // []
        public const int Return = 48;        // [value|-1]
        public const int Delete = 49;        // [target...]
        public const int Raise = 50;         // [exc|-1, cause|-1]
        public const int Global = 51;        // [obj PyStr...]
        public const int Nonlocal = 52;      // [obj PyStr...]
        public const int Assert = 53;        // [test, msg|-1]
        public const int Import = 54;        // [Alias...]
        public const int Alias = 55;         // [obj PyStr (dotted name or "*"), obj PyStr asname | -1]
        public const int ImportFrom = 56;    // [obj PyStr module | -1, level, Alias...]
        public const int If = 57;            // [test, body Block, orelse Block | If | -1]
        public const int While = 58;         // [test, body, orelse|-1]
        public const int For = 59;           // [target, iter, body, orelse|-1]
        public const int AsyncFor = 60;      // [target, iter, body, orelse|-1]
        public const int With = 61;          // [WithItem..., body]
        public const int AsyncWith = 62;     // [WithItem..., body]
        public const int WithItem = 63;      // [expr, target|-1]
        public const int Try = 64;           // [body, orelse|-1, finalbody|-1, ExceptHandler...]
        public const int ExceptHandler = 65; // [type|-1, obj PyStr name | -1, body]
        public const int FunctionDef = 66;   // [obj PyStr, Params, body, decorators|-1, returns|-1]
        public const int AsyncFunctionDef = 67; // as FunctionDef
        public const int ClassDef = 68;      // [obj PyStr, body, decorators|-1, arg...] (args as in Call)
        public const int Params = 69;        // [nPosOnly, nPos, nKwOnly, flags (1 *args, 2 **kwargs), Param...]
                                             // Param order: positional, *args, keyword-only, **kwargs
        public const int Param = 70;         // [obj PyStr, annotation|-1, default|-1]
        public const int Decorators = 71;    // [expr...]

        /// <summary>UnaryOp operators: +a, -a, ~a (as Runtime.UnaryOp) and not a.</summary>
        public const int UnaryPlus = 0;

        /// <summary>-a.</summary>
        public const int UnaryMinus = 1;

        /// <summary>~a.</summary>
        public const int UnaryInvert = 2;

        /// <summary>not a.</summary>
        public const int UnaryNot = 3;

        /// <summary>Params flag: *args present.</summary>
        public const int ParamsVarArgs = 1;

        /// <summary>Params flag: **kwargs present.</summary>
        public const int ParamsVarKeywords = 2;
    }
}
