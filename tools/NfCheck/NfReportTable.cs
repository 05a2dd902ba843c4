using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace NanoPython.Tools.NfCheck;

/// <summary>
/// Formats the budget table: one row per assembly with its IL and user-string bytes against the 48 KB budgets, the
/// #Strings heap, type and method counts, and the largest type with its virtual/instance/static method counts.
/// </summary>
public static class NfReportTable
{
    private static readonly string[] s_headers =
    {
        "assembly", "IL bytes", "IL %", "user strings", "US %", "#Strings", "types", "methods", "largest type (IL bytes; virtual/instance/static methods)",
    };

    // Text columns are left-aligned, numbers right-aligned.
    private static readonly bool[] s_leftAligned = { true, false, false, false, false, false, false, false, true };

    /// <summary>Writes the table of <paramref name="reports"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IEnumerable<NfCheckReport> reports)
    {
        var rows = new List<string[]> { s_headers };
        foreach (NfCheckReport report in reports)
        {
            rows.Add(Row(report));
        }

        var widths = new int[s_headers.Length];
        foreach (string[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i].Length > widths[i])
                {
                    widths[i] = row[i].Length;
                }
            }
        }

        foreach (string[] row in rows)
        {
            var line = new StringBuilder();
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                line.Append(s_leftAligned[i] ? row[i].PadRight(widths[i]) : row[i].PadLeft(widths[i]));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static string[] Row(NfCheckReport report)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        string largest = "-";
        if (report.LargestType != null)
        {
            NfTypeStats type = report.LargestType;
            largest = string.Format(
                invariant,
                "{0} ({1:N0}; {2}/{3}/{4})",
                type.Name,
                type.IlBytes,
                type.VirtualMethods,
                type.InstanceMethods,
                type.StaticMethods);
        }

        return new[]
        {
            report.AssemblyName,
            report.IlBytes.ToString("N0", invariant),
            report.IlPercent.ToString("0.0", invariant) + "%",
            report.UserStringBytes.ToString("N0", invariant),
            report.UserStringPercent.ToString("0.0", invariant) + "%",
            report.StringBytes.ToString("N0", invariant),
            report.TypeCount.ToString(invariant),
            report.MethodCount.ToString(invariant),
            largest,
        };
    }
}
