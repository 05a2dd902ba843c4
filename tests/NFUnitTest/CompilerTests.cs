using nanoFramework.TestFramework;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>Device tests of the compiler: code objects, scopes, line numbers and the syntax errors it reports.</summary>
    [TestClass]
    public class CompilerTests
    {
        private static CodeObject Compile(string source)
        {
            Interpreter ip = Py.New(new CaptureOutput());
            return ip.Compiler.Compile(ip, source, "<test>", CompileMode.Exec);
        }

        private static CodeObject Function(CodeObject module)
        {
            for (int i = 0; i < module.Constants.Length; i++)
            {
                CodeObject c = module.Constants[i] as CodeObject;
                if (c != null)
                {
                    return c;
                }
            }

            return null;
        }

        [TestMethod]
        public void Compiler_Function_HasArgumentsLocalsAndStackSize()
        {
            CodeObject f = Function(Compile("def f(a, b, *c, d=1, **e):\n    x = a + b\n    return x\n"));
            Assert.IsNotNull(f);
            Assert.AreEqual("f", f.Name.Value);
            Assert.AreEqual(2, f.ArgCount);
            Assert.AreEqual(1, f.KwOnlyArgCount);
            Assert.IsTrue((f.Flags & CodeObject.FlagVarArgs) != 0);
            Assert.IsTrue((f.Flags & CodeObject.FlagVarKeywords) != 0);
            Assert.AreEqual(6, f.VarNames.Length);
            Assert.IsTrue(f.MaxStack >= 2);
        }

        [TestMethod]
        public void Compiler_Generator_IsFlagged()
        {
            CodeObject g = Function(Compile("def g():\n    yield 1\n"));
            Assert.IsTrue(g.IsGenerator);
            Assert.IsFalse(Function(Compile("def h():\n    return 1\n")).IsGenerator);
        }

        [TestMethod]
        public void Compiler_Closure_HasCellAndFreeNames()
        {
            CodeObject outer = Function(Compile("def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n"));
            Assert.AreEqual(1, outer.CellNames.Length);
            Assert.AreEqual("n", outer.CellNames[0].Value);
            CodeObject inner = Function(outer);
            Assert.AreEqual(1, inner.FreeNames.Length);
        }

        [TestMethod]
        public void Compiler_LineTable_MapsCodeToLines()
        {
            CodeObject co = Compile("a = 1\n\nb = 2\n");
            Assert.AreEqual(1, co.LineOf(0));
            Assert.AreEqual(3, co.LineOf(co.CodeLength - 1));
        }

        [TestMethod]
        public void Compiler_SyntaxErrors_MatchCPython()
        {
            Assert.AreEqual("SyntaxError: '(' was never closed (<test>, line 1)", Py.Error("x = (1,"));
            Assert.AreEqual("SyntaxError: 'return' outside function (<test>, line 1)", Py.Error("return 1"));
            Assert.AreEqual("SyntaxError: cannot assign to literal (<test>, line 1)", Py.Error("1 = x"));
            Assert.AreEqual("SyntaxError: nonlocal declaration not allowed at module level (<test>, line 1)", Py.Error("nonlocal x"));
            Assert.AreEqual("SyntaxError: invalid syntax (<test>, line 1)", Py.Error("a b"));
        }

        [TestMethod]
        public void Compiler_ConstantExpressions_Evaluate()
        {
            Assert.AreEqual("(3, 'ab', -5, True)", Py.Eval("(1 + 2, 'a' + 'b', -5, not 0)"));
            Assert.AreEqual("1267650600228229401496703205376", Py.Eval("2 ** 100"));
        }

        [TestMethod]
        public void Compiler_DeepNesting_RaisesInsteadOfOverflowing()
        {
            string deep = string.Empty;
            for (int i = 0; i < 300; i++)
            {
                deep += "(";
            }

            Assert.StartsWith("SyntaxError: ", Py.Error("x = " + deep));
        }
    }
}
