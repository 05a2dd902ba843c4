namespace NanoPython.Compiler
{
    /// <summary>
    /// Token kinds of the <see cref="Lexer"/>. The binary operator tokens, their augmented forms and the comparison
    /// tokens follow the order of BinaryOp and CompareOp, so the parser maps them by subtraction.
    /// </summary>
    public static class Token
    {
        public const int EndMarker = 0;
        public const int Newline = 1;
        public const int Indent = 2;
        public const int Dedent = 3;
        public const int Name = 4;
        public const int Number = 5;
        public const int String = 6;

        public const int LPar = 10;
        public const int RPar = 11;
        public const int LSqb = 12;
        public const int RSqb = 13;
        public const int LBrace = 14;
        public const int RBrace = 15;
        public const int Colon = 16;
        public const int Comma = 17;
        public const int Semi = 18;
        public const int Dot = 19;
        public const int Ellipsis = 20;
        public const int Arrow = 21;
        public const int ColonEqual = 22;
        public const int Equal = 23;
        public const int Tilde = 24;

        // ORDER: BinaryOp
        public const int Plus = 30;
        public const int Minus = 31;
        public const int Star = 32;
        public const int Slash = 33;
        public const int DoubleSlash = 34;
        public const int Percent = 35;
        public const int DoubleStar = 36;
        public const int LShift = 37;
        public const int RShift = 38;
        public const int Amper = 39;
        public const int Circumflex = 40;
        public const int VBar = 41;
        public const int At = 42;

        /// <summary>First augmented assignment token (+=); the others follow in BinaryOp order up to @=.</summary>
        public const int PlusEqual = 43;

        /// <summary>Last augmented assignment token (@=).</summary>
        public const int AtEqual = 55;

        // ORDER: CompareOp (Lt, Le, Eq, Ne, Gt, Ge)
        public const int Less = 56;
        public const int LessEqual = 57;
        public const int EqEqual = 58;
        public const int NotEqual = 59;
        public const int Greater = 60;
        public const int GreaterEqual = 61;

        // Keywords, in the (ordinal) order of Lexer's keyword table.
        public const int FirstKeyword = 70;
        public const int False = 70;
        public const int None = 71;
        public const int True = 72;
        public const int And = 73;
        public const int As = 74;
        public const int Assert = 75;
        public const int Async = 76;
        public const int Await = 77;
        public const int Break = 78;
        public const int Class = 79;
        public const int Continue = 80;
        public const int Def = 81;
        public const int Del = 82;
        public const int Elif = 83;
        public const int Else = 84;
        public const int Except = 85;
        public const int Finally = 86;
        public const int For = 87;
        public const int From = 88;
        public const int Global = 89;
        public const int If = 90;
        public const int Import = 91;
        public const int In = 92;
        public const int Is = 93;
        public const int Lambda = 94;
        public const int Nonlocal = 95;
        public const int Not = 96;
        public const int Or = 97;
        public const int Pass = 98;
        public const int Raise = 99;
        public const int Return = 100;
        public const int Try = 101;
        public const int While = 102;
        public const int With = 103;
        public const int Yield = 104;

        /// <summary>String token flag: a bytes literal.</summary>
        public const int StrBytes = 1;

        /// <summary>String token flag: an f-string (the value is the raw body, see Lexer.BodyStart).</summary>
        public const int StrFormat = 2;

        /// <summary>String token flag: a raw string.</summary>
        public const int StrRaw = 4;
    }
}
