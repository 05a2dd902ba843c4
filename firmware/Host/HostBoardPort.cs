using System;
using System.IO;
using NanoPython.Board;
using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// The host port of the board session: the simulated ESP32 with its flash in a host directory. Each fresh interpreter
/// gets the flash directory mounted at "/" (the files engineer's FlashDirectoryFileSystem under the VFS), the
/// simulated hardware with the machine module, and the board's clock (the host's real-time clock, 2000 epoch, without it).
/// </summary>
public sealed class HostBoardPort : BoardPort
{
    /// <summary>Size of the simulated flash file system (the 2 MiB "vfs" partition of a 4 MB ESP32 module).</summary>
    public const long FlashBytes = 2 * 1024 * 1024;

    private readonly string _flashDir;
    private readonly BoardHardware _hardware;

    /// <summary>A port with the flash in flashDir (created on first use) and the given hardware hook (may be null).</summary>
    public HostBoardPort(BoardConfig config, string flashDir, BoardHardware hardware)
        : base(config)
    {
        _flashDir = flashDir;
        _hardware = hardware;
    }

    /// <summary>The nf.config compiled into the executable (the repository's, embedded at build time).</summary>
    public static BoardConfig EmbeddedConfig()
    {
        using Stream s = typeof(HostBoardPort).Assembly.GetManifestResourceStream("nf.config");
        if (s == null)
        {
            return BoardConfig.Parse(string.Empty);
        }

        using StreamReader r = new StreamReader(s);
        return BoardConfig.Parse(r.ReadToEnd());
    }

    /// <summary>The date the executable was built (its file's time), as MicroPython's banner shows its build date.</summary>
    public override string BuildDate => ExecutableDate();

    /// <summary>The last-write date (UTC, yyyy-mm-dd) of this executable's assembly.</summary>
    public static string ExecutableDate()
    {
        try
        {
            string file = typeof(HostBoardPort).Assembly.Location;
            if (!string.IsNullOrEmpty(file))
            {
                return File.GetLastWriteTimeUtc(file).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }

        return DefaultBuildDate;
    }

    /// <inheritdoc/>
    public override void Setup(Interpreter ip)
    {
        Vfs vfs = Vfs.Of(ip);
        if (vfs != null)
        {
            vfs.Mount(new FlashDirectoryFileSystem(_flashDir, FlashBytes), "/", false);
        }
        else
        {
            ip.ModuleSource = new FlashDirectorySource(_flashDir);
        }

        if (_hardware != null)
        {
            _hardware.Install(ip);
        }

        if (ip.Clock == null)
        {
            ip.Clock = new HostClock(2000);
        }
    }

    /// <inheritdoc/>
    public override void SoftReset(Interpreter ip)
    {
        _hardware?.SoftReset(ip);
    }

    /// <inheritdoc/>
    public override bool TakeHardReset()
    {
        return _hardware != null && _hardware.TakeHardReset();
    }
}
