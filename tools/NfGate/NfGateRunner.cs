using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NanoPython.Tools.NfCheck;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// The nanoFramework compatibility gate. The host build compiles device code against .NET 10, which has everything;
/// the gate compiles the same files as each .nfproj against reference assemblies of the nanoFramework API and runs
/// NfCheck on the result, so code that would not build or load on the device fails here, on any machine.
/// </summary>
public static class NfGateRunner
{
    /// <summary>The command that rewrites the Compile lists, quoted in messages.</summary>
    public const string SyncCommand = "dotnet run --project tools/NfGate -- --sync";

    /// <summary>Runs the gate (or the sync) with a command line; returns the process exit code (0 = pass).</summary>
    public static int Run(string[] args, TextWriter output)
    {
        GateOptions options = GateOptions.Parse(args, out string error);
        if (options == null || options.Help)
        {
            if (error != null)
            {
                output.WriteLine("NfGate: " + error);
            }

            output.WriteLine(GateOptions.Usage);
            return options == null ? 2 : 0;
        }

        string root = options.Root != null ? Path.GetFullPath(options.Root) : FindRoot(Directory.GetCurrentDirectory());
        if (root == null)
        {
            output.WriteLine("NfGate: cannot find the repository root (a folder with tools/NfGate or " + ProjectDiscovery.SolutionName + ") above " + Directory.GetCurrentDirectory() + "; pass --root");
            return 2;
        }

        var warnings = new List<string>();
        List<string> paths = ProjectDiscovery.Find(root, warnings);
        foreach (string warning in warnings)
        {
            output.WriteLine("warning: " + warning);
        }

        if (paths.Count == 0)
        {
            output.WriteLine("NfGate: no .nfproj found under " + root);
            return 2;
        }

        var projects = new List<NfProject>();
        foreach (string path in paths)
        {
            try
            {
                projects.Add(NfProject.Load(path));
            }
            catch (XmlException e)
            {
                output.WriteLine(GatePaths.Relative(root, path) + ": error NFG003: not an MSBuild project: " + e.Message);
                return 1;
            }
        }

        return options.Sync ? RunSync(projects, root, output) : RunGate(projects, root, options, output);
    }

    /// <summary>
    /// The repository root above <paramref name="start"/>: the first folder with nanoPython.sln or tools/NfGate.
    /// </summary>
    public static string FindRoot(string start)
    {
        for (DirectoryInfo directory = new DirectoryInfo(start); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ProjectDiscovery.SolutionName))
                || Directory.Exists(Path.Combine(directory.FullName, "tools", "NfGate")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static int RunSync(List<NfProject> projects, string root, TextWriter output)
    {
        int failures = 0;
        int changed = 0;
        foreach (NfProject project in projects)
        {
            string path = GatePaths.Relative(root, project.Path);
            try
            {
                CompileListSync.Compare(project, out List<string> missing, out List<string> extra);
                if (CompileListSync.Sync(project))
                {
                    changed++;
                    output.WriteLine(path + ": updated (" + missing.Count + " added, " + extra.Count + " removed)");
                }
                else
                {
                    output.WriteLine(path + ": up to date");
                }
            }
            catch (InvalidDataException e)
            {
                failures++;
                output.WriteLine(path + ": error NFG001: " + e.Message);
            }
        }

        output.WriteLine("NfGate --sync: " + projects.Count + " projects, " + changed + " updated" + (failures > 0 ? ", " + failures + " failed" : string.Empty));
        return failures == 0 ? 0 : 1;
    }

    private static int RunGate(List<NfProject> projects, string root, GateOptions options, TextWriter output)
    {
        var orderErrors = new List<string>();
        List<NfProject> ordered = ProjectOrder.Sort(projects, orderErrors);
        foreach (string orderError in orderErrors)
        {
            output.WriteLine("error NFG004: " + orderError);
        }

        if (options.Only.Count > 0)
        {
            ordered = SelectWithDependencies(ordered, options.Only, output);
            if (ordered == null)
            {
                return 2;
            }
        }

        string refsDirectory = Path.GetFullPath(options.RefsDirectory ?? Path.Combine(root, NfRefAssemblies.DefaultRelativeDirectory));
        string outputDirectory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(root, "artifacts", "gate"));
        // Freshness against tools/NfRef only means something for the directory that tools/NfRef builds.
        bool ownRefs = options.RefsDirectory == null;
        bool refsReady = NfRefAssemblies.Ensure(root, refsDirectory, ordered.SelectMany(p => p.References), ownRefs && !options.NoBuildRefs, ownRefs, output);

        var outcomes = new List<GateOutcome>();
        var byPath = new Dictionary<string, GateOutcome>(StringComparer.Ordinal);
        foreach (NfProject project in ordered)
        {
            var outcome = new GateOutcome(project);
            outcomes.Add(outcome);
            byPath[project.Path] = outcome;
            if (refsReady)
            {
                GateProject(outcome, byPath, root, refsDirectory, outputDirectory);
            }
            else
            {
                outcome.Status = GateStatus.Skipped;
                outcome.Reason = "no reference assemblies";
            }

            WriteOutcome(outcome, root, output);
        }

        List<NfCheckReport> reports = outcomes.Where(o => o.Report != null).Select(o => o.Report).ToList();
        if (reports.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("nanoFramework budget per assembly (IL and user strings against 48 KB each; the hard limits are 64 KB and 255 methods of each kind per type):");
            NfReportTable.Write(output, reports);
        }

        int ok = outcomes.Count(o => o.Status == GateStatus.Ok);
        int failed = outcomes.Count(o => o.Status == GateStatus.Failed);
        int skipped = outcomes.Count(o => o.Status == GateStatus.Skipped);
        bool pass = ok == outcomes.Count && orderErrors.Count == 0 && refsReady;
        output.WriteLine();
        output.WriteLine("NfGate: " + (pass ? "PASS" : "FAIL") + ": " + outcomes.Count + " assemblies, " + ok + " ok, " + failed + " failed, " + skipped + " skipped");
        return pass ? 0 : 1;
    }

    private static void GateProject(GateOutcome outcome, Dictionary<string, GateOutcome> byPath, string root, string refsDirectory, string outputDirectory)
    {
        NfProject project = outcome.Project;
        string projectPath = GatePaths.Relative(root, project.Path);

        var dependencies = new List<MetadataReference>();
        foreach (string reference in project.ProjectReferences)
        {
            if (!byPath.TryGetValue(reference, out GateOutcome dependency))
            {
                outcome.Lines.Add(projectPath + ": error NFG004: ProjectReference " + GatePaths.Relative(root, reference) + " is not a device project of this repository (or closes a cycle)");
                outcome.Fail("bad ProjectReference");
                continue;
            }

            if (dependency.Reference == null)
            {
                outcome.Status = GateStatus.Skipped;
                outcome.Reason ??= "references " + dependency.Project.AssemblyName + ", which did not compile";
                continue;
            }

            dependencies.Add(dependency.Reference);
        }

        if (outcome.Status != GateStatus.Ok)
        {
            return;
        }

        if (project.XmlError != null)
        {
            // MSBuild and Visual Studio cannot load the project: fail, but go on to report everything else too.
            outcome.Lines.Add(projectPath + ": error NFG003: not well-formed XML, MSBuild cannot load it: " + project.XmlError);
            outcome.Fail("project file is not well-formed XML");
        }

        CompileListSync.Compare(project, out List<string> missing, out List<string> extra);
        if (missing.Count > 0 || extra.Count > 0)
        {
            outcome.Lines.Add(projectPath + ": error NFG001: " + project.FileName + " is out of date: run " + SyncCommand);
            foreach (string file in missing)
            {
                outcome.Lines.Add("  missing from the Compile list: " + file);
            }

            foreach (string file in extra)
            {
                outcome.Lines.Add("  listed but not in the folder: " + file);
            }

            outcome.Fail(project.FileName + " is out of date");
            return;
        }

        CSharpCompilation compilation = GateCompiler.Compile(outcome, root, refsDirectory, dependencies, outputDirectory, out string outputPath);
        if (outputPath == null)
        {
            return;
        }

        NfCheckReport report;
        try
        {
            report = NfChecker.Check(outputPath);
        }
        catch (BadImageFormatException e)
        {
            // Roslyn wrote it, so this is a gap in NfCheck's reader; say so rather than pass the assembly unchecked.
            outcome.Lines.Add(GatePaths.Relative(root, outputPath) + ": error NFG007: NfCheck cannot read the assembly: " + e.Message);
            outcome.Fail("NfCheck cannot read the assembly");
            return;
        }

        outcome.Report = report;
        foreach (NfViolation violation in report.Violations)
        {
            outcome.Lines.Add(ViolationLocator.Format(violation, compilation, root));
        }

        if (!report.IsClean)
        {
            outcome.Fail(report.Violations.Count == 1 ? "1 NfCheck violation" : report.Violations.Count + " NfCheck violations");
        }
    }

    private static void WriteOutcome(GateOutcome outcome, string root, TextWriter output)
    {
        string verdict;
        switch (outcome.Status)
        {
            case GateStatus.Ok:
                verdict = "ok";
                break;
            case GateStatus.Failed:
                verdict = "FAILED: " + outcome.Reason;
                break;
            default:
                verdict = "skipped: " + outcome.Reason;
                break;
        }

        string warnings = outcome.Warnings == 0 ? string.Empty : outcome.Warnings == 1 ? ", 1 warning" : ", " + outcome.Warnings + " warnings";
        output.WriteLine("== " + outcome.Project.AssemblyName + " (" + GatePaths.Relative(root, outcome.Project.Path) + ", "
            + (outcome.Project.CompileItems.Count == 1 ? "1 file" : outcome.Project.CompileItems.Count + " files") + warnings + "): " + verdict);
        foreach (string line in outcome.Lines)
        {
            output.WriteLine(line);
        }
    }

    private static List<NfProject> SelectWithDependencies(List<NfProject> ordered, IReadOnlyList<string> names, TextWriter output)
    {
        var byPath = ordered.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            NfProject project = ordered.FirstOrDefault(p => string.Equals(p.AssemblyName, name, StringComparison.OrdinalIgnoreCase));
            if (project == null)
            {
                output.WriteLine("NfGate: --only " + name + ": no such device assembly (have: " + string.Join(", ", ordered.Select(p => p.AssemblyName)) + ")");
                return null;
            }

            AddWithDependencies(project, byPath, wanted);
        }

        return ordered.Where(p => wanted.Contains(p.Path)).ToList();
    }

    private static void AddWithDependencies(NfProject project, Dictionary<string, NfProject> byPath, HashSet<string> wanted)
    {
        if (!wanted.Add(project.Path))
        {
            return;
        }

        foreach (string reference in project.ProjectReferences)
        {
            if (byPath.TryGetValue(reference, out NfProject referenced))
            {
                AddWithDependencies(referenced, byPath, wanted);
            }
        }
    }
}
