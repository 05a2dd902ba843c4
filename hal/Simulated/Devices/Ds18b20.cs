using System;
using System.Globalization;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// A DS18B20 1-Wire thermometer, simulated at the level of time slots: ROM commands (READ ROM 33h, MATCH ROM 55h, SKIP
/// ROM CCh, SEARCH ROM F0h, ALARM SEARCH ECh) and function commands (CONVERT T 44h, READ SCRATCHPAD BEh, WRITE SCRATCHPAD
/// 4Eh, COPY SCRATCHPAD 48h, RECALL E2 B8h, READ POWER SUPPLY B4h). A conversion takes 93.75 ms to 750 ms of board time
/// (9 to 12 bits) during which read slots return 0; the temperature register reads 85 °C until the first conversion.
/// </summary>
public sealed class Ds18b20 : SimDevice, IOneWireTarget, IPinDriver
{
    private const int StateIdle = 0;
    private const int StateRomCommand = 1;
    private const int StateMatchRom = 2;
    private const int StateSearch = 3;
    private const int StateFunction = 4;
    private const int StateSend = 5;
    private const int StateWriteScratch = 6;
    private const int StateConverting = 7;

    private readonly byte[] _rom;
    private readonly byte[] _scratch = new byte[9];
    private readonly byte[] _eeprom = new byte[3];
    private int _state;
    private int _shift;
    private int _bitCount;
    private bool _matchOk;
    private int _searchPhase;
    private byte[] _send;
    private int _sendBits;
    private bool _converting;

    /// <summary>A sensor on pin with its 64-bit ROM (family 28h, serial, CRC) and a temperature in °C.</summary>
    public Ds18b20(int pin, byte[] rom, double temperature)
    {
        Pin = pin;
        _rom = rom;
        Temperature = temperature;
        _eeprom[0] = 0x4B;
        _eeprom[1] = 0x46;
        _eeprom[2] = 0x7F;
        _scratch[0] = 0x50;
        _scratch[1] = 0x05;
        RecallEeprom();
        _scratch[5] = 0xFF;
        _scratch[6] = 0x0C;
        _scratch[7] = 0x10;
        UpdateCrc();
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "ds18b20"; }
    }

    /// <inheritdoc/>
    public int Pin { get; }

    /// <summary>The temperature the next conversion measures, in °C.</summary>
    public double Temperature { get; private set; }

    /// <summary>The ROM code (8 bytes).</summary>
    public byte[] Rom
    {
        get { return (byte[])_rom.Clone(); }
    }

    /// <inheritdoc/>
    public int Drive
    {
        get { return -1; }
    }

    /// <inheritdoc/>
    public double Voltage
    {
        get { return double.NaN; }
    }

    /// <inheritdoc/>
    public int ExternalPull
    {
        get { return 1; }
    }

    /// <summary>Dallas/Maxim CRC-8 (polynomial x^8 + x^5 + x^4 + 1, reflected 0x8C).</summary>
    public static byte Crc8(byte[] data, int offset, int count)
    {
        int crc = 0;
        for (int i = 0; i < count; i++)
        {
            int b = data[offset + i];
            for (int k = 0; k < 8; k++)
            {
                int mix = (crc ^ b) & 1;
                crc >>= 1;
                if (mix != 0)
                {
                    crc ^= 0x8C;
                }

                b >>= 1;
            }
        }

        return (byte)crc;
    }

    /// <inheritdoc/>
    public bool Reset()
    {
        _state = StateRomCommand;
        _shift = 0;
        _bitCount = 0;
        return true;
    }

    /// <inheritdoc/>
    public void WriteBit(int bit)
    {
        switch (_state)
        {
            case StateRomCommand:
                if (ShiftIn(bit, 8))
                {
                    RomCommand(_shift);
                }

                break;
            case StateMatchRom:
                if (((_rom[_bitCount / 8] >> (_bitCount % 8)) & 1) != bit)
                {
                    _matchOk = false;
                }

                if (++_bitCount == 64)
                {
                    _state = _matchOk ? StateFunction : StateIdle;
                    _shift = 0;
                    _bitCount = 0;
                }

                break;
            case StateSearch:
                if (_searchPhase == 2)
                {
                    if (RomBit(_bitCount) != bit)
                    {
                        _state = StateIdle;
                        break;
                    }

                    _searchPhase = 0;
                    if (++_bitCount == 64)
                    {
                        _state = StateFunction;
                        _shift = 0;
                        _bitCount = 0;
                    }
                }

                break;
            case StateFunction:
                if (ShiftIn(bit, 8))
                {
                    FunctionCommand(_shift);
                }

                break;
            case StateWriteScratch:
                if (ShiftIn(bit, 24))
                {
                    _scratch[2] = (byte)_shift;
                    _scratch[3] = (byte)(_shift >> 8);
                    _scratch[4] = (byte)(((_shift >> 16) & 0x60) | 0x1F);
                    _shift = 0;
                    UpdateCrc();
                    _state = StateIdle;
                }

                break;
        }
    }

    /// <inheritdoc/>
    public int ReadBit()
    {
        switch (_state)
        {
            case StateSearch:
                if (_searchPhase == 0)
                {
                    _searchPhase = 1;
                    return RomBit(_bitCount);
                }

                if (_searchPhase == 1)
                {
                    _searchPhase = 2;
                    return RomBit(_bitCount) ^ 1;
                }

                return 1;
            case StateSend:
            {
                int b = (_send[_bitCount / 8] >> (_bitCount % 8)) & 1;
                if (++_bitCount >= _sendBits)
                {
                    _state = StateIdle;
                }

                return b;
            }

            case StateConverting:
                return _converting ? 0 : 1;
            default:
                return 1;
        }
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        int raw = (short)(_scratch[0] | (_scratch[1] << 8));
        return "rom " + Hex(_rom) + ", temperature " + Temperature.ToString("0.0###", CultureInfo.InvariantCulture) + " C, register " + (raw / 16.0).ToString("0.0###", CultureInfo.InvariantCulture) + " C";
    }

    /// <inheritdoc/>
    public override void Set(string property, string value)
    {
        if (property != "temperature")
        {
            base.Set(property, value);
        }

        Temperature = Math.Clamp(Number(BoardCommands.StripUnit(value, "C"), property), -55, 125);
        Trace("temperature " + Temperature.ToString("0.0###", CultureInfo.InvariantCulture) + " C");
    }

    /// <summary>The ROM as 16 hex digits, first byte first.</summary>
    public static string Hex(byte[] rom)
    {
        return Convert.ToHexString(rom).ToLowerInvariant();
    }

    private int RomBit(int i)
    {
        return (_rom[i / 8] >> (i % 8)) & 1;
    }

    private bool ShiftIn(int bit, int width)
    {
        _shift |= (bit & 1) << _bitCount;
        if (++_bitCount == width)
        {
            _bitCount = 0;
            return true;
        }

        return false;
    }

    private void RomCommand(int cmd)
    {
        _shift = 0;
        switch (cmd)
        {
            case 0x33:
                StartSend(_rom, 64);
                break;
            case 0x55:
                _state = StateMatchRom;
                _matchOk = true;
                break;
            case 0xCC:
                _state = StateFunction;
                break;
            case 0xF0:
                _state = StateSearch;
                _searchPhase = 0;
                break;
            case 0xEC:
            {
                int t = (short)(_scratch[0] | (_scratch[1] << 8)) >> 4;
                bool alarm = t >= (sbyte)_scratch[2] || t <= (sbyte)_scratch[3];
                _state = alarm ? StateSearch : StateIdle;
                _searchPhase = 0;
                break;
            }

            default:
                _state = StateIdle;
                break;
        }
    }

    private void FunctionCommand(int cmd)
    {
        _shift = 0;
        switch (cmd)
        {
            case 0x44:
                StartConversion();
                break;
            case 0xBE:
                StartSend(_scratch, 72);
                break;
            case 0x4E:
                _state = StateWriteScratch;
                break;
            case 0x48:
                _eeprom[0] = _scratch[2];
                _eeprom[1] = _scratch[3];
                _eeprom[2] = _scratch[4];
                _state = StateIdle;
                break;
            case 0xB8:
                RecallEeprom();
                UpdateCrc();
                _state = StateIdle;
                break;
            case 0xB4:
                StartSend(new byte[] { 0xFF }, 8);
                break;
            default:
                _state = StateIdle;
                break;
        }
    }

    private void StartSend(byte[] data, int bits)
    {
        _send = (byte[])data.Clone();
        _sendBits = bits;
        _bitCount = 0;
        _state = StateSend;
    }

    private void StartConversion()
    {
        _state = StateConverting;
        _converting = true;
        int resolution = 9 + ((_scratch[4] >> 5) & 3);
        long us = 93750L << (resolution - 9);
        Trace("convert T (" + resolution + " bits, " + (us / 1000.0).ToString("0.##", CultureInfo.InvariantCulture) + " ms)");
        Board.Clock.After(us, () =>
        {
            int raw = (int)Math.Round(Temperature * 16);
            raw &= ~((1 << (12 - resolution)) - 1);
            _scratch[0] = (byte)raw;
            _scratch[1] = (byte)(raw >> 8);
            UpdateCrc();
            _converting = false;
        });
    }

    private void RecallEeprom()
    {
        _scratch[2] = _eeprom[0];
        _scratch[3] = _eeprom[1];
        _scratch[4] = _eeprom[2];
    }

    private void UpdateCrc()
    {
        _scratch[8] = Crc8(_scratch, 0, 8);
    }

    internal override void Attach(SimulatedBoard board)
    {
        base.Attach(board);
        board.SimGpio.AddDriver(this);
    }
}
