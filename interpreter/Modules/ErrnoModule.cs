using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>The errno module: the E* constants and errorcode (number to symbol), from <see cref="Errno"/>.</summary>
    public static class ErrnoModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            PyDict codes = new PyDict();
            for (int i = 0; i < Errno.Count; i++)
            {
                PyStr name = Intern.Get(Errno.NameAt(i));
                PyInt code = PyInt.Get(Errno.CodeAt(i));
                d.SetName(name, code);
                codes.Set(ip, code, name);
            }

            d.SetName("errorcode", codes);
        }
    }
}
