namespace NanoPython.Runtime
{
    /// <summary>Where import finds Python source files: the board's file system, or the host's sandboxed directory.</summary>
    public interface IModuleSource
    {
        /// <summary>The text of a file (UTF-8), or null when there is no such file.</summary>
        string ReadText(string path);

        /// <summary>Whether path is a directory.</summary>
        bool IsDirectory(string path);
    }
}
