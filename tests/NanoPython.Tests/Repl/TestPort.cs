using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Tests.Repl;

/// <summary>A board port for tests: fixed names and date, boot files from memory (a different set per start if wanted).</summary>
public sealed class TestPort : BoardPort
{
    private readonly List<Dictionary<string, string>> _starts = new List<Dictionary<string, string>>();

    /// <summary>A port whose every start sees files (name -> text; may be empty).</summary>
    public TestPort(params (string Name, string Text)[] files)
        : base(BoardConfig.Parse("board.name = Test board\nboard.mcu = ESP32\n"))
    {
        Dictionary<string, string> d = new Dictionary<string, string>();
        foreach ((string name, string text) in files)
        {
            d[name] = text;
        }

        _starts.Add(d);
    }

    /// <summary>Number of starts so far (power-on and soft resets).</summary>
    public int Starts { get; private set; }

    /// <summary>The interpreters created so far, in order.</summary>
    public List<Interpreter> Interpreters { get; } = new List<Interpreter>();

    /// <inheritdoc/>
    public override string BuildDate => ReplHarness.Date;

    /// <summary>From the next start on (counted from 0), the files are these.</summary>
    public TestPort Then(params (string Name, string Text)[] files)
    {
        Dictionary<string, string> d = new Dictionary<string, string>();
        foreach ((string name, string text) in files)
        {
            d[name] = text;
        }

        _starts.Add(d);
        return this;
    }

    /// <inheritdoc/>
    public override void Setup(Interpreter ip)
    {
        Dictionary<string, string> files = _starts[Math.Min(Starts, _starts.Count - 1)];
        Starts++;
        Interpreters.Add(ip);
        ip.ModuleSource = new MemoryFiles(files);
    }
}
