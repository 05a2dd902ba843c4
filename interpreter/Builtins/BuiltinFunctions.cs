using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// The functions of the builtins module. Each is a fixed-arity native where CPython's signature allows it (no
    /// argument array per call); functions with keywords parse them with <see cref="ArgSpec"/>. Split by concern:
    /// objects and attributes here, iteration, reductions, output and namespaces in the other partial files.
    /// </summary>
    public static partial class BuiltinFunctions
    {
        /// <summary>Adds the functions to an interpreter's builtins namespace.</summary>
        public static void AddTo(PyDict b)
        {
            b.SetName(Names.print, new PyBuiltinN("print", Print));
            b.SetName("input", new PyBuiltin1("input", new InputReader().Input, 0));
            b.SetName(Names.len, new PyBuiltin1("len", Len));
            b.SetName(Names.repr, new PyBuiltin1("repr", Repr));
            b.SetName("hash", new PyBuiltin1("hash", Hash));
            b.SetName("id", new PyBuiltin1("id", Id));
            b.SetName("callable", new PyBuiltin1("callable", Callable));
            b.SetName(Names.isinstance, new PyBuiltin2("isinstance", IsInstance));
            b.SetName(Names.issubclass, new PyBuiltin2("issubclass", IsSubclass));
            b.SetName("getattr", new PyBuiltin3("getattr", GetAttr, 2));
            b.SetName("setattr", new PyBuiltin3("setattr", SetAttr));
            b.SetName("hasattr", new PyBuiltin2("hasattr", HasAttr));
            b.SetName("delattr", new PyBuiltin2("delattr", DelAttr));
            b.SetName(Names.iter, new PyBuiltin2("iter", Iter, 1));
            b.SetName(Names.next, new PyBuiltin2("next", Next, 1));
            b.SetName("all", new PyBuiltin1("all", All));
            b.SetName("any", new PyBuiltin1("any", Any));
            b.SetName("sum", new PyBuiltinN("sum", Sum));
            b.SetName("min", new PyBuiltinN("min", Min));
            b.SetName("max", new PyBuiltinN("max", Max));
            b.SetName("sorted", new PyBuiltinN("sorted", Sorted));
            b.SetName("globals", new PyBuiltin0("globals", Globals));
            b.SetName("locals", new PyBuiltin0("locals", Locals));
            b.SetName("vars", new PyBuiltin1("vars", Vars, 0));
            b.SetName("dir", new PyBuiltin1("dir", Dir, 0));
            b.SetName("exec", new PyBuiltin3("exec", Exec, 1));
            b.SetName("eval", new PyBuiltin3("eval", Eval, 1));
            b.SetName("compile", new PyBuiltinN("compile", Compile));
        }

        private static PyObject Len(Interpreter ip, PyObject o)
        {
            return PyInt.Get(Ops.Len(ip, o));
        }

        private static PyObject Repr(Interpreter ip, PyObject o)
        {
            return new PyStr(Ops.Repr(ip, o));
        }

        private static PyObject Hash(Interpreter ip, PyObject o)
        {
            return PyInt.Get(Ops.Hash(ip, o));
        }

        // The identity hash: distinct live objects can share an id (it is a 31-bit hash, not an address).
        private static PyObject Id(Interpreter ip, PyObject o)
        {
            return PyInt.Get(Ops.IdentityHash(o));
        }

        private static PyObject Callable(Interpreter ip, PyObject o)
        {
            return PyBool.Of(o.IsCallable);
        }

        private static PyObject IsInstance(Interpreter ip, PyObject o, PyObject cls)
        {
            return PyBool.Of(Ops.IsInstance(ip, o, cls));
        }

        private static PyObject IsSubclass(Interpreter ip, PyObject c, PyObject cls)
        {
            return PyBool.Of(Ops.IsSubclass(ip, c, cls));
        }

        // An attribute name argument, interned (attribute lookups compare static names by reference).
        private static PyStr AttrName(PyObject name)
        {
            PyStr s = name as PyStr ?? name.NativeBase as PyStr;
            if (s == null)
            {
                throw new PyException(PyExc.TypeError, "attribute name must be string, not '" + name.Type.Name.Value + "'");
            }

            return Intern.Get(s);
        }

        private static PyObject GetAttr(Interpreter ip, PyObject o, PyObject name, PyObject dflt)
        {
            PyStr n = AttrName(name);
            if (dflt == null)
            {
                return Ops.GetAttr(ip, o, n);
            }

            return Ops.GetAttrOrNull(ip, o, n) ?? dflt;
        }

        private static PyObject SetAttr(Interpreter ip, PyObject o, PyObject name, PyObject value)
        {
            Ops.SetAttr(ip, o, AttrName(name), value);
            return PyNone.Value;
        }

        private static PyObject HasAttr(Interpreter ip, PyObject o, PyObject name)
        {
            return PyBool.Of(Ops.GetAttrOrNull(ip, o, AttrName(name)) != null);
        }

        private static PyObject DelAttr(Interpreter ip, PyObject o, PyObject name)
        {
            Ops.DelAttr(ip, o, AttrName(name));
            return PyNone.Value;
        }
    }
}
