using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace NanoPython.Hal.Simulated.Devices;

/// <summary>
/// An SSD1306 OLED controller (128x64 or 128x32) on I2C: control bytes (Co, D/C#), the fundamental, addressing,
/// hardware-configuration, timing and scrolling commands with their arguments (kept across transactions, as the
/// MicroPython driver sends one command byte per transaction), and the 128x8-page GDDRAM with horizontal, vertical and
/// page addressing. The panel image applies start line, segment remap, COM scan direction, inversion, entire-on, display
/// on/off and the charge pump; "show" draws it as text and "render" writes a PNG.
/// </summary>
public sealed class Ssd1306 : SimDevice, II2cTarget
{
    private readonly byte[] _ram = new byte[128 * 8];
    private readonly byte[] _command = new byte[8];
    private int _commandLength;
    private int _commandNeeded;
    private bool _control;
    private bool _continuation;
    private bool _data;

    private bool _displayOn;
    private bool _chargePump;
    private int _contrast;
    private int _addressingMode;
    private int _colStart;
    private int _colEnd;
    private int _pageStart;
    private int _pageEnd;
    private int _col;
    private int _page;
    private int _startLine;
    private int _offset;
    private bool _segRemap;
    private bool _comRemap;
    private bool _invert;
    private bool _entireOn;
    private int _mux;

    /// <summary>A display of the given height (64 or 32) at address on the bus (scl, sda).</summary>
    public Ssd1306(int scl, int sda, int address, int height)
    {
        Scl = scl;
        Sda = sda;
        Address = address;
        Height = height == 32 ? 32 : 64;
        Reset();
    }

    /// <inheritdoc/>
    public override string Type
    {
        get { return "ssd1306"; }
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

    /// <summary>Panel width in pixels.</summary>
    public int Width
    {
        get { return 128; }
    }

    /// <summary>Panel height in pixels.</summary>
    public int Height { get; }

    /// <summary>True when the display is on and powered (0xAF with the charge pump enabled).</summary>
    public bool Lit
    {
        get { return _displayOn && _chargePump; }
    }

    /// <summary>Whether the panel pixel (x, y) is lit, as a viewer sees it.</summary>
    public bool Pixel(int x, int y)
    {
        if (!Lit)
        {
            return false;
        }

        if (_entireOn)
        {
            return true;
        }

        // With A1 and C8 (what drivers send) the first RAM column and row appear at the top left of a module.
        int col = _segRemap ? x : 127 - x;
        int line = _comRemap ? y : Height - 1 - y;
        int row = (line + _startLine + _offset) % 64;
        bool on = (_ram[(row / 8) * 128 + col] & (1 << (row % 8))) != 0;
        return on ^ _invert;
    }

    /// <inheritdoc/>
    public void Start(bool read)
    {
        _control = true;
        _continuation = false;
    }

    /// <inheritdoc/>
    public bool Write(byte value)
    {
        if (_control)
        {
            // Control byte: Co (bit 7) = another control byte follows the next byte; D/C# (bit 6) = data.
            _continuation = (value & 0x80) != 0;
            _data = (value & 0x40) != 0;
            _control = false;
            return true;
        }

        if (_data)
        {
            WriteRam(value);
        }
        else
        {
            CommandByte(value);
        }

        if (_continuation)
        {
            _control = true;
        }

        return true;
    }

    /// <inheritdoc/>
    public byte Read()
    {
        // Status byte: bit 6 = display off.
        return (byte)(_displayOn ? 0x00 : 0x40);
    }

    /// <inheritdoc/>
    public void Stop()
    {
    }

    /// <inheritdoc/>
    public override string Show(string[] args)
    {
        int x0 = 0;
        int y0 = 0;
        int w = Width;
        int h = Height;
        if (args != null && args.Length >= 4)
        {
            x0 = (int)Number(args[0], "x");
            y0 = (int)Number(args[1], "y");
            w = (int)Number(args[2], "width");
            h = (int)Number(args[3], "height");
        }

        StringBuilder sb = new StringBuilder();
        for (int y = Math.Max(0, y0); y < Math.Min(Height, y0 + h); y++)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            for (int x = Math.Max(0, x0); x < Math.Min(Width, x0 + w); x++)
            {
                sb.Append(Pixel(x, y) ? '#' : '.');
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string Verb(string verb, string[] args)
    {
        if (verb != "render")
        {
            return null;
        }

        if (args.Length < 1)
        {
            throw new ArgumentException("render " + Name + " FILE.png [SCALE]");
        }

        int scale = args.Length > 1 ? (int)Number(args[1], "scale") : 4;
        if (scale < 1 || scale > 16)
        {
            throw new ArgumentException("scale must be 1..16");
        }

        File.WriteAllBytes(args[0], RenderPng(scale));
        return "wrote " + args[0] + " (" + Width * scale + "x" + Height * scale + ")";
    }

    /// <summary>The panel as a PNG image (white pixels dimmed by the contrast setting on black), scale times enlarged.</summary>
    public byte[] RenderPng(int scale)
    {
        int w = Width * scale;
        int h = Height * scale;
        byte[] rgb = new byte[w * h * 3];
        byte on = (byte)(80 + 175 * _contrast / 255);
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                if (Pixel(x / scale, y / scale))
                {
                    int i = (y * w + x) * 3;
                    rgb[i] = on;
                    rgb[i + 1] = on;
                    rgb[i + 2] = on;
                }
            }
        }

        return PngEncoder.EncodeRgb(w, h, rgb);
    }

    private void Reset()
    {
        _displayOn = false;
        _chargePump = false;
        _contrast = 0x7F;
        _addressingMode = 2;
        _colStart = 0;
        _colEnd = 127;
        _pageStart = 0;
        _pageEnd = 7;
        _col = 0;
        _page = 0;
        _startLine = 0;
        _offset = 0;
        _segRemap = false;
        _comRemap = false;
        _invert = false;
        _entireOn = false;
        _mux = 63;
    }

    private void WriteRam(byte value)
    {
        _ram[_page * 128 + _col] = value;
        switch (_addressingMode)
        {
            case 0:
                if (++_col > _colEnd)
                {
                    _col = _colStart;
                    if (++_page > _pageEnd)
                    {
                        _page = _pageStart;
                    }
                }

                break;
            case 1:
                if (++_page > _pageEnd)
                {
                    _page = _pageStart;
                    if (++_col > _colEnd)
                    {
                        _col = _colStart;
                    }
                }

                break;
            default:
                if (++_col > 127)
                {
                    _col = _colStart;
                }

                break;
        }
    }

    private static int ArgumentCount(int cmd)
    {
        switch (cmd)
        {
            case 0x20:
            case 0x81:
            case 0x8D:
            case 0xA8:
            case 0xAD:
            case 0xD3:
            case 0xD5:
            case 0xD6:
            case 0xD9:
            case 0xDA:
            case 0xDB:
                return 1;
            case 0x21:
            case 0x22:
            case 0xA3:
                return 2;
            case 0x29:
            case 0x2A:
                return 5;
            case 0x26:
            case 0x27:
                return 6;
            default:
                return 0;
        }
    }

    private void CommandByte(byte value)
    {
        if (_commandNeeded == 0)
        {
            _commandLength = 0;
            _commandNeeded = 1 + ArgumentCount(value);
        }

        _command[_commandLength++] = value;
        if (_commandLength == _commandNeeded)
        {
            _commandNeeded = 0;
            Execute();
        }
    }

    private void Execute()
    {
        int c = _command[0];
        if (c <= 0x0F)
        {
            _col = (_col & 0xF0) | c;
            return;
        }

        if (c <= 0x1F)
        {
            _col = (_col & 0x0F) | ((c & 0x07) << 4);
            return;
        }

        if (c >= 0x40 && c <= 0x7F)
        {
            _startLine = c & 0x3F;
            return;
        }

        if (c >= 0xB0 && c <= 0xB7)
        {
            _page = c & 7;
            return;
        }

        switch (c)
        {
            case 0x20:
                _addressingMode = _command[1] & 3;
                break;
            case 0x21:
                _colStart = _command[1] & 0x7F;
                _colEnd = _command[2] & 0x7F;
                _col = _colStart;
                break;
            case 0x22:
                _pageStart = _command[1] & 7;
                _pageEnd = _command[2] & 7;
                _page = _pageStart;
                break;
            case 0x81:
                _contrast = _command[1];
                break;
            case 0x8D:
                _chargePump = (_command[1] & 0x04) != 0;
                break;
            case 0xA0:
            case 0xA1:
                _segRemap = c == 0xA1;
                break;
            case 0xA4:
            case 0xA5:
                _entireOn = c == 0xA5;
                break;
            case 0xA6:
            case 0xA7:
                _invert = c == 0xA7;
                break;
            case 0xA8:
                _mux = _command[1] & 0x3F;
                break;
            case 0xAE:
            case 0xAF:
                _displayOn = c == 0xAF;
                Trace(_displayOn ? "display on" : "display off");
                break;
            case 0xC0:
            case 0xC8:
                _comRemap = c == 0xC8;
                break;
            case 0xD3:
                _offset = _command[1] & 0x3F;
                break;
        }
    }
}
