using System.IO;
using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// Module files straight from the host file system, relative to the working directory (script mode, as MicroPython's
/// unix port). The board session uses the sandboxed flash directory instead.
/// </summary>
public sealed class HostFileSource : IModuleSource
{
    /// <inheritdoc/>
    public string ReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (System.UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public bool IsDirectory(string path)
    {
        return Directory.Exists(path);
    }
}
