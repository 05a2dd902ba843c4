using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The sys module (MicroPython's set): argv, byteorder, exit, implementation, maxsize, modules, path, platform,
    /// print_exception, stdin/stdout/stderr, version, version_info, ps1/ps2, exc_info.
    /// </summary>
    public static class SysModule
    {
        /// <summary>The MicroPython release whose behaviour nanoPython follows.</summary>
        public const string MicroPythonVersion = "1.24.0";

        /// <summary>nanoPython's own version.</summary>
        public const string NanoPythonVersion = "0.1.0";

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName(Names.argv, ip.Argv);
            d.SetName(Names.path, ip.Path);
            d.SetName(Names.modules, ip.Modules);
            d.SetName("byteorder", new PyStr("little"));
            d.SetName("platform", new PyStr(ip.Platform));
            d.SetName("maxsize", PyInt.Get(long.MaxValue));
            d.SetName("version", new PyStr("3.4.0; MicroPython v" + MicroPythonVersion + " (nanoPython v" + NanoPythonVersion + ")"));
            d.SetName("version_info", new PyAttrTuple(new string[] { "major", "minor", "micro" }, new PyObject[] { PyInt.Get(3), PyInt.Get(4), PyInt.Get(0) }));
            d.SetName("implementation", new PyAttrTuple(
                new string[] { "name", "version", "_machine", "_build" },
                new PyObject[]
                {
                    new PyStr("micropython"),
                    new PyTuple(new PyObject[] { PyInt.Get(1), PyInt.Get(24), PyInt.Get(0), PyStr.Empty }),
                    new PyStr(ip.MachineName),
                    new PyStr(ip.BuildName),
                }));
            d.SetName("ps1", new PyStr(">>> "));
            d.SetName("ps2", new PyStr("... "));

            StdioStream stdout = new StdioStream(ip.Stdout, null, false, 1);
            ip.NativeStdout = stdout;
            d.SetName(Names.stdout, stdout);
            d.SetName(Names.stderr, ReferenceEquals(ip.Stderr, ip.Stdout) || ip.Stderr == null ? stdout : new StdioStream(ip.Stderr, null, false, 2));
            d.SetName(Names.stdin, new StdioStream(null, ip.Stdin, false, 0));

            d.SetName("exit", new PyBuiltin1("exit", Exit, 0));
            d.SetName("print_exception", new PyBuiltin2("print_exception", PrintException, 1));
            d.SetName("exc_info", new PyBuiltin0("exc_info", ExcInfo));
        }

        private static PyObject Exit(Interpreter ip, PyObject code)
        {
            if (code == null)
            {
                throw new PyException(PyExc.SystemExit);
            }

            throw new PyException(PyExc.SystemExit, code);
        }

        private static PyObject PrintException(Interpreter ip, PyObject exc, PyObject file)
        {
            PyBaseException e = exc as PyBaseException;
            if (e == null)
            {
                throw new PyException(PyExc.TypeError, "print_exception() argument must be an exception");
            }

            string text = Ops.FormatException(ip, e);
            if (file == null || ReferenceEquals(file, ip.NativeStdout))
            {
                ip.Stdout.Write(text);
                ip.Stdout.Flush();
            }
            else
            {
                Ops.Call1(ip, Ops.GetAttr(ip, file, Names.Get(Names.write)), new PyStr(text));
            }

            return PyNone.Value;
        }

        private static PyObject ExcInfo(Interpreter ip)
        {
            Frame f = ip.CurrentFrame;
            PyObject h = f != null ? f.CurrentHandled : null;
            PyBaseException e = h as PyBaseException;
            if (e == null)
            {
                return new PyTuple(new PyObject[] { PyNone.Value, PyNone.Value, PyNone.Value });
            }

            PyObject tb = e.Traceback != null ? (PyObject)new PyTraceback(e.Traceback) : PyNone.Value;
            return new PyTuple(new PyObject[] { e.Type, e, tb });
        }
    }
}
