namespace NanoPython.Tools.NfCheck;

/// <summary>
/// The nanoFramework rules that NfCheck enforces on a compiled assembly. The order gives the diagnostic codes
/// (NF0001 for <see cref="IlSize"/> and so on), so append new rules at the end.
/// </summary>
public enum NfRule
{
    /// <summary>Method bodies (headers included) over the IL budget of the assembly.</summary>
    IlSize,

    /// <summary>User strings (the #US heap, string literals) over the budget of the assembly.</summary>
    UserStringSize,

    /// <summary>More virtual (or abstract) methods in one type than the metadata processor can number.</summary>
    VirtualMethodCount,

    /// <summary>More non-virtual instance methods in one type than the metadata processor can number.</summary>
    InstanceMethodCount,

    /// <summary>More static methods in one type than the metadata processor can number.</summary>
    StaticMethodCount,

    /// <summary>A generic type definition (a type with generic parameters).</summary>
    GenericTypeDefinition,

    /// <summary>A generic method definition (a method with generic parameters).</summary>
    GenericMethodDefinition,

    /// <summary>A use of a generic type or method, including the BCL's <c>Func&lt;&gt;</c>, <c>Action&lt;T&gt;</c>, <c>EventHandler&lt;T&gt;</c>.</summary>
    GenericInstantiation,

    /// <summary>A multidimensional array type (<c>int[,]</c>).</summary>
    MultidimensionalArray,

    /// <summary>An unmanaged pointer type, a pinned local (<c>fixed</c>) or a <c>TypedReference</c>.</summary>
    Pointer,

    /// <summary>A function pointer type or a <c>calli</c> instruction.</summary>
    FunctionPointer,

    /// <summary>A <c>stackalloc</c> (the <c>localloc</c> instruction).</summary>
    Stackalloc,
}
