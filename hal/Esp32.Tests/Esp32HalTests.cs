using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoFramework.Hardware.Esp32;
using NanoPython.Hal.Esp32.Fakes;

namespace NanoPython.Hal.Esp32.Tests;

/// <summary>The ESP32 HAL's drivers against the fake nanoFramework surface.</summary>
[TestClass]
[DoNotParallelize]
public class Esp32HalTests
{
    private static Esp32Board NewBoard()
    {
        return new Esp32Board("ESP32 test", "ESP32", new byte[] { 1, 2, 3, 4, 5, 6 }, 240000000);
    }

    [TestInitialize]
    public void ResetFake()
    {
        FakeHardware.Reset();
    }

    [TestMethod]
    [DataRow(HalPin.ModeInput, HalPin.PullNone, PinMode.Input)]
    [DataRow(HalPin.ModeInput, HalPin.PullUp, PinMode.InputPullUp)]
    [DataRow(HalPin.ModeInput, HalPin.PullDown, PinMode.InputPullDown)]
    [DataRow(HalPin.ModeOutput, HalPin.PullNone, PinMode.Output)]
    [DataRow(HalPin.ModeOpenDrain, HalPin.PullNone, PinMode.OutputOpenDrain)]
    [DataRow(HalPin.ModeOpenDrain, HalPin.PullUp, PinMode.OutputOpenDrainPullUp)]
    public void Gpio_HalModes_MapToNanoFrameworkPinModes(int mode, int pull, PinMode expected)
    {
        Assert.AreEqual(expected, Esp32Gpio.ToPinMode(mode, pull));
    }

    [TestMethod]
    public void Gpio_Output_ReadsBackItsLatchAndWritesBeforeConfigureApply()
    {
        Esp32Board b = NewBoard();
        b.Gpio.Write(2, 1);
        b.Gpio.Configure(2, HalPin.ModeOutput, HalPin.PullNone, 2);
        Assert.AreEqual(PinMode.Output, FakeHardware.PinModes[2]);
        Assert.AreEqual(1, FakeHardware.Levels[2]);
        Assert.AreEqual(1, b.Gpio.Read(2));
        b.Gpio.Write(2, 0);
        Assert.AreEqual(0, b.Gpio.Read(2));
        b.Gpio.Configure(2, HalPin.Unchanged, HalPin.PullUp, 3);
        Assert.AreEqual(PinMode.Output, FakeHardware.PinModes[2], "Unchanged keeps the mode");
    }

    [TestMethod]
    public void Gpio_InputOnlyPad_GetsNoPull()
    {
        Esp32Board b = NewBoard();
        b.Gpio.Configure(34, HalPin.ModeInput, HalPin.PullUp, 2);
        Assert.AreEqual(PinMode.Input, FakeHardware.PinModes[34]);
    }

    [TestMethod]
    public void Gpio_ValueChanged_IsReportedAsEdges()
    {
        Esp32Board b = NewBoard();
        b.Gpio.Configure(0, HalPin.ModeInput, HalPin.PullUp, 2);
        List<(int, int)> got = new();
        b.Gpio.SetEdgeHandler(0, HalPin.EdgeFalling, (p, e) => got.Add((p, e)));
        GpioPin pin = FakeHardware.OpenPins.Single(p => p.PinNumber == 0);
        pin.RaiseValueChanged(PinEventTypes.Falling);
        pin.RaiseValueChanged(PinEventTypes.Rising);
        CollectionAssert.AreEqual(new[] { (0, HalPin.EdgeFalling) }, got);
        b.SoftReset();
        pin.RaiseValueChanged(PinEventTypes.Falling);
        Assert.AreEqual(1, got.Count, "soft reset drops the handlers");
    }

    [TestMethod]
    public void Gpio_OutputWrites_AreEdgesToo()
    {
        Esp32Board b = NewBoard();
        b.Gpio.Configure(2, HalPin.ModeOutput, HalPin.PullNone, 2);
        int n = 0;
        b.Gpio.SetEdgeHandler(2, HalPin.EdgeRising, (p, e) => n++);
        b.Gpio.Write(2, 1);
        b.Gpio.Write(2, 1);
        b.Gpio.Write(2, 0);
        Assert.AreEqual(1, n);
    }

    [TestMethod]
    public void Gpio_TimePulse_PollsTheTimer()
    {
        Esp32Board b = NewBoard();
        b.Gpio.Configure(13, HalPin.ModeInput, HalPin.PullNone, 2);
        long t0 = FakeHardware.NowUs;
        FakeHardware.Waveform = (pin, t) => t >= t0 + 100 && t < t0 + 350 ? 1 : 0;
        long us = b.Gpio.TimePulseUs(13, 1, 1000);
        Assert.IsTrue(us >= 248 && us <= 252, "pulse " + us);
        Assert.AreEqual(-2, b.Gpio.TimePulseUs(13, 1, 500));
        FakeHardware.Waveform = (pin, t) => 1;
        Assert.AreEqual(-1, b.Gpio.TimePulseUs(13, 1, 500));
    }

    [TestMethod]
    public void Gpio_DhtRead_DecodesPulseWidths()
    {
        Esp32Board b = NewBoard();
        byte[] answer = { 0x01, 0xE1, 0x00, 0xEA, 0xCC };
        long release = -1;
        FakeHardware.Waveform = (pin, t) =>
        {
            if (release < 0)
            {
                // The line is released (written high) after the 18 ms start pulse.
                var w = FakeHardware.Writes.Where(x => x.Pin == 4).ToList();
                if (w.Count >= 3 && w[^1].Level == 1 && w[^2].Level == 0)
                {
                    release = w[^1].Time;
                }
                else
                {
                    return -1;
                }
            }

            long dt = t - release - 20;
            if (dt < 0)
            {
                return 1;
            }

            if (dt < 80)
            {
                return 0;
            }

            if (dt < 160)
            {
                return 1;
            }

            dt -= 160;
            for (int i = 0; i < 40; i++)
            {
                int high = (answer[i / 8] & (0x80 >> (i % 8))) != 0 ? 70 : 26;
                if (dt < 50)
                {
                    return 0;
                }

                dt -= 50;
                if (dt < high)
                {
                    return 1;
                }

                dt -= high;
            }

            // The sensor ends the frame with 50 us low, then releases the line.
            return dt < 50 ? 0 : 1;
        };
        byte[] buf = new byte[5];
        int status = b.Gpio.DhtRead(4, buf, 0);
        Assert.AreEqual(HalStatus.Ok, status, "status " + status + " writes " + string.Join(",", FakeHardware.Writes.Where(x => x.Pin == 4).Select(x => x.Level + "@" + x.Time)) + " now " + FakeHardware.NowUs + " release " + release);
        CollectionAssert.AreEqual(answer, buf);
        Assert.AreEqual(PinMode.OutputOpenDrain, FakeHardware.PinModes[4]);
    }

    [TestMethod]
    public void Gpio_DhtRead_NoSensor_TimesOut()
    {
        Esp32Board b = NewBoard();
        FakeHardware.Waveform = (pin, t) => 1;
        Assert.AreEqual(HalStatus.Timeout, b.Gpio.DhtRead(4, new byte[5], 0));
    }

    [TestMethod]
    public void Bitstream_Ws2812Timing_ThreeSpiBitsAt2400kHz()
    {
        int freq = Esp32Gpio.BitstreamEncoding(400, 850, 800, 450, out int slots, out int h0, out int h1);
        Assert.AreEqual(3, slots);
        Assert.AreEqual(1, h0);
        Assert.AreEqual(2, h1);
        Assert.AreEqual(2400000, freq);
        byte[] spi = Esp32Gpio.EncodeBitstream(new byte[] { 0xA0 }, 0, 1, slots, h0, h1);

        // 1 0 1 0 0 0 0 0 -> 110 100 110 100 100 100 100 100
        CollectionAssert.AreEqual(new byte[] { 0b11010011, 0b01001001, 0b00100100, 0 }, spi);
    }

    [TestMethod]
    public void Bitstream_GoesOutOnSpiMosiOfThePin()
    {
        Esp32Board b = NewBoard();
        Assert.AreEqual(HalStatus.Ok, b.Gpio.Bitstream(5, 400, 850, 800, 450, new byte[] { 0xFF, 0, 0 }, 0, 3));
        Assert.AreEqual(DeviceFunction.SPI2_MOSI, FakeHardware.PinFunctions[5]);
        Assert.AreEqual(1, FakeHardware.SpiWrites.Count);
        Assert.AreEqual(2, FakeHardware.SpiWrites[0].Bus);
        Assert.AreEqual(2400000, FakeHardware.SpiWrites[0].Frequency);
        Assert.AreEqual(10, FakeHardware.SpiWrites[0].Data.Length);
        Assert.AreEqual(HalStatus.InvalidArgument, b.Gpio.Bitstream(5, 0, 0, 0, 0, new byte[1], 0, 1));
    }

    [TestMethod]
    public void I2c_RoutesPinsAndChoosesSpeed()
    {
        Esp32Board b = NewBoard();
        FakeHardware.I2cDevices[(1, 0x76)] = new FakeI2cDevice();
        II2cBus bus = b.OpenI2c(0, 18, 19, 400000, 50000);
        Assert.AreEqual(DeviceFunction.I2C1_CLOCK, FakeHardware.PinFunctions[18]);
        Assert.AreEqual(DeviceFunction.I2C1_DATA, FakeHardware.PinFunctions[19]);
        Assert.IsTrue(bus.Probe(0x76));
        Assert.IsFalse(bus.Probe(0x77));
        b.OpenI2c(1, 25, 26, 100000, 50000);
        Assert.AreEqual(DeviceFunction.I2C2_CLOCK, FakeHardware.PinFunctions[25]);
        Assert.IsNull(b.OpenI2c(2, 1, 2, 100000, 50000));
    }

    [TestMethod]
    [DataRow(I2cTransferStatus.SlaveAddressNotAcknowledged, HalStatus.NoDevice)]
    [DataRow(I2cTransferStatus.ClockStretchTimeout, HalStatus.Timeout)]
    [DataRow(I2cTransferStatus.UnknownError, HalStatus.IoError)]
    [DataRow(I2cTransferStatus.PartialTransfer, 2)]
    public void I2c_TransferStatuses_MapWithoutExceptions(I2cTransferStatus status, int expected)
    {
        Esp32Board b = NewBoard();
        FakeHardware.I2cDevices[(1, 0x50)] = new FakeI2cDevice { ForcedStatus = status, PartialCount = 2 };
        II2cBus bus = b.OpenI2c(0, 18, 19, 400000, 50000);
        Assert.AreEqual(expected, bus.Write(0x50, new byte[] { 1, 2, 3, 4 }, 0, 4, true));
    }

    [TestMethod]
    public void I2c_WriteWithoutStopThenRead_IsOneWriteRead()
    {
        Esp32Board b = NewBoard();
        FakeI2cDevice dev = new FakeI2cDevice();
        dev.Registers[0xD0] = 0x60;
        FakeHardware.I2cDevices[(1, 0x76)] = dev;
        II2cBus bus = b.OpenI2c(0, 18, 19, 400000, 50000);
        Assert.AreEqual(1, bus.Write(0x76, new byte[] { 0xD0 }, 0, 1, false));
        byte[] r = new byte[1];
        Assert.AreEqual(1, bus.Read(0x76, r, 0, 1, true));
        Assert.AreEqual(0x60, r[0]);
        CollectionAssert.AreEqual(new[] { "WR 1:76 D0 1" }, FakeHardware.I2cLog);
        Assert.AreEqual(HalStatus.NoDevice, bus.WriteRead(0x10, new byte[1], 0, 1, r, 0, 1));
    }

    [TestMethod]
    public void SoftI2c_WriteByte_SendsMsbFirstAndReadsTheAck()
    {
        Esp32Board b = NewBoard();
        II2cPrimitives w = b.OpenSoftI2c(22, 21, 100000, 1000);
        Assert.AreEqual(PinMode.OutputOpenDrainPullUp, FakeHardware.PinModes[21]);
        FakeHardware.Writes.Clear();

        // The target pulls SDA low during the ninth clock: an ACK.
        FakeHardware.Waveform = (pin, t) => pin == 21 && FakeHardware.Writes.Count(x => x.Pin == 22 && x.Level == 1) == 10 ? 0 : -1;
        Assert.AreEqual(0, w.Start());
        Assert.AreEqual(0, w.WriteByte(0xA5));
        int[] sda = FakeHardware.Writes.Where(x => x.Pin == 21).Select(x => x.Level).ToArray();

        // START pulls SDA low, then the eight data bits MSB first, then SDA released for the ACK.
        CollectionAssert.AreEqual(new[] { 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1 }, sda);
        FakeHardware.Waveform = null;
        Assert.AreEqual(1, w.WriteByte(0x00), "nobody pulls SDA: NACK");
    }

    [TestMethod]
    public void SoftI2c_HeldClock_TimesOut()
    {
        Esp32Board b = NewBoard();
        II2cPrimitives w = b.OpenSoftI2c(22, 21, 100000, 100);
        FakeHardware.Waveform = (pin, t) => pin == 22 ? 0 : -1;
        Assert.AreEqual(HalStatus.Timeout, w.Start());
    }

    [TestMethod]
    public void Spi_ModeRoutingAndDuplex()
    {
        Esp32Board b = NewBoard();
        SpiConfig c = new SpiConfig { Baudrate = 1000000, Polarity = 1, Phase = 1, Sck = 18, Mosi = 23, Miso = 19 };
        ISpiBus spi = b.OpenSpi(2, c);
        Assert.AreEqual(DeviceFunction.SPI2_CLOCK, FakeHardware.PinFunctions[18]);
        Assert.AreEqual(DeviceFunction.SPI2_MOSI, FakeHardware.PinFunctions[23]);
        Assert.AreEqual(DeviceFunction.SPI2_MISO, FakeHardware.PinFunctions[19]);
        FakeHardware.SpiAnswer = x => (byte)~x;
        byte[] r = new byte[2];
        spi.Transfer(new byte[] { 0x0F, 0xF0 }, 0, r, 0, 2);
        CollectionAssert.AreEqual(new byte[] { 0xF0, 0x0F }, r);
        Assert.AreEqual(SpiMode.Mode3, FakeHardware.SpiWrites[0].Mode);
        Assert.AreEqual(SpiMode.Mode1, Esp32Spi.ModeOf(0, 1));
        Assert.AreEqual(SpiMode.Mode2, Esp32Spi.ModeOf(1, 0));
    }

    [TestMethod]
    public void SoftSpi_Mode0_ShiftsMsbFirst()
    {
        Esp32Board b = NewBoard();
        ISpiBus spi = b.OpenSpi(-1, new SpiConfig { Baudrate = 100000, Sck = 18, Mosi = 23, Miso = 19 });
        FakeHardware.Writes.Clear();
        FakeHardware.Waveform = (pin, t) => pin == 19 ? 1 : -1;
        byte[] r = new byte[1];
        spi.Transfer(new byte[] { 0x81 }, 0, r, 0, 1);
        Assert.AreEqual(0xFF, r[0]);
        int[] mosi = FakeHardware.Writes.Where(x => x.Pin == 23).Select(x => x.Level).ToArray();
        CollectionAssert.AreEqual(new[] { 1, 0, 0, 0, 0, 0, 0, 1 }, mosi);
        Assert.AreEqual(16, FakeHardware.Writes.Count(x => x.Pin == 18));
    }

    [TestMethod]
    public void Uart_ComPortPinsAndSettings()
    {
        Esp32Board b = NewBoard();
        UartConfig c = new UartConfig { Baudrate = 9600, Parity = 0, Stop = 2, Tx = 17, Rx = 16 };
        IUart u = b.OpenUart(2, c);
        System.IO.Ports.SerialPort port = FakeHardware.Ports["COM3"];
        Assert.AreEqual(9600, port.BaudRate);
        Assert.AreEqual(System.IO.Ports.Parity.Even, port.Parity);
        Assert.AreEqual(System.IO.Ports.StopBits.Two, port.StopBits);
        Assert.AreEqual(DeviceFunction.COM3_TX, FakeHardware.PinFunctions[17]);
        Assert.AreEqual(DeviceFunction.COM3_RX, FakeHardware.PinFunctions[16]);
        int got = -1;
        u.SetReceiveHandler(id => got = id);
        port.Receive(0x41, 0x42);
        Assert.AreEqual(2, got);
        Assert.AreEqual(2, u.Available);
        byte[] buf = new byte[8];
        Assert.AreEqual(2, u.Read(buf, 0, 8));
        Assert.AreEqual(0, u.Read(buf, 0, 8), "reads never block");
        u.Write(new byte[] { 1, 2, 3 }, 1, 2);
        CollectionAssert.AreEqual(new byte[] { 2, 3 }, port.Written);
    }

    [TestMethod]
    public void Pwm_CreatedFromPinWithDutyRatio()
    {
        Esp32Board b = NewBoard();
        IPwmOutput pwm = b.OpenPwm(2, 1000, 16384, false);
        System.Device.Pwm.PwmChannel ch = FakeHardware.PwmChannels.Single();
        Assert.AreEqual(2, ch.Pin);
        Assert.AreEqual(1000, ch.Frequency);
        Assert.AreEqual(0.25, ch.DutyCycle, 1e-9);
        Assert.IsTrue(ch.Running);
        pwm.Set(2000, 65535);
        Assert.AreEqual(2000, ch.Frequency);
        Assert.AreEqual(1.0, ch.DutyCycle);
        pwm.Close();
        Assert.IsFalse(ch.Running);
        Assert.AreEqual(0.75, Esp32Pwm.Ratio(16384, true), 1e-9);
    }

    [TestMethod]
    public void Adc_LogicalChannelsAndScaling()
    {
        Esp32Board b = NewBoard();
        Assert.AreEqual(6, Esp32Adc.LogicalChannel(34));
        Assert.AreEqual(10, Esp32Adc.LogicalChannel(4));
        Assert.AreEqual(-1, Esp32Adc.LogicalChannel(5));
        Assert.IsNull(b.OpenAdc(5));
        IAdcChannel adc = b.OpenAdc(34);
        Assert.AreEqual(DeviceFunction.ADC1_CH6, FakeHardware.PinFunctions[34]);
        FakeHardware.AdcValues[6] = 4095;
        Assert.AreEqual(4095, adc.ReadRaw());
        Assert.AreEqual(3300000, adc.ReadMicrovolts());
        adc.Configure(0, 9);
        Assert.AreEqual(511, adc.ReadRaw());
        Assert.AreEqual(1100000, adc.ReadMicrovolts());
    }

    [TestMethod]
    public void Timer_PeriodicHighResTimer_CallsBack()
    {
        Esp32Board b = NewBoard();
        IHardwareTimer t = b.OpenTimer(1);
        int got = -1;
        t.Start(100000, true, id => got = id);
        HighResTimer hrt = FakeHardware.Timers.Last();
        Assert.IsTrue(hrt.Periodic);
        Assert.AreEqual(100000UL, hrt.PeriodUs);
        hrt.Fire();
        Assert.AreEqual(1, got);
        t.Stop();
        Assert.IsTrue(hrt.Disposed);
        Assert.IsNull(b.OpenTimer(4));
    }

    [TestMethod]
    public void Watchdog_Expiry_NotifiesThenReboots()
    {
        Esp32Board b = NewBoard();
        int cause = 0;
        b.Chip.SetResetHandler(c => cause = c);
        IWatchdog w = b.StartWatchdog(2000);
        HighResTimer hrt = FakeHardware.Timers.Last();
        Assert.AreEqual(2000000UL, hrt.PeriodUs);
        w.Feed();
        Assert.IsTrue(hrt.Running);
        hrt.Fire();
        Assert.AreEqual(HalReset.Watchdog, cause);
        Assert.AreEqual(1, FakeHardware.Reboots);
    }

    [TestMethod]
    public void Chip_SleepResetAndWakeCause()
    {
        FakeHardware.WakeupCause = Sleep.WakeupCause.Timer;
        Esp32Board b = NewBoard();
        Assert.AreEqual(HalReset.DeepSleep, b.Chip.ResetCause);
        Assert.AreEqual(HalReset.WakeTimer, b.Chip.WakeReason);
        b.Chip.LightSleep(1500);
        Assert.AreEqual(TimeSpan.FromMilliseconds(1500), FakeHardware.TimerWakeup);
        Assert.AreEqual(1, FakeHardware.LightSleeps);
        b.Chip.DeepSleep(-1);
        Assert.AreEqual(1, FakeHardware.DeepSleeps);
        b.Chip.Reset();
        Assert.AreEqual(1, FakeHardware.Reboots);
        Assert.AreEqual(65536, b.Chip.MemoryFree);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4, 5, 6 }, b.Chip.UniqueId);
        b.SoftReset();
        Assert.AreEqual(HalReset.Soft, b.Chip.ResetCause);
        FakeHardware.WakeupCause = Sleep.WakeupCause.Undefined;
        Assert.AreEqual(HalReset.PowerOn, NewBoard().Chip.ResetCause);
    }

    [TestMethod]
    public void Rtc_Set_UsesTheSystemTime()
    {
        Esp32Board b = NewBoard();
        b.Rtc.Set(86400L * 1000000 + 500000);
        Assert.AreEqual(new DateTime(2000, 1, 2).AddTicks(5000000), FakeHardware.SystemTime);
        b.Rtc.WriteMemory(new byte[] { 9, 8, 7 }, 1, 2);
        CollectionAssert.AreEqual(new byte[] { 8, 7 }, b.Rtc.ReadMemory());
        Assert.IsTrue(Math.Abs(b.Rtc.Now - (DateTime.UtcNow - new DateTime(2000, 1, 1)).Ticks / 10) < 10000000);
    }

    [TestMethod]
    public void OneWire_ResetSamplesPresenceAndWritesLsbFirst()
    {
        Esp32Board b = NewBoard();
        IOneWire ow = b.OpenOneWire(15);
        Assert.AreEqual(PinMode.OutputOpenDrainPullUp, FakeHardware.PinModes[15]);
        Assert.IsFalse(ow.Reset(), "nobody answers: the pull-up keeps the line high");
        long pulseEnd = 0;
        FakeHardware.Waveform = (pin, t) => pin == 15 && t >= pulseEnd && t < pulseEnd + 200 ? 0 : -1;
        pulseEnd = FakeHardware.NowUs + 480 + 20;
        Assert.IsTrue(ow.Reset());
        FakeHardware.Waveform = null;
        FakeHardware.Writes.Clear();
        ow.WriteByte(0x01);
        var lows = FakeHardware.Writes.Where(x => x.Level == 0).Select(x => x.Time).ToArray();
        var highs = FakeHardware.Writes.Where(x => x.Level == 1).Select(x => x.Time).ToArray();
        Assert.AreEqual(8, lows.Length);
        Assert.IsTrue(highs[0] - lows[0] < 20, "first bit (LSB) is a 1: short low");
        Assert.IsTrue(highs[1] - lows[1] >= 60, "second bit is a 0: long low");
    }

    [TestMethod]
    public void TouchPad_ReadsTheChannelOfThePin()
    {
        Esp32Board b = NewBoard();
        FakeHardware.TouchValues[7] = 123;
        ITouchPad pad = b.OpenTouchPad(27);
        Assert.AreEqual(123, pad.Read());
        pad.SetThreshold(200);
        Assert.IsNull(b.OpenTouchPad(5));
        Assert.IsNull(b.OpenDac(25), "no DAC API in the nanoFramework packages");
    }

    [TestMethod]
    public void PulseCounter_UsesGpioPulseCounter()
    {
        Esp32Board b = NewBoard();
        IPulseCounter c = b.OpenCounter(4, -1, HalPin.EdgeFalling, 1300);
        System.Device.Gpio.GpioPulseCounter hw = FakeHardware.Counters.Single();
        Assert.AreEqual(System.Device.Gpio.GpioPulsePolarity.Falling, hw.Polarity);
        Assert.AreEqual((ushort)100, hw.FilterPulses);
        Assert.IsTrue(hw.IsStarted);
        hw.Pulses = 42;
        Assert.AreEqual(42, c.Count);
        c.SetCount(0);
        hw.Pulses = 45;
        Assert.AreEqual(3, c.Count);
        c.Close();
        Assert.IsFalse(hw.IsStarted);
        b.OpenCounter(13, 14, HalPin.EdgeRising, 0);
        Assert.AreEqual(System.Device.Gpio.GpioPulsePolarity.Both, FakeHardware.Counters.Last().Polarity, "an encoder counts both edges");
    }
}
