using System.Collections.Generic;

namespace NanoPython.Tools.NfCheck;

/// <summary>The result of checking one assembly: its violations and the numbers of its budget table.</summary>
public sealed class NfCheckReport
{
    /// <summary>Creates a report.</summary>
    public NfCheckReport(
        string assemblyName,
        string path,
        IReadOnlyList<NfViolation> violations,
        int ilBytes,
        int userStringBytes,
        int stringBytes,
        int typeCount,
        int methodCount,
        NfTypeStats largestType)
    {
        AssemblyName = assemblyName;
        Path = path;
        Violations = violations;
        IlBytes = ilBytes;
        UserStringBytes = userStringBytes;
        StringBytes = stringBytes;
        TypeCount = typeCount;
        MethodCount = methodCount;
        LargestType = largestType;
    }

    /// <summary>The assembly's simple name.</summary>
    public string AssemblyName { get; }

    /// <summary>The checked file, or null when the assembly came from a stream.</summary>
    public string Path { get; }

    /// <summary>Every broken rule, in the order found; empty when the assembly is fit for nanoFramework.</summary>
    public IReadOnlyList<NfViolation> Violations { get; }

    /// <summary>True when there is no violation.</summary>
    public bool IsClean => Violations.Count == 0;

    /// <summary>The bytes of all method bodies, headers and exception clauses included.</summary>
    public int IlBytes { get; }

    /// <summary>The size of the #US heap (string literals, UTF-16).</summary>
    public int UserStringBytes { get; }

    /// <summary>The size of the #Strings heap (names of types, members, namespaces).</summary>
    public int StringBytes { get; }

    /// <summary>The number of types, compiler-generated ones included, without the &lt;Module&gt; pseudo-type.</summary>
    public int TypeCount { get; }

    /// <summary>The number of method definitions.</summary>
    public int MethodCount { get; }

    /// <summary>The type with the most IL bytes, or null when the assembly has no type.</summary>
    public NfTypeStats LargestType { get; }

    /// <summary><see cref="IlBytes"/> as a percentage of <see cref="NfChecker.IlBudgetBytes"/>.</summary>
    public double IlPercent => 100.0 * IlBytes / NfChecker.IlBudgetBytes;

    /// <summary><see cref="UserStringBytes"/> as a percentage of <see cref="NfChecker.UserStringBudgetBytes"/>.</summary>
    public double UserStringPercent => 100.0 * UserStringBytes / NfChecker.UserStringBudgetBytes;
}
