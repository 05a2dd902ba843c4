using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>
/// The reference sources of tools/NfRef cannot drift from the nanoFramework API listings: every public or protected
/// declaration is a line of its assembly's listing, and every listing line is declared.
/// </summary>
[TestClass]
public sealed class NfRefListingTests
{
    /// <summary>The MSTest context, for the counts of what was checked.</summary>
    public TestContext TestContext { get; set; }

    /// <summary>Every type and member declared in tools/NfRef/&lt;Assembly&gt; is a line of that assembly's listing.</summary>
    [TestMethod]
    public void NfRef_EveryDeclaration_MatchesListing()
    {
        NfRefListing listing = NfRefListing.LoadOrSkip();
        NfRefSources sources = NfRefSources.Read(listing.SourcesDirectory);
        var problems = new List<string>(sources.Problems);
        int checkedCount = 0;
        foreach (KeyValuePair<string, List<NfRefDeclaration>> assembly in sources.Declarations)
        {
            var expected = new HashSet<string>(listing.ExpectedLines(assembly.Key), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (NfRefDeclaration declaration in assembly.Value)
            {
                checkedCount++;
                if (!expected.Contains(declaration.Line))
                {
                    problems.Add($"{declaration.File}({declaration.LineNumber}): not a line of the {assembly.Key} listing: {declaration.Line}");
                }
                else if (!seen.Add(declaration.Line))
                {
                    problems.Add($"{declaration.File}({declaration.LineNumber}): declared twice: {declaration.Line}");
                }
            }
        }

        TestContext.WriteLine($"NfRef: {checkedCount} declarations in {sources.FileCount} files checked against the listings");
        AssertNone(problems, "declarations of tools/NfRef that the nanoFramework listings do not have");
        Assert.IsGreaterThan(0, checkedCount, "no declaration found under tools/NfRef");
    }

    /// <summary>Every line that the listings give for the reproduced assemblies is declared in tools/NfRef.</summary>
    [TestMethod]
    public void NfRef_EveryListingLine_IsDeclared()
    {
        NfRefListing listing = NfRefListing.LoadOrSkip();
        NfRefSources sources = NfRefSources.Read(listing.SourcesDirectory);
        var problems = new List<string>(sources.Problems);
        int checkedCount = 0;
        foreach (KeyValuePair<string, List<NfRefDeclaration>> assembly in sources.Declarations)
        {
            var declared = new HashSet<string>(assembly.Value.Select(d => d.Line), StringComparer.Ordinal);
            foreach (string line in listing.ExpectedLines(assembly.Key))
            {
                checkedCount++;
                if (!declared.Contains(line))
                {
                    problems.Add($"tools/NfRef/{assembly.Key}: listed but not declared: {line}");
                }
            }
        }

        TestContext.WriteLine($"NfRef: {checkedCount} listing lines of {NfRefAssemblies.Sections.Count} assemblies checked, {listing.Deviations.Count} through deviations.txt");
        AssertNone(problems, "listing lines that tools/NfRef does not declare");
    }

    /// <summary>Each entry of deviations.txt replaces a real listing line by a line of the same type.</summary>
    [TestMethod]
    public void NfRef_Deviations_ReplaceListingLinesOfTheSameType()
    {
        NfRefListing listing = NfRefListing.LoadOrSkip();
        var listed = new HashSet<string>(NfRefAssemblies.Sections.Keys.SelectMany(a => listing.ListedLines(a)), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (KeyValuePair<string, string> deviation in listing.Deviations)
        {
            if (!listed.Contains(deviation.Key))
            {
                problems.Add("not a listing line (the listing changed?): " + deviation.Key);
            }

            string listedKey = deviation.Key.Split(": ", 2)[0];
            string declaredKey = deviation.Value.Split(": ", 2)[0];
            if (listedKey != declaredKey)
            {
                problems.Add($"moves a declaration from {listedKey} to {declaredKey}: {deviation.Value}");
            }
        }

        AssertNone(problems, "stale or misplaced entries of tools/NfRef/deviations.txt");
    }

    /// <summary>tools/NfRef/generate.py reproduces the committed sources and projects exactly (no hand edits).</summary>
    [TestMethod]
    public void NfRef_Generator_ReproducesCommittedSources()
    {
        NfRefListing listing = NfRefListing.LoadOrSkip();
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = listing.RepoRoot,
        };
        start.ArgumentList.Add(Path.Combine(listing.SourcesDirectory, "generate.py"));
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add("--listings");
        start.ArgumentList.Add(listing.ListingsDirectory);
        Process process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Inconclusive("NfRef: python3 is not available to run tools/NfRef/generate.py: " + e.Message);
            return;
        }

        using (process)
        {
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, "tools/NfRef/generate.py --check: run python3 tools/NfRef/generate.py and commit the result\n" + output);
        }
    }

    private static void AssertNone(List<string> problems, string what)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(problems.Count).Append(' ').Append(what).Append(" (tools/NfRef/README.md says how the sources are made):");
        foreach (string problem in problems)
        {
            message.Append('\n').Append(problem);
        }

        Assert.Fail(message.ToString());
    }
}
