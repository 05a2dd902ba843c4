using nanoFramework.TestFramework;
using NanoPython.Board;
using NanoPython.Hal;
using NanoPython.Machine;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>
    /// Device tests of the machine module over a test double of the HAL (MachineTestBoard): the same Python programs
    /// run on the host through the shim and on a board under the nanoFramework test launcher.
    /// </summary>
    [TestClass]
    public class MachineDeviceTests
    {
        private static Interpreter Boot(MachineTestBoard board)
        {
            Interpreter ip = InterpreterFactory.Create(new MachineTestOutput(), null, null);
            ip.Clock = null;
            MachineSetup.Install(ip, board);
            Run(ip, "import machine");
            return ip;
        }

        private static void Run(Interpreter ip, string source)
        {
            ip.Exec(source, "<test>", CompileMode.Exec, ip.MainDict);
        }

        private static long Int(Interpreter ip, string name)
        {
            return ((PyInt)ip.MainDict.LookupName(Intern.Get(name))).Value;
        }

        private static string Str(Interpreter ip, string name)
        {
            return ((PyStr)ip.MainDict.LookupName(Intern.Get(name))).Value;
        }

        [TestMethod]
        public void MachinePin_OutputAndInput_GoThroughTheHal()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "led = machine.Pin(2, machine.Pin.OUT)\nled.on()\nv = led.value()");
            Assert.AreEqual(HalPin.ModeOutput, board.TestGpio.ModeOf(2));
            Assert.AreEqual(1, board.TestGpio.LatchOf(2));
            Assert.AreEqual(1L, Int(ip, "v"));
            board.TestGpio.SetInput(0, 0);
            Run(ip, "b = machine.Pin(0, machine.Pin.IN, machine.Pin.PULL_UP).value()");
            Assert.AreEqual(0L, Int(ip, "b"));
        }

        [TestMethod]
        public void MachinePin_Irq_IsScheduledThenRun()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "n = 0\ndef h(p):\n    global n\n    n += 1\nb = machine.Pin(0, machine.Pin.IN, machine.Pin.PULL_UP)\nb.irq(h, machine.Pin.IRQ_FALLING)");
            board.TestGpio.SetInput(0, 0);
            Assert.AreEqual(0L, Int(ip, "n"));
            Assert.AreEqual(1, ip.PendingWork);
            ip.HandlePending();
            Assert.AreEqual(1L, Int(ip, "n"));
            board.TestGpio.SetInput(0, 1);
            ip.HandlePending();
            Assert.AreEqual(1L, Int(ip, "n"));
        }

        [TestMethod]
        public void MachinePin_BadPins_RaiseMicroPythonMessages()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "try:\n    machine.Pin(6)\nexcept ValueError as e:\n    m1 = str(e)\ntry:\n    machine.Pin(35, machine.Pin.OUT)\nexcept ValueError as e:\n    m2 = str(e)");
            Assert.AreEqual("invalid pin", Str(ip, "m1"));
            Assert.AreEqual("pin can only be input", Str(ip, "m2"));
        }

        [TestMethod]
        public void MachineTimer_Periodic_CountsTicks()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "n = 0\ndef cb(t):\n    global n\n    n += 1\nt = machine.Timer(0)\nt.init(mode=machine.Timer.PERIODIC, period=10, callback=cb)");
            ip.Sleep(105);
            Assert.AreEqual(10L, Int(ip, "n"));
            Run(ip, "t.deinit()");
            ip.Sleep(100);
            Assert.AreEqual(10L, Int(ip, "n"));
        }

        [TestMethod]
        public void MachineI2c_ScanRegistersAndNack()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "i2c = machine.I2C(0)\nfound = i2c.scan()\nn = len(found)\nfirst = found[0]\ni2c.writeto_mem(0x42, 1, b'\\x07')\nv = i2c.readfrom_mem(0x42, 0x0F, 1)[0]\ntry:\n    i2c.readfrom(0x10, 1)\nexcept OSError as e:\n    err = e.errno");
            Assert.AreEqual(1L, Int(ip, "n"));
            Assert.AreEqual(0x42L, Int(ip, "first"));
            Assert.AreEqual(0xA5L, Int(ip, "v"));
            Assert.AreEqual((byte)7, board.TestI2c.Register(1));
            Assert.AreEqual(19L, Int(ip, "err"));
        }

        [TestMethod]
        public void MachineRtc_Datetime_RoundTrips()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "r = machine.RTC()\nr.datetime((2025, 3, 1, 0, 12, 30, 45, 0))\nd = r.datetime()\ny = d[0]\nwd = d[3]\ns = d[6]");
            Assert.AreEqual(2025L, Int(ip, "y"));
            Assert.AreEqual(5L, Int(ip, "wd"));
            Assert.AreEqual(45L, Int(ip, "s"));
        }

        [TestMethod]
        public void MachineModule_FreqResetCauseAndSoftReset()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "machine.freq(240000000)\nf = machine.freq()\ntry:\n    machine.freq(100000000)\nexcept ValueError:\n    bad = 1\nc = machine.reset_cause()");
            Assert.AreEqual(240000000L, Int(ip, "f"));
            Assert.AreEqual(1L, Int(ip, "bad"));
            Assert.AreEqual(1L, Int(ip, "c"));
            MachineSetup.SoftReset(ip);
            Assert.AreEqual(1, board.SoftResets);
            Interpreter again = Boot(board);
            Run(again, "c = machine.reset_cause()");
            Assert.AreEqual(5L, Int(again, "c"));
        }

        [TestMethod]
        public void MachineMem32_GpioOutRegister_ShowsTheLed()
        {
            MachineTestBoard board = new MachineTestBoard();
            Interpreter ip = Boot(board);
            Run(ip, "machine.Pin(2, machine.Pin.OUT, value=1)\nbit = (machine.mem32[0x3FF44004] >> 2) & 1");
            Assert.AreEqual(1L, Int(ip, "bit"));
        }
    }
}
