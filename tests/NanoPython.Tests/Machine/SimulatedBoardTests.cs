using System;
using System.IO;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal;
using NanoPython.Hal.Simulated;
using NanoPython.Hal.Simulated.Devices;

namespace NanoPython.Tests.Machine;

/// <summary>The simulated board on its own: description file, clock, command language, inputs channel, trace, PNG.</summary>
[TestClass]
public class SimulatedBoardTests
{
    [TestMethod]
    public void Description_Default_HasOneOfEveryDevice()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        Assert.AreEqual("ESP32 DevKitC (simulated)", b.Name);
        Assert.AreEqual(11, b.AllDevices.Count); // one of each type, plus a second LED (led2, GPIO33)
        StringAssert.Contains(b.Command("list"), "bme280 (bme280, I2C scl=22 sda=21 addr=0x76)");
        StringAssert.Contains(b.Command("list"), "touch (touchpad, GPIO27 (touch T7)): not touched");
    }

    [TestMethod]
    [DataRow("""{ "devices": [ { "type": "toaster", "pin": 2 } ] }""", "unknown type 'toaster'")]
    [DataRow("""{ "devices": [ { "type": "led", "pin": 7 } ] }""", "GPIO7 does not exist")]
    [DataRow("""{ "devices": [ { "type": "led" } ] }""", "needs \"pin\"")]
    [DataRow("""{ "devices": [ { "type": "led", "name": "a", "pin": 2 }, { "type": "led", "name": "a", "pin": 4 } ] }""", "two devices are named 'a'")]
    [DataRow("""{ "clock": "fast" }""", "\"clock\" must be")]
    [DataRow("""{ "wires": [[25]] }""", "a wire joins at least two pins")]
    [DataRow("""{ "devices": [ }""", "test:")]
    public void Description_Errors_NameTheProblem(string json, string message)
    {
        BoardDescriptionException e = Assert.Throws<BoardDescriptionException>(() =>
        {
            using SimulatedBoard b = new SimulatedBoard(BoardDescription.Parse(json, "test"), true);
        });
        StringAssert.Contains(e.Message, message);
    }

    [TestMethod]
    public void Description_FileWithComments_Loads()
    {
        string path = Path.Combine(Path.GetTempPath(), "nanopy-board-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "// my bench\n{ \"name\": \"bench\", \"clock\": \"virtual\", \"devices\": [ { \"type\": \"button\", \"name\": \"b1\", \"pin\": 13, \"active\": \"high\" }, ], }");
        try
        {
            using SimulatedBoard b = SimulatedBoard.Load(path);
            Assert.AreEqual("bench", b.Name);
            Assert.IsTrue(b.Clock.IsVirtual);
            b.Command("press b1");
            Assert.AreEqual(1, b.SimGpio.Read(13));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<BoardDescriptionException>(() => SimulatedBoard.Load(path));
    }

    [TestMethod]
    public void VirtualClock_EventsRunInTimeOrderWhileWaiting()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        StringBuilder order = new StringBuilder();
        b.Clock.At(3000, () => order.Append('c'));
        b.Clock.At(1000, () => order.Append('a'));
        b.Clock.At(1000, () => order.Append('b'));
        b.Clock.Wait(2);
        Assert.AreEqual("ab", order.ToString());
        Assert.AreEqual(2000, b.Clock.NowUs);
        b.Clock.Advance(5000);
        Assert.AreEqual("abc", order.ToString());
    }

    [TestMethod]
    public void VirtualClock_WakeEndsAWaitAtTheEvent()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        b.Clock.At(1500, () => b.Clock.Wake());
        b.Clock.Wait(10);
        Assert.AreEqual(1500, b.Clock.NowUs);
    }

    [TestMethod]
    public void VirtualClock_PollingLoopsMoveTime()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        for (int i = 0; i < SimClock.PollFreeReads; i++)
        {
            Assert.AreEqual(0, b.Clock.TicksUs);
        }

        Assert.AreEqual(SimClock.PollStepUs, b.Clock.TicksUs);
        long t = 0;
        while (t < 1000)
        {
            t = b.Clock.TicksUs;
        }

        Assert.AreEqual(1000, t);
    }

    [TestMethod]
    public void RealClock_RunsTimersOnItsOwnThread()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: false);
        using ManualResetEventSlim fired = new ManualResetEventSlim();
        b.OpenTimer(0).Start(20000, false, id => fired.Set());
        Assert.IsTrue(fired.Wait(TimeSpan.FromSeconds(5)));
    }

    [TestMethod]
    public void Commands_SplitQuotesAndEscapes()
    {
        CollectionAssert.AreEqual(new[] { "uart", "2", "a b\n\x01" }, BoardCommands.Split("uart 2 \"a b\\n\\x01\"  # comment"));
        Assert.AreEqual(150000, BoardCommands.ParseTimeUs("150ms"));
        Assert.AreEqual(2000000, BoardCommands.ParseTimeUs("2s"));
        Assert.AreEqual(500, BoardCommands.ParseTimeUs("500us"));
        Assert.AreEqual(12000, BoardCommands.ParseTimeUs("12"));
        Assert.Throws<ArgumentException>(() => BoardCommands.Split("\"open"));
        Assert.Throws<ArgumentException>(() => BoardCommands.ParseTimeUs("soon"));
    }

    [TestMethod]
    public void Commands_ClearErrors()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: false);
        StringAssert.Contains(Assert.Throws<ArgumentException>(() => b.Command("press nobody")).Message, "no device named 'nobody'");
        StringAssert.Contains(Assert.Throws<ArgumentException>(() => b.Command("wiggle led")).Message, "unknown command 'wiggle' for led 'led'");
        StringAssert.Contains(Assert.Throws<ArgumentException>(() => b.Command("advance 1s")).Message, "real time");
        StringAssert.Contains(Assert.Throws<ArgumentException>(() => b.Command("set dht colour red")).Message, "no property 'colour'");
        StringAssert.Contains(Assert.Throws<ArgumentException>(() => b.Command("uart 1 hi")).Message, "UART1 is not open");
        Assert.AreEqual(string.Empty, b.Command("   "));
        StringAssert.StartsWith(b.Command("help"), "press NAME");
    }

    [TestMethod]
    public void Commands_AtAndAfterRunLater()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        b.Command("at 10ms press button");
        b.Command("after 20ms release button");
        b.Command("advance 15ms");
        Assert.AreEqual("pressed", b.Command("show button"));
        b.Command("advance 10ms");
        Assert.AreEqual("released", b.Command("show button"));
        Assert.AreEqual("25.000 ms", b.Command("time"));
    }

    [TestMethod]
    public void Trace_CapturesPinEventsWithTimes()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        b.Command("trace start");
        b.SimGpio.Configure(2, HalPin.ModeOutput, HalPin.PullNone, 2);
        b.SimGpio.Write(2, 1);
        b.Clock.Advance(1500);
        b.SimGpio.Write(2, 0);
        Assert.AreEqual("[      0.000 ms] GPIO2: mode=OUT pull=NONE\n[      0.000 ms] GPIO2: -> 1\n[      1.500 ms] GPIO2: -> 0", b.Command("trace dump"));
        Assert.AreEqual(string.Empty, b.Command("trace dump"));
        StringWriter echo = new StringWriter();
        b.Trace.Echo = echo;
        b.Command("press button");
        StringAssert.Contains(echo.ToString(), "button: pressed");
    }

    [TestMethod]
    public void Inputs_ScriptWaitsOnTheVirtualClock()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        string answers = BoardInputs.RunScript(b, "# a session\npress button\nshow button\nbogus\nwait 100ms\nrelease button\n");
        Assert.AreEqual("pressed\nerror (line 4): unknown command 'bogus' (try: help)\n", answers);
        Assert.AreEqual("pressed", b.Command("show button"));
        b.Clock.Advance(100000);
        Assert.AreEqual("released", b.Command("show button"));
    }

    [TestMethod]
    public void Inputs_FileIsReadInTheBackground()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: false);
        string path = Path.Combine(Path.GetTempPath(), "nanopy-inputs-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "turn pot 0.25\nshow pot\n");
        StringWriter log = new StringWriter();
        try
        {
            using BoardInputs inputs = BoardInputs.Start(b, path, TextWriter.Synchronized(log));
            for (int i = 0; i < 500 && !log.ToString().Contains("position"); i++)
            {
                Thread.Sleep(10);
            }

            StringAssert.Contains(log.ToString(), "position 0.250 (0.825 V)");
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<BoardDescriptionException>(() => BoardInputs.Start(b, path, null));
    }

    [TestMethod]
    public void Inputs_UnixSocketAnswersEachCommand()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: false);
        string path = Path.Combine(Path.GetTempPath(), "nanopy-" + Guid.NewGuid().ToString("N").Substring(0, 8) + ".sock");
        using BoardInputs inputs = BoardInputs.Start(b, "unix:" + path, null);
        using Socket s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        s.Connect(new UnixDomainSocketEndPoint(path));
        using NetworkStream ns = new NetworkStream(s);
        using StreamWriter w = new StreamWriter(ns) { AutoFlush = true, NewLine = "\n" };
        using StreamReader r = new StreamReader(ns);
        w.WriteLine("press button");
        Assert.AreEqual("ok", r.ReadLine());
        w.WriteLine("show button");
        Assert.AreEqual("pressed", r.ReadLine());
        w.WriteLine("show nothing");
        StringAssert.StartsWith(r.ReadLine(), "error");
        File.Delete(path);
    }

    [TestMethod]
    public void Png_ChunksAndPixelsAreValid()
    {
        byte[] png = PngEncoder.EncodeGray(3, 2, new byte[] { 0, 128, 255, 1, 2, 3 });
        CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int pos = 8;
        byte[] idat = null;
        string types = string.Empty;
        while (pos < png.Length)
        {
            int len = (png[pos] << 24) | (png[pos + 1] << 16) | (png[pos + 2] << 8) | png[pos + 3];
            string type = Encoding.ASCII.GetString(png, pos + 4, 4);
            uint crc = (uint)((png[pos + 8 + len] << 24) | (png[pos + 9 + len] << 16) | (png[pos + 10 + len] << 8) | png[pos + 11 + len]);
            Assert.AreEqual(PngEncoder.Crc32(png, pos + 4, len + 4), crc, type + " CRC");
            if (type == "IDAT")
            {
                idat = png[(pos + 8)..(pos + 8 + len)];
            }

            types += type + " ";
            pos += 12 + len;
        }

        Assert.AreEqual("IHDR IDAT IEND ", types);
        using ZLibStream z = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
        MemoryStream raw = new MemoryStream();
        z.CopyTo(raw);
        CollectionAssert.AreEqual(new byte[] { 0, 0, 128, 255, 0, 1, 2, 3 }, raw.ToArray());
        Assert.AreEqual(0xCBF43926u, PngEncoder.Crc32(Encoding.ASCII.GetBytes("123456789"), 0, 9));
    }

    [TestMethod]
    public void Oled_RenderCommand_WritesAPng()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        string path = Path.Combine(Path.GetTempPath(), "nanopy-oled-" + Guid.NewGuid().ToString("N") + ".png");
        try
        {
            Assert.AreEqual("wrote " + path + " (256x128)", b.Command("render oled " + path + " 2"));
            Assert.AreEqual(0x89, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void HardReset_RestoresPinsKeepsRtcMemory()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        b.SimGpio.Configure(2, HalPin.ModeOutput, HalPin.PullNone, 2);
        b.SimGpio.Write(2, 1);
        b.SimRtc.WriteMemory(new byte[] { 7 }, 0, 1);
        int cause = 0;
        b.ResetRequested += c => cause = c;
        b.Command("reset");
        Assert.AreEqual(HalReset.Hard, cause);
        b.HardReset();
        Assert.AreEqual(HalReset.Hard, b.SimChip.ResetCause);
        Assert.AreEqual(HalPin.ModeNone, b.SimGpio.ModeOf(2));
        Assert.AreEqual("off", b.Command("show led"));
        CollectionAssert.AreEqual(new byte[] { 7 }, b.SimRtc.ReadMemory());
    }

    [TestMethod]
    public void Ds18b20_RomCrc_IsComputed()
    {
        using SimulatedBoard b = SimulatedBoard.CreateDefault(virtualClock: true);
        Ds18b20 probe = b.Device<Ds18b20>("probe");
        Assert.AreEqual(0, Ds18b20.Crc8(probe.Rom, 0, 8));
        StringAssert.StartsWith(b.Command("show probe"), "rom 28a1b2c3d4e5f6");
    }
}
