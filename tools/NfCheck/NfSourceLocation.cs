namespace NanoPython.Tools.NfCheck;

/// <summary>A place in a source file, as recorded in the assembly's portable PDB.</summary>
public sealed class NfSourceLocation
{
    /// <summary>Creates a location.</summary>
    public NfSourceLocation(string path, int line, int column, bool isExact)
    {
        Path = path;
        Line = line;
        Column = column;
        IsExact = isExact;
    }

    /// <summary>The document path as the compiler saw it (usually absolute).</summary>
    public string Path { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>
    /// True when the place is the offending method's own code; false when it is borrowed from another method of the
    /// same type, because the offence is in a field, a type or a method without code (a PDB records only code).
    /// </summary>
    public bool IsExact { get; }
}
