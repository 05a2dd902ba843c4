using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>The parser accepts every construct of the grammar (each snippet compiles and passes the stack verifier).</summary>
[TestClass]
public sealed class ParserTests
{
    [TestMethod]
    [DataRow("if a:\n    b\nelif c:\n    d\nelse:\n    e")]
    [DataRow("if a: b; c\nelse: d")]
    [DataRow("while a:\n    break\nelse:\n    pass")]
    [DataRow("for x in y:\n    continue\nelse:\n    pass")]
    [DataRow("for x, (y, *z) in w: pass")]
    [DataRow("for x in 1, 2, *a: pass")]
    [DataRow("try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f")]
    [DataRow("try:\n    a\nfinally:\n    b")]
    [DataRow("raise\nraise X\nraise X from Y")]
    [DataRow("with a: pass\nwith a as b, c as (d, e): pass")]
    [DataRow("with (a as b, c as d,): pass")]
    [DataRow("with (a, b): pass")]
    [DataRow("with (a, b) as c: pass")]
    [DataRow("with (a).b as c, (d): pass")]
    [DataRow("with (yield_):\n    pass")]
    [DataRow("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass")]
    [DataRow("def f(a, /): pass\ndef g(*, a): pass\ndef h(**k): pass\ndef i(*a): pass\ndef j(a,): pass")]
    [DataRow("def f(a: int, *b: str, c: 'x' = 1, **d: dict) -> None: pass")]
    [DataRow("x: int\nx: int = 1\na.b: str = 'x'\na[0]: int = 2\n(y): int = 3")]
    [DataRow("class C: pass\nclass D(): pass\nclass E(A, B, metaclass=M, *bs, **kw): pass")]
    [DataRow("@a\n@b.c(1)\n@d[0]\n@(lambda f: f)\n@x if y else z\ndef f(): pass")]
    [DataRow("@dec\nclass C: pass\n@dec\nasync def f(): pass")]
    [DataRow("def f():\n    global a, b\n    nonlocal_ = 1\n    def g():\n        nonlocal nonlocal_\n        nonlocal_ = 2")]
    [DataRow("del a, b.c, d[0], (e, f), [g, h]")]
    [DataRow("del (a), [b]")]
    [DataRow("assert a\nassert a, 'msg'")]
    [DataRow("pass; pass;")]
    [DataRow("import a\nimport a.b.c\nimport a.b as c, d\nfrom a import b\nfrom a.b import c as d, e\nfrom . import a\nfrom .. import b\nfrom ...a import b\nfrom .a.b import (c, d as e,)\nfrom a import *")]
    [DataRow("from __future__ import annotations")]
    [DataRow("def f():\n    return\ndef g():\n    return 1, 2\ndef h():\n    return *a, *b")]
    [DataRow("def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    y = yield from z\n    f((yield))\n    await_ = (yield 3)")]
    [DataRow("async def f():\n    await a\n    async for x in y: pass\n    async with a as b, c: pass\n    return await b")]
    [DataRow("async def f():\n    yield 1\n    return")]
    [DataRow("x = lambda: 0\ny = lambda a, b=1, *c, d, e=2, **f: a\nz = lambda *, a: a\nw = lambda a, /, b: a")]
    [DataRow("if (n := 10) > 5: pass\nwhile (line := f()): pass\n[y for x in z if (y := x)]\nf(a := 1)")]
    [DataRow("x = a < b <= c == d != e > f >= g in h not in i is j is not k")]
    [DataRow("x = a if b else c if d else e")]
    [DataRow("x = [i for i in a]\ny = {i for i in a}\nz = {k: v for k, v in a}\nw = (i for i in a)")]
    [DataRow("x = [i * j for i in a if i for j in b if j if i > j]")]
    [DataRow("x = [[y for y in x] for x in z]")]
    [DataRow("a, *b = x\n*a, b = x\na, *b, c = x\n[a, *b] = x\n(a, b), c = x")]
    [DataRow("f(*a)\nf(**k)\nf(*a, *b, **c, **d)\nf(a, *b, c=1, *d, **e)\nf(x for x in y)\nf(a=1, *b)")]
    [DataRow("x = [*a, *b]\ny = (*a, *b)\nz = {*a, *b}\nw = {**a, 'k': 1, **b}")]
    [DataRow("x = a[1:2, ::3]\ny = a[:]\nz = a[::]\nw = a[1:]\nv = a[:2]\nu = a[::-1]\nt = a[...]\ns = a[1:2:3]\nr = a[x, y]\nq = a[*b]")]
    [DataRow("x = ...\ny = Ellipsis")]
    [DataRow("x += 1\nx.y -= 2\nx[0] *= 3\nx /= 4\nx //= 5\nx %= 6\nx **= 7\nx <<= 8\nx >>= 9\nx &= 10\nx ^= 11\nx |= 12\nx @= 13")]
    [DataRow("a = b = c = 1\na.x = b[0] = c = 2")]
    [DataRow("match = 1\ncase = 2\nmatch(case)\n_ = type")]
    [DataRow("x = f'{a}' f\"{b!r}\" rf'{c!s:>10}' F'''{d!a}'''")]
    [DataRow("x = f'{a:{b}.{c}f}' + f'{x=}' + f'{x = !r:>10}' + f'{{literal}}' + f'{ {1: 2}[1] }' + f\"{'nested'}\"")]
    [DataRow("x = f'{a}' 'b' f'{c}'")]
    [DataRow("x = f'{yield}'\n", DisplayName = "yield in f-string at module level is rejected elsewhere")]
    [DataRow("x = 'a' 'b'\ny = b'a' b'b'\nz = '''a''' \"\"\"b\"\"\"")]
    [DataRow("x = (1,)\ny = ()\nz = (1)\nw = 1,\nv = [1,]\nu = {1: 2,}")]
    [DataRow("print(not a, -a, +a, ~a, a ** -b, -a ** b, a @ b, a // b)")]
    [DataRow("x = \\\n  1 + \\\n  2")]
    [DataRow("if True:\n\n    # comment\n\n    pass\n\n")]
    [DataRow("class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__")]
    [DataRow("def outer():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    return C")]
    [DataRow("été = 1\nπ = 3.14\nprint(été, π)")]
    [DataRow("x = 0x_ff + 0o_17 + 0b_1 + 1_000 + 1_0.5e1_0 + 1j + 1.5J + 1e-5")]
    [DataRow("x = 1if y else 2")]
    [DataRow("global x\nx = 1")]
    [DataRow("try:\n    pass\nexcept* E:\n    pass", DisplayName = "except* is not accepted")]
    public void Parser_Construct_Compiles(string source)
    {
        if (source.Contains("except*") || source.Contains("{yield}"))
        {
            // These are deliberately rejected (MicroPython has no except*, yield outside a function).
            CompilerTestSupport.CompileError(source);
            return;
        }

        CompilerTestSupport.Compile(source);
    }

    [TestMethod]
    public void Parser_SamplePrograms_Compile()
    {
        foreach (string program in CompilerSamples.Programs)
        {
            CompilerTestSupport.Compile(program);
        }
    }

    [TestMethod]
    public void Parser_EvalMode_AcceptsExpressionsOnly()
    {
        CompilerTestSupport.Compile("  1 + 2", CompileMode.Eval);
        CompilerTestSupport.Compile("a, b", CompileMode.Eval);
        CompilerTestSupport.Compile("x\n\n", CompileMode.Eval);
        CompilerTestSupport.CompileError("x = 1", CompileMode.Eval);
        CompilerTestSupport.CompileError("1\n2", CompileMode.Eval);
    }

    [TestMethod]
    public void Parser_Tree_IsCompact()
    {
        Interpreter ip = CompilerTestSupport.NewInterpreter();
        Parser p = new Parser(new SourceText("x = a + b * 2\n", "<test>"), ip.Numbers);
        Tree t = p.Parse(CompileMode.Exec);

        // Block(1) + Assign(2) + Name x + BinOp(3) + Name a + BinOp(3) + Name b + Const: 8 nodes, 2 ints each + slots.
        Assert.AreEqual(8 * 2 + 1 + 2 + 1 + 3 + 1 + 3 + 1 + 1, t.ArenaSize);
        Assert.AreEqual(NodeKind.Block, t.Kind(t.Root));
        int assign = t.Child(t.Root, 0);
        Assert.AreEqual(NodeKind.Assign, t.Kind(assign));
        int add = t.Child(assign, 1);
        Assert.AreEqual(NodeKind.BinOp, t.Kind(add));
        Assert.AreEqual(BinaryOp.Add, t.Child(add, 0));
        Assert.AreEqual(1, t.Line(add));
        Assert.AreEqual(4, t.Col(add));
    }
}
