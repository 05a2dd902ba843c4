using System.Collections.Generic;

namespace NanoPython.Tools.NfGate;

/// <summary>The command line of NfGate.</summary>
public sealed class GateOptions
{
    /// <summary>Rewrite the Compile lists of the .nfproj files instead of running the gate.</summary>
    public bool Sync { get; private set; }

    /// <summary>The repository root; null means: search upwards from the current directory.</summary>
    public string Root { get; private set; }

    /// <summary>The directory of the nanoFramework reference assemblies; null means artifacts/nfref under the root.</summary>
    public string RefsDirectory { get; private set; }

    /// <summary>The directory for the compiled assemblies; null means artifacts/gate under the root.</summary>
    public string OutputDirectory { get; private set; }

    /// <summary>Never build tools/NfRef, only require its outputs.</summary>
    public bool NoBuildRefs { get; private set; }

    /// <summary>Assembly names to gate (with the projects they reference); empty means all.</summary>
    public IReadOnlyList<string> Only => _only;

    /// <summary>Print the usage and stop.</summary>
    public bool Help { get; private set; }

    private readonly List<string> _only = new List<string>();

    /// <summary>The usage text.</summary>
    public const string Usage =
        "usage: dotnet run --project tools/NfGate -c Release -- [options]\n" +
        "  (no option)          compile every .nfproj against the nanoFramework reference assemblies and run NfCheck\n" +
        "  --sync               rewrite the Compile list of every .nfproj from the *.cs files in its folder\n" +
        "  --only <Assembly>    gate this assembly (and what it references) only; repeatable\n" +
        "  --no-build-refs      do not build tools/NfRef; fail if artifacts/nfref lacks a reference assembly\n" +
        "  --refs <dir>         take the reference assemblies from <dir> (implies --no-build-refs)\n" +
        "  --out <dir>          write the compiled assemblies to <dir> (default artifacts/gate)\n" +
        "  --root <dir>         the repository root (default: found upwards from the current directory)";

    /// <summary>Parses <paramref name="args"/>; returns null and sets <paramref name="error"/> on a bad command line.</summary>
    public static GateOptions Parse(string[] args, out string error)
    {
        var options = new GateOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--sync":
                    options.Sync = true;
                    break;
                case "--no-build-refs":
                    options.NoBuildRefs = true;
                    break;
                case "-h":
                case "--help":
                    options.Help = true;
                    break;
                case "--root":
                case "--refs":
                case "--out":
                case "--only":
                    if (i + 1 >= args.Length)
                    {
                        error = arg + " needs a value";
                        return null;
                    }

                    string value = args[++i];
                    if (arg == "--root")
                    {
                        options.Root = value;
                    }
                    else if (arg == "--refs")
                    {
                        options.RefsDirectory = value;
                        options.NoBuildRefs = true;
                    }
                    else if (arg == "--out")
                    {
                        options.OutputDirectory = value;
                    }
                    else
                    {
                        options._only.Add(value);
                    }

                    break;
                default:
                    error = "unknown option " + arg;
                    return null;
            }
        }

        return options;
    }
}
