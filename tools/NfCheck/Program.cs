using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPython.Tools.NfCheck;

/// <summary>
/// Command line entry of NfCheck: <c>NfCheck &lt;asm.dll&gt;...</c> prints every violation as a compiler-style
/// line and the budget table, and exits 0 when all assemblies are clean, 1 on violations, 2 on usage or I/O errors.
/// </summary>
public static class Program
{
    /// <summary>Checks the assemblies named on the command line.</summary>
    public static int Main(string[] args)
    {
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the tool with the given arguments and writers (tests call this in-process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] == "-h" || args[0] == "--help")
        {
            error.WriteLine("usage: NfCheck <assembly.dll>...");
            error.WriteLine("Checks compiled assemblies against nanoFramework's limits (IL and string budgets of 48 KB,");
            error.WriteLine("255 methods of each kind per type) and unsupported constructs (generics, multidimensional arrays,");
            error.WriteLine("pointers, function pointers, stackalloc). Exit code 0: clean, 1: violations, 2: error.");
            return 2;
        }

        var reports = new List<NfCheckReport>();
        int violations = 0;
        foreach (string path in args)
        {
            NfCheckReport report;
            try
            {
                report = NfChecker.Check(path);
            }
            catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
            {
                error.WriteLine(path + ": error: " + e.Message);
                return 2;
            }

            foreach (NfViolation violation in report.Violations)
            {
                output.WriteLine(violation.ToString());
            }

            violations += report.Violations.Count;
            reports.Add(report);
        }

        NfReportTable.Write(output, reports);
        output.WriteLine(violations == 0
            ? "NfCheck: " + reports.Count + " assemblies clean"
            : "NfCheck: " + violations + " violations in " + reports.Count + " assemblies");
        return violations == 0 ? 0 : 1;
    }
}
