namespace NanoPython.Runtime
{
    /// <summary>errno numbers and symbols (MicroPython's set, Linux values), used by OSError messages and the errno module.</summary>
    public static class Errno
    {
        public const int EPERM = 1;
        public const int ENOENT = 2;
        public const int EIO = 5;
        public const int EBADF = 9;
        public const int EAGAIN = 11;
        public const int ENOMEM = 12;
        public const int EACCES = 13;
        public const int EEXIST = 17;
        public const int ENODEV = 19;
        public const int EISDIR = 21;
        public const int EINVAL = 22;
        public const int ENOSPC = 28;
        public const int EOPNOTSUPP = 95;
        public const int EADDRINUSE = 98;
        public const int ECONNABORTED = 103;
        public const int ECONNRESET = 104;
        public const int ENOBUFS = 105;
        public const int ENOTCONN = 107;
        public const int ETIMEDOUT = 110;
        public const int ECONNREFUSED = 111;
        public const int EHOSTUNREACH = 113;
        public const int EALREADY = 114;
        public const int EINPROGRESS = 115;
        public const int ENOTDIR = 20;
        public const int ENOTEMPTY = 39;

        private static readonly int[] s_codes =
        {
            EPERM, ENOENT, EIO, EBADF, EAGAIN, ENOMEM, EACCES, EEXIST, ENODEV, ENOTDIR, EISDIR, EINVAL, ENOSPC, ENOTEMPTY,
            EOPNOTSUPP, EADDRINUSE, ECONNABORTED, ECONNRESET, ENOBUFS, ENOTCONN, ETIMEDOUT, ECONNREFUSED, EHOSTUNREACH,
            EALREADY, EINPROGRESS,
        };

        private static readonly string[] s_names =
        {
            "EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "ENOTDIR", "EISDIR",
            "EINVAL", "ENOSPC", "ENOTEMPTY", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS",
            "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS",
        };

        /// <summary>Number of known codes.</summary>
        public static int Count
        {
            get { return s_codes.Length; }
        }

        /// <summary>The code at position i of the table.</summary>
        public static int CodeAt(int i)
        {
            return s_codes[i];
        }

        /// <summary>The symbol at position i of the table.</summary>
        public static string NameAt(int i)
        {
            return s_names[i];
        }

        /// <summary>The symbol of an errno value ("ENOENT"), or null.</summary>
        public static string Symbol(int code)
        {
            for (int i = 0; i < s_codes.Length; i++)
            {
                if (s_codes[i] == code)
                {
                    return s_names[i];
                }
            }

            return null;
        }

        /// <summary>An OSError(code) ready to throw.</summary>
        public static PyException Error(int code)
        {
            return new PyException(PyExc.OSError, PyInt.Get(code));
        }
    }
}
