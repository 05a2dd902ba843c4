using nanoFramework.TestFramework;
using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>
    /// Device tests of numbers. nanoFramework's <c>checked</c> arithmetic does not trap and integer division by zero is a
    /// bare System.Exception there, so the interpreter must detect int overflow (and go to big ints) and check divisors
    /// itself: these cases pass on the host and must pass on the device too.
    /// </summary>
    [TestClass]
    public class NumberTests
    {
        [TestMethod]
        [DataRow("9223372036854775807 + 1", "9223372036854775808")]
        [DataRow("-9223372036854775808 - 1", "-9223372036854775809")]
        [DataRow("3037000500 * 3037000500", "9223372037000250000")]
        [DataRow("2 ** 62 * 4", "18446744073709551616")]
        [DataRow("(-2 ** 63) * -1", "9223372036854775808")]
        [DataRow("-(-2 ** 63)", "9223372036854775808")]
        [DataRow("abs(-2 ** 63)", "9223372036854775808")]
        [DataRow("(-2 ** 63) // -1", "9223372036854775808")]
        [DataRow("(-2 ** 63) % -1", "0")]
        [DataRow("(2 ** 63 - 1) << 1", "18446744073709551614")]
        [DataRow("1 << 64", "18446744073709551616")]
        [DataRow("int('9223372036854775808')", "9223372036854775808")]
        [DataRow("(2 ** 64) // (2 ** 32)", "4294967296")]
        [DataRow("2 ** 64 - 2 ** 64 + 5", "5")]
        public void Int_Overflow_BecomesBigInt(string expression, string expected)
        {
            Assert.AreEqual(expected, Py.Eval(expression), expression);
        }

        [TestMethod]
        [DataRow("1 // 0", "ZeroDivisionError: integer division or modulo by zero")]
        [DataRow("1 % 0", "ZeroDivisionError: integer modulo by zero")]
        [DataRow("divmod(1, 0)", "ZeroDivisionError: integer division or modulo by zero")]
        [DataRow("1 / 0", "ZeroDivisionError: division by zero")]
        [DataRow("2 ** 70 // 0", "ZeroDivisionError: integer division or modulo by zero")]
        [DataRow("1.5 / 0", "ZeroDivisionError: float division by zero")]
        [DataRow("1 % 0.0", "ZeroDivisionError: float modulo")]
        [DataRow("0 ** -1", "ZeroDivisionError: 0.0 cannot be raised to a negative power")]
        [DataRow("x = 5\nx //= 0", "ZeroDivisionError: integer division or modulo by zero")]
        public void Int_DivisionByZero_RaisesZeroDivisionError(string source, string expected)
        {
            Assert.AreEqual(expected, Py.Error(source), source);
        }

        [TestMethod]
        [DataRow("-7 // 2", "-4")]
        [DataRow("-7 % 2", "1")]
        [DataRow("7 % -2", "-1")]
        [DataRow("divmod(-7, 2)", "(-4, 1)")]
        [DataRow("-1 >> 100", "-1")]
        [DataRow("pow(3, -1, 7)", "5")]
        [DataRow("int('-0x1F', 16)", "-31")]
        [DataRow("int('  42  ')", "42")]
        [DataRow("hex(255), oct(8), bin(5)", "('0xff', '0o10', '0b101')")]
        [DataRow("round(7, -1)", "10")]
        public void Int_Operations_FollowPython(string expression, string expected)
        {
            Assert.AreEqual(expected, Py.Eval(expression), expression);
        }

        [TestMethod]
        [DataRow("0.1 + 0.2", "0.30000000000000004")]
        [DataRow("1 / 3", "0.3333333333333333")]
        [DataRow("1e16", "1e+16")]
        [DataRow("float('inf'), -0.0", "(inf, -0.0)")]
        [DataRow("7 / 2, 7 // 2.0", "(3.5, 3.0)")]
        [DataRow("int(2.9), int(-2.9)", "(2, -2)")]
        [DataRow("2 ** 0.5 == 2 ** 0.5", "True")]
        public void Float_ReprAndArithmetic_Are64Bit(string expression, string expected)
        {
            Assert.AreEqual(expected, Py.Eval(expression), expression);
        }

        [TestMethod]
        public void Float_SinglePrecisionMode_RoundsLikeMicroPythonOnEsp32()
        {
            CaptureOutput o = new CaptureOutput();
            Interpreter ip = Py.New(o);
            ((NumberTower)ip.Numbers).FloatBits = 32;
            Py.Exec(ip, "print(1 / 3, 0.1 + 0.2, 2.5)");
            Assert.AreEqual("0.3333333 0.3 2.5\n", o.Text);
        }

        [TestMethod]
        public void Int_ValueErrors_HaveMicroPythonTexts()
        {
            Assert.AreEqual("ValueError: invalid literal for int() with base 10: 'x'", Py.Error("int('x')"));
            Assert.AreEqual("ValueError: negative shift count", Py.Error("1 << -1"));
        }
    }
}
