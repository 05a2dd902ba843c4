using System.Globalization;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>
/// Number hooks for compiler tests that do not depend on the Numbers assembly: floats parse with .NET, big ints and
/// imaginary literals become recognisable stand-ins (the compiler only stores them as constants).
/// </summary>
internal sealed class TestNumbers : NumberHooks
{
    /// <inheritdoc/>
    public override PyObject ParseFloat(string text)
    {
        double d;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out d))
        {
            return new PyFloat(d);
        }

        return null;
    }

    /// <inheritdoc/>
    public override PyObject ParseInt(string digits, int radix)
    {
        try
        {
            return base.ParseInt(digits, radix);
        }
        catch (PyException)
        {
            return new PyStr("bigint:" + radix + ":" + digits);
        }
    }

    /// <inheritdoc/>
    public override PyObject MakeComplex(double real, double imag)
    {
        return new PyStr("complex:" + imag.ToString(CultureInfo.InvariantCulture));
    }
}
