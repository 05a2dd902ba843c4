using System.IO;

namespace NanoPython.Tools.NfGate;

/// <summary>Paths as the gate prints them: relative to the repository root, with forward slashes.</summary>
internal static class GatePaths
{
    public static string Relative(string root, string path)
    {
        if (string.IsNullOrEmpty(path) || !Path.IsPathRooted(path))
        {
            return path;
        }

        // Outside the repository a relative path would be a staircase of "..": the full path reads better.
        string relative = Path.GetRelativePath(root, path);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, System.StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return path.Replace('\\', '/');
        }

        return relative.Replace('\\', '/');
    }
}
