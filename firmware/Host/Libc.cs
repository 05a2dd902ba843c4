using System;
using System.Runtime.InteropServices;

namespace NanoPython.Host;

/// <summary>
/// The few POSIX calls the board session needs that .NET does not offer: raw reads and writes on file descriptors,
/// termios (raw mode of the terminal and of the pseudo-terminal's slave) and pseudo-terminal creation (Linux, glibc).
/// </summary>
internal static unsafe class Libc
{
    /// <summary>open(2) flag: read and write.</summary>
    public const int O_RDWR = 2;

    /// <summary>open(2) flag: do not become the controlling terminal.</summary>
    public const int O_NOCTTY = 0x100;

    /// <summary>open(2) flag: close on exec.</summary>
    public const int O_CLOEXEC = 0x80000;

    /// <summary>tcsetattr: apply now.</summary>
    public const int TCSANOW = 0;

    /// <summary>errno: interrupted system call.</summary>
    public const int EINTR = 4;

    /// <summary>errno: input/output error (a pseudo-terminal master with no slave open).</summary>
    public const int EIO = 5;

    /// <summary>errno: try again.</summary>
    public const int EAGAIN = 11;

    /// <summary>Bytes reserved for a struct termios (60 on x86_64 and arm64 glibc; generous for other layouts).</summary>
    public const int TermiosSize = 256;

    private const string Lib = "libc";

    [DllImport(Lib, SetLastError = true)]
    public static extern nint read(int fd, byte* buf, nint count);

    [DllImport(Lib, SetLastError = true)]
    public static extern nint write(int fd, byte* buf, nint count);

    [DllImport(Lib, SetLastError = true)]
    public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport(Lib, SetLastError = true)]
    public static extern int close(int fd);

    [DllImport(Lib)]
    public static extern int isatty(int fd);

    [DllImport(Lib, SetLastError = true)]
    public static extern int tcgetattr(int fd, byte* termios);

    [DllImport(Lib, SetLastError = true)]
    public static extern int tcsetattr(int fd, int optionalActions, byte* termios);

    [DllImport(Lib)]
    public static extern void cfmakeraw(byte* termios);

    [DllImport(Lib, SetLastError = true)]
    public static extern int posix_openpt(int flags);

    [DllImport(Lib, SetLastError = true)]
    public static extern int grantpt(int fd);

    [DllImport(Lib, SetLastError = true)]
    public static extern int unlockpt(int fd);

    [DllImport(Lib, SetLastError = true)]
    public static extern int ptsname_r(int fd, byte* buf, nint buflen);

    /// <summary>Reads termios of fd into a new buffer, or null when fd is not a terminal.</summary>
    public static byte[] GetTermios(int fd)
    {
        byte[] t = new byte[TermiosSize];
        fixed (byte* p = t)
        {
            return tcgetattr(fd, p) == 0 ? t : null;
        }
    }

    /// <summary>Applies termios t to fd now; false on failure.</summary>
    public static bool SetTermios(int fd, byte[] t)
    {
        fixed (byte* p = t)
        {
            return tcsetattr(fd, TCSANOW, p) == 0;
        }
    }

    /// <summary>A raw-mode copy of termios t (cfmakeraw: no echo, no line editing, no signals, no output processing).</summary>
    public static byte[] MakeRaw(byte[] t)
    {
        byte[] raw = (byte[])t.Clone();
        fixed (byte* p = raw)
        {
            cfmakeraw(p);
        }

        return raw;
    }

    /// <summary>read(2) into buf; the count, 0 at end of file, or -errno.</summary>
    public static int Read(int fd, byte[] buf, int offset, int count)
    {
        while (true)
        {
            nint n;
            fixed (byte* p = buf)
            {
                n = read(fd, p + offset, count);
            }

            if (n >= 0)
            {
                return (int)n;
            }

            int err = Marshal.GetLastPInvokeError();
            if (err != EINTR)
            {
                return -err;
            }
        }
    }

    /// <summary>write(2) of all of buf[offset..offset+count); false when the descriptor failed for good.</summary>
    public static bool WriteAll(int fd, byte[] buf, int offset, int count)
    {
        while (count > 0)
        {
            nint n;
            fixed (byte* p = buf)
            {
                n = write(fd, p + offset, count);
            }

            if (n > 0)
            {
                offset += (int)n;
                count -= (int)n;
                continue;
            }

            int err = Marshal.GetLastPInvokeError();
            if (err == EINTR)
            {
                continue;
            }

            if (err == EAGAIN)
            {
                System.Threading.Thread.Sleep(1);
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Throws an IOException for the last failed call.</summary>
    public static Exception Error(string what)
    {
        return new System.IO.IOException(what + " failed: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
    }
}
