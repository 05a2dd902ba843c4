namespace NanoPython.Runtime
{
    /// <summary>Compilation modes of <see cref="ICompiler.Compile"/> (as compile()'s 'exec', 'eval', 'single').</summary>
    public static class CompileMode
    {
        /// <summary>A sequence of statements (a module).</summary>
        public const int Exec = 0;

        /// <summary>One expression; the code returns its value.</summary>
        public const int Eval = 1;

        /// <summary>One interactive statement: expression statements print their value (PRINT_EXPR).</summary>
        public const int Single = 2;
    }
}
