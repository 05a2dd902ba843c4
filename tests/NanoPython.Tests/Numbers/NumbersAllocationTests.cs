using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Numbers.NumbersTestSupport;

namespace NanoPython.Tests.Numbers;

/// <summary>
/// The number paths the VM takes all the time allocate nothing but their result: small-int arithmetic never touches
/// the big-int code, and int/float comparisons and mixed arithmetic go through the Numbers hooks without temporaries.
/// (Bytes allocated on this thread are measured, not time.)
/// </summary>
[TestClass]
public class NumbersAllocationTests
{
    private const int Rounds = 1000;

    private static long BytesPerCall(Action action)
    {
        for (int i = 0; i < 10; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Rounds; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
    }

    [TestMethod]
    public void Allocation_SmallIntArithmetic_AllocatesNothing()
    {
        Interpreter ip = NewInterpreter();
        PyObject a = PyInt.Get(100);
        PyObject b = PyInt.Get(7);
        Assert.AreEqual(0, BytesPerCall(() => Ops.Binary(ip, BinaryOp.Add, a, b)));
        Assert.AreEqual(0, BytesPerCall(() => Ops.Binary(ip, BinaryOp.FloorDivide, a, b)));
        Assert.AreEqual(0, BytesPerCall(() => Ops.Binary(ip, BinaryOp.Power, b, PyInt.Get(3))));
        Assert.AreEqual(0, BytesPerCall(() => Ops.RichCompare(ip, CompareOp.Lt, a, b)));
    }

    [TestMethod]
    public void Allocation_IntFloatComparison_AllocatesNothing()
    {
        Interpreter ip = NewInterpreter();
        PyObject i = PyInt.Get(3);
        PyObject f = new PyFloat(3.5);
        Assert.AreEqual(0, BytesPerCall(() => Ops.RichCompare(ip, CompareOp.Lt, i, f)));
        Assert.AreEqual(0, BytesPerCall(() => Ops.RichCompare(ip, CompareOp.Ge, f, i)));
        PyObject g = new PyFloat(3.0);
        Assert.AreEqual(0, BytesPerCall(() => Ops.RichCompare(ip, CompareOp.Eq, i, g)));
    }

    [TestMethod]
    public void Allocation_IntFloatArithmetic_AllocatesOnlyTheResult()
    {
        Interpreter ip = NewInterpreter();
        PyObject i = PyInt.Get(3);
        PyObject f = new PyFloat(0.5);
        long one = BytesPerCall(() => new PyFloat(1.0));
        Assert.AreEqual(one, BytesPerCall(() => Ops.Binary(ip, BinaryOp.Add, i, f)));
        Assert.AreEqual(one, BytesPerCall(() => Ops.Binary(ip, BinaryOp.Multiply, f, i)));
        Assert.AreEqual(one, BytesPerCall(() => Ops.Binary(ip, BinaryOp.TrueDivide, i, PyInt.Get(4))));
    }
}
