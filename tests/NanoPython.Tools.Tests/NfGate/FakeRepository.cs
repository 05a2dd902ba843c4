using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoPython.Tools.NfGate;

namespace NanoPython.Tools.Tests.NfGate;

/// <summary>
/// A throw-away repository in the temp folder with device projects shaped like the real ones (CRLF, 2-space
/// indentation, the sync comment before an empty Compile ItemGroup), on which the gate runs in-process.
/// </summary>
internal sealed class FakeRepository : IDisposable
{
    /// <summary>A sync comment that is well-formed XML (no "--" inside).</summary>
    public const string SyncComment = "<!-- The Compile list is kept equal to the folder's *.cs files (minus *.Host.cs) by NfGate's sync mode. -->";

    public FakeRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "nfgate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>
    /// Writes <c>&lt;folder&gt;/&lt;assemblyName&gt;.nfproj</c> with an empty Compile list, the given references
    /// (mscorlib always) and project references (relative .nfproj paths, backslash-separated as in real files).
    /// </summary>
    public string AddProject(
        string folder,
        string assemblyName,
        string outputType = "Library",
        string[] references = null,
        string[] projectReferences = null,
        string comment = SyncComment)
    {
        var lines = new List<string>
        {
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<Project ToolsVersion=\"15.0\" DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">",
            "  <PropertyGroup>",
            "    <OutputType>" + outputType + "</OutputType>",
            "    <RootNamespace>" + assemblyName + "</RootNamespace>",
            "    <AssemblyName>" + assemblyName + "</AssemblyName>",
            "    <TargetFrameworkVersion>v1.0</TargetFrameworkVersion>",
            "    <LangVersion>10.0</LangVersion>",
            "  </PropertyGroup>",
            "  " + comment,
            "  <ItemGroup>",
            "  </ItemGroup>",
        };
        if (projectReferences != null)
        {
            lines.Add("  <ItemGroup>");
            foreach (string reference in projectReferences)
            {
                lines.Add("    <ProjectReference Include=\"" + reference + "\" />");
            }

            lines.Add("  </ItemGroup>");
        }

        lines.Add("  <ItemGroup>");
        lines.Add("    <Reference Include=\"mscorlib\">");
        lines.Add("      <HintPath>..\\..\\packages\\nanoFramework.CoreLibrary.1.17.11\\lib\\mscorlib.dll</HintPath>");
        lines.Add("    </Reference>");
        foreach (string reference in references ?? new string[0])
        {
            lines.Add("    <Reference Include=\"" + reference + "\" />");
        }

        lines.Add("  </ItemGroup>");
        lines.Add("</Project>");
        string path = Path.Combine(Root, folder, assemblyName + ".nfproj");
        Directory.CreateDirectory(Path.GetDirectoryName(path));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes a source file (relative to the root, forward slashes).</summary>
    public void AddFile(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path));
        File.WriteAllText(path, content);
    }

    /// <summary>Runs NfGate on this repository with the real reference assemblies; returns the exit code.</summary>
    public int Run(out string output, params string[] extraArguments)
    {
        var arguments = new List<string> { "--root", Root, "--refs", NfRefDirectory.Get() };
        arguments.AddRange(extraArguments);
        var writer = new StringWriter();
        int exitCode = NfGateRunner.Run(arguments.ToArray(), writer);
        output = writer.ToString();
        return exitCode;
    }

    /// <summary>Runs the sync, which must succeed.</summary>
    public string Sync()
    {
        var writer = new StringWriter();
        int exitCode = NfGateRunner.Run(new[] { "--root", Root, "--sync" }, writer);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("sync failed:\n" + writer);
        }

        return writer.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it would not be.
        }
    }
}
