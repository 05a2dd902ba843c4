using System;
using System.Collections.Generic;
using System.Globalization;
using NanoPython.Hal.Simulated.Devices;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The simulated ESP32 DevKit: implements the HAL for the host port and the tests, with the devices of a
/// <see cref="BoardDescription"/> wired to its pins and buses, a real-time or virtual clock, a trace of what happens and
/// a command language (<see cref="BoardCommands"/>) to act on it from outside. All hardware state is guarded by
/// <see cref="Sync"/>; callbacks to the machine module run with it held (they only queue work).
/// </summary>
public sealed class SimulatedBoard : IBoard, IBoardControl, IDisposable
{
    private readonly List<SimDevice> _devices = new List<SimDevice>();
    private readonly Dictionary<string, SimDevice> _byName = new Dictionary<string, SimDevice>(StringComparer.OrdinalIgnoreCase);
    private readonly List<SimUart> _uarts = new List<SimUart>();
    private readonly List<object> _open = new List<object>();
    private readonly SimTimer[] _timers = new SimTimer[4];
    private readonly Dictionary<int, ExternalDrive> _forced = new Dictionary<int, ExternalDrive>();
    private readonly Dictionary<int, SimDac> _dacs = new Dictionary<int, SimDac>();
    private SimWatchdog _watchdog;

    /// <summary>A board from a description; virtualClock overrides the description's "clock" when given.</summary>
    public SimulatedBoard(BoardDescription description, bool? virtualClock = null)
    {
        Description = description;
        bool isVirtual = virtualClock ?? description.Clock == "virtual";
        Clock = new SimClock(isVirtual, Sync) { CpuHz = description.CpuFrequency };
        Trace = new TraceLog(() => Clock.NowUs);
        SimGpio = new SimGpio(this, description.Wires);
        SimChip = new SimChip(this, description.CpuFrequency, description.UniqueIdBytes());
        SimRtc = new SimRtc(this, description.RtcStart());
        for (int i = 0; i < _timers.Length; i++)
        {
            _timers[i] = new SimTimer(this, i);
        }

        lock (Sync)
        {
            foreach (DeviceDescription d in description.Devices)
            {
                SimDevice dev = CreateDevice(d);
                dev.Name = d.Name;
                _devices.Add(dev);
                _byName[d.Name] = dev;
                dev.Attach(this);
            }
        }
    }

    /// <summary>Raised (on any thread) when the board wants to reset: machine.reset(), deepsleep, the watchdog, the EN button. The argument is the cause (HalReset).</summary>
    public event Action<int> ResetRequested;

    /// <summary>The lock that guards all simulated hardware.</summary>
    public object Sync { get; } = new object();

    /// <summary>The description the board was built from.</summary>
    public BoardDescription Description { get; }

    /// <summary>The clock.</summary>
    public SimClock Clock { get; }

    /// <summary>The pins.</summary>
    public SimGpio SimGpio { get; }

    /// <summary>The chip.</summary>
    public SimChip SimChip { get; }

    /// <summary>The RTC.</summary>
    public SimRtc SimRtc { get; }

    /// <summary>The trace of what happens.</summary>
    public TraceLog Trace { get; }

    /// <inheritdoc/>
    public string Name
    {
        get { return Description.Name; }
    }

    /// <inheritdoc/>
    public string Mcu
    {
        get { return Description.Mcu; }
    }

    /// <summary>The devices in description order.</summary>
    public IReadOnlyList<SimDevice> AllDevices
    {
        get { return _devices; }
    }

    IClock IBoard.Clock
    {
        get { return Clock; }
    }

    IGpio IBoard.Gpio
    {
        get { return SimGpio; }
    }

    IChip IBoard.Chip
    {
        get { return SimChip; }
    }

    IRtc IBoard.Rtc
    {
        get { return SimRtc; }
    }

    /// <summary>The built-in DevKit (see <see cref="BoardDescription.DefaultJson"/>).</summary>
    public static SimulatedBoard CreateDefault(bool virtualClock)
    {
        return new SimulatedBoard(BoardDescription.Default, virtualClock);
    }

    /// <summary>A board from a description file (null: the built-in one); virtualClock overrides the file's clock.</summary>
    public static SimulatedBoard Load(string path, bool? virtualClock = null)
    {
        return new SimulatedBoard(path == null ? BoardDescription.Default : BoardDescription.Load(path), virtualClock);
    }

    /// <summary>The device with a name (case-insensitive); ArgumentException when there is none.</summary>
    public SimDevice Device(string name)
    {
        if (_byName.TryGetValue(name, out SimDevice d))
        {
            return d;
        }

        throw new ArgumentException("no device named '" + name + "' (try: list)");
    }

    /// <summary>The device with a name, of type T.</summary>
    public T Device<T>(string name)
        where T : SimDevice
    {
        return Device(name) as T ?? throw new ArgumentException("'" + name + "' is not a " + typeof(T).Name);
    }

    /// <inheritdoc/>
    public string Command(string line)
    {
        return BoardCommands.Run(this, line);
    }

    /// <inheritdoc/>
    public II2cBus OpenI2c(int id, int scl, int sda, int freq, int timeoutUs)
    {
        if (id != 0 && id != 1)
        {
            return null;
        }

        return Track(new SimI2cBus(this, id, scl, sda, freq));
    }

    /// <inheritdoc/>
    public II2cPrimitives OpenSoftI2c(int scl, int sda, int freq, int timeoutUs)
    {
        return Track(new SimSoftI2c(this, scl, sda, freq));
    }

    /// <inheritdoc/>
    public ISpiBus OpenSpi(int id, SpiConfig config)
    {
        if (id != -1 && id != 1 && id != 2)
        {
            return null;
        }

        return Track(new SimSpiBus(this, id, config));
    }

    /// <inheritdoc/>
    public IUart OpenUart(int id, UartConfig config)
    {
        if (id < 0 || id > 2)
        {
            return null;
        }

        lock (Sync)
        {
            foreach (SimUart u in _uarts.ToArray())
            {
                if (u.Id == id)
                {
                    _uarts.Remove(u);
                }
            }

            SimUart uart = new SimUart(this, id, config);
            _uarts.Add(uart);
            return uart;
        }
    }

    /// <inheritdoc/>
    public IPwmOutput OpenPwm(int pin, int frequency, int dutyU16, bool invert)
    {
        if ((SimGpio.Capabilities(pin) & HalPin.CapOutput) == 0)
        {
            return null;
        }

        lock (Sync)
        {
            SimPwm pwm = new SimPwm(this, pin, frequency, dutyU16, invert);
            SimGpio.PwmAttached(pin, pwm);
            return pwm;
        }
    }

    /// <inheritdoc/>
    public IAdcChannel OpenAdc(int pin)
    {
        if ((SimGpio.Capabilities(pin) & HalPin.CapAdc) == 0)
        {
            return null;
        }

        return new SimAdc(this, pin);
    }

    /// <inheritdoc/>
    public IHardwareTimer OpenTimer(int id)
    {
        return id >= 0 && id < _timers.Length ? _timers[id] : null;
    }

    /// <inheritdoc/>
    public IWatchdog StartWatchdog(int timeoutMs)
    {
        lock (Sync)
        {
            if (_watchdog == null)
            {
                _watchdog = new SimWatchdog(this, timeoutMs);
            }
            else
            {
                _watchdog.Reconfigure(timeoutMs);
            }

            return _watchdog;
        }
    }

    /// <inheritdoc/>
    public IOneWire OpenOneWire(int pin)
    {
        return new SimOneWire(this, pin);
    }

    /// <inheritdoc/>
    public ITouchPad OpenTouchPad(int pin)
    {
        return Esp32PinMap.TouchChannel(pin) >= 0 ? new SimTouchPad(this, pin) : null;
    }

    /// <inheritdoc/>
    public IDac OpenDac(int pin)
    {
        if (Esp32PinMap.DacChannel(pin) < 0)
        {
            return null;
        }

        lock (Sync)
        {
            if (!_dacs.TryGetValue(pin, out SimDac dac))
            {
                dac = new SimDac(this, pin);
                _dacs[pin] = dac;
                SimGpio.AddDriver(dac);
            }

            return dac;
        }
    }

    /// <inheritdoc/>
    public IPulseCounter OpenCounter(int pinA, int pinB, int edges, int filterNs)
    {
        lock (Sync)
        {
            SimCounter c = new SimCounter(this, pinA, pinB, edges);
            SimGpio.AddCounter(c);
            return c;
        }
    }

    /// <inheritdoc/>
    public void SoftReset()
    {
        lock (Sync)
        {
            StopPeripherals();
            SimChip.ResetCause = HalReset.Soft;
            Trace.Write("board", "soft reset");
        }
    }

    /// <summary>
    /// Carries out a reset the board requested (or a power cycle): every pin back to its reset state, peripherals and
    /// the watchdog stopped; RTC time, RTC memory and the devices keep their state. The reset cause becomes cause (the
    /// pending one when cause is 0).
    /// </summary>
    public void HardReset(int cause = 0)
    {
        lock (Sync)
        {
            StopPeripherals();
            if (_watchdog != null)
            {
                _watchdog.Stop();
                _watchdog = null;
            }

            SimGpio.ResetPins();
            int c = cause != 0 ? cause : SimChip.PendingReset != 0 ? SimChip.PendingReset : HalReset.PowerOn;
            SimChip.ResetCause = c;
            if (c != HalReset.DeepSleep)
            {
                SimChip.WakeReason = HalReset.WakeNone;
            }

            SimChip.PendingReset = 0;
            Trace.Write("board", "hard reset");
        }
    }

    /// <summary>Stops the real-time clock thread.</summary>
    public void Dispose()
    {
        Clock.Dispose();
    }

    /// <summary>Drives a pin from outside: 1 (wired to 3V3), 0 (to GND) or -1 (released).</summary>
    public void ForcePin(int pin, int level)
    {
        lock (Sync)
        {
            if (SimGpio.Capabilities(pin) == 0)
            {
                throw new ArgumentException("GPIO" + pin + " does not exist on this board");
            }

            if (!_forced.TryGetValue(pin, out ExternalDrive d))
            {
                d = new ExternalDrive(pin);
                _forced[pin] = d;
                SimGpio.AddDriver(d);
            }

            d.Drive = level;
            Trace.Write("GPIO" + pin, level < 0 ? "released from outside" : "driven " + (level != 0 ? "high" : "low") + " from outside");
            SimGpio.Refresh(pin);
        }
    }

    /// <summary>Bytes arriving on the RX pin of UART id (which must be open).</summary>
    public void InjectUart(int id, byte[] data)
    {
        SimUart target = null;
        lock (Sync)
        {
            foreach (SimUart u in _uarts)
            {
                if (u.Id == id)
                {
                    target = u;
                }
            }
        }

        if (target == null)
        {
            throw new ArgumentException("UART" + id + " is not open");
        }

        target.Inject(data);
    }

    /// <summary>Records a reset request and tells the machine module and the host.</summary>
    internal void RequestReset(int cause)
    {
        SimChip.PendingReset = cause;
        SimChip.NotifyReset(cause);
        ResetRequested?.Invoke(cause);
    }

    internal IEnumerable<T> Devices<T>()
    {
        foreach (SimDevice d in _devices)
        {
            if (d is T t)
            {
                yield return t;
            }
        }
    }

    internal List<T> DevicesOn<T>(SimNet net, Func<T, int> pinOf)
    {
        List<T> r = new List<T>();
        foreach (SimDevice d in _devices)
        {
            if (d is T t)
            {
                foreach (SimPin p in net.Pins)
                {
                    if (p.Number == pinOf(t))
                    {
                        r.Add(t);
                        break;
                    }
                }
            }
        }

        return r;
    }

    internal List<SimUart> OpenUarts()
    {
        return new List<SimUart>(_uarts);
    }

    internal void UartClosed(SimUart uart)
    {
        lock (Sync)
        {
            uart.SetReceiveHandler(null);
            _uarts.Remove(uart);
        }
    }

    internal string WiringOf(SimDevice d)
    {
        switch (d)
        {
            case II2cTarget i2c:
                return "I2C scl=" + i2c.Scl + " sda=" + i2c.Sda + " addr=0x" + i2c.Address.ToString("x2");
            case IPinDriver p:
                return "GPIO" + p.Pin;
            case IPinObserver o:
                return "GPIO" + o.Pin;
            case IBitstreamTarget b:
                return "GPIO" + b.Pin;
            case TouchPadDevice t:
                return "GPIO" + t.Pin + " (touch T" + Esp32PinMap.TouchChannel(t.Pin) + ")";
            default:
                return "-";
        }
    }

    private T Track<T>(T peripheral)
    {
        lock (Sync)
        {
            _open.Add(peripheral);
        }

        return peripheral;
    }

    private void StopPeripherals()
    {
        SimGpio.SoftReset();
        foreach (SimTimer t in _timers)
        {
            t.Stop();
        }

        foreach (SimUart u in _uarts.ToArray())
        {
            u.Close();
        }

        foreach (object o in _open)
        {
            if (o is II2cBus b)
            {
                b.Close();
            }
            else if (o is II2cPrimitives s)
            {
                s.Close();
            }
        }

        _open.Clear();
        SimChip.SetResetHandler(null);
    }

    private static SimDevice CreateDevice(DeviceDescription d)
    {
        switch (d.Type.ToLowerInvariant())
        {
            case "led":
                return new Led(d.Require(d.Pin, "pin"), d.Text("active", "high") == "low");
            case "button":
            {
                bool activeLow = d.Text("active", "low") != "high";
                string pull = d.Text("pull", activeLow ? "up" : "down");
                return new Button(d.Require(d.Pin, "pin"), activeLow, pull == "up" ? 1 : pull == "down" ? -1 : 0);
            }

            case "potentiometer":
            case "pot":
                return new Potentiometer(d.Require(d.Pin, "pin"), d.Number("position", 0.5), d.Number("vref", 3.3));
            case "bme280":
                return new Bme280(d.Require(d.Scl, "scl"), d.Require(d.Sda, "sda"), d.Address ?? 0x76, d.Number("temperature", 21.5), d.Number("pressure", 1013.2), d.Number("humidity", 45));
            case "ssd1306":
                return new Ssd1306(d.Require(d.Scl, "scl"), d.Require(d.Sda, "sda"), d.Address ?? 0x3C, (int)d.Number("height", 64));
            case "eeprom24c32":
            case "24c32":
                return new Eeprom24c32(d.Require(d.Scl, "scl"), d.Require(d.Sda, "sda"), d.Address ?? 0x50, d.Text("file", null));
            case "dht22":
            case "dht11":
                return new Dht(d.Require(d.Pin, "pin"), d.Type.ToLowerInvariant() == "dht11", d.Number("temperature", 23.4), d.Number("humidity", 51.2));
            case "ws2812":
            case "neopixel":
                return new Ws2812Strip(d.Require(d.Pin, "pin"), (int)d.Number("count", 8));
            case "touchpad":
                return new TouchPadDevice(d.Require(d.Pin, "pin"));
            case "ds18b20":
                return new Ds18b20(d.Require(d.Pin, "pin"), ParseRom(d), d.Number("temperature", 19.5));
            default:
                throw new BoardDescriptionException("device '" + d.Name + "': unknown type '" + d.Type + "' (led, button, potentiometer, bme280, ssd1306, eeprom24c32, dht22, dht11, ws2812, ds18b20, touchpad)");
        }
    }

    private static byte[] ParseRom(DeviceDescription d)
    {
        string hex = d.Text("rom", "28a1b2c3d4e5f6");
        byte[] b;
        try
        {
            b = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            throw new BoardDescriptionException("device '" + d.Name + "': \"rom\" must be hex digits");
        }

        if (b.Length == 7)
        {
            byte[] full = new byte[8];
            Array.Copy(b, full, 7);
            full[7] = Ds18b20.Crc8(full, 0, 7);
            return full;
        }

        if (b.Length != 8 || Ds18b20.Crc8(b, 0, 7) != b[7])
        {
            throw new BoardDescriptionException("device '" + d.Name + "': \"rom\" needs 7 bytes (the CRC is added) or 8 with a correct CRC");
        }

        return b;
    }
}
