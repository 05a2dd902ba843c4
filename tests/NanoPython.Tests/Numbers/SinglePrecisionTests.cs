using System;
using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Numbers;
using NanoPython.Runtime;
using static NanoPython.Tests.Numbers.NumbersTestSupport;

namespace NanoPython.Tests.Numbers;

/// <summary>
/// The 32-bit float mode of MicroPython's ESP32 builds: every float result is a single, parsing and int conversions
/// round straight to single precision, and repr prints '%.7g' (plus '.0' for integral text). Expected strings were
/// computed with CPython as '%.7g' % struct.unpack('f', struct.pack('f', x))[0].
/// </summary>
[TestClass]
public class SinglePrecisionTests
{
    private static bool IsSingle(double d)
    {
        return double.IsNaN(d) || (double)(float)d == d;
    }

    [TestMethod]
    [DataRow("0.1", "0.1")]
    [DataRow("1/3", "0.3333333")]
    [DataRow("2/3", "0.6666667")]
    [DataRow("10000000.0", "1e+07")]
    [DataRow("1234567.0", "1234567.0")]
    [DataRow("16777217", "1.677722e+07")]
    [DataRow("3.4028234663852886e38", "3.402823e+38")]
    [DataRow("1.401298464324817e-45", "1.401298e-45")]
    [DataRow("1e-5", "1e-05")]
    [DataRow("123.456", "123.456")]
    [DataRow("100", "100.0")]
    [DataRow("0.0001", "0.0001")]
    [DataRow("3.14159265", "3.141593")]
    [DataRow("1e39", "inf")]
    [DataRow("-0.0", "-0.0")]
    public void SinglePrecision_Repr_PrintsSevenDigits(string source, string expected)
    {
        Interpreter ip = NewInterpreter(32);
        PyObject v;
        int slash = source.IndexOf('/');
        if (slash >= 0)
        {
            v = Ops.Binary(ip, BinaryOp.TrueDivide, ip.Numbers.IntFromString(source.Substring(0, slash), 10), ip.Numbers.IntFromString(source.Substring(slash + 1), 10));
        }
        else
        {
            v = Call(ip, "float", new PyStr(source));
        }

        Assert.IsTrue(IsSingle(((PyFloat)v).Value), "not a single: " + source);
        Assert.AreEqual(expected, Ops.Repr(ip, v));
    }

    [TestMethod]
    public void SinglePrecision_Arithmetic_RoundsEveryResult()
    {
        Interpreter ip = NewInterpreter(32);
        PyObject a = Call(ip, "float", new PyStr("0.1"));
        PyObject b = Call(ip, "float", new PyStr("0.2"));
        PyObject sum = Ops.Binary(ip, BinaryOp.Add, a, b);
        Assert.AreEqual((double)(0.1f + 0.2f), ((PyFloat)sum).Value);
        Assert.AreEqual("0.3", Ops.Repr(ip, sum));
        PyObject root = Ops.Binary(ip, BinaryOp.Power, PyInt.Get(2), new PyFloat(0.5));
        Assert.AreEqual("1.414214", Ops.Repr(ip, root));
        Assert.IsTrue(IsSingle(((PyFloat)root).Value));
        Assert.AreEqual("0.3333333433", NumberFormatter.Format(ip, Ops.Binary(ip, BinaryOp.TrueDivide, PyInt.One, PyInt.Get(3)), FormatSpec.Parse(".10f")));
        Assert.AreEqual(16777216.0, ((PyFloat)Call(ip, "float", PyInt.Get(16777217))).Value);
        Assert.AreEqual(16777216.0, ((PyFloat)Call(ip, "float", new PyStr("16777217"))).Value);
        Assert.AreEqual("OverflowError: int too large to convert to float", ErrorOf(() => Call(ip, "float", Ops.Binary(ip, BinaryOp.LShift, PyInt.One, PyInt.Get(128)))));
        Assert.AreEqual(Math.Pow(2, 127), ((PyFloat)Call(ip, "float", Ops.Binary(ip, BinaryOp.LShift, PyInt.One, PyInt.Get(127)))).Value);
        PyObject big = Ops.Binary(ip, BinaryOp.Multiply, new PyFloat(3e38), new PyFloat(10.0));
        Assert.AreEqual("inf", Ops.Repr(ip, big));
        PyComplex c = (PyComplex)ip.Numbers.MakeComplex(0.1, 0.2);
        Assert.IsTrue(IsSingle(c.Real) && IsSingle(c.Imag));
        Assert.AreEqual("(0.1+0.2j)", Ops.Repr(ip, Ops.Binary(ip, BinaryOp.Add, c, PyInt.Zero)));
        Assert.AreEqual("(0.3333333+1e+07j)", Ops.Repr(ip, ip.Numbers.MakeComplex(1.0 / 3, 1e7)));
    }

    [TestMethod]
    public void SinglePrecision_Parsing_RoundsOnceToSingle()
    {
        Random rng = new Random(51);
        for (int i = 0; i < 20000; i++)
        {
            string s = rng.Next(1, 100000000) + "e" + rng.Next(-50, 40);
            if (i % 3 == 0)
            {
                // Halfway between two singles: the exact decimal of an odd multiple of half a single's ulp.
                float f = BitConverter.Int32BitsToSingle(rng.Next(0, 0x7F7FFFFF));
                float g = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(f) + 1);
                s = ExactDecimal(((double)f + (double)g) / 2);
            }

            float expected = float.Parse(s, CultureInfo.InvariantCulture);
            Assert.IsTrue(FloatParser.TryParse(s, true, out double actual));
            Assert.AreEqual(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits((float)actual), s);
            Assert.IsTrue(IsSingle(actual), "not a single: " + s);
        }
    }

    [TestMethod]
    public void SinglePrecision_RandomSingles_PrintSevenCorrectlyRoundedDigits()
    {
        Interpreter ip = NewInterpreter(32);
        Random rng = new Random(52);
        for (int i = 0; i < 20000; i++)
        {
            float f = BitConverter.Int32BitsToSingle(rng.Next(int.MinValue, int.MaxValue));
            if (float.IsNaN(f) || float.IsInfinity(f) || f == 0)
            {
                continue;
            }

            string repr = Ops.Repr(ip, new PyFloat(f));
            string e6 = ((double)f).ToString("E6", CultureInfo.InvariantCulture);
            string mantissa = e6.Substring(0, e6.IndexOf('E')).Replace(".", string.Empty).TrimStart('-').TrimEnd('0');
            int exp = int.Parse(e6.Substring(e6.IndexOf('E') + 1), CultureInfo.InvariantCulture);
            string digits = repr.TrimStart('-');
            int ei = digits.IndexOf('e');
            string body = ei >= 0 ? digits.Substring(0, ei) : digits;
            Assert.AreEqual(exp < -4 || exp >= 7, ei >= 0, "layout of " + repr + " for " + e6);
            string sig = body.Replace(".", string.Empty).TrimStart('0').TrimEnd('0');
            Assert.AreEqual(mantissa.Length == 0 ? string.Empty : mantissa, sig, repr + " vs " + e6);
            Assert.AreEqual(f < 0, repr.StartsWith('-'));
        }
    }

    [TestMethod]
    public void SinglePrecision_DoubleModeIsTheDefault()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual(64, ((NumberTower)ip.Numbers).FloatBits);
        Assert.AreEqual("0.3333333333333333", Ops.Repr(ip, Ops.Binary(ip, BinaryOp.TrueDivide, PyInt.One, PyInt.Get(3))));
        Interpreter single = NewInterpreter(32);
        Assert.AreEqual(32, ((NumberTower)single.Numbers).FloatBits);
    }
}
