using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>One entry of the VFS mount table: a mount point and the mounted object.</summary>
    public sealed class VfsMount
    {
        /// <summary>The mount point: "/" or "/name" (no trailing slash).</summary>
        public readonly string Point;

        /// <summary>The mounted object: a <see cref="VfsNative"/> or a Python object with MicroPython's VFS methods.</summary>
        public readonly PyObject Obj;

        /// <summary>Obj when it is native, else null (native calls skip Python method lookups).</summary>
        public readonly VfsNative Native;

        /// <summary>An entry.</summary>
        public VfsMount(string point, PyObject obj)
        {
            Point = point;
            Obj = obj;
            Native = obj as VfsNative;
        }

        /// <summary>True for the mount at "/".</summary>
        public bool IsRoot
        {
            get { return Point.Length == 1; }
        }
    }
}
