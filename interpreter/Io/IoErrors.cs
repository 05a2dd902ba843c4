using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>The errors of files, streams and the VFS, in one place (STYLE.md rule 10).</summary>
    public static class IoErrors
    {
        /// <summary>Text of operations on a closed stream.</summary>
        public const string Closed = "I/O operation on closed file";

        /// <summary>OSError(errno).</summary>
        public static PyException OSError(int errno)
        {
            return Errno.Error(errno);
        }

        /// <summary>The OSError of a failed file system operation.</summary>
        public static PyException From(FileSystemException e)
        {
            return Errno.Error(e.Errno);
        }

        /// <summary>ValueError for a closed stream.</summary>
        public static PyException ClosedFile()
        {
            return new PyException(PyExc.ValueError, Closed);
        }

        /// <summary>TypeError for a path that is not a str.</summary>
        public static PyException PathType(PyObject o)
        {
            return new PyException(PyExc.TypeError, "expected str for path, not '" + o.Type.Name.Value + "'");
        }

        /// <summary>True when e is an OSError (import probing treats those as "not found").</summary>
        public static bool IsOSError(PyException e)
        {
            return e.Value.IsInstance(PyExc.OSError);
        }
    }
}
