using nanoFramework.TestFramework;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>Device tests of exceptions: handlers, finally, custom classes, chaining and the traceback text.</summary>
    [TestClass]
    public class ExceptionTests
    {
        [TestMethod]
        public void Exceptions_TryExceptElseFinally_RunInOrder()
        {
            Assert.AreEqual("body except finally | body else finally\n", Py.Run(
                "def f(fail):\n    r = []\n    try:\n        r.append('body')\n        if fail:\n            raise ValueError\n" +
                "    except ValueError:\n        r.append('except')\n    else:\n        r.append('else')\n    finally:\n        r.append('finally')\n" +
                "    return ' '.join(r)\nprint(f(True), '|', f(False))"));
        }

        [TestMethod]
        public void Exceptions_Custom_CarryArgsAndAttributes()
        {
            Assert.AreEqual("E ('a', 1) 7 True\n", Py.Run(
                "class E(Exception):\n    def __init__(self, *a):\n        super().__init__(*a)\n        self.code = 7\n" +
                "try:\n    raise E('a', 1)\nexcept Exception as e:\n    print(type(e).__name__, e.args, e.code, isinstance(e, E))"));
        }

        [TestMethod]
        public void Exceptions_Chaining_SetsCauseAndContext()
        {
            Assert.AreEqual("KeyError ValueError True\n", Py.Run(
                "try:\n    try:\n        {}['k']\n    except KeyError as k:\n        raise ValueError('v') from k\n" +
                "except ValueError as v:\n    print(type(v.__cause__).__name__, type(v).__name__, v.__context__ is v.__cause__)"));
        }

        [TestMethod]
        public void Exceptions_FinallyReturn_SwallowsTheException()
        {
            Assert.AreEqual("2\n", Py.Run("def f():\n    try:\n        1 / 0\n    finally:\n        return 2\nprint(f())"));
        }

        [TestMethod]
        public void Exceptions_Traceback_HasMicroPythonFormat()
        {
            Interpreter ip = Py.New(new CaptureOutput());
            string text = null;
            try
            {
                ip.Exec("def f():\n    raise OSError(2)\nf()", "main.py", CompileMode.Exec, ip.MainDict);
            }
            catch (PyException e)
            {
                text = Ops.FormatException(ip, e.Value);
            }

            Assert.AreEqual("Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n" +
                "  File \"main.py\", line 2, in f\nOSError: [Errno 2] ENOENT\n", text);
        }

        [TestMethod]
        public void Exceptions_BuiltinErrors_HaveTheirTypes()
        {
            Assert.AreEqual("NameError: name 'nope' is not defined", Py.Error("nope"));
            Assert.AreEqual("AttributeError: 'int' object has no attribute 'x'", Py.Error("(1).x"));
            Assert.AreEqual("IndexError: list index out of range", Py.Error("[][0]"));
            Assert.AreEqual("StopIteration: ", Py.Error("next(iter([]))"));
        }
    }
}
