namespace NanoPython.Runtime
{
    /// <summary>
    /// Services the runtime's core needs from the Builtins assembly (string formatting, the format() protocol). The
    /// defaults raise NotImplementedError; the Builtins assembly installs the real implementation.
    /// </summary>
    public class RuntimeHooks
    {
        /// <summary>str % args.</summary>
        public virtual PyObject FormatPercent(Interpreter ip, PyStr format, PyObject args)
        {
            throw new PyException(PyExc.NotImplementedError, "% formatting is not installed");
        }

        /// <summary>bytes % args.</summary>
        public virtual PyObject FormatPercentBytes(Interpreter ip, PyObject format, PyObject args)
        {
            throw new PyException(PyExc.NotImplementedError, "% formatting is not installed");
        }

        /// <summary>format(value, spec) for built-in values (int, float, str, complex...); null when the type has no format.</summary>
        public virtual string FormatBuiltin(Interpreter ip, PyObject value, string spec)
        {
            throw new PyException(PyExc.NotImplementedError, "format() is not installed");
        }
    }
}
