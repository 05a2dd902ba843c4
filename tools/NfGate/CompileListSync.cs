using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NanoPython.Tools.NfGate;

/// <summary>
/// Keeps the Compile list of a .nfproj equal to the *.cs files of its folder. The nanoFramework project system does
/// not glob, so every file must be listed; the host .csproj globs, so a file missing from the .nfproj would compile
/// on the host and silently drop out of the device build.
/// </summary>
/// <remarks>
/// The list lives in the ItemGroup right after the comment that mentions NfGate's sync. It is rewritten as text, not
/// through an XML writer, so the rest of the file (CRLF line endings, 2-space indentation, BOM) stays byte for byte.
/// </remarks>
public static class CompileListSync
{
    private static readonly byte[] s_utf8Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>
    /// The Compile list a project folder should have: every *.cs file below it except in bin/ and obj/ and except
    /// *.Host.cs, as backslash-separated relative paths, sorted ordinally.
    /// </summary>
    public static List<string> ExpectedFiles(string projectDirectory)
    {
        var files = new List<string>();
        Collect(projectDirectory, string.Empty, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The files the project lacks (<c>missing</c>) and lists without having them (<c>extra</c>).</summary>
    public static void Compare(NfProject project, out List<string> missing, out List<string> extra)
    {
        List<string> expected = ExpectedFiles(project.Directory);
        var listed = new HashSet<string>(project.CompileItems.Select(item => item.Replace('/', '\\')), StringComparer.Ordinal);
        var present = new HashSet<string>(expected, StringComparer.Ordinal);
        missing = expected.Where(file => !listed.Contains(file)).ToList();
        extra = listed.Where(file => !present.Contains(file)).OrderBy(file => file, StringComparer.Ordinal).ToList();
    }

    /// <summary>Rewrites the Compile list of a project file; returns true when the file changed.</summary>
    /// <exception cref="InvalidDataException">The file has no sync comment followed by an ItemGroup.</exception>
    public static bool Sync(NfProject project)
    {
        byte[] bytes = File.ReadAllBytes(project.Path);
        bool bom = bytes.Length >= 3 && bytes[0] == s_utf8Bom[0] && bytes[1] == s_utf8Bom[1] && bytes[2] == s_utf8Bom[2];
        string text = new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        string updated = Rewrite(text, ExpectedFiles(project.Directory), project.FileName);
        if (updated == text)
        {
            return false;
        }

        using (var stream = new FileStream(project.Path, FileMode.Create, FileAccess.Write))
        {
            if (bom)
            {
                stream.Write(s_utf8Bom, 0, s_utf8Bom.Length);
            }

            byte[] body = new UTF8Encoding(false).GetBytes(updated);
            stream.Write(body, 0, body.Length);
        }

        return true;
    }

    /// <summary>Returns <paramref name="text"/> with the ItemGroup after the sync comment listing <paramref name="files"/>.</summary>
    /// <exception cref="InvalidDataException">The text has no sync comment followed by an ItemGroup.</exception>
    public static string Rewrite(string text, IReadOnlyList<string> files, string fileName)
    {
        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        int markerEnd = FindMarkerEnd(text);
        if (markerEnd < 0)
        {
            throw new InvalidDataException(fileName + " has no comment mentioning NfGate's sync before its Compile ItemGroup, so the list cannot be found");
        }

        int open = text.IndexOf("<ItemGroup", markerEnd, StringComparison.Ordinal);
        if (open < 0 || text.Substring(markerEnd, open - markerEnd).Trim().Length != 0)
        {
            throw new InvalidDataException(fileName + ": the sync comment is not followed by an ItemGroup");
        }

        int openEnd = text.IndexOf('>', open) + 1;
        int close = text.IndexOf("</ItemGroup>", openEnd, StringComparison.Ordinal);
        if (openEnd <= 0 || close < 0 || text[openEnd - 2] == '/')
        {
            throw new InvalidDataException(fileName + ": the ItemGroup after the sync comment is not closed by </ItemGroup>");
        }

        int lineStart = text.LastIndexOf('\n', open) + 1;
        string indent = text.Substring(lineStart, open - lineStart);
        if (indent.Trim().Length != 0)
        {
            indent = string.Empty;
        }

        var items = new StringBuilder();
        foreach (string file in files)
        {
            items.Append(newline).Append(indent).Append("  <Compile Include=\"").Append(EscapeXml(file)).Append("\" />");
        }

        string body = items.Append(newline).Append(indent).ToString();
        return text.Substring(0, openEnd) + body + text.Substring(close);
    }

    private static int FindMarkerEnd(string text)
    {
        int start = 0;
        while (true)
        {
            int open = text.IndexOf("<!--", start, StringComparison.Ordinal);
            if (open < 0)
            {
                return -1;
            }

            int close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                return -1;
            }

            // Both words: "sync" alone would also match a comment about "async" code.
            if (text.IndexOf("sync", open, close - open, StringComparison.OrdinalIgnoreCase) >= 0
                && text.IndexOf("NfGate", open, close - open, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return close + 3;
            }

            start = close + 3;
        }
    }

    private static void Collect(string directory, string relative, List<string> files)
    {
        foreach (string file in Directory.EnumerateFiles(directory, "*.cs"))
        {
            string name = Path.GetFileName(file);

            // EnumerateFiles("*.cs") also matches "*.csx" style 8.3 quirks on Windows: check the extension exactly.
            if (name.EndsWith(".cs", StringComparison.Ordinal) && !name.EndsWith(".Host.cs", StringComparison.Ordinal))
            {
                files.Add(relative + name);
            }
        }

        foreach (string subdirectory in Directory.EnumerateDirectories(directory))
        {
            string name = Path.GetFileName(subdirectory);
            if (string.Equals(name, "bin", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "obj", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Collect(subdirectory, relative + name + "\\", files);
        }
    }

    private static string EscapeXml(string value)
    {
        return value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
