using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// Compiles a device project the way the nanoFramework toolchain would: exactly its Compile files, its LangVersion
/// and DefineConstants (never the host's NANOPY_HOST), against the nanoFramework reference assemblies it names and
/// the outputs of the device projects it references, and nothing else.
/// </summary>
internal static class GateCompiler
{
    /// <summary>The C# version the nanoFramework project system uses when an .nfproj sets none (FACTS.md).</summary>
    private const LanguageVersion DefaultLanguageVersion = LanguageVersion.CSharp9;

    private const string HostSymbol = "NANOPY_HOST";

    /// <summary>
    /// Compiles <paramref name="outcome"/>'s project into <paramref name="outputDirectory"/>; returns the
    /// compilation (for locating violations), or null when it could not be attempted.
    /// </summary>
    public static CSharpCompilation Compile(
        GateOutcome outcome,
        string root,
        string refsDirectory,
        IReadOnlyList<MetadataReference> projectReferences,
        string outputDirectory,
        out string outputPath)
    {
        NfProject project = outcome.Project;
        string projectPath = GatePaths.Relative(root, project.Path);
        outputPath = null;

        LanguageVersion languageVersion = DefaultLanguageVersion;
        if (project.LangVersion != null && !LanguageVersionFacts.TryParse(project.LangVersion, out languageVersion))
        {
            outcome.Lines.Add(projectPath + ": error NFG005: LangVersion '" + project.LangVersion + "' is not a C# version");
            outcome.Fail("bad LangVersion");
            return null;
        }

        OutputKind outputKind;
        switch (project.OutputType)
        {
            case "Library":
                outputKind = OutputKind.DynamicallyLinkedLibrary;
                break;
            case "Exe":
                outputKind = OutputKind.ConsoleApplication;
                break;
            default:
                outcome.Lines.Add(projectPath + ": error NFG005: OutputType '" + project.OutputType + "' is neither Library nor Exe");
                outcome.Fail("bad OutputType");
                return null;
        }

        var symbols = new List<string>();
        foreach (string symbol in project.DefineConstants)
        {
            if (symbol == HostSymbol)
            {
                outcome.Lines.Add(projectPath + ": warning NFG006: DefineConstants has " + HostSymbol + ", the host build's symbol; the gate leaves it out");
                continue;
            }

            symbols.Add(symbol);
        }

        var references = new List<MetadataReference>();
        bool referencesMissing = false;
        foreach (string name in project.References)
        {
            if (name == NfRefAssemblies.IgnoredReference)
            {
                continue;
            }

            string path = Path.Combine(refsDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                outcome.Lines.Add(projectPath + ": error NFG002: no nanoFramework reference assembly for '" + name + "' (expected " + GatePaths.Relative(root, path) + ", built by tools/NfRef)");
                outcome.Fail("missing reference assembly");
                referencesMissing = true;
                continue;
            }

            references.Add(MetadataReference.CreateFromFile(path));
        }

        if (referencesMissing)
        {
            return null;
        }

        references.AddRange(projectReferences);
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Parse, SourceCodeKind.Regular, symbols);
        var trees = new List<SyntaxTree>();
        foreach (string item in project.CompileItems)
        {
            string path = Path.GetFullPath(Path.Combine(project.Directory, NfProject.ToLocalPath(item)));
            using FileStream stream = File.OpenRead(path);
            SourceText text = SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256);
            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, path));
        }

        var options = new CSharpCompilationOptions(
            outputKind,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: project.AllowUnsafeBlocks,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Disable);
        CSharpCompilation compilation = CSharpCompilation.Create(project.AssemblyName, trees, references, options);

        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        var emitOptions = new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb);
        EmitResult result = compilation.Emit(peStream, pdbStream, options: emitOptions);

        IEnumerable<Diagnostic> diagnostics = result.Diagnostics
            .Where(d => !d.IsSuppressed && (d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning))
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start);
        int errors = 0;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            outcome.Lines.Add(Format(diagnostic, root, project.AssemblyName));
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else
            {
                outcome.Warnings++;
            }
        }

        if (!result.Success)
        {
            outcome.Fail(errors == 1 ? "1 compile error" : errors + " compile errors");
            return compilation;
        }

        Directory.CreateDirectory(outputDirectory);
        outputPath = Path.Combine(outputDirectory, project.AssemblyName + ".dll");
        byte[] image = peStream.ToArray();
        File.WriteAllBytes(outputPath, image);
        File.WriteAllBytes(Path.ChangeExtension(outputPath, ".pdb"), pdbStream.ToArray());
        outcome.Reference = MetadataReference.CreateFromImage(image, filePath: outputPath);
        return compilation;
    }

    private static string Format(Diagnostic diagnostic, string root, string assemblyName)
    {
        string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
        {
            return assemblyName + ": " + severity + " " + diagnostic.Id + ": " + message;
        }

        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        return GatePaths.Relative(root, span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): "
            + severity + " " + diagnostic.Id + ": " + message;
    }
}
