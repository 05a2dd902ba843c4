using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// What the gate needs from a nanoFramework project file: the assembly name and kind, the language settings, the
/// Compile items, the referenced projects and the referenced nanoFramework assemblies. Only unconditioned properties
/// are read (the .nfproj files of this repository set everything unconditionally).
/// </summary>
public sealed class NfProject
{
    private NfProject(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory = System.IO.Path.GetDirectoryName(Path);
        FileName = System.IO.Path.GetFileName(Path);
    }

    /// <summary>The full path of the .nfproj.</summary>
    public string Path { get; }

    /// <summary>The folder of the .nfproj.</summary>
    public string Directory { get; }

    /// <summary>The file name, e.g. <c>NanoPython.Runtime.nfproj</c>.</summary>
    public string FileName { get; }

    /// <summary>AssemblyName (the file name without extension when unset).</summary>
    public string AssemblyName { get; private set; }

    /// <summary>OutputType: Library or Exe.</summary>
    public string OutputType { get; private set; }

    /// <summary>LangVersion, or null when unset.</summary>
    public string LangVersion { get; private set; }

    /// <summary>The symbols of DefineConstants, without MSBuild property references.</summary>
    public IReadOnlyList<string> DefineConstants { get; private set; }

    /// <summary>AllowUnsafeBlocks.</summary>
    public bool AllowUnsafeBlocks { get; private set; }

    /// <summary>The Include values of the Compile items, as written (backslash-separated, relative).</summary>
    public IReadOnlyList<string> CompileItems { get; private set; }

    /// <summary>The full paths of the referenced projects.</summary>
    public IReadOnlyList<string> ProjectReferences { get; private set; }

    /// <summary>The Include values of the Reference items: nanoFramework assembly names.</summary>
    public IReadOnlyList<string> References { get; private set; }

    /// <summary>
    /// Why the file is not well-formed XML (MSBuild and Visual Studio refuse to load it), or null. The other
    /// properties are then read from the file with its comments removed, so the gate can still report the rest.
    /// </summary>
    public string XmlError { get; private set; }

    /// <summary>Reads a project file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="XmlException">The file is not XML even without its comments.</exception>
    public static NfProject Load(string path)
    {
        var project = new NfProject(path);
        string text = File.ReadAllText(project.Path);
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException e)
        {
            project.XmlError = e.Message;

            // The usual culprit is "--" inside a comment (XML forbids it); comments carry nothing the gate needs.
            document = XDocument.Parse(Regex.Replace(text, "<!--.*?-->", string.Empty, RegexOptions.Singleline));
        }

        project.Read(document);
        return project;
    }

    private void Read(XDocument document)
    {
        XElement root = document.Root;
        AssemblyName = Property(root, "AssemblyName") ?? System.IO.Path.GetFileNameWithoutExtension(Path);
        OutputType = Property(root, "OutputType") ?? "Library";
        LangVersion = Property(root, "LangVersion");
        AllowUnsafeBlocks = string.Equals(Property(root, "AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase);

        string defines = Regex.Replace(Property(root, "DefineConstants") ?? string.Empty, @"\$\([^)]*\)", string.Empty);
        DefineConstants = defines
            .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(symbol => symbol.Trim())
            .Where(symbol => symbol.Length > 0)
            .ToList();

        CompileItems = Items(root, "Compile").ToList();
        References = Items(root, "Reference").Select(include => include.Split(',')[0].Trim()).ToList();
        ProjectReferences = Items(root, "ProjectReference")
            .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, ToLocalPath(include))))
            .ToList();
    }

    /// <summary>Turns an MSBuild (backslash) relative path into one for this platform.</summary>
    public static string ToLocalPath(string msbuildPath)
    {
        return msbuildPath.Replace('\\', System.IO.Path.DirectorySeparatorChar).Replace('/', System.IO.Path.DirectorySeparatorChar);
    }

    private static string Property(XElement root, string name)
    {
        // MSBuild semantics: the last unconditioned definition wins.
        string value = null;
        foreach (XElement group in root.Elements().Where(e => e.Name.LocalName == "PropertyGroup" && e.Attribute("Condition") == null))
        {
            foreach (XElement property in group.Elements().Where(e => e.Name.LocalName == name && e.Attribute("Condition") == null))
            {
                value = property.Value.Trim();
            }
        }

        return value;
    }

    private static IEnumerable<string> Items(XElement root, string itemType)
    {
        return root.Elements()
            .Where(e => e.Name.LocalName == "ItemGroup")
            .SelectMany(group => group.Elements())
            .Where(e => e.Name.LocalName == itemType)
            .Select(e => (string)e.Attribute("Include"))
            .Where(include => !string.IsNullOrWhiteSpace(include))
            .Select(include => include.Trim());
    }
}
