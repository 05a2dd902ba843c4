using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The board description file (JSON, `--board FILE`): the board's name, clock mode, CPU frequency, MAC, initial RTC
/// time, jumper wires between pins and the devices wired to pins and buses. <see cref="Default"/> is the built-in
/// DevKit with one of every simulated device. See hal/Simulated/README.md for the format.
/// </summary>
public sealed class BoardDescription
{
    /// <summary>The built-in board, as JSON (also the documentation's example).</summary>
    public const string DefaultJson = """
        {
          "name": "ESP32 DevKitC (simulated)",
          "mcu": "ESP32",
          "clock": "real",
          "cpu_frequency": 160000000,
          "unique_id": "240ac4a1b2c3",
          "wires": [],
          "devices": [
            { "type": "led", "name": "led", "pin": 2 },
            { "type": "button", "name": "button", "pin": 0, "active": "low", "pull": "up" },
            { "type": "potentiometer", "name": "pot", "pin": 34, "position": 0.5 },
            { "type": "bme280", "name": "bme280", "scl": 22, "sda": 21, "address": 118, "temperature": 21.5, "pressure": 1013.2, "humidity": 45.0 },
            { "type": "ssd1306", "name": "oled", "scl": 22, "sda": 21, "address": 60, "height": 64 },
            { "type": "eeprom24c32", "name": "eeprom", "scl": 22, "sda": 21, "address": 80 },
            { "type": "dht22", "name": "dht", "pin": 4, "temperature": 23.4, "humidity": 51.2 },
            { "type": "ws2812", "name": "strip", "pin": 5, "count": 8 },
            { "type": "ds18b20", "name": "probe", "pin": 15, "rom": "28a1b2c3d4e5f6", "temperature": 19.5 },
            { "type": "touchpad", "name": "touch", "pin": 27 },
            { "type": "led", "name": "led2", "pin": 33 }
          ]
        }
        """;

    private static readonly JsonSerializerOptions s_options = new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Board name (banner, sys.implementation._machine).</summary>
    public string Name { get; set; } = "ESP32 DevKitC (simulated)";

    /// <summary>MCU name.</summary>
    public string Mcu { get; set; } = "ESP32";

    /// <summary>"real" (interactive) or "virtual" (deterministic; tests).</summary>
    public string Clock { get; set; } = "real";

    /// <summary>Initial CPU frequency in Hz.</summary>
    public int CpuFrequency { get; set; } = 160000000;

    /// <summary>machine.unique_id() as 12 hex digits (the MAC).</summary>
    public string UniqueId { get; set; } = "240ac4a1b2c3";

    /// <summary>Initial RTC time (ISO 8601, UTC), or null: the host's time (real clock) or 2000-01-01 (virtual clock).</summary>
    public string Rtc { get; set; }

    /// <summary>Jumper wires: each entry lists pins joined into one net.</summary>
    public List<int[]> Wires { get; set; } = new List<int[]>();

    /// <summary>The devices.</summary>
    public List<DeviceDescription> Devices { get; set; } = new List<DeviceDescription>();

    /// <summary>A fresh copy of the built-in board.</summary>
    public static BoardDescription Default
    {
        get { return Parse(DefaultJson, "built-in board"); }
    }

    /// <summary>Reads a board file; throws <see cref="BoardDescriptionException"/> with the file name for any problem.</summary>
    public static BoardDescription Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw new BoardDescriptionException(path + ": " + e.Message);
        }

        return Parse(text, path);
    }

    /// <summary>Parses a description (source names it in error messages).</summary>
    public static BoardDescription Parse(string json, string source)
    {
        BoardDescription d;
        try
        {
            d = JsonSerializer.Deserialize<BoardDescription>(json, s_options);
        }
        catch (JsonException e)
        {
            throw new BoardDescriptionException(source + ": " + e.Message);
        }

        if (d == null)
        {
            throw new BoardDescriptionException(source + ": empty description");
        }

        d.Validate(source);
        return d;
    }

    /// <summary>The unique id as bytes.</summary>
    public byte[] UniqueIdBytes()
    {
        return Convert.FromHexString(UniqueId);
    }

    /// <summary>The initial RTC time, or null.</summary>
    public DateTime? RtcStart()
    {
        if (string.IsNullOrEmpty(Rtc))
        {
            return null;
        }

        return DateTime.Parse(Rtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    private void Validate(string source)
    {
        if (Clock != "real" && Clock != "virtual")
        {
            throw new BoardDescriptionException(source + ": \"clock\" must be \"real\" or \"virtual\"");
        }

        if (UniqueId == null || UniqueId.Length == 0 || UniqueId.Length % 2 != 0 || !IsHex(UniqueId))
        {
            throw new BoardDescriptionException(source + ": \"unique_id\" must be an even number of hex digits");
        }

        if (!string.IsNullOrEmpty(Rtc) && !DateTime.TryParse(Rtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime rtcStart))
        {
            throw new BoardDescriptionException(source + ": \"rtc\" is not a date and time: " + Rtc);
        }

        foreach (int[] w in Wires)
        {
            if (w == null || w.Length < 2)
            {
                throw new BoardDescriptionException(source + ": a wire joins at least two pins");
            }

            foreach (int p in w)
            {
                CheckPin(source, "wire", p);
            }
        }

        HashSet<string> names = new HashSet<string>();
        for (int i = 0; i < Devices.Count; i++)
        {
            DeviceDescription dev = Devices[i];
            if (string.IsNullOrEmpty(dev.Type))
            {
                throw new BoardDescriptionException(source + ": device " + (i + 1) + " has no \"type\"");
            }

            dev.Name ??= dev.Type + (i + 1);
            if (!names.Add(dev.Name))
            {
                throw new BoardDescriptionException(source + ": two devices are named '" + dev.Name + "'");
            }

            foreach (int? p in new[] { dev.Pin, dev.Scl, dev.Sda, dev.Sck, dev.Cs })
            {
                if (p.HasValue)
                {
                    CheckPin(source, dev.Name, p.Value);
                }
            }
        }
    }

    private static void CheckPin(string source, string what, int pin)
    {
        if (Esp32PinMap.Capabilities(pin) == 0)
        {
            throw new BoardDescriptionException(source + ": " + what + ": GPIO" + pin + " does not exist on an ESP32 DevKit (or belongs to the flash)");
        }
    }

    private static bool IsHex(string s)
    {
        foreach (char c in s)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
