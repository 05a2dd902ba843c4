using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Firmware.Esp32;
using NanoPython.Runtime;
using NanoPython.Tests.Repl;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// The measurement behind <see cref="StartupMemoryReport"/>: boots the ESP32 port (Esp32BoardPort over the device-test HAL
/// board) to the REPL with <c>import machine</c> typed, then
/// <list type="number">
/// <item>walks every object still reachable (the static fields of the NanoPython assemblies, which nanoFramework
/// allocates and initialises when it loads them, then the interpreter field by field, the REPL, the port) and estimates
/// its nanoFramework heap cost with <see cref="HeapWalker"/>, with the device's sizes where the host build differs
/// (the small-int cache);</item>
/// <item>measures the .NET bytes the boot allocated on its thread and the .NET bytes it retained (GC.GetTotalMemory
/// around the boot, statics included).</item>
/// </list>
/// </summary>
public static class StartupMemoryProbe
{
    private static readonly int MinRowBytes = Environment.GetEnvironmentVariable("NANOPY_MEMORY_ALL") == "1" ? 0 : 480;

    /// <summary>
    /// Boots and measures (call it in a fresh AssemblyLoadContext, so that the interpreter's statics start empty as on
    /// a device that just started); returns the report and, in deviceBytes, the estimated nanoFramework heap in use.
    /// extraInput is typed at the prompt after <c>import machine</c> ("import asyncio\r" for a module's cost).
    /// </summary>
    public static string Run(string extraInput, out long deviceBytes)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        Booted b = Boot(extraInput, out long allocated);
        long after = GC.GetTotalMemory(true);
        long retained = after - before;

        HeapWalker w = new HeapWalker();
        StringBuilder report = new StringBuilder();
        Assembly[] ours = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(typeof(StartupMemoryProbe).Assembly).Assemblies
            .Where(a => a.GetName().Name.StartsWith("NanoPython.", StringComparison.Ordinal) && a.GetName().Name != "NanoPython.Tests" && !a.GetName().Name.StartsWith("NanoPython.Hal.Simulated", StringComparison.Ordinal))
            .ToArray();
        // Host-only types (files the .nfproj does not compile, such as the disassembler) do not exist on the device.
        HashSet<string> deviceTypes = DeviceTypeNames();
        List<FieldInfo> statics = HeapWalker.StaticFields(ours).Where(f => deviceTypes.Contains(TopLevel(f.DeclaringType).Name)).ToList();

        // The test double and the wire are host scaffolding, not firmware.
        w.Exclude(b.Firmware.Wire);

        Dictionary<string, long> slotsByAssembly = new Dictionary<string, long>();
        foreach (FieldInfo f in statics)
        {
            string asm = f.DeclaringType.Assembly.GetName().Name;
            slotsByAssembly[asm] = slotsByAssembly.GetValueOrDefault(asm) + HeapWalker.Block;
            string label = "static " + Short(f.DeclaringType) + "." + f.Name;
            object value = f.GetValue(null);
            if (f.DeclaringType == typeof(PyInt) && f.Name == "s_small")
            {
                // The host caches more small ints than the device: charge the device's array, and the ints created.
                PyInt[] cache = (PyInt[])value;
                w.Exclude(cache);
                int created = 0;
                foreach (PyInt i in cache)
                {
                    if (i != null)
                    {
                        created++;
                        w.Walk(label, i);
                    }
                }

                w.Charge(label + " (device: " + DeviceSmallInts() + " slots)", 1, HeapWalker.ArrayCost(typeof(object), DeviceSmallInts()));
                continue;
            }

            w.Walk(label, value);
        }

        Interpreter ip = b.Session.Interpreter;
        foreach (FieldInfo f in FieldsOf(typeof(Interpreter)))
        {
            w.Walk("Interpreter." + f.Name, f.GetValue(ip));
        }

        w.Walk("Interpreter (object itself)", ip);
        foreach (FieldInfo f in FieldsOf(typeof(BoardSession)))
        {
            w.Walk("BoardSession." + f.Name, f.GetValue(b.Session));
        }

        w.Walk("Esp32BoardPort (config, settings)", b.Firmware.Port);
        w.Walk("console output buffer (ChunkedSink)", b.Firmware.Sink);

        long slots = slotsByAssembly.Values.Sum();
        HeapWalker.Row total = w.Total;
        long device = total.NfBytes + slots;

        report.Append("nanoPython firmware: heap retained after boot with `import machine` (host measurement, ").Append(DateTime.UtcNow.ToString("yyyy-MM-dd")).Append(")\n\n");
        report.Append(".NET (this host): allocated during the boot ").Append(allocated.ToString("N0")).Append(" bytes; retained by the boot ")
            .Append(retained.ToString("N0")).Append(" bytes (GC.GetTotalMemory delta, statics included)\n");
        report.Append("nanoFramework estimate (12-byte blocks): ").Append(device.ToString("N0")).Append(" bytes = ")
            .Append(total.Objects.ToString("N0")).Append(" objects ").Append(total.NfBytes.ToString("N0")).Append(" bytes + ")
            .Append(statics.Count).Append(" static field slots ").Append(slots.ToString("N0")).Append(" bytes; budget ")
            .Append(StartupMemoryReport.BudgetBytes.ToString("N0")).Append("\n\n");

        report.Append("By root (rows under ").Append(MinRowBytes).Append(" bytes are summed per group):\n");
        Table(report, GroupSmall(w.Rows));
        report.Append("\nStatic field slots (12 bytes each, allocated when nanoFramework loads the assembly):\n");
        Table(report, slotsByAssembly.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new HeapWalker.Row(kv.Key) { Objects = kv.Value / HeapWalker.Block, NfBytes = kv.Value }));
        report.Append("\nBy assembly of the object's type:\n");
        Table(report, w.ByAssembly.Values.OrderByDescending(r => r.NfBytes));
        report.Append("\nLargest types:\n");
        Table(report, w.ByType.Values.OrderByDescending(r => r.NfBytes).Take(20));

        if (w.DetailLabel != null)
        {
            report.Append("\nTypes under ").Append(w.DetailLabel).Append(":\n");
            Table(report, w.Detail.Values.OrderByDescending(r => r.NfBytes));
        }

        if (MinRowBytes == 0)
        {
            // NANOPY_MEMORY_ALL=1: the names interned at run time (not static names), which the boot created.
            PyStr[] table = (PyStr[])typeof(Intern).GetField("s_table", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null);
            if (table != null)
            {
                report.Append("\nDynamic interned names: ").Append(string.Join(" ", table.Where(x => x != null).Select(x => x.Value).OrderBy(x => x, StringComparer.Ordinal))).Append('\n');
            }
        }

        string text = report.ToString();

        GC.KeepAlive(b);
        deviceBytes = device;
        return text;
    }

    // SmallMax - SmallMin + 1 of the device build (the #else branch of interpreter/Runtime/PyInt.cs).
    private static int DeviceSmallInts()
    {
        string src = File.ReadAllText(Path.Combine(RepoPaths.Root, "interpreter", "Runtime", "PyInt.cs"));
        System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(src, @"#else\s[^#]*?SmallMax = (\d+);");
        int max = m.Success ? int.Parse(m.Groups[1].Value) : PyInt.SmallMax;
        System.Text.RegularExpressions.Match n = System.Text.RegularExpressions.Regex.Match(src, @"#else\s[^#]*?SmallMin = (-?\d+);");
        int min = n.Success ? int.Parse(n.Groups[1].Value) : PyInt.SmallMin;
        return max - min + 1;
    }

    // The names of the types declared in the files that the device projects (.nfproj) compile.
    private static HashSet<string> DeviceTypeNames()
    {
        HashSet<string> names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string dir in new[] { "interpreter", "hal", "firmware" })
        {
            foreach (string proj in Directory.GetFiles(Path.Combine(RepoPaths.Root, dir), "*.nfproj", SearchOption.AllDirectories))
            {
                string projDir = Path.GetDirectoryName(proj);
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(proj), "<Compile Include=\"([^\"]+)\""))
                {
                    string file = Path.Combine(projDir, m.Groups[1].Value.Replace('\\', '/'));
                    if (!File.Exists(file))
                    {
                        continue;
                    }

                    foreach (System.Text.RegularExpressions.Match t in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"\b(?:class|struct|enum|interface|delegate [\w\.\[\]]+)\s+(\w+)"))
                    {
                        names.Add(t.Groups[1].Value);
                    }
                }
            }
        }

        return names;
    }

    private static Type TopLevel(Type t)
    {
        while (t.DeclaringType != null)
        {
            t = t.DeclaringType;
        }

        return t;
    }

    private static IEnumerable<FieldInfo> FieldsOf(Type t)
    {
        return t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
    }

    private static string Short(Type t)
    {
        string asm = t.Assembly.GetName().Name.Replace("NanoPython.", string.Empty);
        return asm + ":" + t.Name;
    }

    // Rows below the threshold are added up per group ("static Runtime:*", "Interpreter.*", ...).
    private static IEnumerable<HeapWalker.Row> GroupSmall(List<HeapWalker.Row> rows)
    {
        List<HeapWalker.Row> r = new List<HeapWalker.Row>();
        Dictionary<string, HeapWalker.Row> rest = new Dictionary<string, HeapWalker.Row>();
        foreach (HeapWalker.Row row in rows)
        {
            if (row.Objects == 0)
            {
                continue;
            }

            if (row.NfBytes >= MinRowBytes)
            {
                r.Add(row);
                continue;
            }

            string group = row.Label.StartsWith("static ", StringComparison.Ordinal)
                ? "static " + row.Label.Substring(7, row.Label.IndexOf(':') - 7) + ": other fields"
                : row.Label.Contains('.') ? row.Label.Substring(0, row.Label.IndexOf('.')) + ": other fields" : row.Label;
            if (!rest.TryGetValue(group, out HeapWalker.Row g))
            {
                g = new HeapWalker.Row(group);
                rest[group] = g;
                r.Add(g);
            }

            g.Objects += row.Objects;
            g.NfBytes += row.NfBytes;
        }

        return r;
    }

    private static void Table(StringBuilder sb, IEnumerable<HeapWalker.Row> rows)
    {
        sb.Append(string.Format("  {0,-62} {1,9} {2,10}\n", "what", "objects", "nF bytes"));
        foreach (HeapWalker.Row r in rows)
        {
            sb.Append(string.Format("  {0,-62} {1,9:N0} {2,10:N0}\n", r.Label.Length > 62 ? r.Label.Substring(0, 62) : r.Label, r.Objects, r.NfBytes));
        }
    }

    private static Booted Boot(string extraInput, out long allocated)
    {
        Booted b = new Booted();
        b.Firmware = new Esp32Firmware(heap: null);
        long alloc = 0;
        ConsoleInput console = new ConsoleInput();
        byte[] input = ReplHarness.Bytes("import machine\r" + extraInput);
        console.Receive(input, 0, input.Length);
        console.Close();
        b.Session = new BoardSession(b.Firmware.Port, console, b.Firmware.Output);
        ReplHarness.RunGuarded(() =>
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            InitialSetup.Run(b.Firmware.Flash, b.Firmware.Output);
            b.Session.Run();
            alloc = GC.GetAllocatedBytesForCurrentThread() - start;
        });
        // Each line echoed after its prompt, and no output (an import that failed would print a traceback).
        StringBuilder echo = new StringBuilder(">>> import machine\r\n");
        foreach (string line in extraInput.Split('\r', StringSplitOptions.RemoveEmptyEntries))
        {
            echo.Append(">>> ").Append(line).Append("\r\n");
        }

        StringAssert.EndsWith(b.Firmware.Wire.Text, echo.Append(">>> ").ToString());
        b.Firmware.Dispose();
        allocated = alloc;
        return b;
    }

    private sealed class Booted
    {
        public Esp32Firmware Firmware;
        public BoardSession Session;
    }
}
