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
        public static void AddTo(Interpreter ip)
        {
            // heapq (Stdlib) looks sorted up in the builtins dict directly: it is created now.
            ip.Builtins.SetName("sorted", new PyBuiltinN("sorted", Sorted));
            ip.AddLazyBuiltins(LazyNames, CreateLazy);
        }

        // The builtin functions created on first use (see Interpreter.AddLazyBuiltins), in CreateLazy's index order.
        private const string LazyNames =
            "print input len repr hash id callable isinstance issubclass getattr setattr hasattr delattr iter " +
            "next all any sum min max globals locals vars dir exec eval compile";

        private static PyObject CreateLazy(Interpreter ip, int index)
        {
            switch (index)
            {
                case 0:
                    return new PyBuiltinN("print", Print);
                case 1:
                    return new PyBuiltin1("input", new InputReader().Input, 0);
                case 2:
                    return new PyBuiltin1("len", Len);
                case 3:
                    return new PyBuiltin1("repr", Repr);
                case 4:
                    return new PyBuiltin1("hash", Hash);
                case 5:
                    return new PyBuiltin1("id", Id);
                case 6:
                    return new PyBuiltin1("callable", Callable);
                case 7:
                    return new PyBuiltin2("isinstance", IsInstance);
                case 8:
                    return new PyBuiltin2("issubclass", IsSubclass);
                case 9:
                    return new PyBuiltin3("getattr", GetAttr, 2);
                case 10:
                    return new PyBuiltin3("setattr", SetAttr);
                case 11:
                    return new PyBuiltin2("hasattr", HasAttr);
                case 12:
                    return new PyBuiltin2("delattr", DelAttr);
                case 13:
                    return new PyBuiltin2("iter", Iter, 1);
                case 14:
                    return new PyBuiltin2("next", Next, 1);
                case 15:
                    return new PyBuiltin1("all", All);
                case 16:
                    return new PyBuiltin1("any", Any);
                case 17:
                    return new PyBuiltinN("sum", Sum);
                case 18:
                    return new PyBuiltinN("min", Min);
                case 19:
                    return new PyBuiltinN("max", Max);
                case 20:
                    return new PyBuiltin0("globals", Globals);
                case 21:
                    return new PyBuiltin0("locals", Locals);
                case 22:
                    return new PyBuiltin1("vars", Vars, 0);
                case 23:
                    return new PyBuiltin1("dir", Dir, 0);
                case 24:
                    return new PyBuiltin3("exec", Exec, 1);
                case 25:
                    return new PyBuiltin3("eval", Eval, 1);
                case 26:
                    return new PyBuiltinN("compile", Compile);
                default:
                    return null;
            }
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
