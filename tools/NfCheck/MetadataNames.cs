using System.Reflection.Metadata;
using System.Text;

namespace NanoPython.Tools.NfCheck;

/// <summary>Readable (C#-like) and metadata names of types and members, for messages.</summary>
internal static class MetadataNames
{
    public static string Primitive(PrimitiveTypeCode code)
    {
        switch (code)
        {
            case PrimitiveTypeCode.Boolean:
                return "bool";
            case PrimitiveTypeCode.Byte:
                return "byte";
            case PrimitiveTypeCode.SByte:
                return "sbyte";
            case PrimitiveTypeCode.Char:
                return "char";
            case PrimitiveTypeCode.Int16:
                return "short";
            case PrimitiveTypeCode.UInt16:
                return "ushort";
            case PrimitiveTypeCode.Int32:
                return "int";
            case PrimitiveTypeCode.UInt32:
                return "uint";
            case PrimitiveTypeCode.Int64:
                return "long";
            case PrimitiveTypeCode.UInt64:
                return "ulong";
            case PrimitiveTypeCode.Single:
                return "float";
            case PrimitiveTypeCode.Double:
                return "double";
            case PrimitiveTypeCode.IntPtr:
                return "System.IntPtr";
            case PrimitiveTypeCode.UIntPtr:
                return "System.UIntPtr";
            case PrimitiveTypeCode.Object:
                return "object";
            case PrimitiveTypeCode.String:
                return "string";
            case PrimitiveTypeCode.TypedReference:
                return "System.TypedReference";
            case PrimitiveTypeCode.Void:
                return "void";
            default:
                return code.ToString();
        }
    }

    /// <summary>Namespace.Outer.Inner, without generic arity; with <c>&lt;T&gt;</c> when asked.</summary>
    public static string TypeDefinition(MetadataReader reader, TypeDefinitionHandle handle, bool withTypeParameters)
    {
        TypeDefinition type = reader.GetTypeDefinition(handle);
        string name = StripArity(reader.GetString(type.Name));
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        string prefix;
        if (!declaring.IsNil)
        {
            prefix = TypeDefinition(reader, declaring, false) + ".";
        }
        else
        {
            string ns = reader.GetString(type.Namespace);
            prefix = ns.Length == 0 ? string.Empty : ns + ".";
        }

        if (!withTypeParameters)
        {
            return prefix + name;
        }

        return prefix + name + TypeParameterList(reader, type.GetGenericParameters());
    }

    /// <summary>The name that <c>Compilation.GetTypeByMetadataName</c> takes: <c>Ns.Outer+Inner`1</c>.</summary>
    public static string TypeMetadataName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        TypeDefinition type = reader.GetTypeDefinition(handle);
        string name = reader.GetString(type.Name);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeMetadataName(reader, declaring) + "+" + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Namespace.Outer.Inner of a referenced type; the generic arity is kept unless stripped.</summary>
    public static string TypeReference(MetadataReader reader, TypeReferenceHandle handle, bool stripArity)
    {
        TypeReference type = reader.GetTypeReference(handle);
        string name = reader.GetString(type.Name);
        if (stripArity)
        {
            name = StripArity(name);
        }

        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeReference(reader, (TypeReferenceHandle)type.ResolutionScope, stripArity) + "." + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary><c>&lt;T,U&gt;</c> from generic parameter rows, or an empty string when there are none.</summary>
    public static string TypeParameterList(MetadataReader reader, GenericParameterHandleCollection parameters)
    {
        if (parameters.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder("<");
        bool first = true;
        foreach (GenericParameterHandle parameter in parameters)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            text.Append(reader.GetString(reader.GetGenericParameter(parameter).Name));
        }

        return text.Append('>').ToString();
    }

    /// <summary>The names of generic parameters, in index order.</summary>
    public static string[] TypeParameterNames(MetadataReader reader, GenericParameterHandleCollection parameters)
    {
        var names = new string[parameters.Count];
        int i = 0;
        foreach (GenericParameterHandle parameter in parameters)
        {
            names[i++] = reader.GetString(reader.GetGenericParameter(parameter).Name);
        }

        return names;
    }

    public static string StripArity(string name)
    {
        int tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
