using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Tests.Repl;

/// <summary>Files from a dictionary (board paths, relative or absolute).</summary>
public sealed class MemoryFiles : IModuleSource
{
    private readonly Dictionary<string, string> _files;

    /// <summary>The files of d.</summary>
    public MemoryFiles(Dictionary<string, string> d)
    {
        _files = d;
    }

    /// <inheritdoc/>
    public string ReadText(string path)
    {
        return _files.TryGetValue(path.TrimStart('/'), out string text) ? text : null;
    }

    /// <inheritdoc/>
    public bool IsDirectory(string path)
    {
        return false;
    }
}
