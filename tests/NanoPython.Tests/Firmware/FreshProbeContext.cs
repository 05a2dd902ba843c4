using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// Runs <see cref="StartupMemoryProbe"/> in a fresh AssemblyLoadContext holding its own copies of the NanoPython
/// assemblies, so that the process-wide tables (interned names, built type dictionaries, caches) start empty as on a
/// device that just booted, whatever other tests of this process did. Everything else is shared with the test process.
/// </summary>
public sealed class FreshProbeContext : AssemblyLoadContext
{
    private readonly string _dir;

    private FreshProbeContext(string dir)
        : base("startup-memory", true)
    {
        _dir = dir;
    }

    /// <summary>Boots a fresh firmware, types extraInput after <c>import machine</c>, and returns the probe's report.</summary>
    public static string Run(string extraInput, out long deviceBytes)
    {
        string dir = Path.GetDirectoryName(typeof(FreshProbeContext).Assembly.Location);
        FreshProbeContext alc = new FreshProbeContext(dir);
        try
        {
            Assembly tests = alc.LoadFromAssemblyPath(typeof(FreshProbeContext).Assembly.Location);
            MethodInfo run = tests.GetType(typeof(StartupMemoryProbe).FullName, true).GetMethod(nameof(StartupMemoryProbe.Run));
            object[] args = { extraInput, 0L };
            try
            {
                string text = (string)run.Invoke(null, args);
                deviceBytes = (long)args[1];
                return text;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
        finally
        {
            alc.Unload();
        }
    }

    /// <inheritdoc/>
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
