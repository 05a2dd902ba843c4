using System;
using System.Globalization;
using System.Numerics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Tests.Numbers;

/// <summary>
/// Shared helpers of the numeric tower's tests: interpreters with the Numbers assembly installed, conversions between
/// System.Numerics.BigInteger (the host-only oracle) and Python ints built from limbs (so they do not depend on the
/// code under test), random values from fixed seeds, and calls of builtins by name.
/// </summary>
public static class NumbersTestSupport
{
    /// <summary>A fresh interpreter with the VM and the numbers installed (64- or 32-bit floats).</summary>
    public static Interpreter NewInterpreter(int floatBits = 64)
    {
        Interpreter ip = new Interpreter();
        VmSetup.Install(ip);
        NumbersSetup.Install(ip, floatBits);
        return ip;
    }

    /// <summary>The Python int of a BigInteger, built from its limbs.</summary>
    public static PyObject ToPy(BigInteger v)
    {
        int sign = v.Sign;
        byte[] bytes = BigInteger.Abs(v).ToByteArray(isUnsigned: true, isBigEndian: false);
        uint[] limbs = new uint[(bytes.Length + 3) / 4];
        for (int i = 0; i < bytes.Length; i++)
        {
            limbs[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        }

        int n = limbs.Length;
        while (n > 0 && limbs[n - 1] == 0)
        {
            n--;
        }

        Array.Resize(ref limbs, n);
        return PyBigInt.Create(sign, limbs);
    }

    /// <summary>The BigInteger of a Python int (PyInt or PyBigInt), checking the demotion invariant.</summary>
    public static BigInteger FromPy(PyObject o)
    {
        if (o is PyInt i)
        {
            return i.Value;
        }

        PyBigInt b = o as PyBigInt;
        Assert.IsNotNull(b, "not an int: " + o?.GetType().Name);
        BigInteger m = BigInteger.Zero;
        for (int k = b.Mag.Length - 1; k >= 0; k--)
        {
            m = (m << 32) | b.Mag[k];
        }

        Assert.IsTrue(m > long.MaxValue || (b.Sign < 0 && m > (BigInteger)long.MaxValue + 1), "PyBigInt holding a long-sized value");
        Assert.AreNotEqual(0u, b.Mag[^1], "magnitude not normalized");
        return b.Sign < 0 ? -m : m;
    }

    /// <summary>A random BigInteger of 1 to maxBits bits (sizes skewed small; some all-ones and powers of two), either sign.</summary>
    public static BigInteger RandomBig(Random rng, int maxBits = 2000)
    {
        int bits = rng.Next(4) switch
        {
            0 => rng.Next(1, 65),
            1 => rng.Next(60, 140),
            _ => rng.Next(1, maxBits + 1),
        };
        BigInteger v;
        switch (rng.Next(10))
        {
            case 0:
                v = BigInteger.One << (bits - 1);
                break;
            case 1:
                v = (BigInteger.One << bits) - 1;
                break;
            case 2:
                v = (BigInteger.One << bits) + rng.Next(-3, 4);
                break;
            default:
                byte[] b = new byte[(bits + 7) / 8];
                rng.NextBytes(b);
                v = new BigInteger(b, isUnsigned: true, isBigEndian: false) & ((BigInteger.One << bits) - 1);
                break;
        }

        return rng.Next(2) == 0 ? -v : v;
    }

    /// <summary>Floor division as Python defines it.</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
        }

        return q;
    }

    /// <summary>Modulo as Python defines it (the sign of the divisor).</summary>
    public static BigInteger FloorMod(BigInteger a, BigInteger b)
    {
        return a - (b * FloorDiv(a, b));
    }

    /// <summary>A builtin function or type of the interpreter.</summary>
    public static PyObject Builtin(Interpreter ip, string name)
    {
        PyObject f = ip.LookupBuiltin(Intern.Get(name));
        Assert.IsNotNull(f, "no builtin " + name);
        return f;
    }

    /// <summary>Calls a builtin by name with positional arguments.</summary>
    public static PyObject Call(Interpreter ip, string name, params PyObject[] args)
    {
        return Ops.Call(ip, Builtin(ip, name), args, 0, args.Length, null);
    }

    /// <summary>Calls obj.name(*args).</summary>
    public static PyObject CallMethod(Interpreter ip, PyObject obj, string name, params PyObject[] args)
    {
        PyObject m = Ops.GetAttr(ip, obj, Intern.Get(name));
        return Ops.Call(ip, m, args, 0, args.Length, null);
    }

    /// <summary>"TypeName: message" of the Python exception an action raises, or null when it raises none.</summary>
    public static string ErrorOf(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (PyException e)
        {
            return e.Message;
        }
    }

    /// <summary>The exact decimal expansion of a finite double (as many digits as it takes).</summary>
    public static string ExactDecimal(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int be = (int)((bits >> 52) & 0x7FF);
        BigInteger m = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (be == 0)
        {
            e = -1074;
        }
        else
        {
            m |= BigInteger.One << 52;
            e = be - 1075;
        }

        string s = ExactDecimal(m, e);
        return neg ? "-" + s : s;
    }

    /// <summary>The exact decimal expansion of m * 2^e (m &gt;= 0).</summary>
    public static string ExactDecimal(BigInteger m, int e)
    {
        if (e >= 0)
        {
            return (m << e).ToString(CultureInfo.InvariantCulture);
        }

        // m / 2^k = m * 5^k / 10^k
        int k = -e;
        string digits = (m * BigInteger.Pow(5, k)).ToString(CultureInfo.InvariantCulture).PadLeft(k + 1, '0');
        string r = digits.Substring(0, digits.Length - k) + "." + digits.Substring(digits.Length - k);
        return r.TrimEnd('0').TrimEnd('.');
    }

    /// <summary>The correctly rounded double of n / d (d != 0, IEEE signs: 0 / -d is -0.0), computed by .NET's (correctly rounding) parser.</summary>
    public static double RatioOracle(BigInteger n, BigInteger d)
    {
        bool neg = (n.Sign < 0) != (d.Sign < 0);
        n = BigInteger.Abs(n);
        d = BigInteger.Abs(d);
        BigInteger ip = BigInteger.DivRem(n, d, out BigInteger rem);

        // 800 fractional digits and a sticky digit decide the rounding of any double.
        const int Frac = 800;
        BigInteger frac = BigInteger.DivRem(rem * BigInteger.Pow(10, Frac), d, out BigInteger rest);
        string s = ip.ToString(CultureInfo.InvariantCulture) + "." + frac.ToString(CultureInfo.InvariantCulture).PadLeft(Frac, '0') + (rest.IsZero ? "0" : "1");
        double r = double.Parse(s, CultureInfo.InvariantCulture);
        return neg ? -r : r;
    }
}
