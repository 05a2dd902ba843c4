using System.Linq;
using Microsoft.CodeAnalysis;
using NanoPython.Tools.NfCheck;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// Gives an NfCheck violation the best source position: the PDB's sequence points of the offending method; else
/// the declaration of the offending type or member, found by metadata name in the compilation (fields, interfaces,
/// abstract members); else the PDB's borrowed position (compiler-generated types such as iterator state machines,
/// which have no symbol but whose code the PDB places); else the declaration of the nearest enclosing type.
/// </summary>
internal static class ViolationLocator
{
    public static string Format(NfViolation violation, Compilation compilation, string root)
    {
        NfSourceLocation pdb = violation.Location;
        string prefix;
        if (pdb != null && pdb.IsExact)
        {
            prefix = FromPdb(pdb, root);
        }
        else
        {
            prefix = FromSymbols(violation, compilation, root, false)
                ?? (pdb != null ? FromPdb(pdb, root) : null)
                ?? FromSymbols(violation, compilation, root, true)
                ?? violation.AssemblyName + ".dll";
        }

        return prefix + ": error " + violation.Code + ": " + violation.Message;
    }

    private static string FromPdb(NfSourceLocation location, string root)
    {
        return GatePaths.Relative(root, location.Path) + "(" + location.Line + "," + location.Column + ")";
    }

    private static string FromSymbols(NfViolation violation, Compilation compilation, string root, bool enclosingTypes)
    {
        string typeName = violation.TypeMetadataName;
        string memberName = violation.MemberMetadataName;
        while (!string.IsNullOrEmpty(typeName))
        {
            INamedTypeSymbol type = compilation.GetTypeByMetadataName(typeName);
            if (type != null)
            {
                Location location = null;
                if (memberName != null)
                {
                    location = type.GetMembers(memberName).SelectMany(member => member.Locations).FirstOrDefault(l => l.IsInSource);
                }

                location ??= type.Locations.FirstOrDefault(l => l.IsInSource);
                if (location != null)
                {
                    FileLinePositionSpan span = location.GetLineSpan();
                    return GatePaths.Relative(root, span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
                }
            }

            if (!enclosingTypes)
            {
                return null;
            }

            // Compiler-generated types (closures, iterators) have no symbol: blame the type that contains them.
            int plus = typeName.LastIndexOf('+');
            typeName = plus < 0 ? null : typeName.Substring(0, plus);
            memberName = null;
        }

        return null;
    }
}
