using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// The micropython module: const (identity at run time; the compiler folds `_X = const(...)`), opt_level and
    /// schedule (the scheduler queue of the interpreter, shared with HAL callbacks).
    /// </summary>
    public static class MicropythonModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName(Names.@const, new PyBuiltin1("const", Const));
            d.SetName("opt_level", new PyBuiltin1("opt_level", OptLevel, 0));
            d.SetName("schedule", new PyBuiltin2("schedule", Schedule));
        }

        private static PyObject Const(Interpreter ip, PyObject value)
        {
            return value;
        }

        private static PyObject OptLevel(Interpreter ip, PyObject level)
        {
            if (level == null)
            {
                return PyInt.Get(ip.OptLevel);
            }

            ip.OptLevel = (int)Ops.Index(ip, level);
            return PyNone.Value;
        }

        private static PyObject Schedule(Interpreter ip, PyObject fn, PyObject arg)
        {
            if (!ip.Schedule(fn, arg))
            {
                throw new PyException(PyExc.RuntimeError, "schedule queue full");
            }

            return PyNone.Value;
        }
    }
}
