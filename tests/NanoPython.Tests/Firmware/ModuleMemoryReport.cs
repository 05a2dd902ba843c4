using System;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// What importing a module keeps on the device's heap: for each module, a fresh firmware boots, <c>import machine</c>
/// and <c>import M</c> are typed, and the estimated nanoFramework heap in use (<see cref="StartupMemoryProbe"/>) is
/// compared with the boot alone. Frozen Python modules pay for their code objects, functions, classes and the names they
/// intern; native modules for their dictionary and types. The table goes to artifacts/module-memory.txt:
/// <c>dotnet test tests/NanoPython.Tests --filter ModuleMemory --logger "console;verbosity=detailed"</c>.
/// NANOPY_MEMORY_MODULE=name also writes the probe's full report (roots, types) after importing that module to
/// artifacts/module-memory-name.txt, to see where an import's bytes go.
/// </summary>
[TestClass]
public sealed class ModuleMemoryReport
{
    // The modules measured, and the most each may keep (bytes, estimated); a budget stops a change that makes an
    // import much heavier from going unnoticed. An ESP32 without PSRAM leaves about 30 KB to the user after the boot.
    // asyncio loads its parts when one of their names is first used: a row "M.X" is import M then from M import X, so
    // "asyncio.Event" is asyncio with the part that defines Event.
    private static readonly (string Module, long Budget)[] Modules =
    {
        ("asyncio", 60 * 1024),
        ("asyncio.gather", 71 * 1024),
        ("asyncio.Event", 71 * 1024),
        ("asyncio.Lock", 68 * 1024),
        ("asyncio.StreamReader", 78 * 1024),
        ("neopixel", 24 * 1024),
        ("dht", 24 * 1024),
        ("onewire", 24 * 1024),
        ("ds18x20", 24 * 1024),
        ("framebuf", 4 * 1024),
        ("json", 4 * 1024),
        ("re", 4 * 1024),
        ("collections", 4 * 1024),
        ("random", 4 * 1024),
        ("struct", 4 * 1024),
        ("time", 4 * 1024),
        ("os", 4 * 1024),
        ("select", 4 * 1024),
        ("array", 4 * 1024),
        ("math", 4 * 1024),
    };

    [TestMethod]
    [DoNotParallelize]
    public void ModuleMemory_EachImport_StaysWithinItsBudget()
    {
        FreshProbeContext.Run(string.Empty, out long boot);
        StringBuilder report = new StringBuilder();
        report.Append("nanoPython firmware: heap kept by an import after the boot (nanoFramework estimate, host measurement, ")
            .Append(DateTime.UtcNow.ToString("yyyy-MM-dd")).Append(")\n\n");
        report.Append(string.Format("  {0,-20} {1,10} {2,10}\n", "module", "nF bytes", "budget"));
        StringBuilder over = new StringBuilder();
        foreach ((string module, long budget) in Modules)
        {
            int dot = module.IndexOf('.');
            string input = dot < 0
                ? "import " + module + "\r"
                : "import " + module.Substring(0, dot) + "\rfrom " + module.Substring(0, dot) + " import " + module.Substring(dot + 1) + "\r";
            string full = FreshProbeContext.Run(input, out long after);
            if (Environment.GetEnvironmentVariable("NANOPY_MEMORY_MODULE") == module)
            {
                Save("module-memory-" + module + ".txt", full);
            }

            long cost = after - boot;
            report.Append(string.Format("  {0,-20} {1,10:N0} {2,10:N0}\n", module, cost, budget));
            if (cost > budget)
            {
                over.Append(module).Append(": ").Append(cost).Append(" > ").Append(budget).Append('\n');
            }
        }

        string text = report.ToString();
        Console.WriteLine(text);
        Save("module-memory.txt", text);
        Assert.AreEqual(string.Empty, over.ToString(), "imports over their budget\n" + text);
    }

    private static void Save(string name, string text)
    {
        try
        {
            string outDir = Path.Combine(RepoPaths.Root, "artifacts");
            Directory.CreateDirectory(outDir);
            File.WriteAllText(Path.Combine(outDir, name), text);
        }
        catch (IOException)
        {
        }
    }
}
