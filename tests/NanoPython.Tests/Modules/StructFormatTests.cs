using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Modules;

namespace NanoPython.Tests;

/// <summary>struct's formats at C# level: sizes and alignment per byte order and port, round trips, half floats.</summary>
[TestClass]
public class StructFormatTests
{
    [TestMethod]
    [DataRow("<bBhHiIlLqQefd?cxs", false, 1 + 1 + 2 + 2 + 4 + 4 + 4 + 4 + 8 + 8 + 2 + 4 + 8 + 1 + 1 + 1 + 1)]
    [DataRow(">3s2xH", false, 7)]
    [DataRow("@bi", false, 8)]
    [DataRow("@bq", false, 16)]
    [DataRow("@bl", false, 8)]
    [DataRow("@bl", true, 16)]
    [DataRow("@P", false, 4)]
    [DataRow("@P", true, 8)]
    [DataRow("=bl", true, 5)]
    [DataRow("!hb", false, 3)]
    [DataRow("", false, 0)]
    [DataRow("10s", false, 10)]
    [DataRow("< 2h i", false, 8)]
    public void Struct_Size_FollowsOrderAndPort(string fmt, bool wide, int size)
    {
        Assert.AreEqual(size, new StructFormat(fmt, wide).Size);
    }

    [TestMethod]
    public void Struct_Alignment_PadsBeforeEachItem()
    {
        // '@' aligns every item to its size: b, pad, h, pad to 4, i.
        Assert.AreEqual(8, new StructFormat("@bhi", false).Size);
        Assert.AreEqual(12, new StructFormat("@b2i", false).Size);
        Assert.AreEqual(3, new StructFormat("<bh", false).Size);
    }

    [TestMethod]
    public void Struct_HalfFloat_AgreesWithSystemHalf()
    {
        Random r = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            double d = i < 10000 ? (r.NextDouble() - 0.5) * Math.Pow(2, r.Next(-30, 20)) : BitConverter.Int64BitsToDouble(r.NextInt64());
            if (double.IsNaN(d))
            {
                continue;
            }

            // System.Half rounds from double directly; ours from the float nearest to d, the same except for doubles
            // exactly between two halves after that first rounding, which random doubles do not hit.
            ushort expected = BitConverter.HalfToUInt16Bits((Half)(float)d);
            Assert.AreEqual(expected, (ushort)HalfFloat.FromDouble(d), "pack " + d.ToString("R"));
            Assert.AreEqual((double)(Half)(float)d, HalfFloat.ToDouble(expected), "unpack " + d.ToString("R"));
        }

        Assert.AreEqual(0x7C00UL, HalfFloat.FromDouble(1e10));
        Assert.AreEqual(0xFC00UL, HalfFloat.FromDouble(double.NegativeInfinity));
        Assert.IsTrue(double.IsNaN(HalfFloat.ToDouble((int)HalfFloat.FromDouble(double.NaN))));
    }
}
