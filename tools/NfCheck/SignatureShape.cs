namespace NanoPython.Tools.NfCheck;

/// <summary>
/// A decoded signature type: its display name plus the first use of each forbidden construct found inside it
/// (a type like <c>System.Func&lt;int[,],int&gt;[]</c> carries both a generic instantiation and a multidimensional array).
/// </summary>
internal sealed class SignatureShape
{
    public SignatureShape(string name)
    {
        Name = name;
    }

    public SignatureShape(string name, SignatureShape inner)
    {
        Name = name;
        Absorb(inner);
    }

    /// <summary>The type in C#-like notation.</summary>
    public string Name { get; }

    /// <summary>The outermost generic instantiation inside, or null.</summary>
    public string GenericUse { get; set; }

    /// <summary>The first multidimensional array inside, or null.</summary>
    public string ArrayUse { get; set; }

    /// <summary>The first pointer or pinned type inside, or null.</summary>
    public string PointerUse { get; set; }

    /// <summary>The first function pointer inside, or null.</summary>
    public string FunctionPointerUse { get; set; }

    /// <summary>Takes over the uses of a component type that this one does not have yet.</summary>
    public void Absorb(SignatureShape inner)
    {
        if (inner == null)
        {
            return;
        }

        GenericUse ??= inner.GenericUse;
        ArrayUse ??= inner.ArrayUse;
        PointerUse ??= inner.PointerUse;
        FunctionPointerUse ??= inner.FunctionPointerUse;
    }

    public override string ToString()
    {
        return Name;
    }
}
