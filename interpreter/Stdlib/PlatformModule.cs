using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The platform module as MicroPython has it: platform() ("MicroPython-1.24.0-xtensa-nanoFramework-with-nanoCLR"
    /// on a board), python_compiler(), libc_ver(), plus python_implementation() and python_version() from CPython.
    /// </summary>
    public static class PlatformModule
    {
        /// <summary>The MicroPython release nanoPython follows (as sys.implementation.version).</summary>
        public const string MicroPythonVersion = "1.24.0";

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("platform", new PyBuiltinN("platform", Platform));
            d.SetName("python_compiler", new PyBuiltin0("python_compiler", PythonCompiler));
            d.SetName("libc_ver", new PyBuiltinN("libc_ver", LibcVer));
            d.SetName("python_implementation", new PyBuiltin0("python_implementation", PythonImplementation));
            d.SetName("python_version", new PyBuiltin0("python_version", PythonVersion));
        }

        private static bool IsBoard(Interpreter ip)
        {
            return ip.Platform != "linux";
        }

        // MicroPython's layout: system-version-arch-platform version-with-libc.
        private static PyObject Platform(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            string text = IsBoard(ip)
                ? "MicroPython-" + MicroPythonVersion + "-xtensa-nanoFramework1-with-nanoCLR"
                : "MicroPython-" + MicroPythonVersion + "-x86_64-dotnet-with-dotnet";
            return new PyStr(text);
        }

        private static PyObject PythonCompiler(Interpreter ip)
        {
            return new PyStr(IsBoard(ip) ? "nanoFramework C#" : ".NET C#");
        }

        private static PyObject LibcVer(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return PyTuple.Of(new PyStr(IsBoard(ip) ? "nanoCLR" : "dotnet"), new PyStr(IsBoard(ip) ? "1" : "10"));
        }

        private static PyObject PythonImplementation(Interpreter ip)
        {
            return new PyStr("MicroPython");
        }

        private static PyObject PythonVersion(Interpreter ip)
        {
            return new PyStr("3.4.0");
        }
    }
}
