using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>The reference sources of tools/NfRef, parsed (syntax only) and rendered in the listing's line format.</summary>
internal sealed class NfRefSources
{
    private NfRefSources()
    {
    }

    /// <summary>Assembly name to its rendered declarations.</summary>
    public Dictionary<string, List<NfRefDeclaration>> Declarations { get; } = new Dictionary<string, List<NfRefDeclaration>>();

    /// <summary>Files that are not where an assembly's sources go, and syntax errors.</summary>
    public List<string> Problems { get; } = new List<string>();

    /// <summary>Number of .cs files read.</summary>
    public int FileCount { get; private set; }

    /// <summary>Reads every .cs file under tools/NfRef (build output folders excluded).</summary>
    public static NfRefSources Read(string sourcesDirectory)
    {
        var sources = new NfRefSources();
        foreach (string assembly in NfRefAssemblies.Sections.Keys)
        {
            sources.Declarations[assembly] = new List<NfRefDeclaration>();
        }

        var options = new CSharpParseOptions(LanguageVersion.CSharp10);
        foreach (string path in Directory.EnumerateFiles(sourcesDirectory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(sourcesDirectory, path).Replace('\\', '/');
            string[] parts = relative.Split('/');
            if (parts.Contains("obj") || parts.Contains("bin"))
            {
                continue;
            }

            if (parts.Length < 2 || !sources.Declarations.TryGetValue(parts[0], out List<NfRefDeclaration> declarations))
            {
                sources.Problems.Add($"tools/NfRef/{relative}: not in the folder of a known reference assembly");
                continue;
            }

            sources.FileCount++;
            SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path);
            foreach (Diagnostic diagnostic in tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                sources.Problems.Add($"tools/NfRef/{relative}({diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}): {diagnostic.Id} {diagnostic.GetMessage()}");
            }

            declarations.AddRange(NfRefDeclarationRenderer.Render(tree, "tools/NfRef/" + relative));
        }

        return sources;
    }
}
