namespace NanoPython.Tools.NfCheck;

/// <summary>Size and method counts of one type, as the metadata processor sees them.</summary>
public sealed class NfTypeStats
{
    /// <summary>Creates the statistics of a type.</summary>
    public NfTypeStats(string name, int ilBytes, int virtualMethods, int instanceMethods, int staticMethods)
    {
        Name = name;
        IlBytes = ilBytes;
        VirtualMethods = virtualMethods;
        InstanceMethods = instanceMethods;
        StaticMethods = staticMethods;
    }

    /// <summary>The type's full name in C#-like notation.</summary>
    public string Name { get; }

    /// <summary>The bytes of all its method bodies, headers and exception clauses included.</summary>
    public int IlBytes { get; }

    /// <summary>Virtual and abstract methods (at most 255 on nanoFramework).</summary>
    public int VirtualMethods { get; }

    /// <summary>Non-virtual instance methods, constructors included (at most 255).</summary>
    public int InstanceMethods { get; }

    /// <summary>Static methods, the static constructor included (at most 255).</summary>
    public int StaticMethods { get; }
}
