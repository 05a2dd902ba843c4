using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Firmware.Esp32;
using NanoPython.Host;
using NanoPython.Tests.Repl;

namespace NanoPython.Tests.Firmware;

/// <summary>The firmware's inisetup: boot.py on an empty flash only.</summary>
[TestClass]
public sealed class InitialSetupTests
{
    [TestMethod]
    public void InitialSetup_EmptyFlash_WritesBootPyAndSaysSo()
    {
        string dir = Directory.CreateTempSubdirectory("nanopy-setup-").FullName;
        try
        {
            CaptureSink sink = new CaptureSink();
            Assert.IsTrue(InitialSetup.Run(new FlashDirectoryFileSystem(dir, 0), new NanoPython.Board.ConsoleOutput(sink)));
            Assert.AreEqual("Performing initial setup\r\n", sink.Text);
            Assert.AreEqual(InitialSetup.BootPy, File.ReadAllText(Path.Combine(dir, "boot.py")));
            Assert.IsFalse(InitialSetup.Run(new FlashDirectoryFileSystem(dir, 0), null));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void InitialSetup_FlashWithADirectory_LeavesItAlone()
    {
        string dir = Directory.CreateTempSubdirectory("nanopy-setup-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "lib"));
            Assert.IsFalse(InitialSetup.Run(new FlashDirectoryFileSystem(dir, 0), null));
            Assert.IsFalse(File.Exists(Path.Combine(dir, "boot.py")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
