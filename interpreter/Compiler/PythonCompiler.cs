using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// The Python 3 compiler: source text in, module code object out (<see cref="Lexer"/> -> <see cref="Parser"/> ->
    /// <see cref="ScopeAnalyzer"/> -> <see cref="CodeGen"/>). Every error is a SyntaxError (or IndentationError,
    /// TabError) with CPython's arguments, or a RecursionError for input nested too deeply.
    /// </summary>
    public sealed class PythonCompiler : ICompiler
    {
        /// <inheritdoc/>
        public CodeObject Compile(Interpreter ip, string source, string fileName, int mode)
        {
            SourceText src = new SourceText(source, fileName);
            if (source.IndexOf('\0') >= 0)
            {
                throw new PyException(PyExc.SyntaxError, "source code string cannot contain null bytes");
            }

            Parser parser = new Parser(src, ip.Numbers);
            Tree tree = parser.Parse(mode);
            ScopeAnalyzer scopes = new ScopeAnalyzer(tree, src);
            Scope module = scopes.Analyze(tree.Root, mode == CompileMode.Eval);
            CodeGen gen = new CodeGen(ip, tree, src, scopes, mode);
            return gen.CompileModule(module);
        }

        /// <inheritdoc/>
        public bool IsComplete(string source)
        {
            return !ReplContinuation.ContinueWithInput(source);
        }
    }
}
