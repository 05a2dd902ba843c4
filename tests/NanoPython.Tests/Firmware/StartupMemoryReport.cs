using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// How much heap the firmware keeps once it shows its prompt (see <see cref="StartupMemoryProbe"/>). The probe runs in
/// a fresh AssemblyLoadContext holding its own copies of the NanoPython assemblies, so the process-wide tables (interned
/// names, built type dictionaries, caches) start empty as on a device that just booted, whatever other tests of this
/// process did. The table goes to the test log and to artifacts/startup-memory.txt:
/// <c>dotnet test tests/NanoPython.Tests --filter StartupMemory --logger "console;verbosity=detailed"</c>.
/// NANOPY_MEMORY_ALL=1 lists every root (and the names interned at run time); NANOPY_MEMORY_ROOT=label adds the
/// types under one root (for example <c>Interpreter.Builtins</c>).
/// </summary>
[TestClass]
public sealed class StartupMemoryReport
{
    /// <summary>
    /// The estimated nanoFramework heap the booted firmware may keep (statics, interpreter, REPL). An ESP32 without PSRAM
    /// has about 80 KB of managed heap (49 KB with Bluetooth); what is left is the user's. Measured 48.5 KB in
    /// November 2026 (from 151.6 KB) once types, builtins, module attributes and tables were made on first use, then
    /// 42.3 KB once code objects, strings and dicts were slimmed and argument specs made on first use: every assembly
    /// loaded at boot counts (static initialisers run at load on nanoFramework), so a new module should keep its
    /// statics lazy too (see README "The device").
    /// </summary>
    public const long BudgetBytes = 44 * 1024;

    [TestMethod]
    [DoNotParallelize]
    public void StartupMemory_AfterBootWithMachine_FitsTheDeviceHeap()
    {
        string text = FreshProbeContext.Run(string.Empty, out long device);
        Console.WriteLine(text);
        try
        {
            string outDir = Path.Combine(RepoPaths.Root, "artifacts");
            Directory.CreateDirectory(outDir);
            File.WriteAllText(Path.Combine(outDir, "startup-memory.txt"), text);
        }
        catch (IOException)
        {
        }

        Assert.IsTrue(device <= BudgetBytes, "estimated device heap after boot " + device + " > " + BudgetBytes + "\n" + text);
    }
}
