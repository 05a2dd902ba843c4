using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal;

namespace NanoPython.Tests;

/// <summary>The host flash directory's file system semantics: POSIX-like errno values, renames, listing, files.</summary>
[TestClass]
public class FlashDirectoryFileSystemTests
{
    private static int ErrnoOf(System.Action op)
    {
        return Assert.Throws<FileSystemException>(op).Errno;
    }

    private static void WriteFile(IFileSystem fs, string path, string text)
    {
        FileSystemFile f = fs.Open(path, FileSystemOpenMode.Write | FileSystemOpenMode.Create | FileSystemOpenMode.Truncate);
        byte[] b = Encoding.UTF8.GetBytes(text);
        f.Write(b, 0, b.Length);
        f.Close();
    }

    [TestMethod]
    public void FlashFs_Errors_AreThePosixOnes()
    {
        using FsSession s = new FsSession(true);
        IFileSystem fs = s.Fs;
        fs.CreateDirectory("d");
        WriteFile(fs, "d/f", "x");
        Assert.AreEqual(FileSystemException.EEXIST, ErrnoOf(() => fs.CreateDirectory("d")));
        Assert.AreEqual(FileSystemException.EEXIST, ErrnoOf(() => fs.CreateDirectory("d/f")));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.CreateDirectory("missing/sub")));
        Assert.AreEqual(FileSystemException.ENOTDIR, ErrnoOf(() => fs.CreateDirectory("d/f/sub")));
        Assert.AreEqual(FileSystemException.ENOTEMPTY, ErrnoOf(() => fs.DeleteDirectory("d")));
        Assert.AreEqual(FileSystemException.ENOTDIR, ErrnoOf(() => fs.DeleteDirectory("d/f")));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.DeleteDirectory("nope")));
        Assert.AreEqual(FileSystemException.EPERM, ErrnoOf(() => fs.DeleteDirectory(string.Empty)));
        Assert.AreEqual(FileSystemException.EISDIR, ErrnoOf(() => fs.DeleteFile("d")));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.DeleteFile("d/nope")));
        Assert.AreEqual(FileSystemException.EISDIR, ErrnoOf(() => fs.Open("d", FileSystemOpenMode.Read)));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.Open("d/nope", FileSystemOpenMode.Read)));
        Assert.AreEqual(FileSystemException.ENOTDIR, ErrnoOf(() => fs.Open("d/f/x", FileSystemOpenMode.Read)));
        Assert.AreEqual(FileSystemException.EEXIST, ErrnoOf(() => fs.Open("d/f", FileSystemOpenMode.Write | FileSystemOpenMode.Create | FileSystemOpenMode.Exclusive)));
        Assert.AreEqual(FileSystemException.ENOTDIR, ErrnoOf(() => fs.ListDirectory("d/f")));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.ListDirectory("nope")));
        Assert.IsNull(fs.Stat("nope"));
    }

    [TestMethod]
    public void FlashFs_Rename_ReplacesLikePosix()
    {
        using FsSession s = new FsSession(true);
        IFileSystem fs = s.Fs;
        WriteFile(fs, "a", "A");
        WriteFile(fs, "b", "B");
        fs.Rename("a", "b");
        Assert.IsNull(fs.Stat("a"));
        Assert.AreEqual("A", File.ReadAllText(s.Host("b")));
        fs.CreateDirectory("d1");
        fs.CreateDirectory("d2");
        fs.Rename("d1", "d2");
        Assert.IsTrue(fs.Stat("d2").IsDirectory);
        Assert.IsNull(fs.Stat("d1"));
        fs.CreateDirectory("d3");
        WriteFile(fs, "d3/x", "x");
        Assert.AreEqual(FileSystemException.ENOTEMPTY, ErrnoOf(() => fs.Rename("d2", "d3")));
        Assert.AreEqual(FileSystemException.EISDIR, ErrnoOf(() => fs.Rename("b", "d3")));
        Assert.AreEqual(FileSystemException.ENOTDIR, ErrnoOf(() => fs.Rename("d3", "b")));
        Assert.AreEqual(FileSystemException.EINVAL, ErrnoOf(() => fs.Rename("d3", "d3/inner")));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.Rename("nope", "x")));
        Assert.AreEqual(FileSystemException.ENOENT, ErrnoOf(() => fs.Rename("b", "missing/b")));
    }

    [TestMethod]
    public void FlashFs_ListDirectory_IsSortedWithSizes()
    {
        using FsSession s = new FsSession(true);
        IFileSystem fs = s.Fs;
        WriteFile(fs, "b.txt", "12345");
        fs.CreateDirectory("a");
        WriteFile(fs, "C", string.Empty);
        FileSystemEntry[] e = fs.ListDirectory(string.Empty);
        Assert.AreEqual(3, e.Length);
        Assert.AreEqual("C", e[0].Name);
        Assert.AreEqual("a", e[1].Name);
        Assert.IsTrue(e[1].IsDirectory);
        Assert.AreEqual("b.txt", e[2].Name);
        Assert.AreEqual(5L, e[2].Size);
    }

    [TestMethod]
    public void FlashFs_File_SeeksTruncatesAndExtends()
    {
        using FsSession s = new FsSession(true);
        IFileSystem fs = s.Fs;
        WriteFile(fs, "f", "abcdef");
        FileSystemFile f = fs.Open("f", FileSystemOpenMode.Read | FileSystemOpenMode.Write);
        f.Position = 2;
        byte[] b = new byte[2];
        Assert.AreEqual(2, f.Read(b, 0, 2));
        Assert.AreEqual("cd", Encoding.ASCII.GetString(b));
        f.SetLength(3);
        Assert.AreEqual(3L, f.Length);
        f.Position = 5;
        f.Write(new byte[] { (byte)'z' }, 0, 1);
        f.Close();
        CollectionAssert.AreEqual(new byte[] { 97, 98, 99, 0, 0, 122 }, File.ReadAllBytes(s.Host("f")));
    }
}
