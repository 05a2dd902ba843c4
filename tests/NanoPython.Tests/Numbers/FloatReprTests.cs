using System;
using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Numbers;
using NanoPython.Runtime;
using static NanoPython.Tests.Numbers.NumbersTestSupport;

namespace NanoPython.Tests.Numbers;

/// <summary>
/// repr(float): the shortest round-trip digits laid out as CPython 3.11 prints them. Edge cases have exact expected
/// strings; fixed-seed random doubles are compared digit for digit with .NET's "R" (shortest round-trip since .NET
/// Core 3.0) and must parse back to the same bits.
/// </summary>
[TestClass]
public class FloatReprTests
{
    [TestMethod]
    [DataRow(0.1, "0.1")]
    [DataRow(0.30000000000000004, "0.30000000000000004")]
    [DataRow(1e22, "1e+22")]
    [DataRow(1e-7, "1e-07")]
    [DataRow(5e-324, "5e-324")]
    [DataRow(-0.0, "-0.0")]
    [DataRow(0.0, "0.0")]
    [DataRow(1.0, "1.0")]
    [DataRow(-1.5, "-1.5")]
    [DataRow(123456789012345.0, "123456789012345.0")]
    [DataRow(1e16, "1e+16")]
    [DataRow(9999999999999998.0, "9999999999999998.0")]
    [DataRow(0.0001, "0.0001")]
    [DataRow(0.00001, "1e-05")]
    [DataRow(1.2345678901234567e+19, "1.2345678901234567e+19")]
    [DataRow(1.7976931348623157e308, "1.7976931348623157e+308")]
    [DataRow(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [DataRow(2.225073858507201e-308, "2.225073858507201e-308")]
    [DataRow(1e23, "1e+23")]
    [DataRow(9007199254740993.0, "9007199254740992.0")]
    [DataRow(2e16 + 8, "2.000000000000001e+16")]
    [DataRow(123.456, "123.456")]
    [DataRow(1.0 / 3, "0.3333333333333333")]
    [DataRow(100.0, "100.0")]
    [DataRow(1e15, "1000000000000000.0")]
    [DataRow(0.5, "0.5")]
    [DataRow(4.35, "4.35")]
    [DataRow(2.675, "2.675")]
    [DataRow(1e-320, "1e-320")]
    [DataRow(3e-310, "3e-310")]
    [DataRow(9.5e-5, "9.5e-05")]
    [DataRow(1.5e300, "1.5e+300")]
    public void FloatRepr_EdgeCases_MatchCPython(double d, string expected)
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual(expected, Ops.Repr(ip, new PyFloat(d)));
        Assert.AreEqual(expected, Ops.Str(ip, new PyFloat(d)));
    }

    [TestMethod]
    public void FloatRepr_SpecialValues_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("inf", Ops.Repr(ip, new PyFloat(double.PositiveInfinity)));
        Assert.AreEqual("-inf", Ops.Repr(ip, new PyFloat(double.NegativeInfinity)));
        Assert.AreEqual("nan", Ops.Repr(ip, new PyFloat(double.NaN)));
        Assert.AreEqual("nan", Ops.Repr(ip, new PyFloat(-double.NaN)));
        Assert.AreEqual("0.30000000000000004", Ops.Repr(ip, Ops.Binary(ip, BinaryOp.Add, new PyFloat(0.1), new PyFloat(0.2))));
    }

    /// <summary>The significant digits (no leading or trailing zeros) and decimal exponent of a number's text.</summary>
    private static (string Digits, int Exp) Decompose(string s)
    {
        s = s.TrimStart('-');
        int e = 0;
        int ei = s.IndexOfAny(new[] { 'e', 'E' });
        if (ei >= 0)
        {
            e = int.Parse(s.Substring(ei + 1), CultureInfo.InvariantCulture);
            s = s.Substring(0, ei);
        }

        int point = s.IndexOf('.');
        string intPart = point < 0 ? s : s.Substring(0, point);
        string frac = point < 0 ? string.Empty : s.Substring(point + 1);
        string all = intPart + frac;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        string digits = all.Substring(lead).TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        // The first significant digit sits at 10^(intPart.Length - 1 - lead).
        return (digits, e + intPart.Length - 1 - lead);
    }

    private static void CheckShortest(Interpreter ip, double d)
    {
        string repr = Ops.Repr(ip, new PyFloat(d));
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        (string Digits, int Exp) mine = Decompose(repr);
        (string Digits, int Exp) net = Decompose(r);
        if (double.Parse(r, CultureInfo.InvariantCulture) != d)
        {
            // .NET's "R" misses the narrower lower gap of powers of two (2**-25 prints as 2.980232238769531E-08, which
            // reads back as the double below); CPython's digits are one longer there.
            Assert.AreEqual(net.Digits.Length + 1, mine.Digits.Length, "digits of " + r + " (repr " + repr + ")");
            net = mine;
        }

        Assert.AreEqual(net.Digits, mine.Digits, "digits of " + r + " (repr " + repr + ")");
        Assert.AreEqual(net.Exp, mine.Exp, "exponent of " + r + " (repr " + repr + ")");
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(double.Parse(repr, CultureInfo.InvariantCulture)), "round trip of " + repr);

        // Layout: positional for decimal exponents in [-4, 16), scientific with a two-digit exponent otherwise.
        bool sci = repr.Contains('e');
        Assert.AreEqual(mine.Exp < -4 || mine.Exp >= 16, sci, "layout of " + repr);
        if (!sci)
        {
            Assert.IsTrue(repr.Contains('.'), "no point in " + repr);
        }
        else
        {
            Assert.IsTrue(repr.Contains("e+") || repr.Contains("e-"), "exponent sign in " + repr);
        }
    }

    [TestMethod]
    public void FloatRepr_RandomBitPatterns_AreShortestAndRoundTrip()
    {
        Interpreter ip = NewInterpreter();
        Random rng = new Random(31);
        for (int i = 0; i < 20000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64(long.MinValue, long.MaxValue));
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                continue;
            }

            CheckShortest(ip, d);
        }
    }

    [TestMethod]
    public void FloatRepr_RandomDecimalValues_AreShortestAndRoundTrip()
    {
        // Short decimals (the usual case in programs) and values around powers of two and ten.
        Interpreter ip = NewInterpreter();
        Random rng = new Random(32);
        for (int i = 0; i < 20000; i++)
        {
            double d;
            switch (i % 4)
            {
                case 0:
                    d = double.Parse(rng.Next(1, 100000) + "e" + rng.Next(-330, 310), CultureInfo.InvariantCulture);
                    break;
                case 1:
                    d = Math.Round(rng.NextDouble() * 1000, rng.Next(0, 8));
                    break;
                case 2:
                    d = Math.Pow(2, rng.Next(-1074, 1024));
                    break;
                default:
                    d = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(Math.Pow(10, rng.Next(-300, 300))) + rng.Next(-2, 3));
                    break;
            }

            if (d == 0 || double.IsInfinity(d))
            {
                continue;
            }

            CheckShortest(ip, d);
        }
    }

    [TestMethod]
    public void FloatRepr_Subnormals_AreShortestAndRoundTrip()
    {
        Interpreter ip = NewInterpreter();
        Random rng = new Random(33);
        for (int i = 0; i < 5000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64(1, 1L << 52) >> rng.Next(0, 52));
            if (d != 0)
            {
                CheckShortest(ip, d);
            }
        }
    }

    [TestMethod]
    public void FloatRepr_IntegralValues_AreShortestAndRoundTrip()
    {
        Interpreter ip = NewInterpreter();
        Random rng = new Random(34);
        for (int i = 0; i < 5000; i++)
        {
            double d = rng.NextInt64(0, 1L << 53) >> rng.Next(0, 53);
            if (i % 3 == 0)
            {
                d *= Math.Pow(2, rng.Next(0, 30));
            }

            if (d != 0)
            {
                CheckShortest(ip, d);
            }
        }
    }

    [TestMethod]
    public void FloatDigits_Significant_RoundsHalfEvenOnTheExactValue()
    {
        // 2.675 is 2.67499999999999982236431605997495353221893310546875: it rounds down.
        Assert.AreEqual("267", FloatDigits.Significant(2.675, 3, out int e));
        Assert.AreEqual(0, e);

        // 0.125 is exact: a tie, to even.
        Assert.AreEqual("12", FloatDigits.Significant(0.125, 2, out e));
        Assert.AreEqual(-1, e);
        Assert.AreEqual("10", FloatDigits.Significant(9.96, 2, out e));
        Assert.AreEqual(1, e);
        Assert.AreEqual("494", FloatDigits.Significant(5e-324, 3, out e));
        Assert.AreEqual(-324, e);
    }

    [TestMethod]
    public void FloatDigits_Significant_MatchesExactExpansion()
    {
        Random rng = new Random(35);
        for (int i = 0; i < 3000; i++)
        {
            double d = Math.Abs(BitConverter.Int64BitsToDouble(rng.NextInt64()));
            if (double.IsNaN(d) || double.IsInfinity(d) || d == 0)
            {
                continue;
            }

            int n = rng.Next(1, 30);
            string digits = FloatDigits.Significant(d, n, out int e);
            Assert.AreEqual(n, digits.Length);

            // The .NET "E" format is exact (correctly rounded, ties to even on the exact value) since .NET Core 3.0.
            string expected = d.ToString("E" + (n - 1), CultureInfo.InvariantCulture);
            (string Digits, int Exp) x = Decompose(expected);
            Assert.AreEqual(x.Digits, digits.TrimEnd('0').Length == 0 ? "0" : digits.TrimEnd('0'), "digits of " + expected);
            Assert.AreEqual(x.Exp, e, "exponent of " + expected);
        }
    }
}
