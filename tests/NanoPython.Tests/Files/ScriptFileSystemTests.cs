using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Host;
using NanoPython.Io;
using NanoPython.Runtime;

namespace NanoPython.Tests;

/// <summary>The conformance runner's file systems: a fresh scratch directory on request, else the host.</summary>
[TestClass]
public class ScriptFileSystemTests
{
    [TestMethod]
    public void ScriptFs_Marker_IsFoundInTheFirstLines()
    {
        Assert.IsTrue(ScriptFileSystem.NeedsScratch("# needs: scratch directory\nprint(1)\n"));
        Assert.IsTrue(ScriptFileSystem.NeedsScratch("# needs: scratch directory\n# expected: hand-written (x)\n"));
        Assert.IsTrue(ScriptFileSystem.NeedsScratch("# expected: hand-written (x)\n# needs: scratch directory\n"));
        Assert.IsFalse(ScriptFileSystem.NeedsScratch("print(1)\n"));
        Assert.IsFalse(ScriptFileSystem.NeedsScratch("a = 1\nb = 2\nc = 3\n# needs: scratch directory\n"));
    }

    [TestMethod]
    public void ScriptFs_Scratch_IsEmptyWritableAndRemoved()
    {
        Interpreter ip = InterpreterFactory.Create(new StreamOutput(new MemoryStream(), false), null, null);
        string scratch;
        using (ScriptFileSystem fs = ScriptFileSystem.Install(ip, "# needs: scratch directory\n", "/nonexistent"))
        {
            scratch = fs.Scratch;
            Assert.IsNotNull(scratch);
            Assert.AreEqual(0, Directory.GetFileSystemEntries(scratch).Length);
            Assert.AreEqual("/", Vfs.Of(ip).CurrentDirectory);
            ip.Exec("open('made.txt', 'w').write('x')", "<t>", CompileMode.Exec, ip.MainDict);
            Assert.IsTrue(File.Exists(Path.Combine(scratch, "made.txt")));
        }

        Assert.IsFalse(Directory.Exists(scratch));
    }

    [TestMethod]
    public void ScriptFs_Host_StartsInTheScriptsDirectory()
    {
        Interpreter ip = InterpreterFactory.Create(new StreamOutput(new MemoryStream(), false), null, null);
        using ScriptFileSystem fs = ScriptFileSystem.Install(ip, "print(1)\n", RepoPaths.PyTests);
        Assert.IsNull(fs.Scratch);
        Assert.AreEqual(RepoPaths.PyTests, Vfs.Of(ip).CurrentDirectory);
        Assert.IsTrue(Vfs.Of(ip).IsDirectory("files"));
    }
}
