using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>
/// The built reference assemblies in artifacts/nfref. When one is missing or older than its sources, the first test
/// that needs them runs <c>dotnet build tools/NfRef/NfRef.proj</c> (once per test run).
/// </summary>
internal static class NfRefArtifacts
{
    private static readonly object s_lock = new object();
    private static bool s_buildTried;

    /// <summary>Metadata references to the named reference assemblies, built first if needed.</summary>
    public static MetadataReference[] References(string repoRoot, params string[] assemblies)
    {
        string directory = Path.Combine(repoRoot, "artifacts", "nfref");
        string sources = Path.Combine(repoRoot, "tools", "NfRef");
        lock (s_lock)
        {
            if (!s_buildTried && IsStale(sources, directory))
            {
                s_buildTried = true;
                Build(repoRoot, sources);
            }
        }

        return assemblies.Select(a =>
        {
            string path = Path.Combine(directory, a + ".dll");
            Assert.IsTrue(File.Exists(path), "NfRef: " + path + " is missing after dotnet build tools/NfRef/NfRef.proj");
            return (MetadataReference)MetadataReference.CreateFromFile(path);
        }).ToArray();
    }

    private static bool IsStale(string sources, string directory)
    {
        DateTime shared = File.GetLastWriteTimeUtc(Path.Combine(sources, "Directory.Build.props"));
        foreach (string assembly in NfRefAssemblies.Sections.Keys)
        {
            string dll = Path.Combine(directory, assembly + ".dll");
            if (!File.Exists(dll))
            {
                return true;
            }

            DateTime built = File.GetLastWriteTimeUtc(dll);
            string folder = Path.Combine(sources, assembly);
            DateTime newest = Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
                .Select(File.GetLastWriteTimeUtc)
                .DefaultIfEmpty(DateTime.MinValue)
                .Max();
            if (newest > built || shared > built)
            {
                return true;
            }
        }

        return false;
    }

    private static void Build(string repoRoot, string sources)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repoRoot,
        };
        foreach (string arg in new[]
        {
            "build", Path.Combine(sources, "NfRef.proj"), "-nologo", "-v:q",
            // No build server or node may outlive the build: they would hold the redirected output open.
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        })
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under MSBuild-related variables of `dotnet test`; the nested build must not inherit them.
        foreach (string name in start.Environment.Keys.Cast<string>().ToArray())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBuild", StringComparison.Ordinal))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        Process process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Inconclusive("NfRef: the reference assemblies are not built and dotnet cannot be started: " + e.Message);
            return;
        }

        using (process)
        {
            var output = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("NfRef: dotnet build tools/NfRef/NfRef.proj did not finish in 10 minutes\n" + output);
            }

            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, "NfRef: dotnet build tools/NfRef/NfRef.proj failed\n" + output);
        }
    }

    private static void Append(System.Text.StringBuilder output, string line)
    {
        if (line == null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
