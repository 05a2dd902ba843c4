using System.Reflection.Metadata;

namespace NanoPython.Tools.NfCheck;

/// <summary>The definition a violation is charged to: an assembly, a type, a method or a field.</summary>
internal sealed class MemberSite
{
    public MemberSite(
        string display,
        TypeDefinitionHandle type,
        MethodDefinitionHandle method,
        string typeMetadataName,
        string memberMetadataName)
    {
        Display = display;
        Type = type;
        Method = method;
        TypeMetadataName = typeMetadataName;
        MemberMetadataName = memberMetadataName;
    }

    /// <summary>C#-like name used in messages.</summary>
    public string Display { get; }

    /// <summary>The type that holds the offence, nil for assembly-level sites.</summary>
    public TypeDefinitionHandle Type { get; }

    /// <summary>The method that holds the offence, nil for type, field and assembly sites.</summary>
    public MethodDefinitionHandle Method { get; }

    public string TypeMetadataName { get; }

    public string MemberMetadataName { get; }
}
