using System.IO;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Host;
using NanoPython.Runtime;

namespace NanoPython.Tests.Runtime;

/// <summary>
/// Finished frames go back to the interpreter's small pool: a session keeps a bounded number of them whatever number of
/// functions it ran, a pooled frame holds no references (code, globals, values), and one frame serves codes of
/// different sizes.
/// </summary>
[TestClass]
public sealed class FramePoolTests
{
    private static Interpreter NewInterpreter()
    {
        return InterpreterFactory.Create(new StreamOutput(new MemoryStream(), false), null, null);
    }

    private static Frame[] Pooled(Interpreter ip, out int count)
    {
        FieldInfo free = typeof(FramePool).GetField("_free", BindingFlags.Instance | BindingFlags.NonPublic);
        FieldInfo n = typeof(FramePool).GetField("_count", BindingFlags.Instance | BindingFlags.NonPublic);
        count = (int)n.GetValue(ip.Frames);
        return (Frame[])free.GetValue(ip.Frames);
    }

    [TestMethod]
    public void FramePool_ManyFunctionsRun_KeepsAtMostEightFrames()
    {
        Interpreter ip = NewInterpreter();
        ip.Exec(
            "fs = []\nfor i in range(40):\n    exec('def f%d(a):\\n    b = [a] * %d\\n    return len(b)' % (i, i), globals())\n    fs.append(globals()['f%d' % i])\n"
            + "def deep(n):\n    return 0 if n == 0 else 1 + deep(n - 1)\n"
            + "total = sum(f(1) for f in fs) + deep(50)\n",
            "<pool>", CompileMode.Exec, ip.MainDict);
        Assert.AreEqual(780 + 50, ((PyInt)ip.MainDict.LookupName(Intern.Get("total"))).Value);

        Frame[] pool = Pooled(ip, out int count);
        Assert.IsTrue(count > 0 && count <= pool.Length && pool.Length == 8, "pooled frames: " + count + " of " + pool.Length);
        for (int i = 0; i < count; i++)
        {
            Frame f = pool[i];
            Assert.IsNull(f.Code, "a pooled frame keeps no code");
            Assert.IsNull(f.Globals);
            Assert.IsNull(f.Back);
            foreach (PyObject o in f.Slots)
            {
                Assert.IsNull(o, "a pooled frame keeps no values");
            }
        }
    }

    [TestMethod]
    public void FramePool_FrameReusedForABiggerCode_GetsMoreSlots()
    {
        Interpreter ip = NewInterpreter();
        ip.Exec(
            "def small():\n    return 1\n"
            + "def big(a, b, c, d, e, f, g, h):\n    i, j, k = a + b, c + d, e + f\n    return [a, b, c, d, e, f, g, h, i, j, k, (a, b, (c, d, (e, f)))]\n"
            + "r = [small(), big(1, 2, 3, 4, 5, 6, 7, 8), small(), big(8, 7, 6, 5, 4, 3, 2, 1)]\n",
            "<pool>", CompileMode.Exec, ip.MainDict);
        Assert.AreEqual(
            "[1, [1, 2, 3, 4, 5, 6, 7, 8, 3, 7, 11, (1, 2, (3, 4, (5, 6)))], 1, [8, 7, 6, 5, 4, 3, 2, 1, 15, 11, 7, (8, 7, (6, 5, (4, 3)))]]",
            Ops.Repr(ip, ip.MainDict.LookupName(Intern.Get("r"))));
    }
}
