using System;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Tools.NfGate;

namespace NanoPython.Tools.Tests.NfGate;

/// <summary>The --sync rewrite of the Compile lists.</summary>
[TestClass]
public sealed class CompileListSyncTests
{
    [TestMethod]
    public void NfGateSync_CompileList_IsSortedBackslashedAndKeepsCrlf()
    {
        using var repository = new FakeRepository();
        string project = repository.AddProject("interpreter/Fake", "NanoPython.Fake");
        repository.AddFile("interpreter/Fake/B.cs", "class B { }");
        repository.AddFile("interpreter/Fake/a/A.cs", "class A { }");
        repository.AddFile("interpreter/Fake/Properties/AssemblyInfo.cs", "// info");
        repository.AddFile("interpreter/Fake/B.Host.cs", "// host only");
        repository.AddFile("interpreter/Fake/bin/Generated.cs", "// build output");
        repository.AddFile("interpreter/Fake/obj/Generated.cs", "// build output");
        repository.AddFile("interpreter/Fake/notes.txt", "not C#");
        string before = File.ReadAllText(project);

        string output = repository.Sync();

        string expectedItems = "  <ItemGroup>\r\n"
            + "    <Compile Include=\"B.cs\" />\r\n"
            + "    <Compile Include=\"Properties\\AssemblyInfo.cs\" />\r\n"
            + "    <Compile Include=\"a\\A.cs\" />\r\n"
            + "  </ItemGroup>\r\n";
        string expected = before.Replace("  <ItemGroup>\r\n  </ItemGroup>\r\n", expectedItems);
        Assert.IsTrue(expected != before, "the fixture must start with an empty Compile ItemGroup");
        Assert.AreEqual(expected, File.ReadAllText(project));
        StringAssertContains("interpreter/Fake/NanoPython.Fake.nfproj: updated (3 added, 0 removed)", output);
    }

    [TestMethod]
    public void NfGateSync_SecondRun_ChangesNothing()
    {
        using var repository = new FakeRepository();
        string project = repository.AddProject("interpreter/Fake", "NanoPython.Fake");
        repository.AddFile("interpreter/Fake/A.cs", "class A { }");
        repository.Sync();
        byte[] first = File.ReadAllBytes(project);

        string output = repository.Sync();

        CollectionAssert.AreEqual(first, File.ReadAllBytes(project));
        StringAssertContains("interpreter/Fake/NanoPython.Fake.nfproj: up to date", output);
    }

    [TestMethod]
    public void NfGateSync_RemovedFile_IsDroppedAndBomKept()
    {
        using var repository = new FakeRepository();
        string project = repository.AddProject("interpreter/Fake", "NanoPython.Fake");
        byte[] bom = Encoding.UTF8.GetPreamble();
        File.WriteAllBytes(project, Concat(bom, File.ReadAllBytes(project)));
        repository.AddFile("interpreter/Fake/A.cs", "class A { }");
        repository.AddFile("interpreter/Fake/Gone.cs", "class Gone { }");
        repository.Sync();
        File.Delete(Path.Combine(repository.Root, "interpreter", "Fake", "Gone.cs"));

        string output = repository.Sync();

        byte[] bytes = File.ReadAllBytes(project);
        Assert.IsTrue(bytes.Length > 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2], "the BOM must stay");
        string text = File.ReadAllText(project);
        Assert.IsFalse(text.Contains("Gone.cs", StringComparison.Ordinal), text);
        StringAssertContains("<Compile Include=\"A.cs\" />", text);
        StringAssertContains("updated (0 added, 1 removed)", output);
    }

    [TestMethod]
    public void NfGateSync_Rewrite_KeepsLfFilesLf()
    {
        string text = "<Project>\n  <!-- synced by NfGate -->\n  <ItemGroup>\n    <Compile Include=\"Old.cs\" />\n  </ItemGroup>\n</Project>\n";

        string rewritten = CompileListSync.Rewrite(text, new[] { "New.cs" }, "X.nfproj");

        Assert.AreEqual("<Project>\n  <!-- synced by NfGate -->\n  <ItemGroup>\n    <Compile Include=\"New.cs\" />\n  </ItemGroup>\n</Project>\n", rewritten);
    }

    [TestMethod]
    public void NfGateSync_Rewrite_IgnoresOtherCommentsMentioningSync()
    {
        string text = "<Project>\r\n  <!-- async helpers -->\r\n  <ItemGroup>\r\n    <None Include=\"a.txt\" />\r\n  </ItemGroup>\r\n"
            + "  <!-- kept by NfGate: sync -->\r\n  <ItemGroup>\r\n  </ItemGroup>\r\n</Project>\r\n";

        string rewritten = CompileListSync.Rewrite(text, new[] { "A.cs" }, "X.nfproj");

        Assert.AreEqual(text.Replace("sync -->\r\n  <ItemGroup>\r\n", "sync -->\r\n  <ItemGroup>\r\n    <Compile Include=\"A.cs\" />\r\n"), rewritten);
    }

    [TestMethod]
    public void NfGateSync_ProjectWithoutSyncComment_Fails()
    {
        string text = "<Project>\r\n  <ItemGroup>\r\n  </ItemGroup>\r\n</Project>\r\n";

        Assert.ThrowsExactly<InvalidDataException>(() => CompileListSync.Rewrite(text, new[] { "A.cs" }, "X.nfproj"));
    }

    private static byte[] Concat(byte[] first, byte[] second)
    {
        var result = new byte[first.Length + second.Length];
        first.CopyTo(result, 0);
        second.CopyTo(result, first.Length);
        return result;
    }

    private static void StringAssertContains(string expected, string text)
    {
        Assert.IsTrue(text.Contains(expected, StringComparison.Ordinal), "expected \"" + expected + "\" in:\n" + text);
    }
}
