using System;
using System.Text;

namespace NanoPython.Host;

/// <summary>
/// A new pseudo-terminal for `nanopython --pty` (COMPAT.md 5.3): the board talks on the master side, tools open the
/// slave (/dev/pts/N) as if it were a serial port. The slave is put in raw mode before any client can open it (with
/// the default cooked settings the line discipline would echo the board's output back as input and eat the "\x04"
/// markers as end-of-file), and this process keeps a slave descriptor open for its whole life, so reading the master
/// never fails with EIO between clients and output written while no client is attached waits in the terminal's buffer.
/// DTR/RTS ioctls of clients fail on a pseudo-terminal; pyserial and mpremote tolerate that, and nothing here needs them.
/// </summary>
public sealed unsafe class PseudoTerminal
{
    private PseudoTerminal(int master, int slave, string path)
    {
        MasterFd = master;
        SlaveFd = slave;
        SlavePath = path;
    }

    /// <summary>The master descriptor (the board's side).</summary>
    public int MasterFd { get; }

    /// <summary>The slave descriptor kept open by this process.</summary>
    public int SlaveFd { get; }

    /// <summary>The slave's path (/dev/pts/N), for clients.</summary>
    public string SlavePath { get; }

    /// <summary>Opens a pseudo-terminal with its slave in raw mode.</summary>
    public static PseudoTerminal Open()
    {
        int master = Libc.posix_openpt(Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_CLOEXEC);
        if (master < 0)
        {
            throw Libc.Error("posix_openpt");
        }

        if (Libc.grantpt(master) != 0)
        {
            throw Libc.Error("grantpt");
        }

        if (Libc.unlockpt(master) != 0)
        {
            throw Libc.Error("unlockpt");
        }

        byte[] name = new byte[256];
        fixed (byte* p = name)
        {
            if (Libc.ptsname_r(master, p, name.Length) != 0)
            {
                throw Libc.Error("ptsname_r");
            }
        }

        string path = Encoding.UTF8.GetString(name, 0, Array.IndexOf(name, (byte)0));
        int slave = Libc.open(path, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_CLOEXEC);
        if (slave < 0)
        {
            throw Libc.Error("open " + path);
        }

        byte[] t = Libc.GetTermios(slave);
        if (t == null || !Libc.SetTermios(slave, Libc.MakeRaw(t)))
        {
            throw Libc.Error("tcsetattr " + path);
        }

        return new PseudoTerminal(master, slave, path);
    }
}
