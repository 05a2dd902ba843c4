using System;
using System.IO;
using System.Text;
using NanoPython.Board;
using NanoPython.Host;
using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Tests;

/// <summary>
/// An interpreter whose "/" is a fresh flash directory (deleted on dispose), for C#-level tests of the VFS, files and
/// modules: run Python and read what it printed, or the text of the exception it raised.
/// </summary>
public sealed class FsSession : IDisposable
{
    private readonly MemoryStream _out = new MemoryStream();

    /// <summary>
    /// A session; board: the esp32 port's behaviour (2000 epoch, VfsLfs2, 2 MiB flash), else the unix port's; stdin
    /// feeds sys.stdin.
    /// </summary>
    public FsSession(bool board = false, InputStream stdin = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "nanopython-tests", Guid.NewGuid().ToString("N"));
        Fs = new FlashDirectoryFileSystem(Root, 2 * 1024 * 1024);
        Ip = InterpreterFactory.Create(new StreamOutput(_out, false), null, stdin);
        if (board)
        {
            Ip.Platform = "esp32";
        }

        Vfs = Vfs.Of(Ip);
        Vfs.Mount(Fs, "/", !board);
    }

    /// <summary>The host directory that is "/".</summary>
    public string Root { get; }

    /// <summary>The flash directory file system.</summary>
    public FlashDirectoryFileSystem Fs { get; }

    /// <summary>The interpreter.</summary>
    public Interpreter Ip { get; }

    /// <summary>Its VFS.</summary>
    public Vfs Vfs { get; }

    /// <summary>The host path of a file below the root.</summary>
    public string Host(string relative) => Path.Combine(Root, relative);

    /// <summary>Runs source in __main__ and returns what it printed (since the previous run).</summary>
    public string Run(string source)
    {
        _out.SetLength(0);
        Ip.Exec(source, "<test>", CompileMode.Exec, Ip.MainDict);
        Ip.Stdout.Flush();
        return Encoding.UTF8.GetString(_out.ToArray());
    }

    /// <summary>Runs source, which must raise; returns "Type: message" of the exception (e.g. "OSError: [Errno 2] ENOENT").</summary>
    public string Error(string source)
    {
        try
        {
            Run(source);
        }
        catch (PyException e)
        {
            string msg = Ops.Str(Ip, e.Value);
            return e.Value.Type.Name.Value + (msg.Length > 0 ? ": " + msg : string.Empty);
        }

        return "no exception";
    }

    /// <summary>A directory beside the flash (outside it), for sandbox tests; deleted with the session.</summary>
    public string Outside => Root + "-outside";

    /// <summary>Deletes the flash directory and the one beside it (links inside are removed, not followed).</summary>
    public void Dispose()
    {
        foreach (string dir in new[] { Root, Outside })
        {
            try
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
            catch (IOException)
            {
            }
        }
    }
}
