using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    public static partial class BuiltinFunctions
    {
        private static ArgSpec s_compileSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec CompileSpec
        {
            get { return s_compileSpec ?? (s_compileSpec = new ArgSpec("compile", "source, filename, mode, flags, dont_inherit, optimize", 3)); }
        }

        private static PyObject Globals(Interpreter ip)
        {
            Frame f = ip.CurrentFrame;
            return f != null ? f.Globals : ip.MainDict;
        }

        private static PyObject Locals(Interpreter ip)
        {
            Frame f = ip.CurrentFrame;
            return f != null ? LocalsOf(f) : ip.MainDict;
        }

        /// <summary>
        /// locals() of a frame: the namespace dict of module and class code; for a function, a new dict of its bound
        /// fast locals, cells and free variables (a snapshot: assigning to it changes nothing, as in CPython).
        /// </summary>
        public static PyDict LocalsOf(Frame f)
        {
            if (f.Locals != null)
            {
                return f.Locals;
            }

            CodeObject code = f.Code;
            PyObject[] slots = f.Slots;
            PyDict d = new PyDict();
            int nlocals = code.NLocals;
            for (int i = 0; i < nlocals; i++)
            {
                PyObject v = slots[i];
                PyCell c = v as PyCell;
                if (c != null)
                {
                    v = c.Value;
                }

                if (v != null)
                {
                    d.SetName(code.VarNames[i], v);
                }
            }

            // Cells come after the fast locals: a captured argument lives in its cell once the function runs.
            int ncells = code.CellNames.Length;
            int n = ncells + code.FreeNames.Length;
            for (int i = 0; i < n; i++)
            {
                PyCell c = slots[nlocals + i] as PyCell;
                if (c != null && c.Value != null)
                {
                    d.SetName(i < ncells ? code.CellNames[i] : code.FreeNames[i - ncells], c.Value);
                }
            }

            return d;
        }

        // vars() is locals(); vars(obj) is obj.__dict__.
        private static PyObject Vars(Interpreter ip, PyObject o)
        {
            if (o == null)
            {
                return Locals(ip);
            }

            PyObject d = Ops.GetAttrOrNull(ip, o, Names.Get(Names.__dict__));
            if (d == null)
            {
                throw new PyException(PyExc.TypeError, "vars() argument must have __dict__ attribute");
            }

            return d;
        }

        // dir([obj]): the sorted attribute names (no argument: the names in the current scope).
        private static PyObject Dir(Interpreter ip, PyObject o)
        {
            PyDict names = new PyDict();
            if (o == null)
            {
                AddKeys(ip, names, (PyDict)Locals(ip));
            }
            else if (o is PyModule)
            {
                ((PyModule)o).Materialize(ip);

                AddKeys(ip, names, ((PyModule)o).Dict);
            }
            else if (o is PyType)
            {
                AddMroKeys(ip, names, (PyType)o);
            }
            else
            {
                PyObject custom = o is PyInstance ? Ops.FindPythonOverride(o.Type, Names.__dir__) : null;
                if (custom != null)
                {
                    PyList r = new PyList();
                    r.Extend(ip, Ops.CallMethod1(ip, custom, o));
                    ListSorter.Sort(ip, r, null, false);
                    return r;
                }

                PyInstance inst = o as PyInstance;
                AddKeys(ip, names, inst != null ? inst.InstanceDictOrNull : o.InstanceDict);
                AddMroKeys(ip, names, o.Type);
            }

            PyList l = new PyList(names.Count);
            for (int i = 0; i < names.EntryLimit; i++)
            {
                PyObject k = names.KeyAt(i);
                if (k != null)
                {
                    l.Append(k);
                }
            }

            ListSorter.Sort(ip, l, null, false);
            return l;
        }

        private static void AddKeys(Interpreter ip, PyDict names, PyDict d)
        {
            if (d == null)
            {
                return;
            }

            for (int i = 0; i < d.EntryLimit; i++)
            {
                PyObject k = d.KeyAt(i);
                if (k is PyStr)
                {
                    names.Set(ip, k, PyNone.Value);
                }
            }
        }

        private static void AddMroKeys(Interpreter ip, PyDict names, PyType t)
        {
            PyType[] mro = t.Mro;
            for (int i = 0; i < mro.Length; i++)
            {
                AddKeys(ip, names, mro[i].Dict);
            }
        }

        private static PyObject Exec(Interpreter ip, PyObject source, PyObject globals, PyObject locals)
        {
            Run(ip, source, globals, locals, CompileMode.Exec, "exec");
            return PyNone.Value;
        }

        private static PyObject Eval(Interpreter ip, PyObject source, PyObject globals, PyObject locals)
        {
            return Run(ip, source, globals, locals, CompileMode.Eval, "eval");
        }

        // exec/eval: compile unless given code, then run in the given namespaces or, by default, the caller's.
        private static PyObject Run(Interpreter ip, PyObject source, PyObject globals, PyObject locals, int mode, string name)
        {
            CodeObject code = source as CodeObject;
            if (code == null)
            {
                string text = SourceText(source, name);
                if (mode == CompileMode.Eval)
                {
                    // eval ignores leading blanks, as CPython does.
                    int i = 0;
                    while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                    {
                        i++;
                    }

                    text = text.Substring(i);
                }

                code = CompileText(ip, text, "<string>", mode);
            }

            PyDict g;
            PyDict l = null;
            if (locals != null && !(locals is PyNone))
            {
                l = locals as PyDict ?? locals.NativeBase as PyDict;
                if (l == null)
                {
                    throw new PyException(PyExc.TypeError, "locals must be a mapping");
                }
            }

            if (globals == null || globals is PyNone)
            {
                Frame f = ip.CurrentFrame;
                g = f != null ? f.Globals : ip.MainDict;
                if (l == null)
                {
                    l = f != null ? LocalsOf(f) : g;
                }
            }
            else
            {
                g = globals as PyDict ?? globals.NativeBase as PyDict;
                if (g == null)
                {
                    throw new PyException(PyExc.TypeError, name + "() globals must be a dict, not " + globals.Type.Name.Value);
                }

                if (l == null)
                {
                    l = g;
                }
            }

            return ip.RunCode(code, g, l);
        }

        // The text of a source argument: a str, or UTF-8 bytes.
        private static string SourceText(PyObject source, string name)
        {
            PyStr s = source as PyStr ?? source.NativeBase as PyStr;
            if (s != null)
            {
                return s.Value;
            }

            int n;
            byte[] b = PyBytes.BufferOf(source.NativeBase, out n);
            if (b == null)
            {
                throw new PyException(PyExc.TypeError, name + "() arg 1 must be a string, bytes or code object");
            }

            int errorIndex;
            return StrUtil.DecodeUtf8(b, 0, n, false, out errorIndex);
        }

        private static CodeObject CompileText(Interpreter ip, string text, string fileName, int mode)
        {
            if (ip.Compiler == null)
            {
                throw new PyException(PyExc.RuntimeError, "no compiler installed");
            }

            return ip.Compiler.Compile(ip, text, fileName, mode);
        }

        // compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): flags and optimize are accepted and ignored.
        private static PyObject Compile(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[6];
            CompileSpec.Parse(ip, args, offset, count, kwnames, a);
            string mode = Ops.ExpectStr(a[2], "compile() mode");
            int m = mode == "exec" ? CompileMode.Exec : mode == "eval" ? CompileMode.Eval : mode == "single" ? CompileMode.Single : -1;
            if (m < 0)
            {
                throw new PyException(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
            }

            if (a[0] is CodeObject)
            {
                return a[0];
            }

            return CompileText(ip, SourceText(a[0], "compile"), Ops.ExpectStr(a[1], "compile() filename"), m);
        }
    }
}
