using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;

namespace NanoPython.Tests.Compiler;

/// <summary>IsComplete: MicroPython's REPL continuation rule (py/repl.c).</summary>
[TestClass]
public sealed class ReplContinuationTests
{
    [TestMethod]
    [DataRow("", true)]
    [DataRow("x = 1", true)]
    [DataRow("print('a:')", true)]
    [DataRow("if x:", false)]
    [DataRow("if x:\n    y = 1", false)]
    [DataRow("if x:\n    y = 1\n", true)]
    [DataRow("for i in x: print(i)", false)]
    [DataRow("for i in x: print(i)\n", true)]
    [DataRow("while True:", false)]
    [DataRow("def f():", false)]
    [DataRow("class C:", false)]
    [DataRow("try:", false)]
    [DataRow("with a:", false)]
    [DataRow("async def f():", false)]
    [DataRow("@dec", false)]
    [DataRow("@dec\ndef f(): pass", false)]
    [DataRow("x = (1,", false)]
    [DataRow("x = [1,\n 2]", true)]
    [DataRow("d = {", false)]
    [DataRow("x = 1 + \\", false)]
    [DataRow("s = '''abc", false)]
    [DataRow("s = '''abc\n'''", true)]
    [DataRow("s = \"\"\"a", false)]
    [DataRow("s = '('", true)]
    [DataRow("s = 'it\\'s ('", true)]
    [DataRow("x = 1  # (", true)]
    [DataRow("else:", false)]
    [DataRow("x = 1; if_ = 2", true)]
    [DataRow("iffy = 1", true)]
    public void ReplContinuation_Input_MatchesMicroPython(string input, bool complete)
    {
        Assert.AreEqual(complete, new PythonCompiler().IsComplete(input), input);
    }
}
