using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
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
    /// November 2026 (from 151.6 KB) once types, builtins, module attributes and tables were made on first use: every
    /// assembly loaded at boot counts (static initialisers run at load on nanoFramework), so a new module should keep
    /// its statics lazy too (see README "The device").
    /// </summary>
    public const long BudgetBytes = 48 * 1024;

    [TestMethod]
    [DoNotParallelize]
    public void StartupMemory_AfterBootWithMachine_FitsTheDeviceHeap()
    {
        string dir = Path.GetDirectoryName(typeof(StartupMemoryReport).Assembly.Location);
        FreshContext alc = new FreshContext(dir);
        Assembly tests = alc.LoadFromAssemblyPath(typeof(StartupMemoryReport).Assembly.Location);
        MethodInfo run = tests.GetType(typeof(StartupMemoryProbe).FullName, true).GetMethod(nameof(StartupMemoryProbe.Run));
        object[] args = { 0L };
        string text = (string)run.Invoke(null, args);
        long device = (long)args[0];
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

    // Loads the interpreter's assemblies (and this one) afresh from the test's folder; everything else is shared.
    private sealed class FreshContext : AssemblyLoadContext
    {
        private readonly string _dir;

        public FreshContext(string dir)
            : base("startup-memory", false)
        {
            _dir = dir;
        }

        protected override Assembly Load(AssemblyName name)
        {
            string n = name.Name;
            if (n != null && (n.StartsWith("NanoPython.", StringComparison.Ordinal) || n == "nanopython"))
            {
                string path = Path.Combine(_dir, n + ".dll");
                if (File.Exists(path))
                {
                    return LoadFromAssemblyPath(path);
                }
            }

            return null;
        }
    }
}
