using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class PrintInputTests
    {
        [TestMethod]
        public void Print_SingleStr_WritesOneLineInOneWrite()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.Call("print", S("héllo"));
            Assert.AreEqual("héllo\n", h.Out.Text);
            Assert.AreEqual(1, h.Out.Writes);
        }

        [TestMethod]
        public void Print_SeveralObjects_SeparatedBySpaceInOneWrite()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.Call("print", I(1), S("a"), L(I(2), S("b")), PyNone.Value);
            Assert.AreEqual("1 a [2, 'b'] None\n", h.Out.Text);
            Assert.AreEqual(1, h.Out.Writes);
        }

        [TestMethod]
        public void Print_NoArguments_WritesNewline()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.Call("print");
            Assert.AreEqual("\n", h.Out.Text);
        }

        [TestMethod]
        public void Print_SepAndEnd_AreUsed()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.CallKw("print", new PyObject[] { I(1), I(2), I(3) }, "sep", S("-"), "end", S("!"));
            h.CallKw("print", new PyObject[] { I(4), I(5) }, "sep", PyNone.Value, "end", PyNone.Value);
            Assert.AreEqual("1-2-3!4 5\n", h.Out.Text);
        }

        [TestMethod]
        public void Print_FlushTrue_FlushesStdout()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.CallKw("print", new PyObject[] { I(1) }, "flush", PyBool.True);
            Assert.AreEqual(1, h.Out.Flushes);
        }

        [TestMethod]
        public void Print_BadSep_RaisesTypeError()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("TypeError: sep must be None or a string, not int", h.Raises(() => h.CallKw("print", new PyObject[0], "sep", I(1))));
            Assert.AreEqual("TypeError: end must be None or a string, not int", h.Raises(() => h.CallKw("print", new PyObject[0], "end", I(1))));
            Assert.StartsWith("TypeError", h.Raises(() => h.CallKw("print", new PyObject[0], "bogus", I(1))));
        }

        [TestMethod]
        public void Print_File_CallsWriteOncePerPiece()
        {
            BuiltinsHost h = new BuiltinsHost();
            List<string> parts = new List<string>();
            h.CallKw("print", new PyObject[] { I(1), S("x") }, "file", h.Writer(parts), "flush", PyBool.True);
            CollectionAssert.AreEqual(new[] { "1", " ", "x", "\n", "<flush>" }, parts);
            Assert.AreEqual(string.Empty, h.Out.Text);
        }

        [TestMethod]
        public void Print_ReplacedSysStdout_WritesThroughIt()
        {
            BuiltinsHost h = new BuiltinsHost();
            List<string> parts = new List<string>();
            PyDict sys = new PyDict();
            sys.SetName(Names.stdout, h.Writer(parts));
            h.Ip.Modules.SetName(Names.sys, new PyModule(Names.Get(Names.sys), sys));
            h.Call("print", S("a"), S("b"));
            CollectionAssert.AreEqual(new[] { "a", " ", "b", "\n" }, parts);
            Assert.AreEqual(string.Empty, h.Out.Text);
        }

        [TestMethod]
        public void Print_SysStdoutIsNativeObject_UsesFastPath()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject native = h.Writer(new List<string>());
            h.Ip.NativeStdout = native;
            PyDict sys = new PyDict();
            sys.SetName(Names.stdout, native);
            h.Ip.Modules.SetName(Names.sys, new PyModule(Names.Get(Names.sys), sys));
            h.Call("print", S("fast"));
            Assert.AreEqual("fast\n", h.Out.Text);
        }

        [TestMethod]
        public void Print_SysStdoutNone_PrintsNothing()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyDict sys = new PyDict();
            sys.SetName(Names.stdout, PyNone.Value);
            h.Ip.Modules.SetName(Names.sys, new PyModule(Names.Get(Names.sys), sys));
            h.Call("print", S("lost"));
            Assert.AreEqual(string.Empty, h.Out.Text);
        }

        [TestMethod]
        public void Input_Lines_EndAtCrLfOrCrLf()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.Ip.Stdin = new BytesInput("one\r\ntwo\rthree\nfür\n\nlast");
            Assert.AreEqual("'one'", h.Repr(h.Call("input")));
            Assert.AreEqual("'two'", h.Repr(h.Call("input")));
            Assert.AreEqual("'three'", h.Repr(h.Call("input")));
            Assert.AreEqual("für", ((PyStr)h.Call("input")).Value);
            Assert.AreEqual("''", h.Repr(h.Call("input")));
            Assert.AreEqual("'last'", h.Repr(h.Call("input")));
            Assert.AreEqual("EOFError: EOF when reading a line", h.Raises(() => h.Call("input")));
        }

        [TestMethod]
        public void Input_Prompt_IsWrittenAndFlushedFirst()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.Ip.Stdin = new BytesInput("42\n");
            Assert.AreEqual("'42'", h.Repr(h.Call("input", S("? "))));
            Assert.AreEqual("? ", h.Out.Text);
            Assert.AreEqual(1, h.Out.Flushes);
        }

        [TestMethod]
        public void Input_NoStdin_RaisesEOFError()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.StartsWith("EOFError", h.Raises(() => h.Call("input")));
        }
    }
}
