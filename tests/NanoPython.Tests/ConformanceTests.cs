using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests;

/// <summary>
/// The Python conformance suite: every script under tests/py (except helper modules, see tests/py/README.md) is one
/// test case; its stdout must equal the committed .exp file (generated with CPython, or hand-written where MicroPython
/// deliberately differs).
/// </summary>
[TestClass]
public class ConformanceTests
{
    /// <summary>The scripts, as paths relative to tests/py.</summary>
    public static IEnumerable<object[]> Scripts()
    {
        string root = RepoPaths.PyTests;
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (string f in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(root, f).Replace('\\', '/');
            if (IsHelper(rel))
            {
                continue;
            }

            yield return new object[] { rel };
        }
    }

    /// <summary>
    /// Not a test: files outside a group directory (tooling such as gen_expected.py), and helper modules and packages
    /// (any path part starting with mod_, pkg_ or _).
    /// </summary>
    public static bool IsHelper(string rel)
    {
        if (!rel.Contains('/'))
        {
            return true;
        }

        foreach (string part in rel.Split('/'))
        {
            if (part.StartsWith("mod_", StringComparison.Ordinal) || part.StartsWith("pkg_", StringComparison.Ordinal)
                || part.StartsWith("_", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs one script and compares its output with the expected file.</summary>
    [TestMethod]
    [DynamicData(nameof(Scripts))]
    public void Conformance_Script_MatchesExpected(string script)
    {
        string path = Path.Combine(RepoPaths.PyTests, script);
        string expPath = path + ".exp";
        Assert.IsTrue(File.Exists(expPath), "missing expected output " + script + ".exp (run python3 tests/py/gen_expected.py)");
        string expected = File.ReadAllText(expPath, Encoding.UTF8);
        PythonRunner.Result r = PythonRunner.RunFile(path);
        Assert.IsFalse(r.Hung, script + " did not finish (hang guard)");
        if (r.Stdout != expected)
        {
            Assert.Fail(script + ": output differs\n" + Diff.Describe(expected, r.Stdout) + (r.Stderr.Length > 0 ? "\nstderr:\n" + r.Stderr : string.Empty));
        }

        Assert.AreEqual(string.Empty, r.Stderr, script + " wrote to stderr");
    }
}
