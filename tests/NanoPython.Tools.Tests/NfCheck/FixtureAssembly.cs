using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Tools.NfCheck;

namespace NanoPython.Tools.Tests.NfCheck;

/// <summary>
/// Compiles a C# snippet into a small assembly named "Fixture" (in memory, with a portable PDB) and checks it with
/// NfCheck. The snippets compile against .NET's own corlib: NfCheck reads only the fixture's metadata and IL, so
/// any corlib that makes the snippet valid will do, and .NET's has Func&lt;&gt; and the rest.
/// </summary>
internal static class FixtureAssembly
{
    /// <summary>The file name the snippets are compiled under (it appears in source locations).</summary>
    public const string FileName = "Fixture.cs";

    /// <summary>Compiles <paramref name="source"/> (C# 10, Release, like the device builds) and checks the result.</summary>
    public static NfCheckReport Check(string source, bool allowUnsafe = false)
    {
        // A PDB needs the text's encoding (for its checksum).
        SyntaxTree tree = CSharpSyntaxTree.ParseText(
            SourceText.From(source, Encoding.UTF8),
            new CSharpParseOptions(LanguageVersion.CSharp10),
            FileName);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Fixture",
            new[] { tree },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: allowUnsafe,
                nullableContextOptions: NullableContextOptions.Disable));

        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        EmitResult result = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.IsTrue(
            result.Success,
            "the fixture does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        peStream.Position = 0;
        pdbStream.Position = 0;
        return NfChecker.Check(peStream, pdbStream);
    }

    /// <summary>Asserts that the report holds exactly one violation, of <paramref name="rule"/>, naming <paramref name="member"/>.</summary>
    public static NfViolation AssertSingle(NfCheckReport report, NfRule rule, string member)
    {
        string all = string.Join("\n", report.Violations.Select(v => v.ToString()));
        Assert.AreEqual(1, report.Violations.Count, "expected exactly one violation, got:\n" + all);
        NfViolation violation = report.Violations[0];
        Assert.AreEqual(rule, violation.Rule, all);
        AssertContains(member, violation.Member);
        Assert.IsTrue(violation.Message.StartsWith("Fixture: ", System.StringComparison.Ordinal), violation.Message);
        AssertContains(NfRules.Describe(rule), violation.Message);
        AssertContains(member, violation.Message);
        return violation;
    }

    /// <summary>Asserts that <paramref name="text"/> contains <paramref name="expected"/>, showing both when not.</summary>
    public static void AssertContains(string expected, string text)
    {
        Assert.IsTrue(text != null && text.Contains(expected), "expected \"" + expected + "\" in:\n" + text);
    }
}
