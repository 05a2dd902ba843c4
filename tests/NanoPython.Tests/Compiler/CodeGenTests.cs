using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>Code generation: golden disassemblies of the compilation schemes, code object fields, folding, consts.</summary>
[TestClass]
public sealed class CodeGenTests
{
    private static void Golden(string source, string expected)
    {
        string actual = Disassembler.Disassemble(CompilerTestSupport.Compile(source));
        Assert.AreEqual(expected.Replace("\r\n", "\n").TrimEnd(), actual.TrimEnd(), "actual:\n" + actual);
    }

    private static string Dis(string source, int mode = CompileMode.Exec)
    {
        return Disassembler.Disassemble(CompilerTestSupport.Compile(source, mode));
    }

    private static CodeObject Nested(CodeObject co, string qualName)
    {
        return CompilerTestSupport.AllCode(co).First(c => c.QualName.Value == qualName);
    }

    [TestMethod]
    public void CodeGen_TryFinallyReturn_MatchesGolden()
    {
        Golden("def f(x):\n    try:\n        return g(x)\n    finally:\n        print(x)\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 1
               1     0 MAKE_FUNCTION 0 (<code f>) flags 0
                     3 STORE_NAME 0 (f)
                     5 LOAD_NONE
                     6 RETURN_VALUE
            
            code f (line 1)
              args 1 posonly 0 kwonly 0 flags 0x0 stack 4
              varnames x
               3     0 LOAD_GLOBAL 0 (g)
                     2 LOAD_FAST_MULTI 0 (x)
                     3 CALL_FUNCTION 1
               5     5 LOAD_GLOBAL 1 (print)
                     7 LOAD_FAST_MULTI 0 (x)
                     8 CALL_FUNCTION 1
                    10 POP_TOP
                    11 RETURN_VALUE
                    12 PUSH_EXC_INFO
                    13 LOAD_GLOBAL 1 (print)
                    15 LOAD_FAST_MULTI 0 (x)
                    16 CALL_FUNCTION 1
                    18 POP_TOP
                    19 RERAISE
                    20 ROT_TWO
                    21 POP_EXCEPT
                    22 RERAISE
              exceptions:
                0 to 5 -> 12 [0]
                13 to 20 -> 20 [1]
            """);
    }

    [TestMethod]
    public void CodeGen_With_MatchesGolden()
    {
        Golden("with open(p) as f:\n    data = f.read()\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 4
               1     0 LOAD_NAME 0 (open)
                     2 LOAD_NAME 1 (p)
                     4 CALL_FUNCTION 1
                     6 BEFORE_WITH
                     7 STORE_NAME 2 (f)
               2     9 LOAD_NAME 2 (f)
                    11 LOAD_METHOD 3 (read)
                    13 CALL_METHOD 0
                    15 STORE_NAME 4 (data)
               1    17 LOAD_NONE
                    18 LOAD_NONE
                    19 LOAD_NONE
                    20 CALL_FUNCTION 3
                    22 POP_TOP
                    23 JUMP -> 41
                    26 PUSH_EXC_INFO
                    27 WITH_EXCEPT_START
                    28 POP_JUMP_IF_TRUE -> 32
                    31 RERAISE
                    32 POP_TOP
                    33 POP_EXCEPT
                    34 POP_TOP
                    35 JUMP -> 41
                    38 ROT_TWO
                    39 POP_EXCEPT
                    40 RERAISE
                    41 LOAD_NONE
                    42 RETURN_VALUE
              exceptions:
                7 to 17 -> 26 [1]
                27 to 33 -> 38 [2]
            """);
    }

    [TestMethod]
    public void CodeGen_ForElseBreak_MatchesGolden()
    {
        Golden("for i in range(3):\n    if i == 1:\n        break\nelse:\n    print(\"none\")\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 3
               1     0 LOAD_NAME 0 (range)
                     2 LOAD_SMALL_INT_MULTI 3
                     3 CALL_FUNCTION 1
                     5 GET_ITER
                     6 FOR_ITER -> 25
                     9 STORE_NAME 1 (i)
               2    11 LOAD_NAME 1 (i)
                    13 LOAD_SMALL_INT_MULTI 1
                    14 COMPARE_OP_MULTI ==
                    15 POP_JUMP_IF_FALSE -> 22
               3    18 POP_TOP
                    19 JUMP -> 32
               1    22 JUMP_BACK -> 6
               5    25 LOAD_NAME 2 (print)
                    27 LOAD_CONST 0 ('none')
                    29 CALL_FUNCTION 1
                    31 POP_TOP
                    32 LOAD_NONE
                    33 RETURN_VALUE
            """);
    }

    [TestMethod]
    public void CodeGen_Comprehension_MatchesGolden()
    {
        Golden("r = [x * y for x in a if x for y in b]\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 2
               1     0 MAKE_FUNCTION 0 (<code <listcomp>>) flags 0
                     3 LOAD_NAME 0 (a)
                     5 GET_ITER
                     6 CALL_FUNCTION 1
                     8 STORE_NAME 1 (r)
                    10 LOAD_NONE
                    11 RETURN_VALUE
            
            code <listcomp> (line 1)
              args 1 posonly 0 kwonly 0 flags 0x0 stack 5
              varnames .0 x y
               1     0 BUILD_LIST 0
                     2 LOAD_FAST_MULTI 0 (.0)
                     3 FOR_ITER -> 29
                     6 STORE_FAST_MULTI 1 (x)
                     7 LOAD_FAST_MULTI 1 (x)
                     8 POP_JUMP_IF_FALSE -> 26
                    11 LOAD_GLOBAL 0 (b)
                    13 GET_ITER
                    14 FOR_ITER -> 26
                    17 STORE_FAST_MULTI 2 (y)
                    18 LOAD_FAST_MULTI 1 (x)
                    19 LOAD_FAST_MULTI 2 (y)
                    20 BINARY_OP_MULTI *
                    21 LIST_APPEND 3
                    23 JUMP_BACK -> 14
                    26 JUMP_BACK -> 3
                    29 RETURN_VALUE
            """);
    }

    [TestMethod]
    public void CodeGen_Closure_MatchesGolden()
    {
        Golden("def outer(a):\n    def inner(b):\n        return a + b\n    return inner\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 1
               1     0 MAKE_FUNCTION 0 (<code outer>) flags 0
                     3 STORE_NAME 0 (outer)
                     5 LOAD_NONE
                     6 RETURN_VALUE
            
            code outer (line 1)
              args 1 posonly 0 kwonly 0 flags 0x0 stack 1
              varnames a inner
              cellnames a
              cellargs 0
               2     0 LOAD_CLOSURE 0 (a)
                     2 BUILD_TUPLE 1
                     4 MAKE_FUNCTION 0 (<code outer.<locals>.inner>) flags 8
                     7 STORE_FAST_MULTI 1 (inner)
               4     8 LOAD_FAST_MULTI 1 (inner)
                     9 RETURN_VALUE
            
            code outer.<locals>.inner (line 2)
              args 1 posonly 0 kwonly 0 flags 0x10 stack 2
              varnames b
              freenames a
               3     0 LOAD_DEREF 0 (a)
                     2 LOAD_FAST_MULTI 0 (b)
                     3 BINARY_OP_MULTI +
                     4 RETURN_VALUE
            """);
    }

    [TestMethod]
    public void CodeGen_ClassSuper_MatchesGolden()
    {
        Golden("class C(B):\n    def m(self, x):\n        return super().m(x)\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 4
               1     0 LOAD_BUILD_CLASS
                     1 MAKE_FUNCTION 0 (<code C>) flags 0
                     4 LOAD_CONST 1 ('C')
                     6 LOAD_NAME 0 (B)
                     8 CALL_FUNCTION 3
                    10 STORE_NAME 1 (C)
                    12 LOAD_NONE
                    13 RETURN_VALUE
            
            code C (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 1
              cellnames __class__
              cellargs -1
               1     0 LOAD_NAME 0 (__name__)
                     2 STORE_NAME 1 (__module__)
                     4 LOAD_CONST 0 ('C')
                     6 STORE_NAME 2 (__qualname__)
               2     8 LOAD_CLOSURE 0 (__class__)
                    10 BUILD_TUPLE 1
                    12 MAKE_FUNCTION 1 (<code C.m>) flags 8
                    15 STORE_NAME 3 (m)
                    17 LOAD_CLOSURE 0 (__class__)
                    19 RETURN_VALUE
            
            code C.m (line 2)
              args 2 posonly 0 kwonly 0 flags 0x10 stack 3
              varnames self x
              freenames __class__
               3     0 LOAD_GLOBAL 0 (super)
                     2 LOAD_DEREF 0 (__class__)
                     4 LOAD_FAST_MULTI 0 (self)
                     5 CALL_FUNCTION 2
                     7 LOAD_METHOD 1 (m)
                     9 LOAD_FAST_MULTI 1 (x)
                    10 CALL_METHOD 1
                    12 RETURN_VALUE
            """);
    }

    [TestMethod]
    public void CodeGen_TryExceptAs_MatchesGolden()
    {
        Golden("try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept:\n    h()\nelse:\n    k()\n",
            """
            code <module> (line 1)
              args 0 posonly 0 kwonly 0 flags 0x1000 stack 4
               2     0 LOAD_NAME 0 (f)
                     2 CALL_FUNCTION 0
                     4 POP_TOP
                     5 JUMP -> 56
                     8 PUSH_EXC_INFO
               3     9 LOAD_NAME 1 (A)
                    11 LOAD_NAME 2 (B)
                    13 BUILD_TUPLE 2
                    15 CHECK_EXC_MATCH
                    16 POP_JUMP_IF_FALSE -> 43
                    19 STORE_NAME 3 (e)
               4    21 LOAD_NAME 4 (g)
                    23 LOAD_NAME 3 (e)
                    25 CALL_FUNCTION 1
                    27 POP_TOP
                    28 LOAD_NONE
                    29 STORE_NAME 3 (e)
                    31 DELETE_NAME 3 (e)
                    33 POP_EXCEPT
                    34 JUMP -> 61
                    37 LOAD_NONE
                    38 STORE_NAME 3 (e)
                    40 DELETE_NAME 3 (e)
                    42 RERAISE
               5    43 POP_TOP
               6    44 LOAD_NAME 5 (h)
                    46 CALL_FUNCTION 0
                    48 POP_TOP
                    49 POP_EXCEPT
                    50 JUMP -> 61
                    53 ROT_TWO
                    54 POP_EXCEPT
                    55 RERAISE
               8    56 LOAD_NAME 6 (k)
                    58 CALL_FUNCTION 0
                    60 POP_TOP
                    61 LOAD_NONE
                    62 RETURN_VALUE
              exceptions:
                0 to 5 -> 8 [0]
                9 to 21 -> 53 [1]
                21 to 28 -> 37 [1]
                37 to 49 -> 53 [1]
            """);
    }

    [TestMethod]
    public void CodeGen_CodeObjectFields_AreFilled()
    {
        CodeObject m = CompilerTestSupport.Compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    def g(): return a\n    return g\n");
        Assert.AreEqual("<module>", m.Name.Value);
        Assert.AreEqual(CodeObject.FlagDictLocals, m.Flags);
        Assert.AreEqual("<test>", m.FileName.Value);
        CodeObject f = Nested(m, "f");
        Assert.AreEqual(3, f.ArgCount);
        Assert.AreEqual(2, f.PosOnlyArgCount);
        Assert.AreEqual(2, f.KwOnlyArgCount);
        Assert.AreEqual(CodeObject.FlagVarArgs | CodeObject.FlagVarKeywords | CodeObject.FlagKwOnly, f.Flags);
        CollectionAssert.AreEqual(new[] { "a", "b", "c", "d", "e", "args", "kw", "g" }, f.VarNames.Select(s => s.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "a" }, f.CellNames.Select(s => s.Value).ToArray());
        CollectionAssert.AreEqual(new[] { 0 }, f.CellArgIndex);
        Assert.IsTrue(f.VarNames.All(s => s.IsInterned));
        CodeObject g = Nested(m, "f.<locals>.g");
        Assert.AreEqual("g", g.Name.Value);
        CollectionAssert.AreEqual(new[] { "a" }, g.FreeNames.Select(s => s.Value).ToArray());
        Assert.AreEqual(CodeObject.FlagNested, g.Flags & CodeObject.FlagNested);
        Assert.AreEqual(2, g.FirstLine);
    }

    [TestMethod]
    public void CodeGen_QualNames_FollowCPython()
    {
        CodeObject m = CompilerTestSupport.Compile("class C:\n    def m(self):\n        return [lambda: 0 for x in y]\ndef f():\n    class D: pass\n    g = (i for i in ())\n");
        string names = string.Join("|", CompilerTestSupport.AllCode(m).Select(c => c.QualName.Value));
        Assert.AreEqual(string.Join("|", new[] { "<module>", "C", "C.m", "C.m.<locals>.<listcomp>", "C.m.<locals>.<listcomp>.<lambda>", "f", "f.<locals>.D", "f.<locals>.<genexpr>" }), names);
    }

    [TestMethod]
    public void CodeGen_GeneratorAndCoroutineFlags_AreSet()
    {
        CodeObject m = CompilerTestSupport.Compile("def g():\n    yield 1\nasync def c():\n    await x\nx = (i for i in y)\nlam = lambda: (yield)\n");
        Assert.AreEqual(CodeObject.FlagGenerator, Nested(m, "g").Flags & (CodeObject.FlagGenerator | CodeObject.FlagCoroutine));
        Assert.AreEqual(CodeObject.FlagCoroutine, Nested(m, "c").Flags & (CodeObject.FlagGenerator | CodeObject.FlagCoroutine));
        Assert.AreEqual(CodeObject.FlagGenerator, Nested(m, "<genexpr>").Flags & CodeObject.FlagGenerator);
        Assert.AreEqual(CodeObject.FlagGenerator, Nested(m, "<lambda>").Flags & CodeObject.FlagGenerator);
    }

    [TestMethod]
    public void CodeGen_ClassBody_UsesNamesAndClassDeref()
    {
        string d = Dis("def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self): return x\n");
        StringAssert.Contains(d, "LOAD_NAME 3 (x)");
        StringAssert.Contains(d, "STORE_NAME 3 (x)");
        string d2 = Dis("def f():\n    x = 1\n    class C:\n        y = x\n");
        StringAssert.Contains(d2, "LOAD_CLASSDEREF 0 (x)");
    }

    [TestMethod]
    public void CodeGen_Globals_UseGlobalOpsInFunctions()
    {
        string d = Dis("def f():\n    global g\n    g = h\n    del g\n");
        StringAssert.Contains(d, "LOAD_GLOBAL 0 (h)");
        StringAssert.Contains(d, "STORE_GLOBAL 1 (g)");
        StringAssert.Contains(d, "DELETE_GLOBAL 1 (g)");
    }

    [TestMethod]
    public void CodeGen_ManyLocals_UseMultiOpcodesThenVarints()
    {
        string body = string.Concat(Enumerable.Range(0, 20).Select(i => "    v" + i + " = " + i + "\n"));
        string d = Dis("def f():\n" + body + "    return v19\n");
        StringAssert.Contains(d, "STORE_FAST_MULTI 15 (v15)");
        StringAssert.Contains(d, "STORE_FAST 16 (v16)");
        StringAssert.Contains(d, "LOAD_FAST 19 (v19)");
        StringAssert.Contains(d, "LOAD_SMALL_INT_MULTI 15");
        StringAssert.Contains(d, "LOAD_CONST 0 (16)");
    }

    [TestMethod]
    public void CodeGen_ConstantFolding_FoldsSafeExpressions()
    {
        CodeObject co = CompilerTestSupport.Compile("x = (1 + 2 * 3, -1, 2 ** 10, 'ab' * 2, 'a' + 'b', not 0, 7 // 2, 1.5 * 2, ~5, 1 << 3, (1, (2, 3)))\n");
        Assert.AreEqual("(7, -1, 1024, 'abab', 'ab', True, 3, 3, -6, 8, (1, (2, 3)))", Disassembler.ConstText(co.Constants[0]));
        Assert.AreEqual(6, co.CodeLength);
    }

    [TestMethod]
    public void CodeGen_ConstantFolding_LeavesRaisingAndHugeExpressions()
    {
        string d = Dis("a = 1 / 0\nb = 2 ** 10000\nc = 'a' * 10 ** 9\nd = 1 << -1\ne = 'a' + 1\nf = -'x'\n");
        StringAssert.Contains(d, "BINARY_OP_MULTI /");
        StringAssert.Contains(d, "BINARY_OP_MULTI **");
        StringAssert.Contains(d, "(1000000000)");
        StringAssert.Contains(d, "BINARY_OP_MULTI *");
        StringAssert.Contains(d, "BINARY_OP_MULTI <<");
        StringAssert.Contains(d, "UNARY_NEGATIVE");
    }

    [TestMethod]
    public void CodeGen_MicropythonConst_SubstitutesAndHidesPrivateNames()
    {
        string d = Dis("from micropython import const\n_A = const(4)\nB = const(_A * 2)\nC = micropython.const(B + 1)\ndef f():\n    return _A + B + C\nprint(_A)\n");
        StringAssert.DoesNotMatch(d, new System.Text.RegularExpressions.Regex("STORE_NAME \\d+ \\(_A\\)"));
        StringAssert.Contains(d, "STORE_NAME 2 (B)");
        StringAssert.Contains(d, "LOAD_CONST 0 (21)");
        StringAssert.Contains(d, "LOAD_SMALL_INT_MULTI 4");
        StringAssert.DoesNotMatch(d, new System.Text.RegularExpressions.Regex("LOAD_(NAME|GLOBAL) \\d+ \\((_A|B|C)\\)"));
    }

    [TestMethod]
    public void CodeGen_MicropythonConst_LocalShadowingWins()
    {
        string d = Dis("X = const(1)\ndef f(X):\n    return X\n");
        StringAssert.Contains(d, "LOAD_FAST_MULTI 0 (X)");
    }

    [TestMethod]
    public void CodeGen_Calls_UseMethodAndKeywordForms()
    {
        CodeObject co = CompilerTestSupport.Compile("o.m(1, k=2)\nf(a, b=c)\n");
        string d = Disassembler.Disassemble(co);
        StringAssert.Contains(d, "LOAD_METHOD 1 (m)");
        StringAssert.Contains(d, "CALL_METHOD_KW 2");
        StringAssert.Contains(d, "CALL_FUNCTION_KW 2");
        PyTuple kw = co.Constants.OfType<PyTuple>().First();
        Assert.IsTrue(((PyStr)kw.Items[0]).IsInterned);
    }

    [TestMethod]
    public void CodeGen_StarCalls_BuildTupleAndDict()
    {
        string d = Dis("f(1, *a, 2, k=3, **m)\n");
        StringAssert.Contains(d, "BUILD_LIST 1");
        StringAssert.Contains(d, "LIST_EXTEND 1");
        StringAssert.Contains(d, "LIST_APPEND 1");
        StringAssert.Contains(d, "LIST_TO_TUPLE");
        StringAssert.Contains(d, "BUILD_MAP 1");
        StringAssert.Contains(d, "DICT_MERGE 1");
        StringAssert.Contains(d, "CALL_FUNCTION_EX 1");
    }

    [TestMethod]
    public void CodeGen_Imports_PushLevelAndFromList()
    {
        string d = Dis("from ..a.b import c as d\nimport x.y as z\nfrom m import *\n");
        StringAssert.Contains(d, "LOAD_SMALL_INT_MULTI 2\n         1 LOAD_CONST 0 (('c',))\n         3 IMPORT_NAME 0 (a.b)\n         5 IMPORT_FROM 1 (c)\n         7 STORE_NAME 2 (d)\n         9 POP_TOP");
        StringAssert.Contains(d, "IMPORT_FROM 4 (y)");
        StringAssert.Contains(d, "IMPORT_STAR");
    }

    [TestMethod]
    public void CodeGen_FStrings_UseFormatValueAndBuildString()
    {
        string d = Dis("s = f'a{x!r:>{w}}b{y=}'\n");
        StringAssert.Contains(d, "FORMAT_VALUE 6");
        StringAssert.Contains(d, "('y=')");
        StringAssert.Contains(d, "FORMAT_VALUE 2");
        StringAssert.Contains(d, "BUILD_STRING 5");
    }

    [TestMethod]
    public void CodeGen_SingleMode_PrintsExpressions()
    {
        string d = Dis("1 + x\nfor i in y: i\n", CompileMode.Single);
        Assert.AreEqual(2, d.Split("PRINT_EXPR").Length - 1);
    }

    [TestMethod]
    public void CodeGen_EvalMode_ReturnsTheValue()
    {
        CodeObject co = CompilerTestSupport.Compile("x + 1", CompileMode.Eval);
        Assert.AreEqual(Opcodes.RETURN_VALUE, co.Code[co.CodeLength - 1]);
        StringAssert.DoesNotMatch(Disassembler.Disassemble(co), new System.Text.RegularExpressions.Regex("LOAD_NONE"));
    }

    [TestMethod]
    public void CodeGen_Assert_FollowsScheme()
    {
        string d = Dis("assert x, 'm'\n");
        StringAssert.Contains(d, "POP_JUMP_IF_TRUE -> 12\n         5 LOAD_ASSERTION_ERROR\n         6 LOAD_CONST 0 ('m')\n         8 CALL_FUNCTION 1\n        10 RAISE_VARARGS 1");
    }

    [TestMethod]
    public void CodeGen_YieldFromAndAwait_FollowSchemes()
    {
        string d = Dis("def g():\n    yield from x\nasync def c():\n    await y\n");
        StringAssert.Contains(d, "GET_YIELD_FROM_ITER\n         3 LOAD_NONE\n         4 YIELD_FROM");
        StringAssert.Contains(d, "GET_AWAITABLE\n         3 LOAD_NONE\n         4 YIELD_FROM");
    }

    [TestMethod]
    public void CodeGen_LineTable_MapsEveryStatement()
    {
        string src = "a = 1\n\nb = 2\n" + new string('\n', 300) + "c = 3\n";
        CodeObject co = CompilerTestSupport.Compile(src);
        Assert.AreEqual(1, co.LineOf(0));
        Assert.AreEqual(1, co.LineOf(2));
        Assert.AreEqual(3, co.LineOf(3));
        Assert.AreEqual(304, co.LineOf(6));
    }

    [TestMethod]
    public void CodeGen_CodeTooLarge_IsSyntaxError()
    {
        string src = "def f():\n" + string.Concat(Enumerable.Range(0, 14000).Select(i => "    x = y.z\n"));
        PyBaseException e = CompilerTestSupport.CompileError(src);
        Assert.AreEqual("code too large", CompilerTestSupport.Message(e));
    }

    [TestMethod]
    public void CodeGen_LongDisplays_KeepTheStackSmall()
    {
        string items = string.Join(", ", Enumerable.Range(0, 100).Select(i => "x" + i));
        CodeObject co = CompilerTestSupport.Compile("a = [" + items + "]\nb = {" + string.Join(", ", Enumerable.Range(0, 50).Select(i => "x" + i + ": " + i)) + "}\n");
        Assert.IsTrue(co.MaxStack <= 40, "stack " + co.MaxStack);
    }

    [TestMethod]
    public void CodeGen_ConstantList_IsOneTupleConstant()
    {
        string d = Dis("a = [1, 2, 3]\n");
        StringAssert.Contains(d, "BUILD_LIST 0\n         2 LOAD_CONST 0 ((1, 2, 3))\n         4 LIST_EXTEND 1");
    }

    [TestMethod]
    public void CodeGen_SwapAssignment_UsesRotations()
    {
        string d = Dis("a, b = b, a\n");
        StringAssert.Contains(d, "ROT_TWO");
        StringAssert.DoesNotMatch(d, new System.Text.RegularExpressions.Regex("BUILD_TUPLE|UNPACK_SEQUENCE"));
    }

    [TestMethod]
    public void CodeGen_ZeroArgSuper_WithCapturedSelf_LoadsCell()
    {
        CodeObject co = CompilerTestSupport.Compile("class C:\n    def m(self):\n        f = lambda: self\n        return super().m()\n");
        string d = Disassembler.Disassemble(Nested(co, "C.m"));
        StringAssert.Contains(d, "LOAD_GLOBAL 0 (super)\n        10 LOAD_DEREF 1 (__class__)\n        12 LOAD_DEREF 0 (self)");
        CollectionAssert.AreEqual(new[] { 0 }, Nested(co, "C.m").CellArgIndex);
    }
}
