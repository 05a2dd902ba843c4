using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// The reference assemblies of the nanoFramework API (tools/NfRef, built into artifacts/nfref/&lt;AssemblyName&gt;.dll):
/// finds them and builds them when they are missing or older than their sources.
/// </summary>
public static class NfRefAssemblies
{
    /// <summary>The test launcher is an executable of the TestFramework package with nothing to compile against.</summary>
    public const string IgnoredReference = "nanoFramework.UnitTestLauncher";

    /// <summary>The project that builds the reference assemblies, relative to the repository root.</summary>
    public static readonly string ProjectRelativePath = Path.Combine("tools", "NfRef", "NfRef.proj");

    /// <summary>The default directory of the reference assemblies, relative to the repository root.</summary>
    public static readonly string DefaultRelativeDirectory = Path.Combine("artifacts", "nfref");

    /// <summary>
    /// Makes sure <c>&lt;name&gt;.dll</c> exists in <paramref name="refsDirectory"/> for every name, building
    /// tools/NfRef when allowed and needed (missing, or older than the sources when <paramref name="checkFreshness"/>).
    /// Returns false (after writing why) only when the build fails or mscorlib is missing, since nothing compiles
    /// then; other missing assemblies are reported by each project that references them.
    /// </summary>
    public static bool Ensure(string root, string refsDirectory, IEnumerable<string> names, bool allowBuild, bool checkFreshness, TextWriter output)
    {
        List<string> required = names.Where(name => name != IgnoredReference).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToList();
        string project = Path.Combine(root, ProjectRelativePath);
        string buildCommand = "dotnet build " + ProjectRelativePath.Replace('\\', '/');
        List<string> missing = Missing(refsDirectory, required);
        bool stale = checkFreshness && missing.Count == 0 && required.Count > 0 && File.Exists(project) && IsStale(root, refsDirectory, required);
        if ((missing.Count > 0 || stale) && allowBuild && File.Exists(project))
        {
            output.WriteLine("NfGate: building the nanoFramework reference assemblies (" + (stale ? "sources changed" : "missing: " + string.Join(", ", missing)) + ")");
            if (!Build(root, project, output))
            {
                return false;
            }

            missing = Missing(refsDirectory, required);
        }
        else if (stale)
        {
            output.WriteLine("warning: the reference assemblies in " + GatePaths.Relative(root, refsDirectory) + " are older than tools/NfRef; rebuild them with: " + buildCommand);
        }

        if (missing.Count > 0)
        {
            string hint = checkFreshness ? (File.Exists(project) ? " (" + buildCommand + " builds them)" : " (" + ProjectRelativePath.Replace('\\', '/') + ", which builds them, does not exist)") : string.Empty;
            output.WriteLine("warning: no reference assembly in " + GatePaths.Relative(root, refsDirectory) + " for: " + string.Join(", ", missing) + hint);
        }

        if (!File.Exists(Path.Combine(refsDirectory, "mscorlib.dll")))
        {
            output.WriteLine("error NFG002: " + GatePaths.Relative(root, Path.Combine(refsDirectory, "mscorlib.dll")) + " is missing: nothing can be compiled without the nanoFramework mscorlib");
            return false;
        }

        return true;
    }

    /// <summary>Runs <c>dotnet build tools/NfRef/NfRef.proj</c>; writes its output when it fails.</summary>
    public static bool Build(string root, string project, TextWriter output)
    {
        // Under "dotnet run" and "dotnet test" the SDK names its own host; a bare "dotnet" may be another install.
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
        {
            dotnet = "dotnet";
        }

        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("build");
        start.ArgumentList.Add(project);
        start.ArgumentList.Add("-nologo");
        start.ArgumentList.Add("-v:minimal");

        var log = new StringBuilder();
        using (Process process = Process.Start(start))
        {
            process.OutputDataReceived += (sender, e) => Append(log, e.Data);
            process.ErrorDataReceived += (sender, e) => Append(log, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return true;
            }

            output.Write(log.ToString());
            output.WriteLine("error NFG002: dotnet build " + ProjectRelativePath.Replace('\\', '/') + " failed (exit code " + process.ExitCode + ")");
            return false;
        }
    }

    private static void Append(StringBuilder log, string line)
    {
        if (line == null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static List<string> Missing(string refsDirectory, List<string> required)
    {
        return required.Where(name => !File.Exists(Path.Combine(refsDirectory, name + ".dll"))).ToList();
    }

    private static bool IsStale(string root, string refsDirectory, List<string> required)
    {
        // Per assembly: tools/NfRef/<Name>/ against <Name>.dll, plus the shared project files. A global "newest
        // source against oldest output" would rebuild forever, since MSBuild leaves an up-to-date output untouched.
        string sources = Path.Combine(root, "tools", "NfRef");
        DateTime shared = NewestSource(sources, false);
        foreach (string name in required)
        {
            DateTime output = File.GetLastWriteTimeUtc(Path.Combine(refsDirectory, name + ".dll"));
            string folder = Path.Combine(sources, name);
            DateTime newest = Directory.Exists(folder) ? NewestSource(folder, true) : DateTime.MinValue;
            if (shared > output || newest > output)
            {
                return true;
            }
        }

        return false;
    }

    private static DateTime NewestSource(string directory, bool recursive)
    {
        DateTime newest = DateTime.MinValue;
        foreach (string file in Directory.EnumerateFiles(directory))
        {
            // Only what MSBuild compiles: a generator script or notes changing must not force a rebuild on every run
            // (the build would be a no-op and leave the outputs' times as they were).
            string extension = Path.GetExtension(file);
            if (extension != ".cs" && extension != ".csproj" && extension != ".proj" && extension != ".props" && extension != ".targets")
            {
                continue;
            }

            DateTime time = File.GetLastWriteTimeUtc(file);
            if (time > newest)
            {
                newest = time;
            }
        }

        if (!recursive)
        {
            return newest;
        }

        foreach (string subdirectory in Directory.EnumerateDirectories(directory))
        {
            string name = Path.GetFileName(subdirectory);
            if (name == "bin" || name == "obj")
            {
                continue;
            }

            DateTime time = NewestSource(subdirectory, true);
            if (time > newest)
            {
                newest = time;
            }
        }

        return newest;
    }
}
