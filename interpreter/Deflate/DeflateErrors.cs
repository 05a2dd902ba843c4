using NanoPython.Runtime;

namespace NanoPython.Deflate
{
    /// <summary>The errors of the deflate module, in one place (STYLE.md rule 10).</summary>
    internal static class DeflateErrors
    {
        /// <summary>OSError(EINVAL): the data is not valid compressed data of the format (MicroPython's error).</summary>
        internal static PyException Data()
        {
            return Errno.Error(Errno.EINVAL);
        }

        /// <summary>OSError(EPERM): reading a DeflateIO that was written to, or the reverse.</summary>
        internal static PyException Mode()
        {
            return Errno.Error(Errno.EPERM);
        }

        /// <summary>ValueError for an operation on a closed DeflateIO.</summary>
        internal static PyException Closed()
        {
            return new PyException(PyExc.ValueError, "I/O operation on closed file");
        }

        /// <summary>TypeError for a readinto target that is not a writable buffer.</summary>
        internal static PyException NotWritable()
        {
            return new PyException(PyExc.TypeError, "object with buffer protocol required");
        }

        /// <summary>ValueError for a bad argument of DeflateIO() (what names it: "format", "wbits").</summary>
        internal static PyException BadArgument(string what)
        {
            return new PyException(PyExc.ValueError, "invalid " + what);
        }
    }
}
