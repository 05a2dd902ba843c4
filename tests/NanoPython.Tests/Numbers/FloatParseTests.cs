using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Numbers;
using NanoPython.Runtime;
using static NanoPython.Tests.Numbers.NumbersTestSupport;

namespace NanoPython.Tests.Numbers;

/// <summary>
/// float(str): correctly rounded (checked bit for bit against .NET's IEEE-correct double.Parse on random decimal
/// strings and on the exact halfway points between neighbouring doubles, nudged both ways) and Python's syntax.
/// </summary>
[TestClass]
public class FloatParseTests
{
    private static void Check(string text)
    {
        double expected = double.Parse(text.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.IsTrue(FloatParser.TryParse(text, false, out double actual), "rejected " + text);
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual), text);
    }

    [TestMethod]
    public void FloatParse_RandomDecimalStrings_AreCorrectlyRounded()
    {
        Random rng = new Random(41);
        for (int i = 0; i < 20000; i++)
        {
            int nd = rng.Next(1, i % 10 == 0 ? 60 : 25);
            StringBuilder sb = new StringBuilder();
            if (rng.Next(2) == 0)
            {
                sb.Append('-');
            }

            for (int k = 0; k < nd; k++)
            {
                sb.Append((char)('0' + rng.Next(10)));
            }

            if (rng.Next(2) == 0)
            {
                sb.Insert(sb.Length - rng.Next(0, nd), '.');
            }

            sb.Append('e').Append(rng.Next(-345, 320));
            Check(sb.ToString());
        }
    }

    [TestMethod]
    public void FloatParse_HalfwayPoints_RoundToEven()
    {
        Random rng = new Random(42);
        for (int i = 0; i < 4000; i++)
        {
            long bits = rng.NextInt64(0, 0x7FEFFFFFFFFFFFFF);
            if (i % 5 == 0)
            {
                bits &= 0x000FFFFFFFFFFFFF;
            }

            // The exact midpoint between this double and the next one up: (2m + 1) * 2^(e - 1).
            int be = (int)(bits >> 52);
            BigInteger m = bits & 0xFFFFFFFFFFFFFL;
            int e = be == 0 ? -1074 : be - 1075;
            if (be != 0)
            {
                m |= BigInteger.One << 52;
            }

            string mid = ExactDecimal((2 * m) + 1, e - 1);
            Check(mid);
            Check(mid + (mid.Contains('.') ? string.Empty : ".") + "000000000000000000001");
            Check(BelowByTiny(mid));
        }
    }

    private static string BelowByTiny(string exact)
    {
        // exact - 10^-k for a k beyond the last digit: drop one unit in the last place and append nines.
        if (!exact.Contains('.'))
        {
            exact += ".0";
        }

        char[] c = exact.ToCharArray();
        int i = c.Length - 1;
        while (c[i] == '0' || c[i] == '.')
        {
            if (c[i] == '0')
            {
                c[i] = '9';
            }

            i--;
        }

        c[i]--;
        return new string(c) + "9999999";
    }

    [TestMethod]
    public void FloatParse_LongInputs_AreCorrectlyRounded()
    {
        Random rng = new Random(43);
        for (int i = 0; i < 300; i++)
        {
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64(1, 0x7FEFFFFFFFFFFFFF));
            string exact = ExactDecimal(d);
            Check(exact);
            Check(exact + (exact.Contains('.') ? string.Empty : ".") + new string('0', rng.Next(0, 900)) + "1");
            Check(new string('0', 500) + exact);
        }

        Check("1" + new string('0', 1000) + "e-1000");
        Check("0." + new string('0', 400) + "1e400");
    }

    [TestMethod]
    [DataRow("1e309", double.PositiveInfinity)]
    [DataRow("-1e309", double.NegativeInfinity)]
    [DataRow("1e-400", 0.0)]
    [DataRow("2.4703282292062328e-324", 5e-324)]
    [DataRow("2.4703282292062327e-324", 0.0)]
    [DataRow("1.7976931348623158e308", 1.7976931348623157e308)]
    [DataRow("1.7976931348623159e308", double.PositiveInfinity)]
    [DataRow("1e99999999999999999999", double.PositiveInfinity)]
    [DataRow("0e99999999999999999999", 0.0)]
    [DataRow("  12.5\n", 12.5)]
    [DataRow("1_000.000_1", 1000.0001)]
    [DataRow("1e1_0", 1e10)]
    [DataRow(".5", 0.5)]
    [DataRow("5.", 5.0)]
    [DataRow("+.5e-3", 0.0005)]
    [DataRow("InFiNiTy", double.PositiveInfinity)]
    [DataRow("-inf", double.NegativeInfinity)]
    [DataRow("0.1", 0.1)]
    [DataRow("9007199254740993", 9007199254740992.0)]
    [DataRow("9007199254740995", 9007199254740996.0)]
    public void FloatParse_EdgeCases_MatchCPython(string text, double expected)
    {
        Assert.IsTrue(FloatParser.TryParse(text, false, out double actual), "rejected " + text);
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual), text);
    }

    [TestMethod]
    public void FloatParse_NanAndNegativeZero_KeepTheirSign()
    {
        Assert.IsTrue(FloatParser.TryParse("nan", false, out double d));
        Assert.IsTrue(double.IsNaN(d));
        Assert.IsTrue(FloatParser.TryParse(" -NaN ", false, out d));
        Assert.IsTrue(double.IsNaN(d));
        Assert.IsTrue(FloatParser.TryParse("-0", false, out d));
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(d));
        Assert.IsTrue(FloatParser.TryParse("-0e-999", false, out d));
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(d));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow(" ")]
    [DataRow("-")]
    [DataRow(".")]
    [DataRow("e5")]
    [DataRow("1e")]
    [DataRow("1e+")]
    [DataRow("1.2.3")]
    [DataRow("_1")]
    [DataRow("1_")]
    [DataRow("1__0")]
    [DataRow("1_.5")]
    [DataRow("1._5")]
    [DataRow("1e_5")]
    [DataRow("1e5_")]
    [DataRow("0x10")]
    [DataRow("1 2")]
    [DataRow("infinit")]
    [DataRow("nana")]
    [DataRow("--1")]
    [DataRow("1f")]
    [DataRow("1,5")]
    public void FloatParse_Malformed_IsRejected(string text)
    {
        Assert.IsFalse(FloatParser.TryParse(text, false, out _), text);
    }

    [TestMethod]
    public void FloatConstructor_BadString_RaisesValueErrorWithRepr()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("ValueError: could not convert string to float: '1x'", ErrorOf(() => Call(ip, "float", new PyStr("1x"))));
        Assert.AreEqual("ValueError: could not convert string to float: ' '", ErrorOf(() => Call(ip, "float", new PyStr(" "))));
        Assert.AreEqual("ValueError: could not convert string to float: b'1x'", ErrorOf(() => Call(ip, "float", new PyBytes(new byte[] { 0x31, 0x78 }))));
        Assert.AreEqual("TypeError: float() argument must be a string or a real number, not 'list'", ErrorOf(() => Call(ip, "float", new PyList())));
        Assert.AreEqual(1.5, ((PyFloat)Call(ip, "float", new PyBytes(new byte[] { 0x31, 0x2E, 0x35 }))).Value);
        Assert.AreEqual(0.0, ((PyFloat)Call(ip, "float")).Value);
    }

    [TestMethod]
    public void FloatHooks_ParseFloat_ReturnsNullWhenMalformed()
    {
        Interpreter ip = NewInterpreter();
        Assert.IsNull(ip.Numbers.ParseFloat("1.2.3"));
        Assert.AreEqual(1000.5, ((PyFloat)ip.Numbers.ParseFloat("1_000.5")).Value);
    }

    [TestMethod]
    public void FloatFromHex_MatchesCPython()
    {
        Interpreter ip = NewInterpreter();
        PyObject fromhex = Ops.GetAttr(ip, PyTypes.Float, Intern.Get("fromhex"));
        double F(string s) => ((PyFloat)Ops.Call1(ip, fromhex, new PyStr(s))).Value;
        Assert.AreEqual(3.0, F("0x1.8p1"));
        Assert.AreEqual(-0.0, F("-0x0p0"));
        Assert.AreEqual(5e-324, F("0x0.0000000000001p-1022"));
        Assert.AreEqual(5e-324, F("0x1p-1074"));
        Assert.AreEqual(0.0, F("0x1p-1076"));
        Assert.AreEqual(5e-324, F("0x1.0000000001p-1075"));
        Assert.AreEqual(double.MaxValue, F("0x1.fffffffffffffp1023"));
        Assert.AreEqual(1.0, F("  0X1.00000000000000000000001  "));
        Assert.AreEqual(1.0000000000000004, F("0x1.00000000000018"));
        Assert.AreEqual(1.0, F("0x1.00000000000008"));
        Assert.AreEqual(1.0000000000000002, F("0x1.000000000000081"));
        Assert.AreEqual(255.0, F("ff"));
        Assert.AreEqual(double.PositiveInfinity, F("inf"));
        Assert.AreEqual("OverflowError: hexadecimal value too large to represent as a float", ErrorOf(() => F("0x1p1024")));
        Assert.AreEqual("ValueError: invalid hexadecimal floating-point string", ErrorOf(() => F("0xg")));
        Assert.AreEqual("ValueError: invalid hexadecimal floating-point string", ErrorOf(() => F("0x1p")));

        Random rng = new Random(44);
        for (int i = 0; i < 3000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64());
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                continue;
            }

            string hex = Ops.Str(ip, CallMethod(ip, new PyFloat(d), "hex"));
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(F(hex)), hex);
        }
    }
}
