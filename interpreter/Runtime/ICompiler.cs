namespace NanoPython.Runtime
{
    /// <summary>
    /// The compiler, seen from the runtime (exec, eval, compile, import and the REPL need it). The Compiler assembly
    /// implements it and registers it on the interpreter at start-up.
    /// </summary>
    public interface ICompiler
    {
        /// <summary>
        /// Compiles source (mode: <see cref="CompileMode"/>) into a module-level code object. Errors raise SyntaxError
        /// (a PyException) with CPython's (msg, (filename, lineno, offset, text)) arguments.
        /// </summary>
        CodeObject Compile(Interpreter ip, string source, string fileName, int mode);

        /// <summary>
        /// For the REPL: whether the input typed so far is a complete statement (false: it needs a continuation line,
        /// as after a trailing colon, inside brackets or an open triple-quoted string).
        /// </summary>
        bool IsComplete(string source);
    }
}
