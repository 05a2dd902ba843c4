using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace NanoPython.Tests.HostPort;

/// <summary>
/// Starts the `nanopython` executable of this build: the test project references firmware/Host, so the program
/// (apphost or nanopython.dll with its runtimeconfig) sits next to the test assembly on any machine that built the
/// tests, with no dependency on artifacts/bin.
/// </summary>
public static class HostExecutable
{
    /// <summary>A process start for nanopython with arguments; streams redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        string dir = AppContext.BaseDirectory;
        string apphost = Path.Combine(dir, "nanopython");
        ProcessStartInfo psi;
        if (File.Exists(apphost))
        {
            psi = new ProcessStartInfo(apphost);
        }
        else
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
            {
                dotnet = Environment.ProcessPath != null && Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
                    ? Environment.ProcessPath
                    : "dotnet";
            }

            psi = new ProcessStartInfo(dotnet);
            psi.ArgumentList.Add(Path.Combine(dir, "nanopython.dll"));
        }

        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.RedirectStandardInput = true;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        psi.StandardOutputEncoding = Encoding.UTF8;
        psi.StandardErrorEncoding = Encoding.UTF8;
        return psi;
    }

    /// <summary>The result of a script-mode run.</summary>
    public sealed class Result
    {
        /// <summary>Exit status.</summary>
        public int ExitCode;

        /// <summary>Standard output.</summary>
        public string Stdout;

        /// <summary>Standard error.</summary>
        public string Stderr;
    }

    /// <summary>Runs nanopython to its end with stdin text (hang guard: 2 minutes, then the process is killed).</summary>
    public static Result Run(string stdin, params string[] args)
    {
        return Run(StartInfo(args), stdin);
    }

    /// <summary>As <see cref="Run(string, string[])"/>, in the working directory dir.</summary>
    public static Result RunIn(string dir, string stdin, params string[] args)
    {
        ProcessStartInfo psi = StartInfo(args);
        psi.WorkingDirectory = dir;
        return Run(psi, stdin);
    }

    private static Result Run(ProcessStartInfo psi, string stdin)
    {
        string[] args = new string[psi.ArgumentList.Count];
        psi.ArgumentList.CopyTo(args, 0);
        using Process p = Process.Start(psi);
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120000))
        {
            p.Kill(true);
            throw new TimeoutException("nanopython did not finish: " + string.Join(" ", args));
        }

        p.WaitForExit();
        return new Result { ExitCode = p.ExitCode, Stdout = stdout.Result, Stderr = stderr.Result };
    }
}
