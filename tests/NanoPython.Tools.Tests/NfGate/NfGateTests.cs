using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tools.Tests.NfGate;

/// <summary>The gate on fake repositories, compiled against the real nanoFramework reference assemblies.</summary>
[TestClass]
public sealed class NfGateTests
{
    private const string AssemblyInfo = "using System.Reflection;\n\n[assembly: AssemblyTitle(\"NanoPython.Fake\")]\n[assembly: AssemblyVersion(\"0.1.0.0\")]\n";

    private const string Greeter = @"namespace NanoPython.Fake
{
    /// <summary>Greets.</summary>
    public static class Greeter
    {
        /// <summary>Says hello.</summary>
        public static string Greet(string name)
        {
            return ""Hello, "" + name;
        }
    }
}
";

    [TestMethod]
    public void NfGate_CleanProject_Passes()
    {
        using FakeRepository repository = CleanRepository();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(0, exitCode, output);
        AssertContains("== NanoPython.Fake (interpreter/Fake/NanoPython.Fake.nfproj, 2 files): ok", output);
        AssertContains("largest type", output);
        AssertContains("NanoPython.Fake.Greeter (", output);
        AssertContains("NfGate: PASS: 1 assemblies, 1 ok, 0 failed, 0 skipped", output);
        Assert.IsTrue(File.Exists(Path.Combine(repository.Root, "artifacts", "gate", "NanoPython.Fake.dll")));
    }

    [TestMethod]
    public void NfGate_GenericList_FailsNamingTheFile()
    {
        using FakeRepository repository = CleanRepository();
        repository.AddFile("interpreter/Fake/Bad.cs", "namespace NanoPython.Fake\n{\n    internal static class Bad\n    {\n        internal static void Make()\n        {\n            var l = new System.Collections.Generic.List<int>();\n        }\n    }\n}\n");
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("interpreter/Fake/Bad.cs(7,", output);
        AssertContains("): error CS", output);
        AssertContains("NanoPython.Fake.nfproj, 3 files): FAILED", output);
        AssertContains("NfGate: FAIL", output);
    }

    [TestMethod]
    public void NfGate_GenericMethod_FailsNamingTheMember()
    {
        using FakeRepository repository = CleanRepository();
        repository.AddFile("interpreter/Fake/Util.cs", "namespace NanoPython.Fake\n{\n    internal static class Util\n    {\n        internal static T Id<T>(T x)\n        {\n            return x;\n        }\n    }\n}\n");
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("interpreter/Fake/Util.cs(7,13): error NF0007: NanoPython.Fake: generic method definition NanoPython.Fake.Util.Id<T>(T)", output);
        AssertContains("FAILED: 1 NfCheck violation", output);
    }

    [TestMethod]
    public void NfGate_YieldIterator_FailsNamingTheFile()
    {
        using FakeRepository repository = CleanRepository();
        repository.AddFile("interpreter/Fake/Iter.cs", "namespace NanoPython.Fake\n{\n    internal static class Iter\n    {\n        internal static System.Collections.IEnumerable Items()\n        {\n            yield return 1;\n        }\n    }\n}\n");
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("interpreter/Fake/Iter.cs(", output);
        AssertContains("): error ", output);
    }

    [TestMethod]
    public void NfGate_OutOfDateCompileList_FailsWithSyncHint()
    {
        using FakeRepository repository = CleanRepository();
        repository.AddFile("interpreter/Fake/Later.cs", "namespace NanoPython.Fake { internal static class Later { } }\n");

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("interpreter/Fake/NanoPython.Fake.nfproj: error NFG001: NanoPython.Fake.nfproj is out of date: run dotnet run --project tools/NfGate -- --sync", output);
        AssertContains("missing from the Compile list: Later.cs", output);
    }

    [TestMethod]
    public void NfGate_ListedFileThatIsGone_FailsWithSyncHint()
    {
        using FakeRepository repository = CleanRepository();
        File.Delete(Path.Combine(repository.Root, "interpreter", "Fake", "Greeter.cs"));

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("is out of date: run dotnet run --project tools/NfGate -- --sync", output);
        AssertContains("listed but not in the folder: Greeter.cs", output);
    }

    [TestMethod]
    public void NfGate_ProjectFileWithDoubleHyphenInComment_IsReportedAsNotWellFormed()
    {
        // XML forbids "--" inside comments; MSBuild and Visual Studio then refuse to load the project.
        using var repository = new FakeRepository();
        repository.AddProject("interpreter/Fake", "NanoPython.Fake", comment: "<!-- kept by: dotnet run --project tools/NfGate -- --sync -->");
        repository.AddFile("interpreter/Fake/Greeter.cs", Greeter);
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("interpreter/Fake/NanoPython.Fake.nfproj: error NFG003: not well-formed XML", output);
        AssertContains("FAILED: project file is not well-formed XML", output);
    }

    [TestMethod]
    public void NfGate_ReferencedProjects_CompileInDependencyOrder()
    {
        using FakeRepository repository = new FakeRepository();
        repository.AddProject("firmware/App", "NanoPython.App", outputType: "Exe", projectReferences: new[] { "..\\..\\interpreter\\Lib\\NanoPython.Lib.nfproj" });
        repository.AddFile("firmware/App/Program.cs", "namespace NanoPython.App\n{\n    public static class Program\n    {\n        public static void Main()\n        {\n            NanoPython.Lib.Shared.Answer();\n        }\n    }\n}\n");
        repository.AddProject("interpreter/Lib", "NanoPython.Lib");
        repository.AddFile("interpreter/Lib/Shared.cs", "namespace NanoPython.Lib\n{\n    public static class Shared\n    {\n        public static int Answer() { return 42; }\n    }\n}\n");
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(0, exitCode, output);
        int lib = output.IndexOf("== NanoPython.Lib ", StringComparison.Ordinal);
        int app = output.IndexOf("== NanoPython.App ", StringComparison.Ordinal);
        Assert.IsTrue(lib >= 0 && app > lib, "NanoPython.Lib must be gated before NanoPython.App:\n" + output);
    }

    [TestMethod]
    public void NfGate_FailedDependency_SkipsDependents()
    {
        using FakeRepository repository = new FakeRepository();
        repository.AddProject("interpreter/Lib", "NanoPython.Lib");
        repository.AddFile("interpreter/Lib/Shared.cs", "namespace NanoPython.Lib { public static class Shared { public static int Answer() { return undefined; } } }\n");
        repository.AddProject("interpreter/Use", "NanoPython.Use", projectReferences: new[] { "..\\Lib\\NanoPython.Lib.nfproj" });
        repository.AddFile("interpreter/Use/User.cs", "namespace NanoPython.Use { public static class User { public static int Get() { return NanoPython.Lib.Shared.Answer(); } } }\n");
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("interpreter/Lib/Shared.cs(1,", output);
        AssertContains("== NanoPython.Use (interpreter/Use/NanoPython.Use.nfproj, 1 file): skipped: references NanoPython.Lib, which did not compile", output);
        AssertContains("NfGate: FAIL: 2 assemblies, 0 ok, 1 failed, 1 skipped", output);
    }

    [TestMethod]
    public void NfGate_ExeWithoutMain_Fails()
    {
        using var repository = new FakeRepository();
        repository.AddProject("firmware/App", "NanoPython.App", outputType: "Exe");
        repository.AddFile("firmware/App/Greeter.cs", Greeter);
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("error CS5001", output);
    }

    [TestMethod]
    public void NfGate_UnknownReference_FailsNamingIt()
    {
        using var repository = new FakeRepository();
        repository.AddProject("interpreter/Fake", "NanoPython.Fake", references: new[] { "nanoFramework.Nonexistent", "nanoFramework.UnitTestLauncher" });
        repository.AddFile("interpreter/Fake/Greeter.cs", Greeter);
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(1, exitCode, output);
        AssertContains("error NFG002: no nanoFramework reference assembly for 'nanoFramework.Nonexistent'", output);
        Assert.IsFalse(output.Contains("'nanoFramework.UnitTestLauncher'"), "the test launcher has no reference assembly and is ignored:\n" + output);
    }

    [TestMethod]
    public void NfGate_Only_GatesTheAssemblyAndWhatItReferences()
    {
        using FakeRepository repository = new FakeRepository();
        repository.AddProject("interpreter/Lib", "NanoPython.Lib");
        repository.AddFile("interpreter/Lib/Shared.cs", "namespace NanoPython.Lib { public static class Shared { public static int Answer() { return 42; } } }\n");
        repository.AddProject("interpreter/Use", "NanoPython.Use", projectReferences: new[] { "..\\Lib\\NanoPython.Lib.nfproj" });
        repository.AddFile("interpreter/Use/User.cs", "namespace NanoPython.Use { public static class User { public static int Get() { return NanoPython.Lib.Shared.Answer(); } } }\n");
        repository.AddProject("hal/Other", "NanoPython.Other");
        repository.AddFile("hal/Other/Other.cs", "namespace NanoPython.Other { public static class Other { } }\n");
        repository.Sync();

        int exitCode = repository.Run(out string output, "--only", "NanoPython.Use");

        Assert.AreEqual(0, exitCode, output);
        AssertContains("== NanoPython.Lib ", output);
        AssertContains("== NanoPython.Use ", output);
        Assert.IsFalse(output.Contains("NanoPython.Other"), output);
    }

    [TestMethod]
    public void NfGate_ReferencedAssemblies_AreTheNanoFrameworkOnes()
    {
        // ArrayList comes from nanoFramework.System.Collections, which the project references; .NET's own
        // System.Collections would have List<T> too, so a clean compile here proves the reference set is nanoFramework's.
        using var repository = new FakeRepository();
        repository.AddProject("interpreter/Fake", "NanoPython.Fake", references: new[] { "nanoFramework.System.Collections" });
        repository.AddFile("interpreter/Fake/Bag.cs", "namespace NanoPython.Fake { public static class Bag { public static int Count() { var a = new System.Collections.ArrayList(); a.Add(1); return a.Count; } } }\n");
        repository.Sync();

        int exitCode = repository.Run(out string output);

        Assert.AreEqual(0, exitCode, output);
    }

    private static FakeRepository CleanRepository()
    {
        var repository = new FakeRepository();
        repository.AddProject("interpreter/Fake", "NanoPython.Fake");
        repository.AddFile("interpreter/Fake/Properties/AssemblyInfo.cs", AssemblyInfo);
        repository.AddFile("interpreter/Fake/Greeter.cs", Greeter);
        repository.Sync();
        return repository;
    }

    private static void AssertContains(string expected, string text)
    {
        Assert.IsTrue(text.Contains(expected, StringComparison.Ordinal), "expected \"" + expected + "\" in:\n" + text);
    }
}
