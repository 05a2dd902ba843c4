namespace NanoPython.Runtime
{
    /// <summary>
    /// Binary operator numbers: the operand of BINARY_OP_MULTI and of <see cref="PyObject.BinaryOp"/>.
    /// In-place forms are <c>op + InplaceOffset</c>. The dunder names follow the same order in names.txt.
    /// </summary>
    // ORDER: BinaryOp
    public static class BinaryOp
    {
        public const int Add = 0;          // +
        public const int Subtract = 1;     // -
        public const int Multiply = 2;     // *
        public const int TrueDivide = 3;   // /
        public const int FloorDivide = 4;  // //
        public const int Modulo = 5;       // %
        public const int Power = 6;        // **
        public const int LShift = 7;       // <<
        public const int RShift = 8;       // >>
        public const int And = 9;          // &
        public const int Xor = 10;         // ^
        public const int Or = 11;          // |
        public const int MatMul = 12;      // @

        /// <summary>Number of binary operators.</summary>
        public const int Count = 13;

        /// <summary>Added to an operator number for its in-place form (+=, -=, ...).</summary>
        public const int InplaceOffset = 13;

        private static string[] s_symbols;

        /// <summary>Source symbols, indexed by operator (for error messages and the disassembler).</summary>
        public static string[] Symbols
        {
            // Made on first use: a static array would take heap from the assembly's load on.
            get { return s_symbols ?? (s_symbols = new string[] { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "^", "|", "@" }); }
        }
    }
}
