using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Firmware.Esp32;
using NanoPython.Host;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Firmware;

/// <summary>The ESP32 firmware's boot on the host (see <see cref="Esp32Firmware"/>): flash, boot.py, REPL, nf.config.</summary>
[TestClass]
public sealed class Esp32PortTests
{
    [TestMethod]
    public void Firmware_EmptyFlash_InitialSetupWritesBootPyThenPrompt()
    {
        using Esp32Firmware fw = new Esp32Firmware();
        string s = fw.Boot(string.Empty);
        StringAssert.StartsWith(s, "Performing initial setup\r\nMicroPython v");
        StringAssert.Contains(s, "; Generic ESP32 module with ESP32\r\nType \"help()\" for more information.\r\n>>> ");
        // The same boot.py as the host port's new flash directory (and MicroPython's inisetup.py).
        Assert.AreEqual(FlashDirectorySource.DefaultBootPy, File.ReadAllText(Path.Combine(fw.FlashDir, "boot.py")));
    }

    [TestMethod]
    public void Firmware_FlashWithFiles_NoSetupAndMainPyRuns()
    {
        using Esp32Firmware fw = new Esp32Firmware();
        File.WriteAllText(Path.Combine(fw.FlashDir, "main.py"), "print('hello from main')\n");
        string s = fw.Boot(string.Empty);
        StringAssert.StartsWith(s, "hello from main\r\nMicroPython v");
        Assert.IsFalse(File.Exists(Path.Combine(fw.FlashDir, "boot.py")));
    }

    [TestMethod]
    public void Firmware_Repl_MachineFilesAndFloats()
    {
        using Esp32Firmware fw = new Esp32Firmware();
        string s = fw.Boot(
            "import machine, os, sys\r" +
            "machine.Pin(2, machine.Pin.OUT).on()\r" +
            "print(os.listdir('/'), sys.platform, machine.freq())\r" +
            "print(1/3, 0.1 + 0.2)\r");
        StringAssert.Contains(s, "['boot.py'] esp32 160000000\r\n");
        StringAssert.Contains(s, "0.3333333 0.3\r\n");
        Assert.AreEqual(1, fw.Board.TestGpio.LatchOf(2));
    }

    [TestMethod]
    public void Firmware_RecursionLimit_ComesFromNfConfig()
    {
        using Esp32Firmware fw = new Esp32Firmware(Esp32Firmware.NfConfigTextOf() + "\nlimits.recursion = 25\n");
        File.WriteAllText(Path.Combine(fw.FlashDir, "main.py"),
            "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('limit')\n" +
            "def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(20))\n");
        string s = fw.Boot(string.Empty);
        StringAssert.StartsWith(s, "limit\r\n20\r\n");
        Assert.AreEqual(25, fw.Port.Settings.RecursionLimit);
    }

    [TestMethod]
    public void Firmware_Float64AndNoMachine_WhenConfigured()
    {
        using Esp32Firmware fw = new Esp32Firmware("float.bits = 64\nfeature.machine = off\n");
        string s = fw.Boot("print(1/3)\rimport machine\r");
        StringAssert.Contains(s, "0.3333333333333333\r\n");
        StringAssert.Contains(s, "module named 'machine'");
    }

    [TestMethod]
    public void Firmware_SdCard_IsMountedAtSd()
    {
        using Esp32Firmware fw = new Esp32Firmware(withSd: true);
        File.WriteAllText(Path.Combine(fw.SdDir, "data.txt"), "card");
        string s = fw.Boot("import os\rprint(os.listdir('/sd'), open('/sd/data.txt').read())\r");
        StringAssert.Contains(s, "['data.txt'] card\r\n");
    }

    [TestMethod]
    public void Firmware_SoftReset_ResetsTheMachineModule()
    {
        using Esp32Firmware fw = new Esp32Firmware();
        string s = fw.Boot("import machine\r\u0004import machine\rmachine.reset_cause() == machine.SOFT_RESET\r");
        StringAssert.Contains(s, "MPY: soft reboot\r\n");
        StringAssert.EndsWith(s, "True\r\n>>> ");
        Assert.AreEqual(1, fw.Board.SoftResets);
    }

    [TestMethod]
    public void Firmware_GcNumbers_ComeFromThePortsHeap()
    {
        FixedHeap heap = new FixedHeap(80000, 30000);
        using Esp32Firmware fw = new Esp32Firmware(heap: heap);
        string s = fw.Boot("import gc\rgc.collect()\rprint(gc.mem_free(), gc.mem_alloc())\r");
        StringAssert.Contains(s, "30000 50000\r\n");
        Assert.AreEqual(1, heap.Collections);
    }

    [TestMethod]
    public void Firmware_Output_IsChunkedNotBytewise()
    {
        using Esp32Firmware fw = new Esp32Firmware();
        File.WriteAllText(Path.Combine(fw.FlashDir, "main.py"), "for i in range(200):\n    print(i, end=' ')\nprint()\n");
        string s = fw.Boot(string.Empty);
        StringAssert.StartsWith(s, "0 1 2 3 4 5 6 7 8 9 10 ");

        // 690 bytes of output in 200 prints, and the banner: a handful of writes of up to 128 bytes.
        Assert.IsTrue(fw.Sink.Chunks <= 12, fw.Sink.Chunks + " writes for " + s.Length + " bytes");
    }

    /// <summary>A heap of fixed numbers (the device reports nanoFramework's).</summary>
    private sealed class FixedHeap : NanoPython.Modules.HeapInfo
    {
        private readonly long _total;
        private readonly long _free;

        public FixedHeap(long total, long free)
        {
            _total = total;
            _free = free;
        }

        public int Collections { get; private set; }

        public override long Total => _total;

        public override long Free => _free;

        public override void Collect()
        {
            Collections++;
        }
    }
}
