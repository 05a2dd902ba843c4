using System;
using System.Text;

namespace NanoPython.Tests;

/// <summary>A short line-level description of where two texts differ (for test failure messages).</summary>
public static class Diff
{
    /// <summary>The first differing line with a little context.</summary>
    public static string Describe(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int n = Math.Max(e.Length, a.Length);
        for (int i = 0; i < n; i++)
        {
            string el = i < e.Length ? e[i] : "<missing>";
            string al = i < a.Length ? a[i] : "<missing>";
            if (el != al)
            {
                StringBuilder sb = new StringBuilder();
                sb.Append("first difference at line ").Append(i + 1).Append('\n');
                for (int k = Math.Max(0, i - 2); k < i; k++)
                {
                    sb.Append("    ").Append(e[k]).Append('\n');
                }

                sb.Append("  - expected: ").Append(el).Append('\n');
                sb.Append("  + actual:   ").Append(al).Append('\n');
                return sb.ToString();
            }
        }

        return "texts are equal";
    }
}
