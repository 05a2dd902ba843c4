using System;
using System.IO;
using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// The simulated board's flash as seen by import and the boot sequence: a host directory whose root is the board's "/".
/// Paths are resolved inside it and never leave it: ".." stops at the root, absolute paths start at the root, and a
/// path through a symbolic link is refused. This is a minimal reader until the files engineer's flash-directory file
/// system (open(), os, the VFS) takes over; see interpreter/Board/CONTRACT-NOTES.md.
/// </summary>
public sealed class FlashDirectorySource : IModuleSource
{
    /// <summary>The boot.py written into a new flash directory (MicroPython's esp32 inisetup.py writes the same).</summary>
    public const string DefaultBootPy =
        "# This file is executed on every boot (including wake-boot from deepsleep)\n" +
        "#import esp\n" +
        "#esp.osdebug(None)\n" +
        "#import webrepl\n" +
        "#webrepl.start()\n";

    private readonly string _root;

    /// <summary>A reader of the flash directory root (which must exist).</summary>
    public FlashDirectorySource(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
    }

    /// <summary>The host directory that is the board's "/".</summary>
    public string Root => _root;

    /// <summary>Creates the flash directory with the default boot.py when it does not exist yet (first use).</summary>
    public static void EnsureCreated(string root)
    {
        if (Directory.Exists(root))
        {
            return;
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "boot.py"), DefaultBootPy, new UTF8Encoding(false));
    }

    /// <summary>The host path of a board path (relative paths start at "/"), or null when it would leave the flash.</summary>
    public string Resolve(string boardPath)
    {
        string result = _root;
        foreach (string part in boardPath.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (result.Length > _root.Length)
                {
                    result = Path.GetDirectoryName(result);
                }

                continue;
            }

            if (part.IndexOf('\0') >= 0 || part.IndexOf('\\') >= 0)
            {
                return null;
            }

            result = result + Path.DirectorySeparatorChar + part;
            FileSystemInfo info = new FileInfo(result);
            if (info.Exists || Directory.Exists(result))
            {
                if (Directory.Exists(result))
                {
                    info = new DirectoryInfo(result);
                }

                if (info.LinkTarget != null)
                {
                    return null;
                }
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public string ReadText(string path)
    {
        string host = Resolve(path);
        if (host == null)
        {
            return null;
        }

        try
        {
            return File.Exists(host) ? File.ReadAllText(host, Encoding.UTF8) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public bool IsDirectory(string path)
    {
        string host = Resolve(path);
        return host != null && Directory.Exists(host);
    }
}
