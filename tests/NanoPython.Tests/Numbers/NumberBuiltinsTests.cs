using System;
using System.Numerics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Numbers;
using NanoPython.Runtime;
using static NanoPython.Tests.Numbers.NumbersTestSupport;

namespace NanoPython.Tests.Numbers;

/// <summary>
/// The number builtins and constructors called natively: results and CPython 3.11's error messages (checked against
/// CPython by hand; the tests/py/numbers scripts cover the same ground from Python).
/// </summary>
[TestClass]
public class NumberBuiltinsTests
{
    private static PyObject I(long v)
    {
        return PyInt.Get(v);
    }

    private static PyObject F(double v)
    {
        return new PyFloat(v);
    }

    private static PyObject S(string v)
    {
        return new PyStr(v);
    }

    private static string R(Interpreter ip, PyObject o)
    {
        return Ops.Repr(ip, o);
    }

    [TestMethod]
    public void IntConstructor_Arguments_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("0", R(ip, Call(ip, "int")));
        Assert.AreEqual("3", R(ip, Call(ip, "int", F(3.99))));
        Assert.AreEqual("-3", R(ip, Call(ip, "int", F(-3.99))));
        Assert.AreEqual("100000000000000000000", R(ip, Call(ip, "int", F(1e20))));
        Assert.AreEqual("1", R(ip, Call(ip, "int", PyBool.True)));
        Assert.AreSame(PyTypes.Int, Call(ip, "int", PyBool.True).Type);
        Assert.AreEqual("-255", R(ip, Call(ip, "int", S("  -0xff "), I(0))));
        Assert.AreEqual("255", R(ip, Call(ip, "int", S("ff"), I(16))));
        Assert.AreEqual("255", R(ip, Call(ip, "int", S("0x_ff"), I(16))));
        Assert.AreEqual("5", R(ip, Call(ip, "int", S("0b101"), I(0))));
        Assert.AreEqual("0", R(ip, Call(ip, "int", S("0_0"), I(0))));
        Assert.AreEqual("35", R(ip, Call(ip, "int", S("z"), I(36))));
        Assert.AreEqual("12", R(ip, Call(ip, "int", new PyBytes(new byte[] { 0x31, 0x32 }))));
        Assert.AreEqual("1000000", R(ip, Call(ip, "int", S("1_000_000"))));
        Assert.AreEqual("ValueError: invalid literal for int() with base 10: '12x'", ErrorOf(() => Call(ip, "int", S("12x"))));
        Assert.AreEqual("ValueError: invalid literal for int() with base 0: '010'", ErrorOf(() => Call(ip, "int", S("010"), I(0))));
        Assert.AreEqual("ValueError: invalid literal for int() with base 16: ''", ErrorOf(() => Call(ip, "int", S(""), I(16))));
        Assert.AreEqual("ValueError: invalid literal for int() with base 10: '1__0'", ErrorOf(() => Call(ip, "int", S("1__0"))));
        Assert.AreEqual("ValueError: invalid literal for int() with base 10: b'12x'", ErrorOf(() => Call(ip, "int", new PyBytes(new byte[] { 0x31, 0x32, 0x78 }))));
        Assert.AreEqual("ValueError: int() base must be >= 2 and <= 36, or 0", ErrorOf(() => Call(ip, "int", S("1"), I(37))));
        Assert.AreEqual("TypeError: int() can't convert non-string with explicit base", ErrorOf(() => Call(ip, "int", F(1.5), I(10))));
        Assert.AreEqual("OverflowError: cannot convert float infinity to integer", ErrorOf(() => Call(ip, "int", F(double.PositiveInfinity))));
        Assert.AreEqual("ValueError: cannot convert float NaN to integer", ErrorOf(() => Call(ip, "int", F(double.NaN))));
        Assert.AreEqual("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'", ErrorOf(() => Call(ip, "int", new PyList())));
        Assert.AreEqual("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'", ErrorOf(() => Call(ip, "int", new PyComplex(1, 0))));
        PyObject withKeyword = Ops.Call(ip, Builtin(ip, "int"), new PyObject[] { S("11"), I(2) }, 0, 2, new PyTuple(new PyObject[] { Intern.Get("base") }));
        Assert.AreEqual("3", R(ip, withKeyword));
    }

    [TestMethod]
    public void FloatAndBoolConstructors_Arguments_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("0.0", R(ip, Call(ip, "float")));
        Assert.AreEqual("3.0", R(ip, Call(ip, "float", I(3))));
        Assert.AreEqual("1.2676506002282294e+30", R(ip, Call(ip, "float", ToPy(BigInteger.Pow(2, 100)))));
        Assert.AreEqual("-inf", R(ip, Call(ip, "float", S("-Infinity"))));
        Assert.AreEqual("1000.5", R(ip, Call(ip, "float", S(" 1_000.5\t"))));
        Assert.AreEqual("True", R(ip, Call(ip, "bool", I(5))));
        Assert.AreEqual("False", R(ip, Call(ip, "bool", F(0.0))));
        Assert.AreEqual("False", R(ip, Call(ip, "bool")));
        Assert.AreEqual("True", R(ip, Call(ip, "bool", new PyComplex(0, 1))));
    }

    [TestMethod]
    public void ComplexConstructor_Arguments_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("0j", R(ip, Call(ip, "complex")));
        Assert.AreEqual("(1+2j)", R(ip, Call(ip, "complex", I(1), I(2))));
        Assert.AreEqual("(1+2j)", R(ip, Call(ip, "complex", S("1+2j"))));
        Assert.AreEqual("(1+2j)", R(ip, Call(ip, "complex", S(" ( 1+2j ) "))));
        Assert.AreEqual("-1j", R(ip, Call(ip, "complex", S("-j"))));
        Assert.AreEqual("(1+1j)", R(ip, Call(ip, "complex", S("1+j"))));
        Assert.AreEqual("infj", R(ip, Call(ip, "complex", S("infj"))));
        Assert.AreEqual("(1e+20-1e-05j)", R(ip, Call(ip, "complex", S("1e20-1e-5J"))));
        Assert.AreEqual("(-2+1j)", R(ip, Call(ip, "complex", new PyComplex(1, 1), new PyComplex(0, 3))));
        Assert.AreEqual("(1.5+0j)", R(ip, Call(ip, "complex", F(1.5))));
        Assert.AreEqual("-0j", R(ip, Call(ip, "complex", F(0.0), F(-0.0))));
        Assert.AreEqual("ValueError: complex() arg is a malformed string", ErrorOf(() => Call(ip, "complex", S("x"))));
        Assert.AreEqual("ValueError: complex() arg is a malformed string", ErrorOf(() => Call(ip, "complex", S("1+2"))));
        Assert.AreEqual("ValueError: complex() arg is a malformed string", ErrorOf(() => Call(ip, "complex", S("1ej"))));
        Assert.AreEqual("TypeError: complex() can't take second arg if first is a string", ErrorOf(() => Call(ip, "complex", S("1"), I(1))));
        Assert.AreEqual("TypeError: complex() second arg can't be a string", ErrorOf(() => Call(ip, "complex", I(1), S("1"))));
        Assert.AreEqual("TypeError: complex() first argument must be a string or a number, not 'list'", ErrorOf(() => Call(ip, "complex", new PyList())));
    }

    [TestMethod]
    public void Complex_Arithmetic_MatchesCPython()
    {
        Interpreter ip = NewInterpreter();
        PyObject a = new PyComplex(1, 2);
        PyObject b = new PyComplex(3, -4);
        Assert.AreEqual("(4-2j)", R(ip, Ops.Binary(ip, BinaryOp.Add, a, b)));
        Assert.AreEqual("(11+2j)", R(ip, Ops.Binary(ip, BinaryOp.Multiply, a, b)));
        Assert.AreEqual("(-0.2+0.4j)", R(ip, Ops.Binary(ip, BinaryOp.TrueDivide, a, b)));
        Assert.AreEqual("(-3+4j)", R(ip, Ops.Binary(ip, BinaryOp.Power, a, I(2))));
        Assert.AreEqual("(-1+0j)", R(ip, Ops.Binary(ip, BinaryOp.Power, new PyComplex(0, 1), I(2))));
        Assert.AreEqual("(1.0000000000000002+1.7320508075688772j)", R(ip, Ops.Binary(ip, BinaryOp.Power, I(-8), F(1.0 / 3))));
        Assert.AreEqual("(6.123233995736766e-17+1j)", R(ip, Ops.Binary(ip, BinaryOp.Power, I(-1), F(0.5))));
        Assert.AreEqual("(2+2j)", R(ip, Ops.Binary(ip, BinaryOp.Add, I(1), a)));
        Assert.AreEqual("(0.5+2j)", R(ip, Ops.Binary(ip, BinaryOp.Subtract, a, F(0.5))));
        Assert.AreEqual("ZeroDivisionError: complex division by zero", ErrorOf(() => Ops.Binary(ip, BinaryOp.TrueDivide, a, I(0))));
        Assert.AreEqual("ZeroDivisionError: 0.0 to a negative or complex power", ErrorOf(() => Ops.Binary(ip, BinaryOp.Power, new PyComplex(0, 0), I(-1))));
        Assert.AreEqual("OverflowError: complex exponentiation", ErrorOf(() => Ops.Binary(ip, BinaryOp.Power, new PyComplex(0, 1e200), I(2))));
        Assert.AreEqual("TypeError: '<' not supported between instances of 'complex' and 'complex'", ErrorOf(() => Ops.RichCompare(ip, CompareOp.Lt, a, b)));
        Assert.AreEqual("TypeError: unsupported operand type(s) for //: 'complex' and 'int'", ErrorOf(() => Ops.Binary(ip, BinaryOp.FloorDivide, a, I(1))));
        Assert.IsTrue(Ops.Equal(ip, new PyComplex(2, 0), I(2)));
        Assert.IsTrue(Ops.Equal(ip, F(2.5), new PyComplex(2.5, 0)));
        Assert.IsFalse(Ops.Equal(ip, new PyComplex(2, 1), I(2)));
        Assert.AreEqual(Ops.Hash(ip, I(2)), Ops.Hash(ip, new PyComplex(2, 0)));
        Assert.AreEqual(Ops.Hash(ip, F(2.5)), Ops.Hash(ip, new PyComplex(2.5, 0)));
        Assert.AreEqual("5.0", R(ip, Call(ip, "abs", new PyComplex(3, 4))));
        Assert.AreEqual("1.4142135623730951e+308", R(ip, Call(ip, "abs", new PyComplex(1e308, 1e308))));
    }

    [TestMethod]
    public void Complex_Repr_MatchesCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("(1+2j)", R(ip, new PyComplex(1, 2)));
        Assert.AreEqual("2j", R(ip, new PyComplex(0, 2)));
        Assert.AreEqual("(-0-1j)", R(ip, new PyComplex(-0.0, -1)));
        Assert.AreEqual("-0j", R(ip, new PyComplex(0.0, -0.0)));
        Assert.AreEqual("(1+nanj)", R(ip, new PyComplex(1, double.NaN)));
        Assert.AreEqual("(1+nanj)", R(ip, new PyComplex(1, -double.NaN)));
        Assert.AreEqual("infj", R(ip, new PyComplex(0, double.PositiveInfinity)));
        Assert.AreEqual("(inf-infj)", R(ip, new PyComplex(double.PositiveInfinity, double.NegativeInfinity)));
        Assert.AreEqual("1e+16j", R(ip, new PyComplex(0, 1e16)));
        Assert.AreEqual("(1e+20+1j)", R(ip, new PyComplex(1e20, 1)));
        Assert.AreEqual("(1.5-0.25j)", R(ip, new PyComplex(1.5, -0.25)));
    }

    [TestMethod]
    public void Abs_Values_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("5", R(ip, Call(ip, "abs", I(-5))));
        Assert.AreEqual("9223372036854775808", R(ip, Call(ip, "abs", I(long.MinValue))));
        Assert.AreEqual("0.0", R(ip, Call(ip, "abs", F(-0.0))));
        Assert.AreEqual("inf", R(ip, Call(ip, "abs", F(double.NegativeInfinity))));
        Assert.AreEqual("1", R(ip, Call(ip, "abs", PyBool.True)));
        Assert.AreEqual("TypeError: bad operand type for abs(): 'str'", ErrorOf(() => Call(ip, "abs", S("a"))));
    }

    [TestMethod]
    public void Divmod_Values_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("(-4, 1)", R(ip, Call(ip, "divmod", I(-7), I(2))));
        Assert.AreEqual("(3, -1)", R(ip, Call(ip, "divmod", I(-7), I(-2))));
        Assert.AreEqual("(-4.0, 0.5)", R(ip, Call(ip, "divmod", F(-7.5), I(2))));
        Assert.AreEqual("(-1.0, -1.5)", R(ip, Call(ip, "divmod", I(3), F(-4.5))));
        Assert.AreEqual("(9223372036854775808, 0)", R(ip, Call(ip, "divmod", I(long.MinValue), I(-1))));
        Assert.AreEqual("(-0.0, -0.0)", R(ip, Call(ip, "divmod", F(0.0), F(-1.0))));
        Assert.AreEqual("ZeroDivisionError: float divmod()", ErrorOf(() => Call(ip, "divmod", F(1.0), F(0.0))));
        Assert.AreEqual("ZeroDivisionError: integer division or modulo by zero", ErrorOf(() => Call(ip, "divmod", I(1), I(0))));
        Assert.AreEqual("TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'", ErrorOf(() => Call(ip, "divmod", new PyComplex(1, 2), I(1))));
        Assert.AreEqual("TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'", ErrorOf(() => Call(ip, "divmod", S("a"), I(1))));
    }

    [TestMethod]
    public void Pow_Values_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("1024", R(ip, Call(ip, "pow", I(2), I(10))));
        Assert.AreEqual("0.5", R(ip, Call(ip, "pow", I(2), I(-1))));
        Assert.AreEqual("-0.5", R(ip, Call(ip, "pow", I(-2), I(-1))));
        Assert.AreEqual("376", R(ip, Call(ip, "pow", I(2), I(100), I(1000))));
        Assert.AreEqual("-4", R(ip, Call(ip, "pow", I(3), I(4), I(-5))));
        Assert.AreEqual("3", R(ip, Call(ip, "pow", I(-3), I(3), I(5))));
        Assert.AreEqual("1.0", R(ip, Call(ip, "pow", F(0.0), F(0.0))));
        Assert.AreEqual("1.0", R(ip, Call(ip, "pow", F(1.0), F(double.NaN))));
        Assert.AreEqual("inf", R(ip, Call(ip, "pow", F(-2.0), F(double.PositiveInfinity))));
        Assert.AreEqual("-0.0", R(ip, Call(ip, "pow", F(double.NegativeInfinity), I(-3))));
        Assert.AreEqual("-inf", R(ip, Call(ip, "pow", F(double.NegativeInfinity), I(3))));
        Assert.AreEqual("-0.0", R(ip, Call(ip, "pow", F(-0.0), I(3))));
        Assert.AreEqual("ZeroDivisionError: 0.0 cannot be raised to a negative power", ErrorOf(() => Call(ip, "pow", F(0.0), I(-1))));
        PyException overflow = Assert.Throws<PyException>(() => Call(ip, "pow", F(10.0), I(400)));
        Assert.AreSame(PyExc.OverflowError, overflow.Value.Type);
        Assert.AreEqual("(34, 'Numerical result out of range')", R(ip, overflow.Value.Args));
        Assert.AreEqual("TypeError: pow() 3rd argument not allowed unless all arguments are integers", ErrorOf(() => Call(ip, "pow", F(2.0), I(3), I(5))));
        Assert.AreEqual("OverflowError: int too large to convert to float", ErrorOf(() => Call(ip, "pow", ToPy(BigInteger.Pow(2, 2000)), I(-1))));
        Assert.AreEqual("0.0", R(ip, Call(ip, "pow", I(10), I(-400))));
        Assert.AreEqual("MemoryError: ", ErrorOf(() => Ops.Binary(ip, BinaryOp.LShift, I(1), ToPy(BigInteger.Pow(2, 64)))));
    }

    [TestMethod]
    public void Round_Values_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("2", R(ip, Call(ip, "round", F(2.5))));
        Assert.AreEqual("4", R(ip, Call(ip, "round", F(3.5))));
        Assert.AreEqual("0", R(ip, Call(ip, "round", F(-0.5))));
        Assert.AreEqual("-2", R(ip, Call(ip, "round", F(-1.5))));
        Assert.AreEqual("0.0", R(ip, Call(ip, "round", F(0.5), I(0))));
        Assert.AreEqual("-0.0", R(ip, Call(ip, "round", F(-0.4), I(0))));
        Assert.AreEqual("2.67", R(ip, Call(ip, "round", F(2.675), I(2))));
        Assert.AreEqual("1200.0", R(ip, Call(ip, "round", F(1234.5678), I(-2))));
        Assert.AreEqual("0.30000000000000004", R(ip, Call(ip, "round", F(0.30000000000000004), I(17))));
        Assert.AreEqual("1e+300", R(ip, Call(ip, "round", F(1e300), I(-300))));
        Assert.AreEqual("5e-324", R(ip, Call(ip, "round", F(5e-324), I(400))));
        Assert.AreEqual("0.0", R(ip, Call(ip, "round", F(5e-324), I(323))));
        Assert.AreEqual("20", R(ip, Call(ip, "round", I(25), I(-1))));
        Assert.AreEqual("40", R(ip, Call(ip, "round", I(35), I(-1))));
        Assert.AreEqual("-20", R(ip, Call(ip, "round", I(-25), I(-1))));
        Assert.AreEqual("1234", R(ip, Call(ip, "round", I(1234), I(2))));
        Assert.AreEqual("0", R(ip, Call(ip, "round", I(1234), ToPy(-BigInteger.Pow(10, 30)))));
        Assert.AreEqual("1000000000000000000000000000000", R(ip, Call(ip, "round", ToPy(BigInteger.Pow(10, 30) + 499), I(-3))));
        Assert.AreEqual("1", R(ip, Call(ip, "round", PyBool.True)));
        Assert.AreEqual("OverflowError: cannot convert float infinity to integer", ErrorOf(() => Call(ip, "round", F(double.PositiveInfinity))));
        Assert.AreEqual("ValueError: cannot convert float NaN to integer", ErrorOf(() => Call(ip, "round", F(double.NaN))));
        Assert.AreEqual("OverflowError: rounded value too large to represent", ErrorOf(() => Call(ip, "round", F(1.7e308), I(-308))));
        Assert.AreEqual("TypeError: type str doesn't define __round__ method", ErrorOf(() => Call(ip, "round", S("a"))));
        Assert.AreEqual("TypeError: 'str' object cannot be interpreted as an integer", ErrorOf(() => Call(ip, "round", F(1.5), S("a"))));
        Assert.AreEqual("TypeError: type complex doesn't define __round__ method", ErrorOf(() => Call(ip, "round", new PyComplex(1, 1))));
    }

    [TestMethod]
    public void HexOctBin_Values_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("'0xff'", R(ip, Call(ip, "hex", I(255))));
        Assert.AreEqual("'-0xff'", R(ip, Call(ip, "hex", I(-255))));
        Assert.AreEqual("'0o10'", R(ip, Call(ip, "oct", I(8))));
        Assert.AreEqual("'0b0'", R(ip, Call(ip, "bin", I(0))));
        Assert.AreEqual("'-0b101'", R(ip, Call(ip, "bin", I(-5))));
        Assert.AreEqual("'0x8000000000000000'", R(ip, Call(ip, "hex", ToPy(BigInteger.One << 63))));
        Assert.AreEqual("'-0x8000000000000000'", R(ip, Call(ip, "hex", I(long.MinValue))));
        Assert.AreEqual("'0b1'", R(ip, Call(ip, "bin", PyBool.True)));
        Assert.AreEqual("TypeError: 'float' object cannot be interpreted as an integer", ErrorOf(() => Call(ip, "hex", F(1.5))));
    }

    [TestMethod]
    public void NumberMethods_Values_MatchCPython()
    {
        Interpreter ip = NewInterpreter();
        Assert.AreEqual("(3, 2)", R(ip, CallMethod(ip, F(1.5), "as_integer_ratio")));
        Assert.AreEqual("(3602879701896397, 36028797018963968)", R(ip, CallMethod(ip, F(0.1), "as_integer_ratio")));
        Assert.AreEqual("(-1267650600228229401496703205376, 1)", R(ip, CallMethod(ip, F(-1.2676506002282294e30), "as_integer_ratio")));
        Assert.AreEqual("ValueError: cannot convert NaN to integer ratio", ErrorOf(() => CallMethod(ip, F(double.NaN), "as_integer_ratio")));
        Assert.AreEqual("OverflowError: cannot convert Infinity to integer ratio", ErrorOf(() => CallMethod(ip, F(double.PositiveInfinity), "as_integer_ratio")));
        Assert.AreEqual("True", R(ip, CallMethod(ip, F(2.0), "is_integer")));
        Assert.AreEqual("False", R(ip, CallMethod(ip, F(double.PositiveInfinity), "is_integer")));
        Assert.AreEqual("'0x1.8000000000000p+0'", R(ip, CallMethod(ip, F(1.5), "hex")));
        Assert.AreEqual("'-0x0.0p+0'", R(ip, CallMethod(ip, F(-0.0), "hex")));
        Assert.AreEqual("'0x0.0000000000001p-1022'", R(ip, CallMethod(ip, F(5e-324), "hex")));
        Assert.AreEqual("'0x1.fffffffffffffp+1023'", R(ip, CallMethod(ip, F(double.MaxValue), "hex")));
        Assert.AreEqual("-4", R(ip, CallMethod(ip, F(-3.5), "__floor__")));
        Assert.AreEqual("-3", R(ip, CallMethod(ip, F(-3.5), "__ceil__")));
        Assert.AreEqual("-3", R(ip, CallMethod(ip, F(-3.5), "__trunc__")));
        Assert.AreEqual("2", R(ip, CallMethod(ip, F(2.5), "__round__")));
        Assert.AreEqual("2.5", R(ip, Ops.GetAttr(ip, F(2.5), Intern.Get("real"))));
        Assert.AreEqual("0.0", R(ip, Ops.GetAttr(ip, F(2.5), Intern.Get("imag"))));
        Assert.AreEqual("5", R(ip, Ops.GetAttr(ip, I(5), Intern.Get("numerator"))));
        Assert.AreEqual("1", R(ip, Ops.GetAttr(ip, I(5), Intern.Get("denominator"))));
        Assert.AreEqual("0", R(ip, Ops.GetAttr(ip, I(5), Intern.Get("imag"))));
        Assert.AreEqual("1", R(ip, Ops.GetAttr(ip, PyBool.True, Intern.Get("real"))));
        Assert.AreEqual("1", R(ip, CallMethod(ip, PyBool.True, "conjugate")));
        Assert.AreEqual("(1-2j)", R(ip, CallMethod(ip, new PyComplex(1, 2), "conjugate")));
        Assert.AreEqual("2.0", R(ip, Ops.GetAttr(ip, new PyComplex(1, 2), Intern.Get("imag"))));
        Assert.AreEqual("8", R(ip, CallMethod(ip, I(5), "__add__", I(3))));
        Assert.AreEqual("NotImplemented", R(ip, CallMethod(ip, I(5), "__add__", S("a"))));
        Assert.AreEqual("NotImplemented", R(ip, CallMethod(ip, I(5), "__add__", F(3.5))));
        Assert.AreEqual("8.5", R(ip, CallMethod(ip, F(3.5), "__radd__", I(5))));
        Assert.AreEqual("-2", R(ip, CallMethod(ip, I(5), "__rsub__", I(3))));
        Assert.AreEqual("NotImplemented", R(ip, CallMethod(ip, I(5), "__lt__", F(5.5))));
        Assert.AreEqual("True", R(ip, CallMethod(ip, F(5.5), "__gt__", I(5))));
        Assert.AreEqual("(2, 1)", R(ip, CallMethod(ip, I(5), "__divmod__", I(2))));
        Assert.AreEqual("4", R(ip, CallMethod(ip, I(5), "__pow__", I(2), I(7))));
        Assert.AreEqual("-6", R(ip, CallMethod(ip, I(5), "__invert__")));
        Assert.AreEqual("5.0", R(ip, CallMethod(ip, I(5), "__float__")));
        Assert.AreEqual("'5'", R(ip, CallMethod(ip, I(5), "__repr__")));
        Assert.AreEqual("True", R(ip, CallMethod(ip, F(0.5), "__bool__")));
        Assert.AreEqual("0.25", R(ip, CallMethod(ip, F(0.5), "__mul__", F(0.5))));
        Assert.AreEqual("(1+2j)", R(ip, CallMethod(ip, new PyComplex(0, 2), "__radd__", I(1))));
    }

    [TestMethod]
    public void IntSubclass_WrapsTheNativeValue()
    {
        Interpreter ip = NewInterpreter();
        PyType sub = new PyType(Intern.Get("MyInt"), PyTuple.Of(PyTypes.Int), new PyType[] { null, PyTypes.Int, PyTypes.Object }, new PyDict(), null, PyTypes.Int, PyType.FlagUserClass | PyType.FlagBaseType);
        sub.Mro[0] = sub;
        PyObject v = Ops.Call1(ip, sub, S("42"));
        Assert.IsInstanceOfType(v, typeof(PyInstance));
        Assert.AreSame(sub, v.Type);
        Assert.AreEqual("42", R(ip, v.NativeBase));
        Assert.AreEqual("43", R(ip, Ops.Binary(ip, BinaryOp.Add, v, I(1))));
        Assert.AreEqual("'0x2a'", R(ip, Call(ip, "hex", v)));
        Assert.AreEqual("42", R(ip, Call(ip, "int", v)));
        Assert.AreSame(PyTypes.Int, Call(ip, "int", v).Type);
        Assert.AreEqual("42.0", R(ip, Call(ip, "float", v)));
    }
}
