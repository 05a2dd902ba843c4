using System;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// Command line entry of NfGate: <c>dotnet run --project tools/NfGate -c Release</c> runs the gate,
/// <c>dotnet run --project tools/NfGate -- --sync</c> rewrites the Compile lists (see <see cref="GateOptions.Usage"/>).
/// </summary>
public static class Program
{
    /// <summary>Runs the gate; exit code 0 when every device assembly passes, 1 when one fails, 2 on usage errors.</summary>
    public static int Main(string[] args)
    {
        return NfGateRunner.Run(args, Console.Out);
    }
}
