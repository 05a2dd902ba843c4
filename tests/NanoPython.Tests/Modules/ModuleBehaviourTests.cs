using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Modules;
using NanoPython.Runtime;

namespace NanoPython.Tests;

/// <summary>Module behaviour that depends on interpreter state rather than on printed output alone.</summary>
[TestClass]
public class ModuleBehaviourTests
{
    private sealed class BytesInput : InputStream
    {
        private readonly byte[] _data;
        private int _pos;

        public BytesInput(byte[] data)
        {
            _data = data;
        }

        public override bool Available => _pos < _data.Length;

        public override int ReadByte()
        {
            return _pos < _data.Length ? _data[_pos++] : -1;
        }
    }

    [TestMethod]
    public void Micropython_KbdIntr_SetsTheInterruptCharacter()
    {
        using FsSession s = new FsSession(true);
        s.Run("import micropython\nmicropython.kbd_intr(-1)");
        Assert.AreEqual(-1, s.Ip.InterruptChar);
        s.Run("micropython.kbd_intr(3)");
        Assert.AreEqual(3, s.Ip.InterruptChar);
    }

    [TestMethod]
    public void Micropython_HeapLock_RaisesNotImplementedError()
    {
        using FsSession s = new FsSession(true);
        Assert.AreEqual("NotImplementedError: " + MicropythonModule.HeapLockMessage, s.Error("import micropython\nmicropython.heap_lock()"));
    }

    [TestMethod]
    public void Micropython_MemInfo_PrintsMicroPythonsLines()
    {
        using FsSession s = new FsSession(true);
        string[] lines = s.Run("import micropython\nmicropython.mem_info()").Split('\n');
        StringAssert.StartsWith(lines[0], "stack: ");
        StringAssert.StartsWith(lines[1], "GC: total: 2097152, used: ");
        StringAssert.Contains(lines[1], ", max new split: ");
        StringAssert.StartsWith(lines[2], " No. of 1-blocks: ");
    }

    [TestMethod]
    public void Gc_Numbers_ComeFromTheHeapHook()
    {
        using FsSession s = new FsSession(true);
        GcModule.Of(s.Ip).Heap = new FixedHeap();
        Assert.AreEqual("600 400\n", s.Run("import gc\ngc.collect()\nprint(gc.mem_free(), gc.mem_alloc())"));
        Assert.AreEqual(1, ((FixedHeap)GcModule.Of(s.Ip).Heap).Collects);
    }

    private sealed class FixedHeap : HeapInfo
    {
        public int Collects;

        public override long Total => 1000;

        public override long Free => 600;

        public override void Collect()
        {
            Collects++;
        }
    }

    [TestMethod]
    public void Os_Uname_IsTheBoardsAttrTuple()
    {
        using FsSession s = new FsSession(true);
        s.Ip.MachineName = "ESP32 DevKitC with ESP32";
        OsModule.Of(s.Ip).BuildDate = "2025-01-02";
        Assert.AreEqual(
            "(sysname='esp32', nodename='esp32', release='1.24.0', version='v1.24.0 (nanoPython v0.1.0) on 2025-01-02', machine='ESP32 DevKitC with ESP32')\nesp32\n",
            s.Run("import os\nu = os.uname()\nprint(u)\nprint(u.sysname)"));
    }

    [TestMethod]
    public void Os_Dupterm_StoresAndReturnsTheStream()
    {
        using FsSession s = new FsSession(true);
        Assert.AreEqual("None True\n", s.Run("import os, io\nb = io.BytesIO()\nprint(os.dupterm(b), os.dupterm(None) is b)"));
    }

    [TestMethod]
    public void Select_PollOnStdin_ReportsInputWhenAvailable()
    {
        using FsSession s = new FsSession(true, new BytesInput(new byte[] { 65 }));
        Assert.AreEqual("1 1\n0\n", s.Run(
            "import select, sys\np = select.poll()\np.register(sys.stdin.buffer, select.POLLIN)\n"
            + "r = p.poll(0)\nprint(len(r), r[0][1])\nb = bytearray(1)\nsys.stdin.buffer.readinto(b, 1)\nprint(len(p.poll(0)))"));
    }

    [TestMethod]
    public void Select_PollWithTimeout_WaitsThroughTheClock()
    {
        using FsSession s = new FsSession(true, new BytesInput(new byte[0]));
        Assert.AreEqual("[] True\n", s.Run(
            "import select, sys, time\np = select.poll()\np.register(sys.stdin, select.POLLIN)\n"
            + "t = time.ticks_ms()\nr = p.poll(30)\nprint(r, time.ticks_diff(time.ticks_ms(), t) >= 25)"));
    }

    [TestMethod]
    public void Import_UPrefixedAliases_ResolveToTheModules()
    {
        using FsSession s = new FsSession(true);
        Assert.AreEqual("True True True True True True True True True\n", s.Run(
            "import os, time, binascii, hashlib, struct, errno, select, io, sys\n"
            + "import uos, utime, ubinascii, uhashlib, ustruct, uerrno, uselect, uio, usys\n"
            + "print(uos is os, utime is time, ubinascii is binascii, uhashlib is hashlib, ustruct is struct, "
            + "uerrno is errno, uselect is select, uio is io, usys is sys)"));
    }

    [TestMethod]
    public void Time_Sleep_RunsScheduledCallbacks()
    {
        using FsSession s = new FsSession(true);
        Assert.AreEqual("['cb']\n", s.Run(
            "import micropython, time\nout = []\nmicropython.schedule(lambda a: out.append(a), 'cb')\ntime.sleep_ms(5)\nprint(out)"));
    }

    [TestMethod]
    public void Time_Sleep_IsInterruptedByCtrlC()
    {
        using FsSession s = new FsSession(true);
        s.Run("import time");
        using System.Threading.Timer t = new System.Threading.Timer(_ => s.Ip.Interrupt(), null, 100, System.Threading.Timeout.Infinite);
        Assert.AreEqual("KeyboardInterrupt", s.Error("time.sleep(60)\nprint('not interrupted')"));
    }

    [TestMethod]
    public void Math_HugeFactorial_IsInterruptedByCtrlC()
    {
        // factorial(3 * 10**6) needs tens of seconds; the product tree lets a pending Ctrl-C through between ranges.
        using FsSession s = new FsSession(true);
        s.Run("import math");
        using System.Threading.Timer t = new System.Threading.Timer(_ => s.Ip.Interrupt(), null, 300, System.Threading.Timeout.Infinite);
        // Raised inside the call, so the except clause sees it (an interrupt noticed only after the call returned
        // would fire at the next safe point, outside the try).
        Assert.AreEqual("inside\n", s.Run("try:\n    r = math.factorial(3 * 10**6)\nexcept KeyboardInterrupt:\n    print('inside')"));
    }
}
