namespace NanoPython.Tools.NfCheck;

/// <summary>The generic parameter names in scope while a definition's signature is decoded, for readable names.</summary>
internal sealed class SignatureContext
{
    public SignatureContext(string[] typeParameters, string[] methodParameters)
    {
        TypeParameters = typeParameters;
        MethodParameters = methodParameters;
    }

    public string[] TypeParameters { get; }

    public string[] MethodParameters { get; }
}
