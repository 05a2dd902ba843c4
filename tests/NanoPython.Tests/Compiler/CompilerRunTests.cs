using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>
/// Compiled code run on the VM (only the Runtime, Vm and compiler assemblies; output through a native 'out' function
/// that records repr() of its arguments), so the compilation schemes are checked against the VM's semantics.
/// </summary>
[TestClass]
public sealed class CompilerRunTests
{
    private static string Run(string source)
    {
        Interpreter ip = CompilerTestSupport.NewInterpreter();
        VmSetup.Install(ip);

        // The Builtins assembly is not loaded here: bind the few core types the tests use.
        ip.Builtins.SetName("super", PyTypes.Super);
        ip.Builtins.SetName("type", PyTypes.Type);
        ip.Builtins.SetName("list", PyTypes.List);
        StringBuilder sb = new StringBuilder();
        ip.Builtins.SetName("out", new PyBuiltinN("out", (Interpreter i, PyObject[] args, int offset, int count, PyTuple kw) =>
        {
            for (int k = 0; k < count; k++)
            {
                sb.Append(k > 0 ? " " : string.Empty).Append(args[offset + k].Repr(i));
            }

            sb.Append('\n');
            return PyNone.Value;
        }));
        PyDict globals = new PyDict();
        globals.SetName(Names.__name__, new PyStr("__main__"));
        try
        {
            ip.Exec(source, "<test>", CompileMode.Exec, globals);
        }
        catch (PyException e)
        {
            sb.Append("! ").Append(e.Value.Type.Name.Value).Append('\n');
        }

        return sb.ToString();
    }

    private static void Check(string source, string expected)
    {
        Assert.AreEqual(expected, Run(source), source);
    }

    [TestMethod]
    public void Run_Arithmetic_AndComparisons()
    {
        Check("out(1 + 2 * 3, 7 // 2, -7 % 3, 2 ** 10, 1 < 2 < 3, 3 < 2 < 1, 1 < 3 > 2, not 0, 5 & 3 | 8)\n",
            "7 3 2 1024 True False True True 9\n");
    }

    [TestMethod]
    public void Run_BooleanOperators_ReturnOperands()
    {
        Check("a = 0\nb = 'x'\nout(a or b, a and b, b and 2, a or 0 or 3)\nout(1 if a else 2)\n", "'x' 0 2 3\n2\n");
    }

    [TestMethod]
    public void Run_Functions_DefaultsKeywordsStarArgs()
    {
        Check("def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\nout(f(1, c=3))\nout(f(1, 5, 6, 7, c=8, e=9))\nargs = (1, 2)\nout(f(*args, c=0, **{'d': 1}))\n",
            "(1, 2, (), 3, 4, {})\n(1, 5, (6, 7), 8, 4, {'e': 9})\n(1, 2, (), 0, 1, {})\n");
    }

    [TestMethod]
    public void Run_Closures_AndNonlocal()
    {
        Check("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = counter()\nc()\nout(c(), c())\n", "2 3\n");
        Check("def f(x):\n    g = lambda y: x + y\n    return g(10)\nout(f(5))\n", "15\n");
    }

    [TestMethod]
    public void Run_Classes_SuperAndClassCell()
    {
        Check("class A:\n    def m(self):\n        return 'A'\nclass B(A):\n    def m(self):\n        return 'B' + super().m()\n    def c(self):\n        return __class__\nb = B()\nout(b.m(), b.c() is B)\n", "'BA' True\n");
    }

    [TestMethod]
    public void Run_ClassBody_SeesEnclosingFunction()
    {
        Check("def f():\n    x = 1\n    class C:\n        y = x + 1\n        def g(self):\n            return x\n    return C\nC = f()\nout(C.y, C().g())\n", "2 1\n");
    }

    [TestMethod]
    public void Run_Loops_BreakContinueElse()
    {
        Check("r = []\nfor i in [1, 2, 3, 4]:\n    if i == 2:\n        continue\n    if i == 4:\n        break\n    r += [i]\nelse:\n    r += ['no']\nout(r)\ni = 0\nwhile i < 3:\n    i += 1\nelse:\n    out('done', i)\n", "[1, 3]\n'done' 3\n");
    }

    [TestMethod]
    public void Run_TryExceptFinally_Flow()
    {
        Check("def f(x):\n    try:\n        if x:\n            raise ValueError('v')\n        return 'ok'\n    except ValueError as e:\n        return 'caught'\n    finally:\n        out('fin')\nout(f(0))\nout(f(1))\n", "'fin'\n'ok'\n'fin'\n'caught'\n");
        Check("try:\n    try:\n        1 / 0\n    finally:\n        out('inner')\nexcept ZeroDivisionError:\n    out('outer')\n", "'inner'\n'outer'\n");
        Check("def g():\n    for i in [1, 2]:\n        try:\n            continue\n        finally:\n            out(i)\n    return 'end'\nout(g())\n", "1\n2\n'end'\n");
        Check("try:\n    raise KeyError\nexcept (TypeError, KeyError) as e:\n    out('k')\nelse:\n    out('no')\ntry:\n    pass\nexcept:\n    out('no')\nelse:\n    out('else')\n", "'k'\n'else'\n");
        Check("try:\n    raise TypeError\nexcept ValueError:\n    out('no')\n", "! TypeError\n");
    }

    [TestMethod]
    public void Run_ExceptName_IsDeletedAfterHandler()
    {
        Check("try:\n    raise ValueError\nexcept ValueError as e:\n    pass\ntry:\n    e\nexcept NameError:\n    out('gone')\n", "'gone'\n");
    }

    [TestMethod]
    public void Run_With_CallsExitAndSuppresses()
    {
        string cm = "class CM:\n    def __init__(self, s):\n        self.s = s\n    def __enter__(self):\n        out('enter')\n        return self\n    def __exit__(self, t, v, tb):\n        out('exit', t is None)\n        return self.s\n";
        Check(cm + "with CM(False) as c:\n    out('body')\n", "'enter'\n'body'\n'exit' True\n");
        Check(cm + "with CM(True):\n    raise ValueError\nout('after')\n", "'enter'\n'exit' False\n'after'\n");
        Check(cm + "def f():\n    with CM(False):\n        return 5\nout(f())\n", "'enter'\n'exit' True\n5\n");
        Check(cm + "with CM(False):\n    raise ValueError\n", "'enter'\n'exit' False\n! ValueError\n");
    }

    [TestMethod]
    public void Run_Generators_YieldAndYieldFrom()
    {
        Check("def g():\n    yield 1\n    x = yield 2\n    yield from [3, 4]\n    return 5\nout([v for v in g()])\n", "[1, 2, 3, 4]\n");
        Check("def g():\n    r = yield 1\n    out('got', r)\n    yield r * 2\nit = g()\nout(next(it) if False else it.send(None))\nout(it.send(21))\n", "1\n'got' 21\n42\n");
    }

    [TestMethod]
    public void Run_Comprehensions_AllKinds()
    {
        Check("a = [1, 2, 3]\nout([x * 2 for x in a if x != 2], {x: x * x for x in a}, [(x, y) for x in a for y in a if x < y])\n",
            "[2, 6] {1: 1, 2: 4, 3: 9} [(1, 2), (1, 3), (2, 3)]\n");
        Check("out([*(x for x in (1, 2))])\n", "[1, 2]\n");
    }

    [TestMethod]
    public void Run_Unpacking_AndStarredDisplays()
    {
        Check("a, *b, c = [1, 2, 3, 4]\nout(a, b, c)\nx, (y, z) = 1, (2, 3)\nout(x, y, z)\nout([*b, *b], (*b,), {**{'k': 1}, 'j': 2})\na, b = b, a\nout(a, b)\n",
            "1 [2, 3] 4\n1 2 3\n[2, 3, 2, 3] (2, 3) {'k': 1, 'j': 2}\n[2, 3] 1\n");
    }

    [TestMethod]
    public void Run_AugmentedAssignment_AllTargets()
    {
        Check("class O: pass\no = O()\no.v = 1\no.v += 2\nl = [1, 2]\nl[1] *= 5\nn = 3\nn **= 2\nout(o.v, l, n)\n", "3 [1, 10] 9\n");
    }

    [TestMethod]
    public void Run_Walrus_BindsInEnclosingScope()
    {
        Check("def f():\n    r = [(w := i) for i in [1, 2, 3]]\n    return w, r\nout(f())\nif (n := 5) > 3:\n    out(n)\n", "(3, [1, 2, 3])\n5\n");
    }

    [TestMethod]
    public void Run_Slices_AndSubscripts()
    {
        Check("a = [0, 1, 2, 3, 4, 5]\nout(a[1:3], a[::2], a[::-1], a[-1])\na[1:3] = [9]\ndel a[0]\nout(a)\n", "[1, 2] [0, 2, 4] [5, 4, 3, 2, 1, 0] 5\n[9, 3, 4, 5]\n");
    }

    [TestMethod]
    public void Run_Decorators_ApplyBottomUp()
    {
        Check("def d(tag):\n    def w(f):\n        def g():\n            return tag + f()\n        return g\n    return w\n@d('a')\n@d('b')\ndef f():\n    return 'f'\nout(f())\n", "'abf'\n");
    }

    [TestMethod]
    public void Run_MicropythonConst_IsSubstituted()
    {
        Check("_X = const(3)\nY = const(_X * 2)\ndef f():\n    return _X + Y\nout(f(), Y)\nout('_X' in globals() if False else 1)\n", "9 6\n1\n");
    }

    [TestMethod]
    public void Run_AssertAndRaiseFrom()
    {
        Check("try:\n    assert 1 == 2, 'bad'\nexcept AssertionError as e:\n    out(e.args)\ntry:\n    raise ValueError('x') from KeyError('y')\nexcept ValueError as e:\n    out(type(e.__cause__) is KeyError)\n", "('bad',)\nTrue\n");
    }

    [TestMethod]
    public void Run_GlobalDeclaration_WritesModule()
    {
        Check("g = 1\ndef f():\n    global g\n    g = 2\nf()\nout(g)\n", "2\n");
    }

    [TestMethod]
    public void Run_ReturnAndBreakThroughHandlers_RestoreState()
    {
        Check("def f():\n    try:\n        raise ValueError\n    except ValueError:\n        return 'r'\n    finally:\n        out('fin')\nout(f())\n", "'fin'\n'r'\n");
        Check("def f():\n    for i in [1, 2, 3]:\n        try:\n            raise KeyError\n        except KeyError as e:\n            if i == 2:\n                break\n            continue\n    return i\nout(f())\n", "2\n");
        Check("def f():\n    try:\n        try:\n            return 1\n        finally:\n            out('a')\n    finally:\n        out('b')\nout(f())\n", "'a'\n'b'\n1\n");
        Check("def f():\n    try:\n        raise ValueError\n    finally:\n        return 'swallowed'\nout(f())\n", "'swallowed'\n");
        Check("def f():\n    for i in [1, 2]:\n        try:\n            raise ValueError\n        finally:\n            break\n    return 'b'\nout(f())\n", "'b'\n");
        Check("try:\n    try:\n        raise ValueError\n    except ValueError:\n        raise KeyError\nexcept KeyError as e:\n    out(e.__context__.__class__ is ValueError)\n", "True\n");
    }

    [TestMethod]
    public void Run_GeneratorFinally_RunsOnExhaustion()
    {
        Check("def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        out('cleanup')\nfor v in g():\n    out(v)\n", "1\n2\n'cleanup'\n");
    }

    [TestMethod]
    public void Run_WithInLoop_BreakCallsExit()
    {
        string cm = "class CM:\n    def __enter__(self):\n        return 1\n    def __exit__(self, *a):\n        out('exit')\n";
        Check(cm + "for i in [1, 2]:\n    with CM() as v:\n        with CM():\n            break\nout('after', i)\n", "'exit'\n'exit'\n'after' 1\n");
    }

    [TestMethod]
    public void Run_ChainedComparison_EvaluatesMiddleOnce()
    {
        Check("def m():\n    out('m')\n    return 2\nout(1 < m() < 3, 3 < m() < 4)\n", "'m'\n'm'\nTrue False\n");
    }

    [TestMethod]
    public void Run_KeywordOnlyDefaults_AndPositionalOnly()
    {
        Check("def f(a, /, b=2, *, c=3):\n    return a + b + c\nout(f(1), f(1, 2, c=10), f(1, b=0))\n", "6 13 4\n");
    }
}
