using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace NanoPython.Tools.NfGate;

/// <summary>Finds the device projects: those listed in nanoPython.sln plus any .nfproj in the device folders.</summary>
public static class ProjectDiscovery
{
    /// <summary>The solution file at the repository root.</summary>
    public const string SolutionName = "nanoPython.sln";

    /// <summary>The folders that hold device projects, scanned when the solution is missing or incomplete.</summary>
    public static readonly string[] DeviceFolders = { "interpreter", "hal", "firmware", "tests" };

    private static readonly Regex s_solutionProject = new Regex("^Project\\(\"[^\"]*\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"([^\"]+\\.nfproj)\"", RegexOptions.Multiline);

    /// <summary>
    /// The full paths of all .nfproj files, sorted ordinally, and warnings for those the solution does not list
    /// (the solution is what Visual Studio builds; a project missing from it is built by nobody but the gate).
    /// </summary>
    public static List<string> Find(string root, List<string> warnings)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        string solution = Path.Combine(root, SolutionName);
        var inSolution = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(solution))
        {
            foreach (Match match in s_solutionProject.Matches(File.ReadAllText(solution)))
            {
                string path = Path.GetFullPath(Path.Combine(root, NfProject.ToLocalPath(match.Groups[1].Value)));
                inSolution.Add(path);
                if (File.Exists(path))
                {
                    found.Add(path);
                }
                else
                {
                    warnings.Add(SolutionName + " lists " + match.Groups[1].Value + ", which does not exist");
                }
            }
        }

        foreach (string folder in DeviceFolders)
        {
            string directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (string path in Scan(directory))
            {
                if (found.Add(path) && File.Exists(solution))
                {
                    warnings.Add(Path.GetRelativePath(root, path).Replace('\\', '/') + " is not listed in " + SolutionName);
                }
            }
        }

        return found.ToList();
    }

    private static IEnumerable<string> Scan(string directory)
    {
        foreach (string file in Directory.EnumerateFiles(directory, "*.nfproj"))
        {
            yield return Path.GetFullPath(file);
        }

        foreach (string subdirectory in Directory.EnumerateDirectories(directory))
        {
            string name = Path.GetFileName(subdirectory);
            if (string.Equals(name, "bin", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "obj", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (string file in Scan(subdirectory))
            {
                yield return file;
            }
        }
    }
}
