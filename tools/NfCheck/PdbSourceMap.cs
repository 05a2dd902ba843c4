using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NanoPython.Tools.NfCheck;

/// <summary>
/// Maps methods and types of an assembly to source lines through its portable PDB (a file next to it or an embedded
/// one), so that violations point at the file to fix. Windows PDBs are not read; violations then carry no location.
/// </summary>
internal sealed class PdbSourceMap : IDisposable
{
    private readonly MetadataReaderProvider _provider;
    private readonly MetadataReader _pdb;

    // Iterator and async kickoff methods have no sequence points: their code (and line numbers) is in MoveNext.
    private readonly Dictionary<MethodDefinitionHandle, MethodDefinitionHandle> _moveNextByKickoff =
        new Dictionary<MethodDefinitionHandle, MethodDefinitionHandle>();

    private PdbSourceMap(MetadataReaderProvider provider)
    {
        _provider = provider;
        _pdb = provider.GetMetadataReader();
        foreach (MethodDebugInformationHandle handle in _pdb.MethodDebugInformation)
        {
            MethodDefinitionHandle kickoff = _pdb.GetMethodDebugInformation(handle).GetStateMachineKickoffMethod();
            if (!kickoff.IsNil)
            {
                _moveNextByKickoff[kickoff] = handle.ToDefinitionHandle();
            }
        }
    }

    /// <summary>Opens the PDB of an assembly: <paramref name="pdbStream"/>, else embedded, else null.</summary>
    public static PdbSourceMap Open(PEReader peReader, Stream pdbStream)
    {
        try
        {
            if (pdbStream != null)
            {
                if (!IsPortablePdb(pdbStream))
                {
                    return null;
                }

                var map = new PdbSourceMap(MetadataReaderProvider.FromPortablePdbStream(
                    pdbStream,
                    MetadataStreamOptions.PrefetchMetadata | MetadataStreamOptions.LeaveOpen));
                if (!map.Matches(peReader))
                {
                    // A PDB left over from an older build would point at the wrong lines.
                    map.Dispose();
                    return null;
                }

                return map;
            }

            foreach (DebugDirectoryEntry entry in peReader.ReadDebugDirectory())
            {
                if (entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb)
                {
                    return new PdbSourceMap(peReader.ReadEmbeddedPortablePdbDebugDirectoryData(entry));
                }
            }
        }
        catch (BadImageFormatException)
        {
            // A damaged or foreign PDB only costs the source locations, never the check itself.
        }

        return null;
    }

    /// <summary>The first visible sequence point of a method (or of its state machine's MoveNext).</summary>
    public NfSourceLocation Locate(MethodDefinitionHandle method)
    {
        NfSourceLocation location = FirstSequencePoint(method);
        if (location == null && _moveNextByKickoff.TryGetValue(method, out MethodDefinitionHandle moveNext))
        {
            location = FirstSequencePoint(moveNext);
        }

        return location;
    }

    /// <summary>The first located method of a type or, failing that, of its nested types.</summary>
    public NfSourceLocation Locate(MetadataReader metadata, TypeDefinitionHandle type)
    {
        TypeDefinition definition = metadata.GetTypeDefinition(type);
        foreach (MethodDefinitionHandle method in definition.GetMethods())
        {
            NfSourceLocation location = Locate(method);
            if (location != null)
            {
                return location;
            }
        }

        foreach (TypeDefinitionHandle nested in definition.GetNestedTypes())
        {
            NfSourceLocation location = Locate(metadata, nested);
            if (location != null)
            {
                return location;
            }
        }

        return null;
    }

    public void Dispose()
    {
        _provider.Dispose();
    }

    private bool Matches(PEReader peReader)
    {
        var pdbId = new BlobContentId(_pdb.DebugMetadataHeader.Id);
        foreach (DebugDirectoryEntry entry in peReader.ReadDebugDirectory())
        {
            if (entry.Type == DebugDirectoryEntryType.CodeView)
            {
                return peReader.ReadCodeViewDebugDirectoryData(entry).Guid == pdbId.Guid;
            }
        }

        return true;
    }

    private NfSourceLocation FirstSequencePoint(MethodDefinitionHandle method)
    {
        int row = MetadataTokens.GetRowNumber(method);
        if (row > _pdb.MethodDebugInformation.Count)
        {
            return null;
        }

        MethodDebugInformation info = _pdb.GetMethodDebugInformation(method);
        if (info.SequencePointsBlob.IsNil)
        {
            return null;
        }

        foreach (SequencePoint point in info.GetSequencePoints())
        {
            if (!point.IsHidden)
            {
                string path = _pdb.GetString(_pdb.GetDocument(point.Document).Name);
                return new NfSourceLocation(path, point.StartLine, point.StartColumn, true);
            }
        }

        return null;
    }

    private static bool IsPortablePdb(Stream stream)
    {
        // Portable PDBs are ECMA-335 metadata ("BSJB"); Windows PDBs start with "Microsoft C/C++ MSF 7.00".
        long start = stream.Position;
        var signature = new byte[4];
        int read = stream.Read(signature, 0, 4);
        stream.Position = start;
        return read == 4 && signature[0] == (byte)'B' && signature[1] == (byte)'S' && signature[2] == (byte)'J' && signature[3] == (byte)'B';
    }
}
