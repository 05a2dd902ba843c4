namespace NanoPython.Tools.NfCheck;

/// <summary>One broken nanoFramework rule in one place of an assembly.</summary>
public sealed class NfViolation
{
    /// <summary>Creates a violation.</summary>
    public NfViolation(
        NfRule rule,
        string assemblyName,
        string member,
        string message,
        string typeMetadataName,
        string memberMetadataName,
        NfSourceLocation location)
    {
        Rule = rule;
        AssemblyName = assemblyName;
        Member = member;
        Message = message;
        TypeMetadataName = typeMetadataName;
        MemberMetadataName = memberMetadataName;
        Location = location;
    }

    /// <summary>The broken rule.</summary>
    public NfRule Rule { get; }

    /// <summary>The diagnostic code of the rule (<c>NF0008</c>...).</summary>
    public string Code => NfRules.Code(Rule);

    /// <summary>The name of the checked assembly.</summary>
    public string AssemblyName { get; }

    /// <summary>
    /// The offending member in C#-like notation: <c>Namespace.Type.Method(int)</c>, <c>Namespace.Type.Field</c>,
    /// <c>Namespace.Type</c> for type-level rules, or the assembly name for assembly-level rules.
    /// </summary>
    public string Member { get; }

    /// <summary>The full message, e.g. <c>NanoPython.Runtime: generic method definition NanoPython.Foo.Bar&lt;T&gt;()</c>.</summary>
    public string Message { get; }

    /// <summary>
    /// The metadata name of the type that holds the offence (<c>Ns.Outer+Inner`1</c>), for mapping it back to source
    /// with a compiler; null for assembly-level rules.
    /// </summary>
    public string TypeMetadataName { get; }

    /// <summary>The metadata name of the method or field that holds the offence, or null for type-level rules.</summary>
    public string MemberMetadataName { get; }

    /// <summary>Where the offence is in source, when the assembly came with a portable PDB; otherwise null.</summary>
    public NfSourceLocation Location { get; }

    /// <summary>Formats the violation as a compiler-style diagnostic line.</summary>
    public override string ToString()
    {
        if (Location == null)
        {
            return AssemblyName + ": error " + Code + ": " + Message;
        }

        return Location.Path + "(" + Location.Line + "," + Location.Column + "): error " + Code + ": " + Message;
    }
}
