using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class NamespaceTests
    {
        private static BuiltinsHost WithCompiler(out FakeCompiler c)
        {
            BuiltinsHost h = new BuiltinsHost();
            c = new FakeCompiler();
            h.Ip.Compiler = c;
            return h;
        }

        [TestMethod]
        public void Exec_GivenGlobals_StoresThereAndAddsBuiltins()
        {
            BuiltinsHost h = WithCompiler(out FakeCompiler c);
            PyDict g = new PyDict();
            Assert.AreSame(PyNone.Value, h.Call("exec", S("x = 5"), g));
            Assert.AreEqual("5", h.Repr(g.LookupName(Intern.Get("x"))));
            Assert.AreSame(h.Ip.BuiltinsModule, g.LookupName(Names.Get(Names.__builtins__)));
            Assert.AreEqual("<string>:0:x = 5", c.Calls[0]);
        }

        [TestMethod]
        public void Exec_SeparateLocals_StoreInLocals()
        {
            BuiltinsHost h = WithCompiler(out _);
            PyDict g = new PyDict();
            PyDict l = new PyDict();
            h.Call("exec", S("y = 2"), g, l);
            Assert.IsNull(g.LookupName(Intern.Get("y")));
            Assert.AreEqual("2", h.Repr(l.LookupName(Intern.Get("y"))));
        }

        [TestMethod]
        public void Eval_Name_ReadsLocalsThenGlobalsThenBuiltins()
        {
            BuiltinsHost h = WithCompiler(out FakeCompiler c);
            PyDict g = new PyDict();
            g.SetName("v", I(1));
            PyDict l = new PyDict();
            Assert.AreEqual("1", h.Repr(h.Call("eval", S("v"), g, l)));
            l.SetName("v", I(2));
            Assert.AreEqual("2", h.Repr(h.Call("eval", S("  \tv"), g, l)));
            Assert.AreSame(h.Builtin("len"), h.Call("eval", S("len"), g));
            Assert.AreEqual("<string>:1:v", c.Calls[1]);
        }

        [TestMethod]
        public void ExecEval_BadArguments_RaiseTypeError()
        {
            BuiltinsHost h = WithCompiler(out _);
            Assert.AreEqual("TypeError: exec() arg 1 must be a string, bytes or code object", h.Raises(() => h.Call("exec", I(1))));
            Assert.AreEqual("TypeError: eval() globals must be a dict, not list", h.Raises(() => h.Call("eval", S("1"), Ints())));
            Assert.AreEqual("TypeError: locals must be a mapping", h.Raises(() => h.Call("eval", S("1"), new PyDict(), Ints())));
        }

        [TestMethod]
        public void Exec_NoCompiler_RaisesRuntimeError()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.StartsWith("RuntimeError", h.Raises(() => h.Call("exec", S("x = 1"), new PyDict())));
        }

        [TestMethod]
        public void Compile_Modes_MapToCompileMode()
        {
            BuiltinsHost h = WithCompiler(out FakeCompiler c);
            PyObject code = h.Call("compile", S("7"), S("f.py"), S("eval"));
            Assert.IsInstanceOfType(code, typeof(CodeObject));
            Assert.AreEqual("7", h.Repr(h.Call("eval", code, new PyDict())));
            h.Call("compile", S("7"), S("g.py"), S("single"));
            h.CallKw("compile", new PyObject[0], "source", new PyBytes(new byte[] { (byte)'x' }), "filename", S("h.py"), "mode", S("exec"));
            CollectionAssert.AreEqual(new[] { "f.py:1:7", "g.py:2:7", "h.py:0:x" }, c.Calls);
            Assert.AreEqual("ValueError: compile() mode must be 'exec', 'eval' or 'single'", h.Raises(() => h.Call("compile", S("1"), S("f"), S("x"))));
        }

        [TestMethod]
        public void GlobalsLocals_ModuleCode_AreTheNamespace()
        {
            BuiltinsHost h = WithCompiler(out _);
            PyDict g = new PyDict();
            Assert.AreSame(g, h.Call("eval", S("globals()"), g));
            Assert.AreSame(g, h.Call("eval", S("locals()"), g));
            PyDict l = new PyDict();
            Assert.AreSame(l, h.Call("eval", S("locals()"), g, l));
            Assert.AreSame(h.Ip.MainDict, h.Call("globals"));
        }

        [TestMethod]
        public void Locals_Function_SnapshotOfBoundLocals()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyStr[] vars = { Intern.Get("a"), Intern.Get("b"), Intern.Get("unbound") };
            byte[] body = { Opcodes.LOAD_GLOBAL, 0, Opcodes.CALL_FUNCTION, 0, Opcodes.RETURN_VALUE };
            CodeObject code = FakeCompiler.Code(body, new PyObject[0], new[] { Intern.Get("locals") }, vars, "f.py", 0);
            code.ArgCount = 2;
            PyFunction f = new PyFunction(code, new PyDict());
            PyObject r = Ops.Call2(h.Ip, f, I(1), S("x"));
            Assert.AreEqual("{'a': 1, 'b': 'x'}", h.Repr(r));
            Assert.AreNotSame(r, Ops.Call2(h.Ip, f, I(1), S("x")));
        }

        [TestMethod]
        public void Exec_InsideFunction_DefaultsToCallerNamespaces()
        {
            BuiltinsHost h = WithCompiler(out _);
            PyStr[] vars = { Intern.Get("a") };
            PyStr[] names = { Intern.Get("eval"), Intern.Get("src") };
            byte[] body = { Opcodes.LOAD_GLOBAL, 0, Opcodes.LOAD_GLOBAL, 1, Opcodes.CALL_FUNCTION, 1, Opcodes.RETURN_VALUE };
            CodeObject code = FakeCompiler.Code(body, new PyObject[0], names, vars, "f.py", 0);
            PyDict g = new PyDict();
            g.SetName("src", S("a"));
            PyFunction f = new PyFunction(code, g);
            Assert.AreEqual("42", h.Repr(Ops.Call1(h.Ip, f, I(42))));
        }

        [TestMethod]
        public void Vars_ObjectDictOrTypeError()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("C", new PyObject[0]);
            PyObject o = Ops.Call0(h.Ip, c);
            Ops.SetAttr(h.Ip, o, Intern.Get("x"), I(1));
            Assert.AreEqual("{'x': 1}", h.Repr(h.Call("vars", o)));
            Assert.AreEqual("TypeError: vars() argument must have __dict__ attribute", h.Raises(() => h.Call("vars", I(1))));
            Assert.AreSame(h.Ip.MainDict, h.Call("vars"));
        }

        [TestMethod]
        public void Dir_InstanceAndClass_SortedNames()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType b = h.Class("B", new PyObject[0], "base_m", I(0));
            PyType c = h.Class("C", new PyObject[] { b }, "m", I(0), "z", I(1));
            PyObject o = Ops.Call0(h.Ip, c);
            Ops.SetAttr(h.Ip, o, Intern.Get("attr"), I(1));
            string names = h.Repr(h.Call("dir", o));
            StringAssert.Contains(names, "'attr', 'base_m', 'm', 'z'");
            StringAssert.Contains(names, "'__init__'");
            StringAssert.DoesNotMatch(h.Repr(h.Call("dir", c)), new System.Text.RegularExpressions.Regex("'attr'"));
            StringAssert.Contains(h.Repr(h.Call("dir", PyTypes.List)), "'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']");
        }

        [TestMethod]
        public void Dir_CustomDunderDir_IsSorted()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("C", new PyObject[0], "__dir__", new HostMethod(a => L(S("b"), S("a"))));
            Assert.AreEqual("['a', 'b']", h.Repr(h.Call("dir", Ops.Call0(h.Ip, c))));
        }

        [TestMethod]
        public void Dir_Module_SortedKeys()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyDict d = new PyDict();
            d.SetName("zeta", I(1));
            d.SetName("alpha", I(2));
            Assert.AreEqual("['alpha', 'zeta']", h.Repr(h.Call("dir", new PyModule(Intern.Get("m"), d))));
        }
    }
}
