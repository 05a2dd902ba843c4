using System.Collections.Generic;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>
/// The nanoFramework reference assemblies of tools/NfRef and where the listings describe them: the folder
/// tools/NfRef/&lt;Name&gt; holds the reference sources of the assembly Name, which is described by corelib-api.txt
/// (mscorlib) or by the named "#### Assembly" sections of packages-api.txt. Mirrors ASSEMBLIES of tools/NfRef/generate.py.
/// </summary>
internal static class NfRefAssemblies
{
    /// <summary>The listing file of mscorlib.</summary>
    public const string CoreListing = "corelib-api.txt";

    /// <summary>The listing file of the other packages.</summary>
    public const string PackagesListing = "packages-api.txt";

    /// <summary>Assembly name to the listing sections that describe it (null: the whole of corelib-api.txt).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Sections = new Dictionary<string, string[]>
    {
        ["mscorlib"] = null,
        ["System.Math"] = new[] { "System.Math" },
        ["nanoFramework.System.Text"] = new[] { "nanoFramework.System.Text" },
        ["nanoFramework.System.Collections"] = new[] { "nanoFramework.System.Collections" },
        // packages-api.txt has two sections of this name (the first one empty): both describe the assembly.
        ["nanoFramework.Runtime.Native"] = new[] { "nanoFramework.Runtime.Native" },
        ["nanoFramework.Hardware.Esp32"] = new[] { "nanoFramework.Hardware.Esp32" },
        ["System.Device.Gpio"] = new[] { "System.Device.Gpio" },
        ["System.Device.I2c"] = new[] { "System.Device.I2c" },
        ["System.Device.Pwm"] = new[] { "System.Device.Pwm" },
        ["System.Device.Adc"] = new[] { "System.Device.Adc" },
        ["System.Device.Spi"] = new[] { "System.Device.Spi" },
        ["System.IO.Ports"] = new[] { "System.IO.Ports" },
        ["System.IO.Streams"] = new[] { "System.IO.Streams" },
        ["System.IO.FileSystem"] = new[] { "System.IO.FileSystem" },
        // The listing names the section after the namespace; the package's assembly is nanoFramework.System.Threading.
        ["nanoFramework.System.Threading"] = new[] { "System.Threading" },
        ["nanoFramework.TestFramework"] = new[] { "nanoFramework.TestFramework" },
    };
}
