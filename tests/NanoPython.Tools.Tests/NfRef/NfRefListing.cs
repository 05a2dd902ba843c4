using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>
/// The nanoFramework API listings (../shared/nanoframework/corelib-api.txt and packages-api.txt) read per
/// assembly, with tools/NfRef/deviations.txt applied: the lines that the reference sources must declare.
/// </summary>
internal sealed class NfRefListing
{
    private readonly Dictionary<string, List<string>> _linesByAssembly = new Dictionary<string, List<string>>();

    private NfRefListing(string repoRoot, string listingsDirectory)
    {
        RepoRoot = repoRoot;
        ListingsDirectory = listingsDirectory;
        SourcesDirectory = Path.Combine(repoRoot, "tools", "NfRef");
        Deviations = ReadDeviations(Path.Combine(SourcesDirectory, "deviations.txt"));
        Dictionary<string, List<string>> core = ReadSections(Path.Combine(listingsDirectory, NfRefAssemblies.CoreListing));
        Dictionary<string, List<string>> packages = ReadSections(Path.Combine(listingsDirectory, NfRefAssemblies.PackagesListing));
        foreach (KeyValuePair<string, string[]> assembly in NfRefAssemblies.Sections)
        {
            var lines = new List<string>();
            if (assembly.Value == null)
            {
                lines.AddRange(core[string.Empty]);
            }
            else
            {
                foreach (string section in assembly.Value)
                {
                    if (!packages.TryGetValue(section, out List<string> sectionLines))
                    {
                        throw new InvalidDataException($"{NfRefAssemblies.PackagesListing} has no section '#### Assembly {section}'");
                    }

                    lines.AddRange(sectionLines);
                }
            }

            _linesByAssembly[assembly.Key] = lines;
        }
    }

    /// <summary>The repository root (the folder holding .git or nanoPython.sln).</summary>
    public string RepoRoot { get; }

    /// <summary>The folder of the listings, ../shared/nanoframework beside the repository.</summary>
    public string ListingsDirectory { get; }

    /// <summary>tools/NfRef in the repository.</summary>
    public string SourcesDirectory { get; }

    /// <summary>Listing line to the line that the reference sources declare instead (deviations.txt).</summary>
    public IReadOnlyDictionary<string, string> Deviations { get; }

    /// <summary>Finds the repository and the listings, or ends the test as inconclusive when ../shared is absent.</summary>
    public static NfRefListing LoadOrSkip()
    {
        string repoRoot = FindRepoRootOrSkip();
        string listings = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "nanoframework"));
        if (!File.Exists(Path.Combine(listings, NfRefAssemblies.CoreListing)) || !File.Exists(Path.Combine(listings, NfRefAssemblies.PackagesListing)))
        {
            Assert.Inconclusive("NfRef: skipped, the nanoFramework API listings are not at " + listings + " (../shared is absent)");
        }

        return new NfRefListing(repoRoot, listings);
    }

    /// <summary>The repository root, or ends the test as inconclusive when the tests do not run from a repository.</summary>
    public static string FindRepoRootOrSkip()
    {
        string repoRoot = FindRepoRoot();
        if (repoRoot == null)
        {
            Assert.Inconclusive("NfRef: no repository root (a folder with .git or nanoPython.sln) above " + AppContext.BaseDirectory);
        }

        return repoRoot;
    }

    /// <summary>Walks up from the test's base directory to the folder holding nanoPython.sln or .git.</summary>
    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "nanoPython.sln")) || Directory.Exists(Path.Combine(dir.FullName, ".git"))
                || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The listing lines of an assembly as they appear in the listing (no deviation applied).</summary>
    public IReadOnlyList<string> ListedLines(string assembly) => _linesByAssembly[assembly];

    /// <summary>The lines that the reference sources of an assembly must declare: the listing with deviations applied.</summary>
    public IReadOnlyList<string> ExpectedLines(string assembly)
    {
        var result = new List<string>();
        foreach (string line in _linesByAssembly[assembly])
        {
            result.Add(Deviations.TryGetValue(line, out string declared) ? declared : line);
        }

        return result;
    }

    private static Dictionary<string, List<string>> ReadSections(string path)
    {
        // corelib-api.txt has no section header: its lines go to the section named "".
        var sections = new Dictionary<string, List<string>> { [string.Empty] = new List<string>() };
        string current = string.Empty;
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.StartsWith("#### Assembly ", StringComparison.Ordinal))
            {
                current = line.Substring("#### Assembly ".Length).Split(' ')[0];
                if (!sections.ContainsKey(current))
                {
                    sections[current] = new List<string>();
                }

                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            sections[current].Add(line);
        }

        return sections;
    }

    private static Dictionary<string, string> ReadDeviations(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int arrow = line.IndexOf(" ==> ", StringComparison.Ordinal);
            if (arrow < 0)
            {
                throw new InvalidDataException("deviations.txt: no ' ==> ' in: " + line);
            }

            result[line.Substring(0, arrow)] = line.Substring(arrow + " ==> ".Length);
        }

        return result;
    }
}
