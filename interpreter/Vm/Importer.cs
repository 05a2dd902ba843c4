namespace NanoPython.Runtime
{
    /// <summary>
    /// The import system: sys.modules, native modules (with MicroPython's u-prefixed aliases), frozen modules (the
    /// '.frozen' entry of sys.path), and Python files and packages found along sys.path through
    /// <see cref="Interpreter.ModuleSource"/>. A module is in sys.modules while its body runs, so circular imports see
    /// the partly initialised module, as in CPython; a failed import removes it again.
    /// </summary>
    public static class Importer
    {
        private static ArgSpec s_importSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec ImportSpec
        {
            get { return s_importSpec ?? (s_importSpec = new ArgSpec("__import__", "name, globals, locals, fromlist, level", 1)); }
        }

        /// <summary>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).</summary>
        public static PyObject ImportBuiltin(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[5];
            ImportSpec.Parse(ip, args, offset, count, kwnames, a);
            PyStr name = Intern.Get(Ops.ExpectStr(a[0], "module name"));
            PyDict globals = a[1] as PyDict ?? (ip.CurrentFrame != null ? ip.CurrentFrame.Globals : ip.MainDict);
            int level = a[4] == null ? 0 : (int)Ops.Index(ip, a[4]);
            return Import(ip, name, globals, a[3] ?? PyNone.Value, level);
        }

        /// <summary>IMPORT_NAME: imports name (relative to globals' package when level > 0).</summary>
        public static PyObject Import(Interpreter ip, PyStr name, PyDict globals, PyObject fromlist, int level)
        {
            string full = name.Value;
            if (level > 0)
            {
                string pkg = PackageOf(globals);
                if (pkg.Length == 0)
                {
                    throw new PyException(PyExc.ImportError, "attempted relative import with no known parent package");
                }

                for (int i = 1; i < level; i++)
                {
                    int dot = pkg.LastIndexOf('.');
                    if (dot < 0)
                    {
                        throw new PyException(PyExc.ImportError, "attempted relative import beyond top-level package");
                    }

                    pkg = pkg.Substring(0, dot);
                }

                full = full.Length == 0 ? pkg : pkg + "." + full;
            }
            else if (full.Length == 0)
            {
                throw new PyException(PyExc.ValueError, "Empty module name");
            }

            // Import every prefix: a, a.b, a.b.c.
            PyObject top = null;
            PyObject mod = null;
            int start = 0;
            while (true)
            {
                int dot = full.IndexOf('.', start);
                string prefix = dot < 0 ? full : full.Substring(0, dot);
                mod = ImportOne(ip, prefix, mod);
                if (top == null)
                {
                    top = mod;
                }

                if (dot < 0)
                {
                    break;
                }

                start = dot + 1;
            }

            bool hasFromList = !(fromlist is PyNone) && Ops.IsTrue(ip, fromlist);
            if (!hasFromList)
            {
                if (level > 0)
                {
                    // from . import x: the leaf is what the bytecode works on.
                    return mod;
                }

                return top;
            }

            return mod;
        }

        private static string PackageOf(PyDict globals)
        {
            PyObject p = globals.LookupName(Names.Get(Names.__package__));
            if (p is PyStr)
            {
                return ((PyStr)p).Value;
            }

            PyObject n = globals.LookupName(Names.Get(Names.__name__));
            if (!(n is PyStr))
            {
                return string.Empty;
            }

            string name = ((PyStr)n).Value;
            if (globals.LookupName(Names.Get(Names.__path__)) != null)
            {
                return name;
            }

            int dot = name.LastIndexOf('.');
            return dot < 0 ? string.Empty : name.Substring(0, dot);
        }

        /// <summary>Imports one module by full name, its parent package (or null) already imported.</summary>
        public static PyObject ImportOne(Interpreter ip, string full, PyObject parent)
        {
            PyStr key = Intern.Get(full);
            PyObject existing = ip.Modules.LookupName(key);
            if (existing != null)
            {
                return existing;
            }

            int dot = full.LastIndexOf('.');
            string shortName = dot < 0 ? full : full.Substring(dot + 1);
            PyObject m = null;
            if (parent == null)
            {
                ModuleFiller filler = ip.FindNativeModule(full);
                if (filler != null)
                {
                    PyModule nm = new PyModule(ip, key, filler);
                    ip.Modules.SetName(key, nm);
                    return nm;
                }

                m = FindInPath(ip, full, ip.Path);
                if (m == null && full.Length > 1 && full[0] == 'u')
                {
                    // MicroPython: `import ufoo` resolves to the built-in foo when no ufoo exists.
                    string plain = full.Substring(1);
                    ModuleFiller alias = ip.FindNativeModule(plain);
                    if (alias != null)
                    {
                        PyObject am = ImportOne(ip, plain, null);
                        ip.Modules.SetName(key, am);
                        return am;
                    }
                }
            }
            else
            {
                ModuleFiller filler = ip.FindNativeModule(full);
                if (filler != null)
                {
                    PyModule nm = new PyModule(ip, key, filler);
                    ip.Modules.SetName(key, nm);
                    ((PyModule)parent).Dict.SetName(Intern.Get(shortName), nm);
                    return nm;
                }

                PyObject path = parent is PyModule ? ((PyModule)parent).Dict.LookupName(Names.Get(Names.__path__)) : null;
                if (path is PyList)
                {
                    m = FindInPath(ip, full, (PyList)path);
                }

                if (m != null)
                {
                    Ops.SetAttr(ip, parent, Intern.Get(shortName), m);
                }
            }

            if (m == null)
            {
                throw new PyException(PyExc.ModuleNotFoundError, "No module named '" + full + "'");
            }

            return m;
        }

        private static PyObject FindInPath(Interpreter ip, string full, PyList path)
        {
            int dot = full.LastIndexOf('.');
            string shortName = dot < 0 ? full : full.Substring(dot + 1);
            for (int i = 0; i < path.Count; i++)
            {
                PyStr entry = path.Items[i] as PyStr;
                if (entry == null)
                {
                    continue;
                }

                if (entry.Value == ".frozen")
                {
                    string src = ip.FindFrozen(full);
                    if (src != null)
                    {
                        return LoadSource(ip, full, src, "<frozen " + full + ">", null);
                    }

                    string pkgSrc = ip.FindFrozen(full + ".__init__");
                    if (pkgSrc != null)
                    {
                        return LoadSource(ip, full, pkgSrc, "<frozen " + full + ">", ".frozen");
                    }

                    continue;
                }

                IModuleSource fs = ip.ModuleSource;
                if (fs == null)
                {
                    continue;
                }

                string dir = entry.Value;
                string basePath = dir.Length == 0 ? shortName : (dir[dir.Length - 1] == '/' ? dir + shortName : dir + "/" + shortName);
                string text = fs.ReadText(basePath + ".py");
                if (text != null)
                {
                    return LoadSource(ip, full, text, basePath + ".py", null);
                }

                if (fs.IsDirectory(basePath))
                {
                    string init = fs.ReadText(basePath + "/__init__.py");
                    if (init != null)
                    {
                        return LoadSource(ip, full, init, basePath + "/__init__.py", basePath);
                    }

                    // A directory without __init__.py is a namespace package.
                    return LoadSource(ip, full, string.Empty, null, basePath);
                }
            }

            return null;
        }

        /// <summary>Creates module full, registers it in sys.modules and runs its source.</summary>
        public static PyModule LoadSource(Interpreter ip, string full, string source, string fileName, string packagePath)
        {
            PyStr key = Intern.Get(full);
            PyDict d = new PyDict();
            d.SetName(Names.__name__, key);
            d.SetName(Names.__builtins__, ip.BuiltinsModule);
            if (fileName != null)
            {
                d.SetName(Names.__file__, new PyStr(fileName));
            }

            if (packagePath != null)
            {
                PyList p = new PyList();
                p.Append(new PyStr(packagePath));
                d.SetName(Names.__path__, p);
                d.SetName(Names.__package__, key);
            }
            else
            {
                int dot = full.LastIndexOf('.');
                d.SetName(Names.__package__, dot < 0 ? PyStr.Empty : new PyStr(full.Substring(0, dot)));
            }

            PyModule m = new PyModule(key, d);
            ip.Modules.SetName(key, m);
            if (source.Length == 0)
            {
                return m;
            }

            try
            {
                if (ip.Compiler == null)
                {
                    throw new PyException(PyExc.ImportError, "no compiler installed");
                }

                CodeObject code = ip.Compiler.Compile(ip, source, fileName ?? full, CompileMode.Exec);
                ip.RunCode(code, d, d);
            }
            catch
            {
                ip.Modules.Remove(ip, key);
                throw;
            }

            return m;
        }

        /// <summary>IMPORT_FROM: module.name, importing the submodule module.name when needed.</summary>
        public static PyObject ImportFrom(Interpreter ip, PyObject module, PyStr name)
        {
            PyObject v;
            try
            {
                v = module.GetAttr(ip, name);
            }
            catch (PyException e)
            {
                // A module's __getattr__ (PEP 562) says "no such name" with AttributeError: from-import reports it as
                // ImportError, as CPython does, so `try: from m import x / except ImportError:` works.
                if (!(module is PyModule) || !e.Value.IsInstance(PyExc.AttributeError))
                {
                    throw;
                }

                v = null;
            }

            if (v != null)
            {
                return v;
            }

            PyModule m = module as PyModule;
            if (m != null)
            {
                string full = m.Name.Value + "." + name.Value;
                PyObject sub = ip.Modules.LookupName(Intern.Get(full));
                if (sub != null)
                {
                    return sub;
                }

                if (m.Dict.LookupName(Names.Get(Names.__path__)) != null || ip.FindNativeModule(full) != null)
                {
                    try
                    {
                        return ImportOne(ip, full, m);
                    }
                    catch (PyException e)
                    {
                        if (!e.Value.IsInstance(PyExc.ModuleNotFoundError))
                        {
                            throw;
                        }
                    }
                }

                throw new PyException(PyExc.ImportError, "cannot import name '" + name.Value + "' from '" + m.Name.Value + "'");
            }

            throw new PyException(PyExc.ImportError, "cannot import name '" + name.Value + "'");
        }

        /// <summary>from module import *: __all__, or every name not starting with an underscore.</summary>
        public static void ImportStar(Interpreter ip, PyObject module, PyDict target)
        {
            PyModule m = module as PyModule;
            if (m != null)
            {
                m.Materialize(ip);
            }

            PyDict src = m != null ? m.Dict : module.InstanceDict;
            if (src == null)
            {
                return;
            }

            PyObject all = src.LookupName(Names.Get(Names.__all__));
            if (all != null)
            {
                PyObject it = Ops.GetIter(ip, all);
                PyObject n;
                while ((n = Ops.Next(ip, it)) != null)
                {
                    PyStr ns = Intern.Get(Ops.ExpectStr(n, "name in __all__"));
                    target.SetName(ns, Ops.GetAttr(ip, module, ns));
                }

                return;
            }

            for (int i = 0; i < src.EntryLimit; i++)
            {
                PyStr k = src.KeyAt(i) as PyStr;
                if (k != null && (k.Value.Length == 0 || k.Value[0] != '_'))
                {
                    target.SetName(Intern.Get(k), src.ValueAt(i));
                }
            }
        }
    }
}
