using System;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// The committed generated files of the firmware and of the device tests must match their sources. Run the tests with
/// NANOPY_REGEN=1 to rewrite them (then the tests pass and the files show up in the diff).
/// </summary>
[TestClass]
public sealed class GeneratedFilesTests
{
    /// <summary>The budget of the embedded scripts: NFUnitTest must stay under the gate's 48 KB of user strings (UTF-16).</summary>
    public const int MaxEmbeddedChars = 16000;

    [TestMethod]
    public void NfConfig_Generated_MatchesSource()
    {
        Check(FirmwareGenerators.NfConfigPath, FirmwareGenerators.NfConfigText());
    }

    [TestMethod]
    public void ConformanceScripts_Generated_MatchesSources()
    {
        Check(FirmwareGenerators.ScriptsPath, FirmwareGenerators.ConformanceScripts());
    }

    [TestMethod]
    public void ConformanceScripts_Embedded_StayWithinTheStringBudget()
    {
        int chars = FirmwareGenerators.EmbeddedChars();
        Assert.IsTrue(chars <= MaxEmbeddedChars, "embedded scripts and outputs: " + chars + " characters");
    }

    [TestMethod]
    public void ConformanceScripts_Listed_ExistAndAreNotHandWritten()
    {
        foreach (string rel in FirmwareGenerators.ScriptList())
        {
            string path = Path.Combine(RepoPaths.PyTests, rel);
            Assert.IsTrue(File.Exists(path), rel);
            Assert.IsTrue(File.Exists(path + ".exp"), rel + ".exp");
            Assert.IsFalse(ConformanceTests.IsHelper(rel), rel + " is a helper module");
        }
    }

    private static void Check(string path, string expected)
    {
        string actual = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n") : null;
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("NANOPY_REGEN") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        Assert.Fail(Path.GetRelativePath(RepoPaths.Root, path) + " is out of date: run the tests with NANOPY_REGEN=1 to regenerate it");
    }
}
