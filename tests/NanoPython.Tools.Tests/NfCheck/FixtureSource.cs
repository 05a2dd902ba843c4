using System.Text;

namespace NanoPython.Tools.Tests.NfCheck;

/// <summary>Generates fixture sources too big to write by hand (hundreds of methods, huge bodies, long strings).</summary>
internal static class FixtureSource
{
    /// <summary>A class <c>Fixture.Many</c> with <paramref name="count"/> empty methods declared with <paramref name="modifiers"/>.</summary>
    public static string ManyMethods(int count, string modifiers)
    {
        var source = new StringBuilder("namespace Fixture\n{\n    public class Many\n    {\n");
        for (int i = 0; i < count; i++)
        {
            source.Append("        public ").Append(modifiers).Append(" void M").Append(i).Append("() { }\n");
        }

        return source.Append("    }\n}\n").ToString();
    }

    /// <summary>
    /// A method <c>Fixture.Big.Churn(int)</c> of <paramref name="statements"/> statements of 8 IL bytes each
    /// (ldarg.0, ldc.i4.s, mul, ldc.i4.7, add, starg.s), which the optimizer cannot fold.
    /// </summary>
    public static string HugeMethod(int statements)
    {
        var source = new StringBuilder("namespace Fixture\n{\n    public static class Big\n    {\n        public static int Churn(int x)\n        {\n");
        for (int i = 0; i < statements; i++)
        {
            source.Append("            x = x * 31 + 7;\n");
        }

        return source.Append("            return x;\n        }\n    }\n}\n").ToString();
    }

    /// <summary>A method <c>Fixture.Text.Long()</c> returning a literal of <paramref name="length"/> characters (2 bytes each in #US).</summary>
    public static string LongString(int length)
    {
        var literal = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            literal.Append((char)('a' + (i % 26)));
        }

        return "namespace Fixture\n{\n    public static class Text\n    {\n        public static string Long() { return \"" + literal + "\"; }\n    }\n}\n";
    }
}
