using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NanoPython.Hal.Simulated;

/// <summary>One device of a board description: its type, name, wiring and type-specific properties.</summary>
public sealed class DeviceDescription
{
    /// <summary>Device type ("led", "button", "potentiometer", "bme280", "ssd1306", "eeprom24c32", "dht22", "dht11", "ws2812", "ds18b20").</summary>
    public string Type { get; set; }

    /// <summary>Name used by commands (defaults to type + position).</summary>
    public string Name { get; set; }

    /// <summary>The GPIO of single-pin devices.</summary>
    public int? Pin { get; set; }

    /// <summary>I2C clock pin.</summary>
    public int? Scl { get; set; }

    /// <summary>I2C data pin.</summary>
    public int? Sda { get; set; }

    /// <summary>I2C address (7-bit).</summary>
    public int? Address { get; set; }

    /// <summary>SPI clock pin.</summary>
    public int? Sck { get; set; }

    /// <summary>SPI chip select pin.</summary>
    public int? Cs { get; set; }

    /// <summary>Every other property ("temperature", "count", "active"...).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Properties { get; set; } = new Dictionary<string, JsonElement>();

    /// <summary>A numeric property, or fallback.</summary>
    public double Number(string name, double fallback)
    {
        if (Properties != null && Properties.TryGetValue(name, out JsonElement e))
        {
            if (e.ValueKind == JsonValueKind.Number)
            {
                return e.GetDouble();
            }

            if (e.ValueKind == JsonValueKind.String && double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                return v;
            }

            throw new BoardDescriptionException("device '" + Name + "': \"" + name + "\" must be a number");
        }

        return fallback;
    }

    /// <summary>A string property, or fallback.</summary>
    public string Text(string name, string fallback)
    {
        if (Properties != null && Properties.TryGetValue(name, out JsonElement e))
        {
            return e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString();
        }

        return fallback;
    }

    /// <summary>A required pin-like value (pin, scl...).</summary>
    public int Require(int? value, string what)
    {
        if (!value.HasValue)
        {
            throw new BoardDescriptionException("device '" + Name + "' (" + Type + ") needs \"" + what + "\"");
        }

        return value.Value;
    }
}
