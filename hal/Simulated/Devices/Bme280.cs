using System;
using System.Globalization;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// A Bosch BME280 on I2C with the datasheet's register map: chip id D0h = 60h, soft reset E0h, calibration 88h..A1h and
/// E1h..E7h, ctrl_hum F2h, status F3h, ctrl_meas F4h, config F5h, data F7h..FEh. Writes are register/value pairs, reads
/// auto-increment. A forced measurement takes the datasheet's typical time (status bit 3 set meanwhile), then the data
/// registers hold raw ADC values chosen so that the datasheet's compensation formulas (which every MicroPython driver
/// uses) give back the configured temperature, pressure and humidity.
/// </summary>
public sealed class Bme280 : SimDevice, II2cTarget
{
    // Calibration words: the datasheet's example (T, P) and values read from a real sensor (H).
    private const int T1 = 27504, T2 = 26435, T3 = -1000;
    private const int P1 = 36477, P2 = -10685, P3 = 3024, P4 = 2855, P5 = 140, P6 = -7, P7 = 15500, P8 = -14600, P9 = 6000;
    private const int H1 = 75, H2 = 362, H3 = 0, H4 = 313, H5 = 50, H6 = 30;

    private readonly byte[] _regs = new byte[256];
    private int _pointer;
    private bool _expectRegister;
    private long _measuringUntil;

    /// <summary>A sensor at address on the bus (scl, sda) reading the given values (°C, hPa, %RH).</summary>
    public Bme280(int scl, int sda, int address, double temperature, double pressureHpa, double humidity)
    {
        Scl = scl;
        Sda = sda;
        Address = address;
        Temperature = temperature;
        Pressure = pressureHpa;
        Humidity = humidity;
        PowerOn();
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "bme280"; }
    }

    /// <inheritdoc/>
    public int Scl { get; }

    /// <inheritdoc/>
    public int Sda { get; }

    /// <inheritdoc/>
    public int Address { get; }

    /// <inheritdoc/>
    public bool Busy
    {
        get { return false; }
    }

    /// <summary>Temperature in °C.</summary>
    public double Temperature { get; private set; }

    /// <summary>Pressure in hPa.</summary>
    public double Pressure { get; private set; }

    /// <summary>Relative humidity in %.</summary>
    public double Humidity { get; private set; }

    /// <summary>The datasheet's integer temperature compensation: returns t_fine; temperature = (t_fine * 5 + 128) >> 8 in 0.01 °C.</summary>
    public static int TFine(int adcT)
    {
        int var1 = (((adcT >> 3) - (T1 << 1)) * T2) >> 11;
        int var2 = (((((adcT >> 4) - T1) * ((adcT >> 4) - T1)) >> 12) * T3) >> 14;
        return var1 + var2;
    }

    /// <summary>The datasheet's 64-bit pressure compensation: Pa in Q24.8.</summary>
    public static long CompensatePressure(int adcP, int tFine)
    {
        long var1 = (long)tFine - 128000;
        long var2 = var1 * var1 * P6;
        var2 += (var1 * P5) << 17;
        var2 += (long)P4 << 35;
        var1 = ((var1 * var1 * P3) >> 8) + ((var1 * P2) << 12);
        var1 = ((1L << 47) + var1) * P1 >> 33;
        if (var1 == 0)
        {
            return 0;
        }

        long p = 1048576 - adcP;
        p = (((p << 31) - var2) * 3125) / var1;
        var1 = (P9 * (p >> 13) * (p >> 13)) >> 25;
        var2 = (P8 * p) >> 19;
        return ((p + var1 + var2) >> 8) + ((long)P7 << 4);
    }

    /// <summary>The datasheet's integer humidity compensation: %RH in Q22.10.</summary>
    public static int CompensateHumidity(int adcH, int tFine)
    {
        int v = tFine - 76800;
        v = ((((adcH << 14) - (H4 << 20) - (H5 * v)) + 16384) >> 15) * (((((((v * H6) >> 10) * (((v * H3) >> 11) + 32768)) >> 10) + 2097152) * H2 + 8192) >> 14);
        v -= ((((v >> 15) * (v >> 15)) >> 7) * H1) >> 4;
        v = v < 0 ? 0 : v;
        v = v > 419430400 ? 419430400 : v;
        return v >> 12;
    }

    /// <inheritdoc/>
    public void Start(bool read)
    {
        _expectRegister = !read;
    }

    /// <inheritdoc/>
    public bool Write(byte value)
    {
        if (_expectRegister)
        {
            _pointer = value;
            _expectRegister = false;
            return true;
        }

        WriteRegister(_pointer, value);
        _expectRegister = true;
        return true;
    }

    /// <inheritdoc/>
    public byte Read()
    {
        byte v = ReadRegister(_pointer);
        _pointer = (_pointer + 1) & 0xFF;
        return v;
    }

    /// <inheritdoc/>
    public void Stop()
    {
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        return "temperature " + F(Temperature) + " C, pressure " + F(Pressure) + " hPa, humidity " + F(Humidity) + " %";
    }

    /// <inheritdoc/>
    public override void Set(string property, string value)
    {
        switch (property)
        {
            case "temperature":
                Temperature = Math.Clamp(Number(BoardCommands.StripUnit(value, "C"), property), -40, 85);
                break;
            case "pressure":
                Pressure = Math.Clamp(Number(BoardCommands.StripUnit(value, "hPa"), property), 300, 1100);
                break;
            case "humidity":
                Humidity = Math.Clamp(Number(BoardCommands.StripUnit(value, "%"), property), 0, 100);
                break;
            default:
                base.Set(property, value);
                break;
        }

        Trace(Show(null));
    }

    private static string F(double v)
    {
        return v.ToString("0.0##", CultureInfo.InvariantCulture);
    }

    private void PowerOn()
    {
        Array.Clear(_regs);
        _regs[0xD0] = 0x60;
        PutLe(0x88, T1);
        PutLe(0x8A, T2);
        PutLe(0x8C, T3);
        PutLe(0x8E, P1);
        PutLe(0x90, P2);
        PutLe(0x92, P3);
        PutLe(0x94, P4);
        PutLe(0x96, P5);
        PutLe(0x98, P6);
        PutLe(0x9A, P7);
        PutLe(0x9C, P8);
        PutLe(0x9E, P9);
        _regs[0xA1] = H1;
        PutLe(0xE1, H2);
        _regs[0xE3] = H3;
        _regs[0xE4] = (byte)(H4 >> 4);
        _regs[0xE5] = (byte)((H4 & 0x0F) | ((H5 & 0x0F) << 4));
        _regs[0xE6] = (byte)(H5 >> 4);
        _regs[0xE7] = H6;

        // Data registers after reset: 0x80000 (pressure, temperature), 0x8000 (humidity).
        _regs[0xF7] = 0x80;
        _regs[0xFA] = 0x80;
        _regs[0xFD] = 0x80;
        _measuringUntil = 0;
    }

    private void PutLe(int reg, int value)
    {
        _regs[reg] = (byte)value;
        _regs[reg + 1] = (byte)(value >> 8);
    }

    private void WriteRegister(int reg, byte value)
    {
        switch (reg)
        {
            case 0xE0:
                if (value == 0xB6)
                {
                    Trace("soft reset");
                    PowerOn();
                }

                break;
            case 0xF2:
                _regs[0xF2] = (byte)(value & 0x07);
                break;
            case 0xF5:
                _regs[0xF5] = (byte)(value & 0xFD);
                break;
            case 0xF4:
                _regs[0xF4] = value;
                int mode = value & 3;
                if (mode == 1 || mode == 2)
                {
                    StartForced();
                }

                break;
        }
    }

    private byte ReadRegister(int reg)
    {
        if (reg == 0xF3)
        {
            return (byte)(Board.Clock.NowUs < _measuringUntil ? 0x08 : 0x00);
        }

        if (reg >= 0xF7 && reg <= 0xFE && (_regs[0xF4] & 3) == 3)
        {
            Measure();
        }

        return _regs[reg];
    }

    private void StartForced()
    {
        int osT = Oversampling((_regs[0xF4] >> 5) & 7);
        int osP = Oversampling((_regs[0xF4] >> 2) & 7);
        int osH = Oversampling(_regs[0xF2] & 7);
        double ms = 1.25 + 2.3 * osT + (osP > 0 ? 2.3 * osP + 0.575 : 0) + (osH > 0 ? 2.3 * osH + 0.575 : 0);
        long us = (long)(ms * 1000);
        _measuringUntil = Board.Clock.NowUs + us;
        Board.Clock.After(us, () =>
        {
            Measure();
            _regs[0xF4] = (byte)(_regs[0xF4] & 0xFC);
        });
    }

    private static int Oversampling(int code)
    {
        return code == 0 ? 0 : code >= 5 ? 16 : 1 << (code - 1);
    }

    private void Measure()
    {
        int osT = (_regs[0xF4] >> 5) & 7;
        int osP = (_regs[0xF4] >> 2) & 7;
        int osH = _regs[0xF2] & 7;
        int adcT = FindAdcT(Temperature);
        int tFine = TFine(adcT);
        int adcP = FindAdcP(Pressure * 100.0, tFine);
        int adcH = FindAdcH(Humidity, tFine);
        Put20(0xF7, osP == 0 ? 0x80000 : adcP);
        Put20(0xFA, osT == 0 ? 0x80000 : adcT);
        int h = osH == 0 ? 0x8000 : adcH;
        _regs[0xFD] = (byte)(h >> 8);
        _regs[0xFE] = (byte)h;
    }

    private void Put20(int reg, int value)
    {
        _regs[reg] = (byte)(value >> 12);
        _regs[reg + 1] = (byte)(value >> 4);
        _regs[reg + 2] = (byte)((value & 0x0F) << 4);
    }

    private static int FindAdcT(double celsius)
    {
        // T rises with adc_T: binary search for the raw value whose compensated temperature is closest.
        double target = celsius * 100;
        int lo = 0;
        int hi = (1 << 20) - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (((TFine(mid) * 5 + 128) >> 8) < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int FindAdcP(double pascal, int tFine)
    {
        // Pressure falls as adc_P rises.
        double target = pascal * 256;
        int lo = 0;
        int hi = (1 << 20) - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (CompensatePressure(mid, tFine) > target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int FindAdcH(double percent, int tFine)
    {
        double target = percent * 1024;
        int lo = 0;
        int hi = 65535;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (CompensateHumidity(mid, tFine) < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
