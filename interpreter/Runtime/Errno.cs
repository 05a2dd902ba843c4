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

        // The table is code: arrays would be heap objects from the assembly's load on (nanoFramework runs static
        // initialisers then), where the literals and constants of a switch stay in flash.

        /// <summary>Number of known codes.</summary>
        public static int Count
        {
            get { return 25; }
        }

        /// <summary>The code at position i of the table.</summary>
        public static int CodeAt(int i)
        {
            switch (i)
            {
                case 0:
                    return EPERM;
                case 1:
                    return ENOENT;
                case 2:
                    return EIO;
                case 3:
                    return EBADF;
                case 4:
                    return EAGAIN;
                case 5:
                    return ENOMEM;
                case 6:
                    return EACCES;
                case 7:
                    return EEXIST;
                case 8:
                    return ENODEV;
                case 9:
                    return ENOTDIR;
                case 10:
                    return EISDIR;
                case 11:
                    return EINVAL;
                case 12:
                    return ENOSPC;
                case 13:
                    return ENOTEMPTY;
                case 14:
                    return EOPNOTSUPP;
                case 15:
                    return EADDRINUSE;
                case 16:
                    return ECONNABORTED;
                case 17:
                    return ECONNRESET;
                case 18:
                    return ENOBUFS;
                case 19:
                    return ENOTCONN;
                case 20:
                    return ETIMEDOUT;
                case 21:
                    return ECONNREFUSED;
                case 22:
                    return EHOSTUNREACH;
                case 23:
                    return EALREADY;
                case 24:
                    return EINPROGRESS;
                default:
                    return 0;
            }
        }

        /// <summary>The symbol at position i of the table.</summary>
        public static string NameAt(int i)
        {
            switch (i)
            {
                case 0:
                    return "EPERM";
                case 1:
                    return "ENOENT";
                case 2:
                    return "EIO";
                case 3:
                    return "EBADF";
                case 4:
                    return "EAGAIN";
                case 5:
                    return "ENOMEM";
                case 6:
                    return "EACCES";
                case 7:
                    return "EEXIST";
                case 8:
                    return "ENODEV";
                case 9:
                    return "ENOTDIR";
                case 10:
                    return "EISDIR";
                case 11:
                    return "EINVAL";
                case 12:
                    return "ENOSPC";
                case 13:
                    return "ENOTEMPTY";
                case 14:
                    return "EOPNOTSUPP";
                case 15:
                    return "EADDRINUSE";
                case 16:
                    return "ECONNABORTED";
                case 17:
                    return "ECONNRESET";
                case 18:
                    return "ENOBUFS";
                case 19:
                    return "ENOTCONN";
                case 20:
                    return "ETIMEDOUT";
                case 21:
                    return "ECONNREFUSED";
                case 22:
                    return "EHOSTUNREACH";
                case 23:
                    return "EALREADY";
                case 24:
                    return "EINPROGRESS";
                default:
                    return null;
            }
        }

        /// <summary>The symbol of an errno value ("ENOENT"), or null.</summary>
        public static string Symbol(int code)
        {
            for (int i = 0; i < Count; i++)
            {
                if (CodeAt(i) == code)
                {
                    return NameAt(i);
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
