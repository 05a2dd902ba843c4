namespace NanoPython.Runtime
{
    /// <summary>
    /// Comparison operator numbers: the operand of COMPARE_OP_MULTI and of <see cref="PyObject.RichCompare"/>
    /// (only Lt..Ge reach RichCompare). The dunder names __lt__..__ge__ follow the same order in names.txt.
    /// </summary>
    // ORDER: CompareOp
    public static class CompareOp
    {
        public const int Lt = 0;       // <
        public const int Le = 1;       // <=
        public const int Eq = 2;       // ==
        public const int Ne = 3;       // !=
        public const int Gt = 4;       // >
        public const int Ge = 5;       // >=
        public const int In = 6;       // in
        public const int NotIn = 7;    // not in
        public const int Is = 8;       // is
        public const int IsNot = 9;    // is not

        /// <summary>Number of comparison operators.</summary>
        public const int Count = 10;

        private static string[] s_symbols;

        /// <summary>Source symbols, indexed by operator.</summary>
        public static string[] Symbols
        {
            // Made on first use: a static array would take heap from the assembly's load on.
            get { return s_symbols ?? (s_symbols = new string[] { "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not" }); }
        }

        /// <summary>The operator with swapped operands: a &lt; b is b &gt; a.</summary>
        public static int Swapped(int op)
        {
            switch (op)
            {
                case Lt: return Gt;
                case Le: return Ge;
                case Gt: return Lt;
                case Ge: return Le;
                default: return op;
            }
        }
    }
}
