using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal.Simulated.Devices;
using NanoPython.Runtime;
using static NanoPython.Tests.Machine.MachineFixture;

namespace NanoPython.Tests.Machine;

/// <summary>machine.I2C and SoftI2C against the simulated BME280, SSD1306 and 24C32 on the default bus (scl 18, sda 19).</summary>
[TestClass]
public class MachineI2cTests
{
    // The default board wires its I2C devices as DevKits usually are: SCL 22, SDA 21.
    private static PyObject I2c0(MachineFixture f)
    {
        return f.CallKw(f.M("I2C"), new PyObject[] { I(0) }, "scl", f.Pin(22), "sda", f.Pin(21));
    }

    private static PyObject Soft(MachineFixture f)
    {
        return f.CallKw(f.M("SoftI2C"), new PyObject[0], "scl", f.Pin(22), "sda", f.Pin(21));
    }

    [TestMethod]
    public void I2c_Scan_ListsTheDevices()
    {
        using MachineFixture f = Create();
        Assert.AreEqual("[60, 80, 118]", f.Repr(f.Invoke(I2c0(f), "scan")));
        Assert.AreEqual("[60, 80, 118]", f.Repr(f.Invoke(Soft(f), "scan")));
        Assert.AreEqual("[]", f.Repr(f.Invoke(f.Call(f.M("I2C"), I(1)), "scan")));
        PyObject other = f.CallKw(f.M("I2C"), new PyObject[] { I(0) }, "scl", f.Pin(18), "sda", f.Pin(19));
        Assert.AreEqual("[]", f.Repr(f.Invoke(other, "scan")), "nothing on the default pins 18/19");
    }

    [TestMethod]
    public void I2c_Repr_ShowsDefaultPins()
    {
        using MachineFixture f = Create();
        Assert.AreEqual("I2C(0, scl=18, sda=19, freq=400000, timeout=50000)", f.Repr(f.Call(f.M("I2C"), I(0))));
        Assert.AreEqual("I2C(1, scl=25, sda=26, freq=400000, timeout=50000)", f.Repr(f.Call(f.M("I2C"), I(1))));
        Assert.AreEqual("SoftI2C(scl=22, sda=21, freq=500000)", f.Repr(Soft(f)));
        f.Raises(PyExc.ValueError, () => f.Call(f.M("I2C"), I(2)), "I2C(2) doesn't exist");
    }

    [TestMethod]
    public void I2c_Nack_RaisesEnodev()
    {
        using MachineFixture f = Create();
        PyBaseException e = f.Raises(PyExc.OSError, () => f.Invoke(I2c0(f), "readfrom", I(0x10), I(1)));
        Assert.AreEqual("[Errno 19] ENODEV", e.NativeStr(f.Ip));
        f.Raises(PyExc.OSError, () => f.Invoke(Soft(f), "writeto", I(0x10), B(1)), "[Errno 19] ENODEV");
    }

    [TestMethod]
    public void I2c_Bme280_ChipIdAndCalibration()
    {
        using MachineFixture f = Create();
        PyObject i2c = I2c0(f);
        Assert.AreEqual(0x60, Bytes(f.Invoke(i2c, "readfrom_mem", I(0x76), I(0xD0), I(1)))[0]);
        byte[] cal = Bytes(f.Invoke(i2c, "readfrom_mem", I(0x76), I(0x88), I(26)));
        Assert.AreEqual(27504, cal[0] | (cal[1] << 8));
        Assert.AreEqual(75, cal[25]);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void I2c_Bme280_ForcedMeasurementDecodesToConfiguredValues(bool soft)
    {
        using MachineFixture f = Create();
        f.Board.Command("set bme280 temperature 24.3");
        f.Board.Command("set bme280 pressure 1008.6");
        f.Board.Command("set bme280 humidity 61.5");
        PyObject i2c = soft ? Soft(f) : I2c0(f);
        byte[] c1 = Bytes(f.Invoke(i2c, "readfrom_mem", I(0x76), I(0x88), I(26)));
        byte[] c2 = Bytes(f.Invoke(i2c, "readfrom_mem", I(0x76), I(0xE1), I(7)));
        f.Invoke(i2c, "writeto_mem", I(0x76), I(0xF2), B(1));
        f.Invoke(i2c, "writeto_mem", I(0x76), I(0xF4), B(0x25));
        Assert.AreEqual(0x08, Bytes(f.Invoke(i2c, "readfrom_mem", I(0x76), I(0xF3), I(1)))[0] & 0x08, "measuring");
        f.Board.Command("advance 10ms");
        Assert.AreEqual(0, Bytes(f.Invoke(i2c, "readfrom_mem", I(0x76), I(0xF3), I(1)))[0] & 0x08);
        PyByteArray data = BA(8);
        f.Invoke(i2c, "readfrom_mem_into", I(0x76), I(0xF7), data);
        byte[] r = data.Data;
        int rawP = ((r[0] << 16) | (r[1] << 8) | r[2]) >> 4;
        int rawT = ((r[3] << 16) | (r[4] << 8) | r[5]) >> 4;
        int rawH = (r[6] << 8) | r[7];
        FloatCompensation(c1, c2, rawT, rawP, rawH, out double t, out double p, out double h);
        Assert.AreEqual(24.3, t, 0.01);
        Assert.AreEqual(100860, p, 2);
        Assert.AreEqual(61.5, h, 0.02);
    }

    [TestMethod]
    public void I2c_Eeprom_WritesPagesAndNacksDuringWriteCycle()
    {
        using MachineFixture f = Create();
        PyObject i2c = I2c0(f);
        PyObject addrsize = I(16);
        f.InvokeKw(i2c, "writeto_mem", new[] { I(0x50), I(0x0100), B(1, 2, 3, 4) }, "addrsize", addrsize);
        f.Raises(PyExc.OSError, () => f.InvokeKw(i2c, "readfrom_mem", new[] { I(0x50), I(0x0100), I(4) }, "addrsize", addrsize), "[Errno 19] ENODEV");
        f.Board.Command("advance 5ms");
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4 }, Bytes(f.InvokeKw(i2c, "readfrom_mem", new[] { I(0x50), I(0x0100), I(4) }, "addrsize", addrsize)));

        // A write past the end of a 32-byte page wraps to its start.
        f.InvokeKw(i2c, "writeto_mem", new[] { I(0x50), I(0x001F), B(0xAA, 0xBB) }, "addrsize", addrsize);
        f.Board.Command("advance 5ms");
        Assert.AreEqual(0xBB, Bytes(f.InvokeKw(i2c, "readfrom_mem", new[] { I(0x50), I(0x0000), I(1) }, "addrsize", addrsize))[0]);
        Assert.AreEqual("001f: aa", f.Board.Command("show eeprom 31 1"));
    }

    [TestMethod]
    public void I2c_WritetoNoStopThenReadfrom_IsARegisterRead()
    {
        using MachineFixture f = Create();
        PyObject i2c = I2c0(f);
        Assert.AreEqual(1L, L(f.Invoke(i2c, "writeto", I(0x76), B(0xD0), PyBool.False)));
        Assert.AreEqual(0x60, Bytes(f.Invoke(i2c, "readfrom", I(0x76), I(1)))[0]);
    }

    [TestMethod]
    public void SoftI2c_Primitives_TalkToTheEeprom()
    {
        using MachineFixture f = Create();
        PyObject i2c = Soft(f);
        f.Invoke(i2c, "start");
        Assert.AreEqual(5L, L(f.Invoke(i2c, "write", B(0xA0, 0x00, 0x10, 0x42, 0x43))));
        f.Invoke(i2c, "stop");
        f.Board.Command("advance 5ms");
        f.Invoke(i2c, "start");
        Assert.AreEqual(3L, L(f.Invoke(i2c, "write", B(0xA0, 0x00, 0x10))));
        f.Invoke(i2c, "start");
        Assert.AreEqual(1L, L(f.Invoke(i2c, "write", B(0xA1))));
        PyByteArray buf = BA(2);
        f.Invoke(i2c, "readinto", buf);
        f.Invoke(i2c, "stop");
        CollectionAssert.AreEqual(new byte[] { 0x42, 0x43 }, buf.Data);
        Assert.AreEqual(0L, L(f.Invoke(i2c, "write", B(0xB0))), "nobody at 0x58: no ACK");
    }

    [TestMethod]
    public void I2c_HardwarePrimitives_AreNotSupported()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.OSError, () => f.Invoke(I2c0(f), "start"), "I2C operation not supported");
    }

    [TestMethod]
    public void I2c_Writevto_SendsOneTransaction()
    {
        using MachineFixture f = Create();
        PyObject i2c = I2c0(f);
        f.Invoke(i2c, "writevto", I(0x3C), new PyList(new PyObject[] { B(0x80, 0xAF), B(0x80, 0x8D, 0x80, 0x14) }, 2));
        Ssd1306 oled = f.Board.Device<Ssd1306>("oled");
        Assert.IsTrue(oled.Lit);
    }

    [TestMethod]
    public void I2c_Ssd1306_MicroPythonInitAndFramebufferShow()
    {
        using MachineFixture f = Create();
        PyObject i2c = I2c0(f);
        byte[] init = { 0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, 63, 0xC8, 0xD3, 0x00, 0xDA, 0x12, 0xD5, 0x80, 0xD9, 0xF1, 0xDB, 0x30, 0x81, 0xFF, 0xA4, 0xA6, 0x8D, 0x14, 0xAF };
        foreach (byte c in init)
        {
            f.Invoke(i2c, "writeto", I(0x3C), B(0x80, c));
        }

        foreach (byte c in new byte[] { 0x21, 0, 127, 0x22, 0, 7 })
        {
            f.Invoke(i2c, "writeto", I(0x3C), B(0x80, c));
        }

        byte[] fb = new byte[1024];
        fb[0] = 0x01;
        fb[127] = 0x80;
        fb[1023] = 0x80;
        f.Invoke(i2c, "writevto", I(0x3C), new PyList(new PyObject[] { B(0x40), B(fb) }, 2));
        Ssd1306 oled = f.Board.Device<Ssd1306>("oled");
        Assert.IsTrue(oled.Pixel(0, 0));
        Assert.IsTrue(oled.Pixel(127, 7));
        Assert.IsTrue(oled.Pixel(127, 63));
        Assert.IsFalse(oled.Pixel(1, 0));
        Assert.AreEqual("#.\n..", f.Board.Command("show oled 0 0 2 2"));
        byte[] png = oled.RenderPng(1);
        Assert.AreEqual(0x89, png[0]);
        Assert.AreEqual((byte)'P', png[1]);
    }

    [TestMethod]
    public void I2c_ReadfromMemBadAddrsize_IsValueError()
    {
        using MachineFixture f = Create();
        f.Raises(PyExc.ValueError, () => f.InvokeKw(I2c0(f), "readfrom_mem", new[] { I(0x76), I(0), I(1) }, "addrsize", I(12)));
    }

    // robert-hh's bme280_float.py compensation, as MicroPython users run it.
    private static void FloatCompensation(byte[] c1, byte[] c2, int rawT, int rawP, int rawH, out double temp, out double pressure, out double humidity)
    {
        int U16(int i) => c1[i] | (c1[i + 1] << 8);
        int S16(int i) => (short)U16(i);
        int t1 = U16(0), t2 = S16(2), t3 = S16(4);
        int p1 = U16(6), p2 = S16(8), p3 = S16(10), p4 = S16(12), p5 = S16(14), p6 = S16(16), p7 = S16(18), p8 = S16(20), p9 = S16(22);
        int h1 = c1[25];
        int h2 = (short)(c2[0] | (c2[1] << 8));
        int h3 = c2[2];
        int h4 = (sbyte)c2[3] * 16 + (c2[4] & 0xF);
        int h5 = (short)(c2[4] | (c2[5] << 8)) / 16;
        int h6 = (sbyte)c2[6];
        double var1 = (rawT / 16384.0 - t1 / 1024.0) * t2;
        double var2 = rawT / 131072.0 - t1 / 8192.0;
        var2 = var2 * var2 * t3;
        double tFine = (int)(var1 + var2);
        temp = (var1 + var2) / 5120.0;
        var1 = tFine / 2.0 - 64000.0;
        var2 = var1 * var1 * p6 / 32768.0 + var1 * p5 * 2.0;
        var2 = var2 / 4.0 + p4 * 65536.0;
        var1 = (p3 * var1 * var1 / 524288.0 + p2 * var1) / 524288.0;
        var1 = (1.0 + var1 / 32768.0) * p1;
        double p = (1048576.0 - rawP - var2 / 4096.0) * 6250.0 / var1;
        var1 = p9 * p * p / 2147483648.0;
        var2 = p * p8 / 32768.0;
        pressure = p + (var1 + var2 + p7) / 16.0;
        double h = tFine - 76800.0;
        h = (rawH - (h4 * 64.0 + h5 / 16384.0 * h)) * (h2 / 65536.0 * (1.0 + h6 / 67108864.0 * h * (1.0 + h3 / 67108864.0 * h)));
        humidity = h * (1.0 - h1 * h / 524288.0);
    }
}
