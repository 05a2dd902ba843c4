using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>Syntax errors: exception type, CPython's message, line and offset (1-based column) of the error.</summary>
[TestClass]
public sealed class SyntaxErrorTests
{
    [TestMethod]
    [DataRow("x = $", "SyntaxError", "invalid syntax", 1, 5)]
    [DataRow("x = \u0001", "SyntaxError", "invalid non-printable character U+0001", 1, 5)]
    [DataRow("x = \u20ac", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 5)]
    [DataRow("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5)]
    [DataRow("x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5)]
    [DataRow("x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5)]
    [DataRow("x = 1)", "SyntaxError", "unmatched ')'", 1, 6)]
    [DataRow("x = [1)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 7)]
    [DataRow("if x\n  pass", "SyntaxError", "expected ':'", 1, 5)]
    [DataRow("  x=1", "IndentationError", "unexpected indent", 1, 3)]
    [DataRow("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1)]
    [DataRow("def f():\nreturn", "IndentationError", "expected an indented block after function definition on line 1", 2, 1)]
    [DataRow("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 3)]
    [DataRow("if x:\n\tb\n        c", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [DataRow("if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [DataRow("0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1)]
    [DataRow("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2)]
    [DataRow("1_", "SyntaxError", "invalid decimal literal", 1, 2)]
    [DataRow("1__0", "SyntaxError", "invalid decimal literal", 1, 2)]
    [DataRow("0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3)]
    [DataRow("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3)]
    [DataRow("1abc", "SyntaxError", "invalid decimal literal", 1, 1)]
    [DataRow("x=1j_", "SyntaxError", "invalid imaginary literal", 1, 3)]
    [DataRow("b'\u00e9'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1)]
    [DataRow("'\\N{DASH}'", "SyntaxError", "(unicode error) \\N escapes not supported", 1, 1)]
    [DataRow("'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 1)]
    [DataRow("b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 1)]
    [DataRow("'\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 1)]
    [DataRow("f'{'", "SyntaxError", "f-string: expecting '}'", 1, 4)]
    [DataRow("f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 3)]
    [DataRow("f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 4)]
    [DataRow("f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6)]
    [DataRow("f'{x\\n}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 5)]
    [DataRow("f'{#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 4)]
    [DataRow("f'{x:{y:{z}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 9)]
    [DataRow("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12)]
    [DataRow("def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10)]
    [DataRow("lambda a, a: 0", "SyntaxError", "duplicate argument 'a' in function definition", 1, 11)]
    [DataRow("f(a=1, 2)", "SyntaxError", "positional argument follows keyword argument", 1, 8)]
    [DataRow("f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8)]
    [DataRow("f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 8)]
    [DataRow("f(a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 8)]
    [DataRow("f(a+1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3)]
    [DataRow("f(True=2)", "SyntaxError", "cannot assign to True", 1, 3)]
    [DataRow("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3)]
    [DataRow("return 1", "SyntaxError", "'return' outside function", 1, 1)]
    [DataRow("class C:\n    return", "SyntaxError", "'return' outside function", 2, 5)]
    [DataRow("break", "SyntaxError", "'break' outside loop", 1, 1)]
    [DataRow("continue", "SyntaxError", "'continue' not properly in loop", 1, 1)]
    [DataRow("def f():\n    break", "SyntaxError", "'break' outside loop", 2, 5)]
    [DataRow("for x in y:\n    def f():\n        continue", "SyntaxError", "'continue' not properly in loop", 3, 9)]
    [DataRow("yield 1", "SyntaxError", "'yield' outside function", 1, 1)]
    [DataRow("class C: yield 1", "SyntaxError", "'yield' outside function", 1, 10)]
    [DataRow("[(yield) for x in y]", "SyntaxError", "'yield' inside list comprehension", 1, 3)]
    [DataRow("await x", "SyntaxError", "'await' outside function", 1, 1)]
    [DataRow("def f():\n    await x", "SyntaxError", "'await' outside async function", 2, 5)]
    [DataRow("def f():\n    async for x in y: pass", "SyntaxError", "'async for' outside async function", 2, 5)]
    [DataRow("def f():\n    async with x: pass", "SyntaxError", "'async with' outside async function", 2, 5)]
    [DataRow("async def f():\n    yield 1\n    return 2", "SyntaxError", "'return' with value in async generator", 3, 5)]
    [DataRow("async def g():\n    yield from x", "SyntaxError", "'yield from' inside async function", 2, 5)]
    [DataRow("async def g():\n    return [x async for x in y]", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 15)]
    [DataRow("def f():\n    nonlocal x", "SyntaxError", "no binding for nonlocal 'x' found", 1, 1)]
    [DataRow("nonlocal x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1)]
    [DataRow("def f(x):\n    global x", "SyntaxError", "name 'x' is parameter and global", 2, 5)]
    [DataRow("def f(x):\n    nonlocal x", "SyntaxError", "name 'x' is parameter and nonlocal", 2, 5)]
    [DataRow("def f():\n    x = 1\n    global x", "SyntaxError", "name 'x' is assigned to before global declaration", 3, 5)]
    [DataRow("def f():\n    print(x)\n    global x", "SyntaxError", "name 'x' is used prior to global declaration", 3, 5)]
    [DataRow("def f():\n    global x\n    nonlocal x", "SyntaxError", "name 'x' is nonlocal and global", 3, 5)]
    [DataRow("def f():\n    from m import *", "SyntaxError", "import * only allowed at module level", 2, 5)]
    [DataRow("1 = 2", "SyntaxError", "cannot assign to literal", 1, 1)]
    [DataRow("f() = 1", "SyntaxError", "cannot assign to function call", 1, 1)]
    [DataRow("a + 1 = 2", "SyntaxError", "cannot assign to expression", 1, 1)]
    [DataRow("None = 1", "SyntaxError", "cannot assign to None", 1, 1)]
    [DataRow("True = 1", "SyntaxError", "cannot assign to True", 1, 1)]
    [DataRow("(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [DataRow("[a] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1)]
    [DataRow("1 += 1", "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1)]
    [DataRow("del 1", "SyntaxError", "cannot delete literal", 1, 5)]
    [DataRow("del f()", "SyntaxError", "cannot delete function call", 1, 5)]
    [DataRow("del *a", "SyntaxError", "cannot delete starred", 1, 5)]
    [DataRow("*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1)]
    [DataRow("*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 5)]
    [DataRow("a = *b", "SyntaxError", "can't use starred expression here", 1, 5)]
    [DataRow("print(*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 7)]
    [DataRow("x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5)]
    [DataRow("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5)]
    [DataRow("with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11)]
    [DataRow("[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8)]
    [DataRow("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", "SyntaxError", "default 'except:' must be last", 3, 1)]
    [DataRow("try:\n    pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1)]
    [DataRow("x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 11)]
    [DataRow("a := 1", "SyntaxError", "invalid syntax", 1, 3)]
    [DataRow("(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2)]
    [DataRow("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7)]
    [DataRow("def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7)]
    [DataRow("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16)]
    [DataRow("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12)]
    [DataRow("from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17)]
    [DataRow("import *", "SyntaxError", "invalid syntax", 1, 8)]
    [DataRow("x.1", "SyntaxError", "invalid syntax", 1, 2)]
    [DataRow("\\ x", "SyntaxError", "unexpected character after line continuation character", 1, 2)]
    [DataRow("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 7)]
    [DataRow("[x]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1)]
    [DataRow("'a' b'c'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 5)]
    [DataRow("x = 0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5)]
    [DataRow("x = 1.5_", "SyntaxError", "invalid decimal literal", 1, 8)]
    [DataRow("except Exception:\n    pass", "SyntaxError", "invalid syntax", 1, 1)]
    [DataRow("x = _C\n_C = const('s')", "SyntaxError", "constant must be an integer", 2, 12)]
    [DataRow("def f():\n    x = [(y := 1) for y in z]", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'y'", 2, 11)]
    [DataRow("class C:\n    [(y := 1) for x in z]", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 7)]
    public void SyntaxError_Input_RaisesCPythonError(string source, string type, string message, int line, int offset)
    {
        PyBaseException e = CompilerTestSupport.CompileError(source);
        Assert.AreEqual(type, e.Type.Name.Value, source);
        Assert.AreEqual(message, CompilerTestSupport.Message(e), source);
        var loc = CompilerTestSupport.Location(e);
        Assert.AreEqual(line, loc.Line, "line of " + source);
        Assert.AreEqual(offset, loc.Offset, "offset of " + source);
    }

    [TestMethod]
    public void SyntaxError_Args_AreMessageAndDetailsTuple()
    {
        PyBaseException e = CompilerTestSupport.CompileError("x = 1\ny = = 2\n");
        Assert.AreEqual(2, e.Args.Items.Length);
        PyTuple info = (PyTuple)e.Args.Items[1];
        Assert.AreEqual(4, info.Items.Length);
        Assert.AreEqual("<test>", ((PyStr)info.Items[0]).Value);
        Assert.AreEqual(2L, ((PyInt)info.Items[1]).Value);
        Assert.AreEqual(5L, ((PyInt)info.Items[2]).Value);
        Assert.AreEqual("y = = 2\n", ((PyStr)info.Items[3]).Value);
    }

    [TestMethod]
    public void SyntaxError_NulCharacter_IsSyntaxError()
    {
        PyBaseException e = CompilerTestSupport.CompileError("x = 1\0");
        Assert.AreEqual("SyntaxError", e.Type.Name.Value);
        Assert.AreEqual("source code string cannot contain null bytes", CompilerTestSupport.Message(e));
    }

    [TestMethod]
    public void SyntaxError_TooManyParentheses_IsSyntaxError()
    {
        PyBaseException e = CompilerTestSupport.CompileError(new string('(', 201) + new string(')', 201));
        Assert.AreEqual("too many nested parentheses", CompilerTestSupport.Message(e));
        Assert.AreEqual(201, CompilerTestSupport.Location(e).Offset);
    }

    [TestMethod]
    public void SyntaxError_TooManyIndentationLevels_IsIndentationError()
    {
        System.Text.StringBuilder sb = new System.Text.StringBuilder();
        for (int i = 0; i <= 101; i++)
        {
            sb.Append(' ', i).Append("if 1:\n");
        }

        sb.Append(' ', 102).Append("pass\n");
        PyBaseException e = CompilerTestSupport.CompileError(sb.ToString());
        Assert.AreEqual("IndentationError", e.Type.Name.Value);
        Assert.AreEqual("too many levels of indentation", CompilerTestSupport.Message(e));
    }

    [TestMethod]
    public void SyntaxError_DeepExpressionNesting_IsRecursionErrorNotCrash()
    {
        PyBaseException e = CompilerTestSupport.CompileError("x = " + string.Concat(System.Linq.Enumerable.Repeat("lambda: ", 5000)) + "1");
        Assert.AreEqual("RecursionError", e.Type.Name.Value);
        e = CompilerTestSupport.CompileError("x = " + string.Concat(System.Linq.Enumerable.Repeat("-", 100000)) + "1" + string.Concat(System.Linq.Enumerable.Repeat("**2", 5000)));
        Assert.AreEqual("RecursionError", e.Type.Name.Value);
    }

    [TestMethod]
    public void SyntaxError_LongFlatChains_Compile()
    {
        // Long left-associative chains do not recurse per operator in the compiler.
        CompilerTestSupport.Compile("x = a" + string.Concat(System.Linq.Enumerable.Repeat(" + a", 3000)));
        CompilerTestSupport.Compile("x = not " + string.Concat(System.Linq.Enumerable.Repeat("not ", 50)) + "a");
        CompilerTestSupport.Compile("if a:\n    pass\n" + string.Concat(System.Linq.Enumerable.Repeat("elif a:\n    pass\n", 2000)));
    }
}
