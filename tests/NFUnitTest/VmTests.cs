using nanoFramework.TestFramework;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>Device tests of the VM: control flow, calls and arguments, closures, classes, recursion limit, interrupts.</summary>
    [TestClass]
    public class VmTests
    {
        [TestMethod]
        public void Vm_Loops_BreakContinueElse()
        {
            Assert.AreEqual("6 [0, 2, 4] found\n", Py.Run(
                "t = 0\nfor i in range(4):\n    t += i\nl = [i for i in range(6) if i % 2 == 0]\n" +
                "for x in l:\n    if x == 4:\n        r = 'found'\n        break\nelse:\n    r = 'no'\nprint(t, l, r)"));
            Assert.AreEqual("3\n", Py.Run("n = 0\nwhile True:\n    n += 1\n    if n < 3:\n        continue\n    break\nprint(n)"));
        }

        [TestMethod]
        public void Vm_Calls_PositionalKeywordStarArgs()
        {
            Assert.AreEqual("1 2 (3, 4) 5 {'z': 6}\n", Py.Run(
                "def f(a, b=0, *args, k=None, **kw):\n    print(a, b, args, k, kw)\nf(1, 2, 3, 4, k=5, z=6)"));
            Assert.AreEqual("TypeError: f() missing 1 required positional argument: 'a'", Py.Error("def f(a):\n    pass\nf()"));
        }

        [TestMethod]
        public void Vm_Closures_CounterKeepsState()
        {
            Assert.AreEqual("1 2 3\n", Py.Run(
                "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n" +
                "c = counter()\nprint(c(), c(), c())"));
        }

        [TestMethod]
        public void Vm_Classes_InheritanceAndDunders()
        {
            Assert.AreEqual("V(4, 6) True 2\n", Py.Run(
                "class V:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n" +
                "    def __add__(self, o):\n        return V(self.x + o.x, self.y + o.y)\n" +
                "    def __repr__(self):\n        return 'V(%d, %d)' % (self.x, self.y)\n" +
                "class W(V):\n    def __len__(self):\n        return 2\n" +
                "print(V(1, 2) + V(3, 4), isinstance(W(0, 0), V), len(W(0, 0)))"));
        }

        [TestMethod]
        public void Vm_Recursion_RaisesRecursionErrorAtTheLimit()
        {
            CaptureOutput o = new CaptureOutput();
            Interpreter ip = Py.New(o);
            ip.MaxDepth = 40;
            Py.Exec(ip, "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    r = 'RecursionError'\n" +
                "def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nd = g(30)");
            Assert.AreEqual("RecursionError", Py.Str(ip, "r"));
            Assert.AreEqual(30L, Py.Int(ip, "d"));
        }

        [TestMethod]
        public void Vm_Interrupt_RaisesKeyboardInterrupt()
        {
            Interpreter ip = Py.New(new CaptureOutput());
            ip.Interrupt();
            string r = "none";
            try
            {
                ip.Exec("n = 0\nwhile True:\n    n += 1", "<test>", CompileMode.Exec, ip.MainDict);
            }
            catch (PyException e)
            {
                r = e.Value.Type.Name.Value;
            }

            Assert.AreEqual("KeyboardInterrupt", r);
            Assert.AreEqual(0, ip.PendingInterrupt);
        }

        [TestMethod]
        public void Vm_Globals_PersistBetweenRuns()
        {
            Interpreter ip = Py.New(new CaptureOutput());
            Py.Exec(ip, "x = 41");
            Py.Exec(ip, "x += 1\ns = str(x)");
            Assert.AreEqual(42L, Py.Int(ip, "x"));
            Assert.AreEqual("42", Py.Str(ip, "s"));
        }

        [TestMethod]
        public void Vm_Unpacking_StarTargetsAndSwap()
        {
            Assert.AreEqual("1 [2, 3] 4 b a\n", Py.Run("a, *m, z = [1, 2, 3, 4]\nx, y = 'a', 'b'\nx, y = y, x\nprint(a, m, z, x, y)"));
        }
    }
}
