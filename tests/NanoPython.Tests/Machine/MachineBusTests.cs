using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Machine.MachineFixture;

namespace NanoPython.Tests.Machine;

/// <summary>machine.SPI/SoftSPI, UART, bitstream (WS2812), dht_readinto (DHT22), _onewire (DS18B20) and mem32.</summary>
[TestClass]
public class MachineBusTests
{
    [TestMethod]
    public void Spi_LoopbackWire_ReadsWhatItWrites()
    {
        using MachineFixture f = Create("""{ "wires": [[23, 19]] }""");
        PyObject spi = f.CallKw(f.M("SPI"), new[] { I(2) }, "baudrate", I(8000000));
        Assert.AreEqual("SPI(id=2, baudrate=8000000, polarity=0, phase=0, bits=8, firstbit=0, sck=18, mosi=23, miso=19)", f.Repr(spi));
        PyByteArray r = BA(3);
        f.Invoke(spi, "write_readinto", B(1, 2, 3), r);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, r.Data);
        CollectionAssert.AreEqual(new byte[] { 0x5A, 0x5A }, Bytes(f.Invoke(spi, "read", I(2), I(0x5A))));
        f.Invoke(spi, "write", B(9));
        f.Raises(PyExc.ValueError, () => f.Invoke(spi, "write_readinto", B(1, 2), BA(3)), "buffers must be the same length");
    }

    [TestMethod]
    public void Spi_NoDevice_ReadsOnes()
    {
        using MachineFixture f = Create();
        PyObject spi = f.Call(f.M("SPI"), I(1));
        PyByteArray r = BA(2);
        f.Invoke(spi, "readinto", r);
        CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFF }, r.Data);
        f.Raises(PyExc.ValueError, () => f.Call(f.M("SPI"), I(0)));
    }

    [TestMethod]
    public void SoftSpi_NeedsAllPins()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.CallKw(f.M("SoftSPI"), new PyObject[0], "sck", f.Pin(18), "mosi", f.Pin(23)), "must specify all of sck/mosi/miso");
        PyObject spi = f.CallKw(f.M("SoftSPI"), new PyObject[0], "sck", f.Pin(18), "mosi", f.Pin(23), "miso", f.Pin(19));
        StringAssert.StartsWith(f.Repr(spi), "SoftSPI(baudrate=500000");
    }

    [TestMethod]
    public void Uart_Loopback_ReadsAfterTransmissionTime()
    {
        using MachineFixture f = Create("""{ "wires": [[17, 16]] }""");
        PyObject uart = f.CallKw(f.M("UART"), new[] { I(2) }, "baudrate", I(9600), "timeout", I(100));
        Assert.AreEqual(6L, L(f.Invoke(uart, "write", B((byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o', (byte)'\n'))));
        Assert.AreEqual(0L, L(f.Invoke(uart, "any")));
        Assert.AreEqual("b'hello\\n'", f.Repr(f.Invoke(uart, "readline")));
        Assert.IsInstanceOfType(f.Invoke(uart, "read"), typeof(PyNone));
    }

    [TestMethod]
    public void Uart_InjectedBytes_TriggerIrq()
    {
        using MachineFixture f = Create();
        PyObject uart = f.Call(f.M("UART"), I(1));
        PyObject got = null;
        f.InvokeKw(uart, "irq", new PyObject[0], "handler", new PyBuiltin1("h", (ip, u) => { got = u; return PyNone.Value; }), "trigger", f.Attr(f.M("UART"), "IRQ_RX"));
        f.Board.Command("uart 1 \"AT\\r\\n\"");
        f.RunScheduled();
        Assert.AreSame(uart, got);
        Assert.AreEqual(4L, L(f.Invoke(uart, "any")));
        Assert.AreEqual("b'AT'", f.Repr(f.Invoke(uart, "read", I(2))));
        PyByteArray buf = BA(8);
        Assert.AreEqual(2L, L(f.Invoke(uart, "readinto", buf)));
        f.Raises(PyExc.ValueError, () => f.InvokeKw(uart, "irq", new PyObject[0], "hard", PyBool.True));
    }

    [TestMethod]
    public void Uart0_IsTheReplStream()
    {
        using MachineFixture f = Create();
        TestUart repl = new TestUart();
        NanoPython.Machine.MachineSetup.SetReplUart(f.Ip, repl);
        PyObject u = f.CallKw(f.M("UART"), new[] { I(0) }, "baudrate", I(115200));
        f.Invoke(u, "write", B(1, 2));
        CollectionAssert.AreEqual(new byte[] { 1, 2 }, repl.Written.ToArray());
        f.Raises(PyExc.ValueError, () => f.Call(f.M("UART"), I(3)), "UART(3) does not exist");
    }

    [TestMethod]
    public void Bitstream_Ws2812Timing_LightsTheStrip()
    {
        using MachineFixture f = Create();
        PyObject pin = f.Pin(5, I(3));
        PyObject timing = new PyTuple(new[] { I(400), I(850), I(800), I(450) });
        f.Call(f.M("bitstream"), pin, I(0), timing, B(0x00, 0xFF, 0x00, 0x10, 0x20, 0x30));
        StringAssert.StartsWith(f.Board.Command("show strip"), "#ff0000 #201030 #000000");
    }

    [TestMethod]
    public void Bitstream_WrongTiming_IsMisread()
    {
        using MachineFixture f = Create();
        PyObject timing = new PyTuple(new[] { I(800), I(1700), I(1600), I(900) });
        f.Call(f.M("bitstream"), f.Pin(5, I(3)), I(0), timing, B(0x00, 0xFF, 0x00));
        StringAssert.StartsWith(f.Board.Command("show strip"), "#ffffff");
        f.Raises(PyExc.ValueError, () => f.Call(f.M("bitstream"), f.Pin(5), I(1), timing, B(0)), "encoding");
    }

    [TestMethod]
    public void DhtReadinto_Dht22_GivesChecksummedBytes()
    {
        using MachineFixture f = Create();
        f.Board.Command("set dht temperature -3.5");
        f.Board.Command("set dht humidity 48.1");
        PyByteArray buf = BA(5);
        f.Call(f.M("dht_readinto"), f.Pin(4), buf);
        byte[] b = buf.Data;
        Assert.AreEqual(481, (b[0] << 8) | b[1]);
        Assert.AreEqual(0x8000 | 35, (b[2] << 8) | b[3]);
        Assert.AreEqual((byte)(b[0] + b[1] + b[2] + b[3]), b[4]);
        f.Raises(PyExc.OSError, () => f.Call(f.M("dht_readinto"), f.Pin(13), BA(5)), "[Errno 110] ETIMEDOUT");
        f.Raises(PyExc.ValueError, () => f.Call(f.M("dht_readinto"), f.Pin(4), BA(4)), "buffer too small");
    }

    [TestMethod]
    public void OneWire_Ds18b20_ConvertAndReadScratchpad()
    {
        using MachineFixture f = Create();
        PyModule ow = (PyModule)Importer.ImportOne(f.Ip, "_onewire", null);
        PyObject pin = f.Pin(15, I(7), I(2));
        Assert.IsTrue(Ops.IsTrue(f.Ip, f.Invoke(ow, "reset", pin)));
        f.Invoke(ow, "writebyte", pin, I(0xCC));
        f.Invoke(ow, "writebyte", pin, I(0x44));
        Assert.AreEqual(0L, L(f.Invoke(ow, "readbit", pin)), "converting");
        f.Board.Command("advance 750ms");
        Assert.AreEqual(1L, L(f.Invoke(ow, "readbit", pin)));
        f.Invoke(ow, "reset", pin);
        f.Invoke(ow, "writebyte", pin, I(0xCC));
        f.Invoke(ow, "writebyte", pin, I(0xBE));
        byte[] s = new byte[9];
        for (int i = 0; i < 9; i++)
        {
            s[i] = (byte)L(f.Invoke(ow, "readbyte", pin));
        }

        Assert.AreEqual(0L, L(f.Invoke(ow, "crc8", B(s))));
        Assert.AreEqual(19.5, (short)(s[0] | (s[1] << 8)) / 16.0);
    }

    [TestMethod]
    public void OneWire_SearchRom_FindsTheRom()
    {
        using MachineFixture f = Create();
        PyModule ow = (PyModule)Importer.ImportOne(f.Ip, "_onewire", null);
        PyObject pin = f.Pin(15, I(7), I(2));
        f.Invoke(ow, "reset", pin);
        f.Invoke(ow, "writebyte", pin, I(0xF0));
        byte[] rom = new byte[8];
        for (int i = 0; i < 64; i++)
        {
            long b = L(f.Invoke(ow, "readbit", pin));
            long nb = L(f.Invoke(ow, "readbit", pin));
            Assert.AreNotEqual(b, nb, "one device: never a collision");
            f.Invoke(ow, "writebit", pin, I(b));
            rom[i / 8] |= (byte)(b << (i % 8));
        }

        Assert.AreEqual(0x28, rom[0]);
        Assert.AreEqual(0L, L(f.Invoke(ow, "crc8", B(rom))));
    }

    [TestMethod]
    public void Mem32_GpioRegisters_ReflectPins()
    {
        using MachineFixture f = Create();
        PyObject mem32 = f.M("mem32");
        f.Call(f.Pin(2, I(3)), I(1));
        Assert.AreEqual(4L, L(Ops.GetItem(f.Ip, mem32, I(0x3FF44004))) & 4);
        Ops.SetItem(f.Ip, mem32, I(0x3FF4400C), I(4));
        Assert.AreEqual("off", f.Board.Command("show led"));
        Ops.SetItem(f.Ip, mem32, I(0x3FF44008), I(4));
        Assert.AreEqual("on", f.Board.Command("show led"));
        f.Raises(PyExc.ValueError, () => Ops.GetItem(f.Ip, mem32, I(0x3FF44005)));
        Assert.AreEqual(0L, L(Ops.GetItem(f.Ip, mem32, I(0x40000000))));
        Ops.SetItem(f.Ip, f.M("mem8"), I(0x50000000), I(0xAB));
        CollectionAssert.AreEqual(new byte[] { 0xAB }, f.Board.SimRtc.ReadMemory());
        Ops.SetItem(f.Ip, mem32, I(0x50000000), I(0xFFFFFFFF));
        Assert.AreEqual(-1L, L(Ops.GetItem(f.Ip, mem32, I(0x50000000))), "mem32 is signed");
    }

    [TestMethod]
    public void BoardModule_Cmd_RunsBoardCommands()
    {
        using MachineFixture f = Create();
        PyModule board = (PyModule)Importer.ImportOne(f.Ip, "_board", null);
        f.Invoke(board, "cmd", S("press button"));
        Assert.AreEqual("pressed", ((PyStr)f.Invoke(board, "cmd", S("show button"))).Value);
        f.Raises(PyExc.ValueError, () => f.Invoke(board, "cmd", S("show nothing")), "no device named 'nothing' (try: list)");
    }
}
