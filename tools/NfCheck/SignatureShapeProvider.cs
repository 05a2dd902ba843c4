using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text;

namespace NanoPython.Tools.NfCheck;

/// <summary>Decodes signature blobs into <see cref="SignatureShape"/>s, noting every construct nanoFramework lacks.</summary>
internal sealed class SignatureShapeProvider : ISignatureTypeProvider<SignatureShape, SignatureContext>
{
    public SignatureShape GetPrimitiveType(PrimitiveTypeCode typeCode)
    {
        var shape = new SignatureShape(MetadataNames.Primitive(typeCode));
        if (typeCode == PrimitiveTypeCode.TypedReference)
        {
            // __makeref and friends: an untyped interior pointer, which nanoFramework's runtime does not know.
            shape.PointerUse = shape.Name;
        }

        return shape;
    }

    public SignatureShape GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        return new SignatureShape(MetadataNames.TypeDefinition(reader, handle, false));
    }

    public SignatureShape GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        return new SignatureShape(MetadataNames.TypeReference(reader, handle, true));
    }

    public SignatureShape GetTypeFromSpecification(
        MetadataReader reader,
        SignatureContext genericContext,
        TypeSpecificationHandle handle,
        byte rawTypeKind)
    {
        return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }

    public SignatureShape GetSZArrayType(SignatureShape elementType)
    {
        return new SignatureShape(elementType.Name + "[]", elementType);
    }

    public SignatureShape GetArrayType(SignatureShape elementType, ArrayShape shape)
    {
        string name = elementType.Name + "[" + new string(',', shape.Rank - 1) + "]";
        var result = new SignatureShape(name) { ArrayUse = name };
        result.Absorb(elementType);
        return result;
    }

    public SignatureShape GetByReferenceType(SignatureShape elementType)
    {
        return new SignatureShape("ref " + elementType.Name, elementType);
    }

    public SignatureShape GetPointerType(SignatureShape elementType)
    {
        string name = elementType.Name + "*";
        var result = new SignatureShape(name) { PointerUse = name };
        result.Absorb(elementType);
        return result;
    }

    public SignatureShape GetPinnedType(SignatureShape elementType)
    {
        // A pinned local is what a fixed statement leaves behind: unsafe code even when no pointer type remains.
        string name = "pinned " + elementType.Name;
        var result = new SignatureShape(name) { PointerUse = name + " (fixed)" };
        result.Absorb(elementType);
        return result;
    }

    public SignatureShape GetGenericInstantiation(SignatureShape genericType, ImmutableArray<SignatureShape> typeArguments)
    {
        var name = new StringBuilder(genericType.Name).Append('<');
        for (int i = 0; i < typeArguments.Length; i++)
        {
            if (i > 0)
            {
                name.Append(',');
            }

            name.Append(typeArguments[i].Name);
        }

        name.Append('>');
        var result = new SignatureShape(name.ToString()) { GenericUse = name.ToString() };
        foreach (SignatureShape argument in typeArguments)
        {
            result.Absorb(argument);
        }

        return result;
    }

    public SignatureShape GetGenericTypeParameter(SignatureContext genericContext, int index)
    {
        if (genericContext != null && genericContext.TypeParameters != null && index < genericContext.TypeParameters.Length)
        {
            return new SignatureShape(genericContext.TypeParameters[index]);
        }

        return new SignatureShape("!" + index);
    }

    public SignatureShape GetGenericMethodParameter(SignatureContext genericContext, int index)
    {
        if (genericContext != null && genericContext.MethodParameters != null && index < genericContext.MethodParameters.Length)
        {
            return new SignatureShape(genericContext.MethodParameters[index]);
        }

        return new SignatureShape("!!" + index);
    }

    public SignatureShape GetFunctionPointerType(MethodSignature<SignatureShape> signature)
    {
        var name = new StringBuilder("delegate*<");
        foreach (SignatureShape parameter in signature.ParameterTypes)
        {
            name.Append(parameter.Name).Append(',');
        }

        name.Append(signature.ReturnType.Name).Append('>');
        var result = new SignatureShape(name.ToString()) { FunctionPointerUse = name.ToString() };
        result.Absorb(signature.ReturnType);
        foreach (SignatureShape parameter in signature.ParameterTypes)
        {
            result.Absorb(parameter);
        }

        return result;
    }

    public SignatureShape GetModifiedType(SignatureShape modifier, SignatureShape unmodifiedType, bool isRequired)
    {
        return unmodifiedType;
    }
}
