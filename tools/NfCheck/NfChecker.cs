using System;
using System.IO;
using System.Reflection.PortableExecutable;

namespace NanoPython.Tools.NfCheck;

/// <summary>
/// Checks a compiled assembly against the limits and features of the nanoFramework 1.x runtime and its metadata
/// processor (see ../shared/nanoframework/FACTS.md): IL and string budgets, methods per type, and constructs the
/// runtime cannot load (generics, multidimensional arrays, pointers, function pointers, stackalloc).
/// </summary>
public static class NfChecker
{
    /// <summary>
    /// The IL budget per assembly: 48 KB, leaving a quarter of nanoFramework's hard 64 KB limit (16-bit byte-code
    /// offsets) as headroom, because the metadata processor's byte code is not byte for byte the compiler's IL.
    /// </summary>
    public const int IlBudgetBytes = 48 * 1024;

    /// <summary>The user-string (#US heap) budget per assembly: 48 KB of the 64 KB string table.</summary>
    public const int UserStringBudgetBytes = 48 * 1024;

    /// <summary>The most virtual, instance or static methods one type may have (each count is one byte).</summary>
    public const int MaxMethodsPerKind = 255;

    /// <summary>
    /// Checks the assembly at <paramref name="path"/>. A portable PDB next to it (same name, <c>.pdb</c>) or embedded
    /// in it gives the violations their source locations.
    /// </summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static NfCheckReport Check(string path)
    {
        string fullPath = Path.GetFullPath(path);
        string pdbPath = Path.ChangeExtension(fullPath, ".pdb");
        using FileStream peStream = File.OpenRead(fullPath);
        using FileStream pdbStream = File.Exists(pdbPath) ? File.OpenRead(pdbPath) : null;
        return Check(peStream, pdbStream, fullPath);
    }

    /// <summary>Checks an assembly image; <paramref name="pdbStream"/> (a portable PDB) may be null.</summary>
    /// <exception cref="BadImageFormatException">The image is not a .NET assembly.</exception>
    public static NfCheckReport Check(Stream peStream, Stream pdbStream)
    {
        return Check(peStream, pdbStream, null);
    }

    private static NfCheckReport Check(Stream peStream, Stream pdbStream, string path)
    {
        using var peReader = new PEReader(peStream, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchEntireImage);
        if (!peReader.HasMetadata)
        {
            throw new BadImageFormatException("not a .NET assembly: " + (path ?? "(stream)"));
        }

        using PdbSourceMap sources = PdbSourceMap.Open(peReader, pdbStream);
        return new AssemblyInspector(peReader, sources, path).Inspect();
    }
}
