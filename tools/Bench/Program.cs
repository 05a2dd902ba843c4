using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace NanoPython.Tools.Bench;

/// <summary>
/// Runs every tests/bench/*.py under nanopython and under CPython several times, prints a table of median wall times,
/// the ratio per benchmark and the geometric mean, checks that both printed the same result, and measures start-up
/// time (median of 20 runs of `nanopython -c pass`). Timing lives here, never in the test suite.
/// </summary>
public static class Program
{
    /// <summary>Entry point: [--runs N] [--nanopython PATH] [--python PATH] [--only NAME].</summary>
    public static int Main(string[] args)
    {
        int runs = 5;
        string root = FindRoot();
        string nano = Path.Combine(root, "artifacts", "bin", "nanopython");
        string python = "python3";
        string only = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i]); break;
                case "--nanopython": nano = args[++i]; break;
                case "--python": python = args[++i]; break;
                case "--only": only = args[++i]; break;
                default:
                    Console.Error.WriteLine("usage: Bench [--runs N] [--nanopython PATH] [--python PATH] [--only NAME]");
                    return 2;
            }
        }

        // pyenv and similar put a shell shim first on PATH, which adds hundreds of milliseconds to every run: time
        // the interpreter the shim resolves to.
        python = ResolvePython(python);
        if (!File.Exists(nano))
        {
            Console.Error.WriteLine("Bench: " + nano + " not found; build it first: ./nanopython -c pass");
            return 2;
        }

        string benchDir = Path.Combine(root, "tests", "bench");
        List<string> scripts = Directory.GetFiles(benchDir, "*.py").OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (only != null)
        {
            scripts = scripts.Where(s => Path.GetFileNameWithoutExtension(s) == only).ToList();
        }

        Console.WriteLine($"runs per benchmark: {runs}; nanopython: {nano}; python: {Describe(python)}");
        Console.WriteLine();
        Console.WriteLine("| benchmark | nanoPython (s) | CPython (s) | ratio | same output |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        double logSum = 0;
        int n = 0;
        bool allSame = true;
        foreach (string script in scripts)
        {
            string name = Path.GetFileNameWithoutExtension(script);
            (double nanoMedian, string nanoOut) = Measure(nano, script, runs);
            (double cpyMedian, string cpyOut) = Measure(python, script, runs);
            bool same = nanoOut == cpyOut;
            allSame &= same;
            double ratio = nanoMedian / cpyMedian;
            logSum += Math.Log(ratio);
            n++;
            Console.WriteLine($"| {name} | {nanoMedian:F3} | {cpyMedian:F3} | {ratio:F2} | {(same ? "yes" : "NO: " + Trim(nanoOut))} |");
        }

        if (n > 0)
        {
            Console.WriteLine($"| geometric mean | | | {Math.Exp(logSum / n):F2} | |");
        }

        Console.WriteLine();
        double startup = Median(Enumerable.Range(0, 20).Select(_ => Time(nano, new[] { "-c", "pass" }, out string _)).ToList());
        double pyStartup = Median(Enumerable.Range(0, 20).Select(_ => Time(python, new[] { "-c", "pass" }, out string _)).ToList());
        Console.WriteLine($"start-up (median of 20 runs of -c pass): nanopython {startup * 1000:F1} ms, CPython {pyStartup * 1000:F1} ms");
        return allSame ? 0 : 1;
    }

    private static (double, string) Measure(string exe, string script, int runs)
    {
        List<double> times = new List<double>();
        string output = null;
        for (int i = 0; i < runs; i++)
        {
            times.Add(Time(exe, new[] { script }, out string o));
            output ??= o;
        }

        return (Median(times), output);
    }

    private static double Time(string exe, string[] args, out string output)
    {
        ProcessStartInfo psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Stopwatch sw = Stopwatch.StartNew();
        using Process p = Process.Start(psi);
        output = p.StandardOutput.ReadToEnd();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        sw.Stop();
        if (p.ExitCode != 0)
        {
            output = "exit " + p.ExitCode + ": " + err;
        }

        return sw.Elapsed.TotalSeconds;
    }

    private static string ResolvePython(string python)
    {
        Time(python, new[] { "-c", "import sys; print(sys.executable)" }, out string exe);
        exe = exe.Trim();
        return File.Exists(exe) ? exe : python;
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        int m = xs.Count / 2;
        return xs.Count % 2 == 1 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
    }

    private static string Trim(string s)
    {
        s = s.Replace("\n", " ").Trim();
        return s.Length > 60 ? s.Substring(0, 60) + "..." : s;
    }

    private static string Describe(string python)
    {
        Time(python, new[] { "--version" }, out string v);
        return python + " (" + v.Trim() + ")";
    }

    private static string FindRoot()
    {
        string dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "nanoPython.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
