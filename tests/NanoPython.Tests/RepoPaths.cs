using System;
using System.IO;

namespace NanoPython.Tests;

/// <summary>Locates the repository from the test binaries (walks up to the folder holding nanoPython.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new Lazy<string>(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => s_root.Value;

    /// <summary>tests/py, the Python conformance suite.</summary>
    public static string PyTests => Path.Combine(Root, "tests", "py");

    private static string FindRoot()
    {
        string dir = AppContext.BaseDirectory;
        while (dir != null)
        {
            if (File.Exists(Path.Combine(dir, "nanoPython.sln")))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new InvalidOperationException("repository root (nanoPython.sln) not found above " + AppContext.BaseDirectory);
    }
}
