using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal;
using NanoPython.Host;

namespace NanoPython.Tests;

/// <summary>
/// The simulated board's flash directory is a sandbox: no path, link or name reaches a host file outside it. Each test
/// puts a secret file next to (outside) the flash directory and tries to read, write, list or remove it from Python,
/// and through the file system interface directly; every attempt fails with ENOENT or EACCES and leaves it untouched.
/// </summary>
[TestClass]
public class FlashDirectorySandboxTests
{
    private const string Secret = "secret outside the flash";

    private static string MakeOutside(FsSession s, out string secretFile)
    {
        string outside = s.Outside;
        Directory.CreateDirectory(outside);
        secretFile = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secretFile, Secret);
        return outside;
    }

    private static void AssertDenied(string error)
    {
        Assert.IsTrue(error == "OSError: [Errno 2] ENOENT" || error == "OSError: [Errno 13] EACCES", error);
    }

    [TestMethod]
    public void Sandbox_DotDotBeyondRoot_StaysInRoot()
    {
        using FsSession s = new FsSession(true);
        string outside = MakeOutside(s, out string secret);
        string name = Path.GetFileName(outside);
        AssertDenied(s.Error("open('../" + name + "/secret.txt')"));
        AssertDenied(s.Error("open('../../../../../../../../etc/passwd')"));
        AssertDenied(s.Error("open('/../" + name + "/secret.txt')"));
        s.Run("import os\nos.mkdir('../../" + name + "')\nopen('../" + name + "/x.txt', 'w').close()");
        Assert.IsFalse(File.Exists(Path.Combine(outside, "x.txt")), "a file was created outside the flash");
        Assert.IsTrue(File.Exists(s.Host(name + "/x.txt")), "'..' at the root is the root: the file lands inside");
        Assert.AreEqual("['" + name + "']\n", s.Run("import os\nos.chdir('../../..')\nprint(os.listdir())"));
    }

    [TestMethod]
    public void Sandbox_AbsoluteHostPath_IsAFlashPath()
    {
        using FsSession s = new FsSession(true);
        MakeOutside(s, out string secret);
        AssertDenied(s.Error("open('" + secret + "')"));
        AssertDenied(s.Error("open('/etc/passwd')"));
        AssertDenied(s.Error("import os\nos.stat('" + secret + "')"));
        AssertDenied(s.Error("import os\nos.remove('" + secret + "')"));
        Assert.IsTrue(File.Exists(secret));
    }

    [TestMethod]
    public void Sandbox_SymlinkToOutsideFile_IsRefused()
    {
        using FsSession s = new FsSession(true);
        MakeOutside(s, out string secret);
        File.CreateSymbolicLink(s.Host("link.txt"), secret);
        AssertDenied(s.Error("open('link.txt')"));
        AssertDenied(s.Error("open('link.txt', 'w')"));
        AssertDenied(s.Error("open('link.txt', 'a')"));
        AssertDenied(s.Error("import os\nos.stat('link.txt')"));
        Assert.AreEqual(Secret, File.ReadAllText(secret));
    }

    [TestMethod]
    public void Sandbox_SymlinkToOutsideDirectory_IsRefused()
    {
        using FsSession s = new FsSession(true);
        string outside = MakeOutside(s, out string secret);
        Directory.CreateSymbolicLink(s.Host("dir"), outside);
        AssertDenied(s.Error("open('dir/secret.txt')"));
        AssertDenied(s.Error("import os\nos.listdir('dir')"));
        AssertDenied(s.Error("import os\nos.chdir('dir')"));
        AssertDenied(s.Error("open('dir/new.txt', 'w')"));
        AssertDenied(s.Error("import os\nos.mkdir('dir/sub')"));
        AssertDenied(s.Error("import os\nos.remove('dir/secret.txt')"));
        AssertDenied(s.Error("import os\nos.rename('dir/secret.txt', 'stolen.txt')"));
        Assert.IsFalse(File.Exists(Path.Combine(outside, "new.txt")));
        Assert.IsFalse(Directory.Exists(Path.Combine(outside, "sub")));
        Assert.IsTrue(File.Exists(secret));
    }

    [TestMethod]
    public void Sandbox_DanglingSymlinkOutside_CreatesNothing()
    {
        using FsSession s = new FsSession(true);
        string outside = MakeOutside(s, out string _);
        string target = Path.Combine(outside, "created.txt");
        File.CreateSymbolicLink(s.Host("dangling"), target);
        AssertDenied(s.Error("open('dangling', 'w')"));
        AssertDenied(s.Error("open('dangling', 'x')"));
        Assert.IsFalse(File.Exists(target), "a write through a dangling link created a file outside");
    }

    [TestMethod]
    public void Sandbox_RelativeSymlinkClimbingOut_IsRefused()
    {
        using FsSession s = new FsSession(true);
        string outside = MakeOutside(s, out string secret);
        Directory.CreateDirectory(s.Host("a"));
        File.CreateSymbolicLink(s.Host("a/up"), "../../" + Path.GetFileName(outside) + "/secret.txt");
        AssertDenied(s.Error("open('a/up')"));
    }

    [TestMethod]
    public void Sandbox_SymlinkLoop_IsRefused()
    {
        using FsSession s = new FsSession(true);
        File.CreateSymbolicLink(s.Host("loop1"), s.Host("loop2"));
        File.CreateSymbolicLink(s.Host("loop2"), s.Host("loop1"));
        AssertDenied(s.Error("open('loop1')"));
    }

    [TestMethod]
    public void Sandbox_SymlinkInsideFlash_Works()
    {
        using FsSession s = new FsSession(true);
        File.WriteAllText(s.Host("real.txt"), "inside");
        File.CreateSymbolicLink(s.Host("alias.txt"), "real.txt");
        Assert.AreEqual("inside\n", s.Run("print(open('alias.txt').read())"));
    }

    [TestMethod]
    public void Sandbox_RemovingALink_RemovesOnlyTheLink()
    {
        using FsSession s = new FsSession(true);
        MakeOutside(s, out string secret);
        File.CreateSymbolicLink(s.Host("link.txt"), secret);
        s.Run("import os\nos.remove('link.txt')");
        Assert.IsFalse(File.Exists(s.Host("link.txt")) || new FileInfo(s.Host("link.txt")).LinkTarget != null);
        Assert.AreEqual(Secret, File.ReadAllText(secret));
    }

    [TestMethod]
    public void Sandbox_FlashRootBehindSymlink_Works()
    {
        string real = Path.Combine(Path.GetTempPath(), "nanopython-tests", Guid.NewGuid().ToString("N"));
        string link = real + "-link";
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(link, real);
        try
        {
            FlashDirectoryFileSystem fs = new FlashDirectoryFileSystem(link, 0);
            fs.CreateDirectory("d");
            FileSystemFile f = fs.Open("d/f.txt", FileSystemOpenMode.Write | FileSystemOpenMode.Create);
            f.Write(new byte[] { 65, 66 }, 0, 2);
            f.Close();
            Assert.AreEqual("AB", File.ReadAllText(Path.Combine(real, "d", "f.txt")));
        }
        finally
        {
            Directory.Delete(link);
            Directory.Delete(real, true);
        }
    }

    [TestMethod]
    public void Sandbox_FileSystemInterface_RejectsUnnormalisedPaths()
    {
        using FsSession s = new FsSession(true);
        string outside = MakeOutside(s, out string secret);
        string name = Path.GetFileName(outside);
        foreach (string bad in new[] { "../" + name + "/secret.txt", "/etc/passwd", secret, "a//b", "./x", "x/.", "a\\..\\b", "nul\0byte" })
        {
            FileSystemException e = Assert.Throws<FileSystemException>(() => s.Fs.Stat(bad), bad);
            Assert.AreEqual(FileSystemException.EACCES, e.Errno, bad);
            Assert.Throws<FileSystemException>(() => s.Fs.Open(bad, FileSystemOpenMode.Write | FileSystemOpenMode.Create), bad);
            Assert.Throws<FileSystemException>(() => s.Fs.DeleteFile(bad), bad);
            Assert.Throws<FileSystemException>(() => s.Fs.CreateDirectory(bad), bad);
        }

        Assert.IsTrue(File.Exists(secret));
    }

    [TestMethod]
    public void Sandbox_NulInPythonPath_IsRefused()
    {
        using FsSession s = new FsSession(true);
        AssertDenied(s.Error("open('a\\x00b', 'w')"));
    }
}
