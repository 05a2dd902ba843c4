using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests;

/// <summary>
/// The VFS mount table as MicroPython's extmod/vfs.c: the flash at "/", Python VFS objects mounted with os.mount
/// (the protocol mpremote's mount relies on: the paths each method receives, chdir/getcwd delegation), the virtual
/// root, umount, and import through the VFS.
/// </summary>
[TestClass]
public class VfsTests
{
    // A Python VFS that logs every call and serves one file, like mpremote's RemoteFS (an io.IOBase file class).
    private const string LoggingVfs = @"
import os, io
log = []
class F(io.IOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        d, self.data = self.data, ''
        return d
    def close(self):
        log.append('close')
class RemoteFS:
    def __init__(self):
        self.path = '/'
    def mount(self, readonly, mkfs):
        log.append(('mount', readonly, mkfs))
    def umount(self):
        log.append('umount')
    def chdir(self, path):
        log.append(('chdir', path))
        if not path.startswith('/'):
            path = self.path + path
        if not path.endswith('/'):
            path += '/'
        self.path = path
    def getcwd(self):
        return self.path
    def stat(self, path):
        log.append(('stat', path))
        if path.endswith('mod_remote.py') or path.endswith('x.txt'):
            return (0x8000, 0, 0, 0, 0, 0, 10, 0, 0, 0)
        if path in ('/', '/sub', '/sub/'):
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)
    def ilistdir(self, path):
        log.append(('ilistdir', path))
        yield ('x.txt', 0x8000, 0, 10)
        yield ('sub', 0x4000, 0, 0)
    def open(self, path, mode):
        log.append(('open', path, mode))
        if path.endswith('mod_remote.py'):
            return F('VALUE = 42\n')
        if path.endswith('x.txt'):
            return F('remote text')
        raise OSError(2)
    def mkdir(self, path):
        log.append(('mkdir', path))
    def rmdir(self, path):
        log.append(('rmdir', path))
    def remove(self, path):
        log.append(('remove', path))
    def rename(self, a, b):
        log.append(('rename', a, b))
    def statvfs(self, path):
        return (512, 512, 100, 50, 50, 0, 0, 0, 0, 255)
fs = RemoteFS()
os.mount(fs, '/remote')
";

    [TestMethod]
    public void Vfs_PythonMount_ReceivesPathsAsMicroPythonPassesThem()
    {
        using FsSession s = new FsSession(true);
        s.Run(LoggingVfs);
        Assert.AreEqual(
            "[('mount', False, False)]\n['remote']\n",
            s.Run("print(log)\nprint([n for n in os.listdir('/') if n == 'remote'])"));
        Assert.AreEqual(
            "remote text\n[('open', '/x.txt', 'r'), 'close']\n",
            s.Run("log.clear()\nf = open('/remote/x.txt')\nprint(f.read())\nf.close()\nprint(log)"));
        Assert.AreEqual(
            "/remote\n[('chdir', '/')]\n",
            s.Run("log.clear()\nos.chdir('/remote')\nprint(os.getcwd())\nprint(log)"));

        // After chdir into the mount, relative paths go to it unchanged (RemoteFS prefixes its own cwd).
        Assert.AreEqual(
            "[('stat', 'x.txt'), ('mkdir', 'new'), ('remove', 'x.txt'), ('rename', 'x.txt', 'y.txt'), ('rmdir', 'new')]\n",
            s.Run("log.clear()\nos.stat('x.txt')\nos.mkdir('new')\nos.remove('x.txt')\nos.rename('x.txt', 'y.txt')\nos.rmdir('new')\nprint(log)"));
        Assert.AreEqual(
            "/remote/sub/\n['x.txt', 'sub']\n",
            s.Run("os.chdir('sub')\nprint(os.getcwd())\nprint(os.listdir())"));
        Assert.AreEqual("(512, 512, 100, 50, 50, 0, 0, 0, 0, 255)\n", s.Run("print(os.statvfs('/remote'))"));
    }

    [TestMethod]
    public void Vfs_ChdirToRoot_ReturnsToFlash()
    {
        using FsSession s = new FsSession(true);
        File.WriteAllText(s.Host("flash.txt"), "f");
        s.Run(LoggingVfs);
        Assert.AreEqual("/\n['flash.txt']\n", s.Run("os.chdir('/remote')\nos.chdir('/')\nprint(os.getcwd())\nprint([n for n in os.listdir() if n != 'remote'])"));
    }

    [TestMethod]
    public void Vfs_DeepDirectories_ResolveBeyondEightParts()
    {
        // Paths of more than eight parts once overflowed the resolver's first array (CI clones live deep).
        using FsSession s = new FsSession(true);
        Assert.AreEqual("/a/b/c/d/e/f/g/h/i/j\n['k.txt']\nK\n", s.Run(
            "import os\np = ''\nfor n in 'abcdefghij':\n    p += '/' + n\n    os.mkdir(p)\n" +
            "os.chdir(p)\nprint(os.getcwd())\nwith open('k.txt', 'w') as f:\n    f.write('K')\nprint(os.listdir())\n" +
            "print(open('/a/b/c/d/e/f/g/h/i/j/../j/./k.txt').read())"));
    }

    [TestMethod]
    public void Vfs_ImportFromPythonMount_UsesOpenAndRead()
    {
        using FsSession s = new FsSession(true);
        s.Run(LoggingVfs);
        Assert.AreEqual("42\n", s.Run("import sys\nsys.path.append('/remote')\nimport mod_remote\nprint(mod_remote.VALUE)"));
    }

    [TestMethod]
    public void Vfs_Umount_CallsUmountAndForgetsTheMount()
    {
        using FsSession s = new FsSession(true);
        s.Run(LoggingVfs);
        Assert.AreEqual("umount\n/\nOSError: [Errno 2] ENOENT\n", s.Run(
            "os.chdir('/remote')\nlog.clear()\nos.umount('/remote')\nprint(log[-1])\nprint(os.getcwd())\n"
            + "try:\n    open('/remote/x.txt')\nexcept OSError as e:\n    print('OSError:', e)"));
        Assert.AreEqual("OSError: [Errno 22] EINVAL", s.Error("os.umount('/remote')"));
    }

    [TestMethod]
    public void Vfs_MountPointInUse_IsEperm()
    {
        using FsSession s = new FsSession(true);
        s.Run(LoggingVfs);
        Assert.AreEqual("OSError: [Errno 1] EPERM", s.Error("os.mount(RemoteFS(), '/remote/')"));
        Assert.AreEqual("OSError: [Errno 1] EPERM", s.Error("os.mount(RemoteFS(), '/remote/inner')"));
        Assert.AreEqual("OSError: [Errno 1] EPERM", s.Error("os.mount(RemoteFS(), '/')"));
        Assert.AreEqual(string.Empty, s.Run("os.mount(RemoteFS(), '/second')"));
    }

    [TestMethod]
    public void Vfs_RenameAcrossMounts_IsEperm()
    {
        using FsSession s = new FsSession(true);
        s.Run(LoggingVfs);
        File.WriteAllText(s.Host("a.txt"), "a");
        Assert.AreEqual("OSError: [Errno 1] EPERM", s.Error("os.rename('/a.txt', '/remote/a.txt')"));
    }

    [TestMethod]
    public void Vfs_MountList_ShowsFlashAndPythonMounts()
    {
        using FsSession s = new FsSession(true);
        s.Run(LoggingVfs);
        Assert.AreEqual("[('<RemoteFS>', '/remote'), ('<VfsLfs2>', '/')]\n", s.Run(
            "import vfs\nprint([('<' + type(m).__name__ + '>', p) for m, p in vfs.mount()])"));
    }

    [TestMethod]
    public void Vfs_NothingMounted_RootIsVirtual()
    {
        using FsSession s = new FsSession(true);
        Assert.AreEqual("[]\n/\n(16384, 0, 0, 0, 0, 0, 0, 0, 0, 0)\n", s.Run(
            "import os\nos.umount('/')\nprint(os.listdir('/'))\nprint(os.getcwd())\nprint(os.stat('/'))"));
        Assert.AreEqual("OSError: [Errno 19] ENODEV", s.Error("open('/x.txt', 'w')"));
        Assert.AreEqual("OSError: [Errno 1] EPERM", s.Error("os.mkdir('/')"));
    }

    [TestMethod]
    public void Vfs_ImportFromFlashLib_Works()
    {
        using FsSession s = new FsSession(true);
        Directory.CreateDirectory(s.Host("lib"));
        File.WriteAllText(s.Host("lib/flashmod.py"), "X = 'from /lib'\n");
        Directory.CreateDirectory(s.Host("lib/pkg"));
        File.WriteAllText(s.Host("lib/pkg/__init__.py"), "Y = 'package'\n");
        s.Ip.Path.Append(new NanoPython.Runtime.PyStr("/lib"));
        Assert.AreEqual("from /lib package\n", s.Run("import flashmod, pkg\nprint(flashmod.X, pkg.Y)"));
    }

    [TestMethod]
    public void Vfs_StatMtime_UsesThePortEpoch()
    {
        using FsSession board = new FsSession(true);
        File.WriteAllText(board.Host("t.txt"), "x");
        File.SetLastWriteTimeUtc(board.Host("t.txt"), new System.DateTime(2001, 1, 1, 0, 0, 0, System.DateTimeKind.Utc));
        Assert.AreEqual("31622400\n", board.Run("import os\nprint(os.stat('t.txt')[8])"));

        using FsSession unix = new FsSession(false);
        File.WriteAllText(unix.Host("t.txt"), "x");
        File.SetLastWriteTimeUtc(unix.Host("t.txt"), new System.DateTime(2001, 1, 1, 0, 0, 0, System.DateTimeKind.Utc));
        Assert.AreEqual("978307200\n", unix.Run("import os\nprint(os.stat('t.txt')[8])"));
    }

    [TestMethod]
    public void Vfs_StatVfs_ReportsTheSimulatedFlash()
    {
        using FsSession s = new FsSession(true);
        File.WriteAllBytes(s.Host("big.bin"), new byte[5000]);
        // 2 MiB of 4 KiB blocks; used: the root directory (1 block) and the file (2 blocks).
        Assert.AreEqual("(4096, 4096, 512, 509, 509, 0, 0, 0, 0, 255)\n", s.Run("import os\nprint(os.statvfs('/'))"));
    }

    [TestMethod]
    public void Vfs_CloseAll_ClosesFilesLeftOpen()
    {
        using FsSession s = new FsSession(true);
        s.Run("f = open('left.txt', 'w')\nf.write('unflushed')\ng = open('other.txt', 'w')\ng.close()");
        s.Vfs.CloseAll();
        Assert.AreEqual("unflushed", File.ReadAllText(s.Host("left.txt")), "closing flushed the data");
        Assert.AreEqual("ValueError: I/O operation on closed file", s.Error("f.write('more')"));
    }

    [TestMethod]
    public void Vfs_IoSetup_IsIdempotentAndFindsTheVfs()
    {
        using FsSession s = new FsSession(true);
        Assert.AreSame(s.Vfs, NanoPython.Io.IoSetup.Install(s.Ip));
        Assert.AreSame(s.Vfs, s.Ip.ModuleSource);
    }
}
