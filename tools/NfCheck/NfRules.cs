using System;

namespace NanoPython.Tools.NfCheck;

/// <summary>Codes and descriptions of the <see cref="NfRule"/> values, as they appear in messages.</summary>
public static class NfRules
{
    /// <summary>The diagnostic code of a rule, <c>NF0001</c> for the first one.</summary>
    public static string Code(NfRule rule)
    {
        return "NF" + ((int)rule + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The words that name a rule in a violation message, e.g. "generic method definition".</summary>
    public static string Describe(NfRule rule)
    {
        switch (rule)
        {
            case NfRule.IlSize:
                return "IL size";
            case NfRule.UserStringSize:
                return "user strings size";
            case NfRule.VirtualMethodCount:
                return "virtual methods";
            case NfRule.InstanceMethodCount:
                return "instance methods";
            case NfRule.StaticMethodCount:
                return "static methods";
            case NfRule.GenericTypeDefinition:
                return "generic type definition";
            case NfRule.GenericMethodDefinition:
                return "generic method definition";
            case NfRule.GenericInstantiation:
                return "generic instantiation";
            case NfRule.MultidimensionalArray:
                return "multidimensional array";
            case NfRule.Pointer:
                return "pointer";
            case NfRule.FunctionPointer:
                return "function pointer";
            case NfRule.Stackalloc:
                return "stackalloc";
            default:
                throw new ArgumentOutOfRangeException(nameof(rule));
        }
    }
}
