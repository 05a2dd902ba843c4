using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>Registers the compiler with an interpreter (exec, eval, compile, import and the REPL use it).</summary>
    public static class CompilerSetup
    {
        /// <summary>Installs a <see cref="PythonCompiler"/> as ip.Compiler.</summary>
        public static void Install(Interpreter ip)
        {
            ip.Compiler = new PythonCompiler();
        }
    }
}
