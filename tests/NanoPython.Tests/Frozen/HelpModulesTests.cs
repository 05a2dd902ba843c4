using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Host;
using NanoPython.Runtime;

namespace NanoPython.Tests.Frozen;

/// <summary>
/// help('modules') against the interpreter's own registry, so the check holds whatever modules are added: every
/// built-in and frozen module once (except asyncio's private parts), sorted, in MicroPython's four 18-character columns
/// filled column by column.
/// </summary>
[TestClass]
public class HelpModulesTests
{
    private const int ColumnWidth = 18;

    [TestMethod]
    public void Help_Modules_ListsEveryBuiltinAndFrozenModuleInColumns()
    {
        Interpreter ip = InterpreterFactory.Create(new StreamOutput(new MemoryStream(), false), null, null);
        SortedSet<string> expected = new SortedSet<string>(StringComparer.Ordinal) { "__main__", "builtins" };
        expected.UnionWith(ip.NativeModuleNames());
        foreach (string frozen in ip.FrozenModuleNames())
        {
            // asyncio's private parts (loaded by asyncio on first use) are not listed.
            if (!frozen.StartsWith("_asyncio_", StringComparison.Ordinal))
            {
                expected.Add(frozen);
            }
        }

        foreach (string part in new[] { "_asyncio_funcs", "_asyncio_event", "_asyncio_lock", "_asyncio_stream" })
        {
            Assert.IsNotNull(ip.FindFrozen(part), part);
            Assert.IsFalse(expected.Contains(part), part);
        }

        foreach (string frozen in new[] { "asyncio", "uasyncio", "neopixel", "dht", "onewire", "ds18x20", "framebuf" })
        {
            Assert.IsTrue(expected.Contains(frozen), frozen);
        }

        PythonRunner.Result r = PythonRunner.Run("help('modules')");
        Assert.AreEqual(string.Empty, r.Stderr);
        string[] lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.AreEqual("Plus any modules on the filesystem", lines[^1]);
        int rows = lines.Length - 1;
        Assert.AreEqual((expected.Count + 3) / 4, rows);

        // Read the grid back column by column.
        List<string> listed = new List<string>();
        for (int col = 0; col < 4; col++)
        {
            for (int row = 0; row < rows; row++)
            {
                string line = lines[row];
                int start = col * ColumnWidth;
                if (start >= line.Length)
                {
                    continue;
                }

                Assert.IsTrue(start == 0 || line[start - 1] == ' ', line);
                string cell = line.Substring(start, Math.Min(ColumnWidth, line.Length - start)).TrimEnd();
                Assert.IsFalse(cell.Contains(' '), line);
                listed.Add(cell);
            }
        }

        CollectionAssert.AreEqual(new List<string>(expected), listed);
    }
}
