using System;
using System.IO;
using NanoPython.Host;
using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Tests;

/// <summary>
/// The file system a conformance script sees, mirroring how tests/py/gen_expected.py runs it under CPython.
/// A script with the line <see cref="ScratchMarker"/> among its first three lines gets a fresh, empty, writable
/// directory of its own as "/" and as its working directory, deleted afterwards (so scripts that write files touch
/// nothing else and can run in parallel). Every other script sees the host as MicroPython's unix port does, with its
/// own directory as the working directory (where CPython runs it).
/// </summary>
/// <remarks>
/// Use: <c>using ScriptFileSystem fs = ScriptFileSystem.Install(ip, source, directory);</c> after creating the
/// interpreter and before running the script.
/// </remarks>
public sealed class ScriptFileSystem : IDisposable
{
    /// <summary>The line that asks for a scratch directory (gen_expected.py looks for the same text).</summary>
    public const string ScratchMarker = "# needs: scratch directory";

    private const int MarkerLines = 3;

    private ScriptFileSystem(string scratch)
    {
        Scratch = scratch;
    }

    /// <summary>The scratch directory, or null when the script runs on the host file system.</summary>
    public string Scratch { get; }

    /// <summary>Whether source asks for a scratch directory.</summary>
    public static bool NeedsScratch(string source)
    {
        using StringReader r = new StringReader(source);
        for (int i = 0; i < MarkerLines; i++)
        {
            string line = r.ReadLine();
            if (line == null)
            {
                break;
            }

            if (line.StartsWith(ScratchMarker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Mounts the script's file system on ip: a new scratch directory when source asks for one, else the host with
    /// directory (the script's folder; "" for the process's) as the working directory.
    /// </summary>
    public static ScriptFileSystem Install(Interpreter ip, string source, string directory)
    {
        Vfs vfs = IoSetup.Install(ip);
        if (NeedsScratch(source))
        {
            string scratch = Path.Combine(Path.GetTempPath(), "nanopython-tests", Guid.NewGuid().ToString("N"));
            vfs.Mount(new FlashDirectoryFileSystem(scratch, 0), "/", true);
            return new ScriptFileSystem(scratch);
        }

        vfs.Mount(new FlashDirectoryFileSystem("/", 0), "/", true);
        vfs.ChangeDirectory(Path.GetFullPath(string.IsNullOrEmpty(directory) ? "." : directory));
        return new ScriptFileSystem(null);
    }

    /// <summary>Deletes the scratch directory.</summary>
    public void Dispose()
    {
        if (Scratch != null && Directory.Exists(Scratch))
        {
            try
            {
                Directory.Delete(Scratch, true);
            }
            catch (IOException)
            {
                // A file the script left open (on hosts that lock open files): the temp folder keeps it.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
