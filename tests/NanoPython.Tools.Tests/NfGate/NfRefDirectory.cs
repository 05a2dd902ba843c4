using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Tools.NfGate;

namespace NanoPython.Tools.Tests.NfGate;

/// <summary>
/// The real nanoFramework reference assemblies (artifacts/nfref of this repository), built once per test run when
/// they are missing; the gate tests compile against them so that "what compiles" means what nanoFramework has.
/// </summary>
internal static class NfRefDirectory
{
    private static readonly object s_lock = new object();
    private static string s_directory;
    private static string s_failure;

    /// <summary>The repository that holds these tests.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, "tools", "NfGate"))
                    && File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("no repository root above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The directory with mscorlib.dll and the other reference assemblies; Inconclusive when there is none.</summary>
    public static string Get()
    {
        lock (s_lock)
        {
            if (s_directory == null && s_failure == null)
            {
                Locate();
            }

            if (s_failure != null)
            {
                Assert.Inconclusive(s_failure);
            }

            return s_directory;
        }
    }

    private static void Locate()
    {
        string root = RepositoryRoot;
        string directory = Path.Combine(root, NfRefAssemblies.DefaultRelativeDirectory);
        if (File.Exists(Path.Combine(directory, "mscorlib.dll")))
        {
            s_directory = directory;
            return;
        }

        string project = Path.Combine(root, NfRefAssemblies.ProjectRelativePath);
        if (!File.Exists(project))
        {
            s_failure = "the nanoFramework reference assemblies are missing (" + directory + ") and " + project + " does not exist to build them";
            return;
        }

        var log = new StringWriter();
        if (!NfRefAssemblies.Build(root, project, log) || !File.Exists(Path.Combine(directory, "mscorlib.dll")))
        {
            s_failure = "building " + project + " did not produce " + directory + "/mscorlib.dll:\n" + log;
            return;
        }

        s_directory = directory;
    }
}
