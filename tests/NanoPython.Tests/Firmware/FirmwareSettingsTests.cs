using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Firmware.Esp32;

namespace NanoPython.Tests.Firmware;

/// <summary>The firmware's reading of nf.config.</summary>
[TestClass]
public sealed class FirmwareSettingsTests
{
    [TestMethod]
    public void Settings_RepositoryNfConfig_IsClassicEsp32OnCom2()
    {
        FirmwareSettings s = FirmwareSettings.From(BoardConfig.Parse(Esp32Firmware.NfConfigTextOf()));
        Assert.AreEqual(2, s.ReplPort);
        Assert.AreEqual(115200, s.ReplBaud);
        Assert.AreEqual(16, s.ReplRxPin);
        Assert.AreEqual(17, s.ReplTxPin);
        Assert.AreEqual(32, s.FloatBits);
        Assert.AreEqual(40, s.RecursionLimit);
        Assert.IsTrue(s.Machine);
        Assert.AreEqual(160000000, s.CpuHz);
        Assert.AreEqual(FirmwareSettings.SdOff, s.SdMode);
        CollectionAssert.AreEqual(new byte[6], s.UniqueId);
    }

    [TestMethod]
    public void Settings_Empty_AreTheDefaults()
    {
        FirmwareSettings s = FirmwareSettings.From(BoardConfig.Parse(string.Empty));
        Assert.AreEqual(2, s.ReplPort);
        Assert.AreEqual(16, s.ReplRxPin);
        Assert.AreEqual(32, s.FloatBits);
        Assert.AreEqual(40, s.RecursionLimit);
    }

    [TestMethod]
    public void Settings_S3OnCom1_WithNativePinsAndSdOverSpi()
    {
        FirmwareSettings s = FirmwareSettings.From(BoardConfig.Parse(
            "board.target = ESP32_S3_QUAD\nrepl.port = com1\nrepl.rx_pin = 44\nrepl.tx_pin = 43\nrepl.baud = 921600\n" +
            "float.bits = 64\nboard.unique_id = 24:0A:C4:12:34:56\nsd.mode = SPI\nsd.cs_pin = 10\nsd.spi_bus = 2\n"));
        Assert.AreEqual(1, s.ReplPort);
        Assert.AreEqual(44, s.ReplRxPin);
        Assert.AreEqual(43, s.ReplTxPin);
        Assert.AreEqual(921600, s.ReplBaud);
        Assert.AreEqual(64, s.FloatBits);
        Assert.AreEqual(160000000, s.CpuHz);
        CollectionAssert.AreEqual(new byte[] { 0x24, 0x0A, 0xC4, 0x12, 0x34, 0x56 }, s.UniqueId);
        Assert.AreEqual(FirmwareSettings.SdSpi, s.SdMode);
        Assert.AreEqual(10, s.SdCsPin);
        Assert.AreEqual(2, s.SdSpiBus);
    }

    [TestMethod]
    public void Settings_C3_Runs160MHzAndBadValuesFallBack()
    {
        FirmwareSettings s = FirmwareSettings.From(BoardConfig.Parse(
            "board.target = ESP32_C3\nrepl.port = COM9\nrepl.rx_pin = -1\nrepl.baud = 0\nboard.unique_id = xyz\nlimits.recursion = 2\n"));
        Assert.AreEqual(160000000, s.CpuHz);
        Assert.AreEqual(2, s.ReplPort);
        Assert.AreEqual(-1, s.ReplRxPin);
        Assert.AreEqual(115200, s.ReplBaud);
        CollectionAssert.AreEqual(new byte[6], s.UniqueId);
        Assert.AreEqual(8, s.RecursionLimit);
    }
}
