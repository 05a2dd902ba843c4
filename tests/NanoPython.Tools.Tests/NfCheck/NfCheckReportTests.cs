using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Tools.NfCheck;

namespace NanoPython.Tools.Tests.NfCheck;

/// <summary>The numbers of the budget table, source locations, the table text and the console tool's exit codes.</summary>
[TestClass]
public sealed class NfCheckReportTests
{
    private const string TwoTypes = @"namespace Fixture
{
    public class Small
    {
        public int One() { return 1; }
    }

    public class Large
    {
        public virtual int A(int x) { return x * 3 + 1; }
        public int B(int x) { return x * 5 + 2; }
        public static string C() { return ""hello""; }
    }
}";

    [TestMethod]
    public void NfCheck_Report_CountsTypesMethodsAndLargestType()
    {
        NfCheckReport report = FixtureAssembly.Check(TwoTypes);

        Assert.AreEqual("Fixture", report.AssemblyName);
        Assert.AreEqual(2, report.TypeCount);
        Assert.AreEqual(6, report.MethodCount, "3 + 1 methods plus two constructors");
        Assert.AreEqual("Fixture.Large", report.LargestType.Name);
        Assert.AreEqual(1, report.LargestType.VirtualMethods);
        Assert.AreEqual(2, report.LargestType.InstanceMethods, "B and the constructor");
        Assert.AreEqual(1, report.LargestType.StaticMethods);
        Assert.IsTrue(report.IlBytes > report.LargestType.IlBytes && report.LargestType.IlBytes > 0);
        Assert.IsTrue(report.UserStringBytes >= 10, "\"hello\" is 10 bytes of UTF-16");
        Assert.IsTrue(report.StringBytes > 0);
    }

    [TestMethod]
    public void NfCheck_Violation_HasSourceLocationFromPdb()
    {
        NfCheckReport report = FixtureAssembly.Check("namespace Fixture\n{\n    public static class Util\n    {\n        public static T Id<T>(T x)\n        {\n            return x;\n        }\n    }\n}\n");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.GenericMethodDefinition, "Fixture.Util.Id<T>(T)");
        Assert.IsNotNull(violation.Location);
        Assert.AreEqual(FixtureAssembly.FileName, violation.Location.Path);
        Assert.AreEqual(7, violation.Location.Line, "in Release the first sequence point of the body is its first statement");
        Assert.AreEqual("Fixture.cs(7,13): error NF0007: Fixture: generic method definition Fixture.Util.Id<T>(T)", violation.ToString());
    }

    [TestMethod]
    public void NfCheck_Table_ShowsBudgetPercentagesAndLargestType()
    {
        NfCheckReport report = FixtureAssembly.Check(TwoTypes);
        var text = new StringWriter();

        NfReportTable.Write(text, new[] { report });

        string[] lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(2, lines.Length, text.ToString());
        FixtureAssembly.AssertContains("IL bytes", lines[0]);
        FixtureAssembly.AssertContains("largest type", lines[0]);
        Assert.IsTrue(lines[1].StartsWith("Fixture ", StringComparison.Ordinal), lines[1]);
        FixtureAssembly.AssertContains("%", lines[1]);
        FixtureAssembly.AssertContains("Fixture.Large (" + report.LargestType.IlBytes + "; 1/2/1)", lines[1]);
    }

    [TestMethod]
    public void NfCheck_Console_ExitsZeroWhenCleanAndOneOnViolations()
    {
        string directory = Path.Combine(Path.GetTempPath(), "nfcheck-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string clean = Compile(directory, "Clean", "namespace Fixture { public static class A { public static int One() { return 1; } } }");
            string generic = Compile(directory, "Generic", "namespace Fixture { public static class B { public static T Id<T>(T x) { return x; } } }");
            var output = new StringWriter();
            var error = new StringWriter();

            int cleanExit = NanoPython.Tools.NfCheck.Program.Run(new[] { clean }, output, error);
            int violationExit = NanoPython.Tools.NfCheck.Program.Run(new[] { clean, generic }, output, error);
            int usageExit = NanoPython.Tools.NfCheck.Program.Run(new string[0], output, error);

            Assert.AreEqual(0, cleanExit, output.ToString());
            Assert.AreEqual(1, violationExit, output.ToString());
            Assert.AreEqual(2, usageExit);
            FixtureAssembly.AssertContains("error NF0007: Generic: generic method definition Fixture.B.Id<T>(T)", output.ToString());
            FixtureAssembly.AssertContains("NfCheck: 1 violations in 2 assemblies", output.ToString());
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static string Compile(string directory, string name, string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        string path = Path.Combine(directory, name + ".dll");
        Assert.IsTrue(compilation.Emit(path).Success);
        return path;
    }
}
