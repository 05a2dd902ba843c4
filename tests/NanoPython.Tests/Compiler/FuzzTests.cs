using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>
/// Bounded fuzzing with a fixed seed: sample programs mutated at character and token level must either compile to
/// code that passes the stack verifier or raise a Python SyntaxError (or subclass) or the deliberate RecursionError;
/// never any other .NET exception.
/// </summary>
[TestClass]
public sealed class FuzzTests
{
    private const int Inputs = 3000;

    private static readonly string[] s_fragments =
    {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "\n    ", "\t", "\\", "\\\n", "'", "\"", "'''", "\"\"\"",
        "f'{", "}", "!r", "=", ":=", "*", "**", "lambda", "yield", "await", "async", "def", "class", "return",
        "break", "continue", "global", "nonlocal", "try:", "except", "finally:", "with", "as", "for", "in", "if",
        "else", "elif", "while", "not", "is", "del", "import", "from", ".", "...", "@", "0x", "1e", "1_", "0o8", "j",
        "\0", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud800", "#", "b'", "rb'", "\r", "\r\n", "super()", "__class__",
    };

    [TestMethod]
    public void Fuzz_MutatedSamples_OnlyRaiseSyntaxErrors()
    {
        List<string> corpus = new List<string>(CompilerSamples.Programs);
        string repo = RepoRootGuess();
        string pyDir = repo == null ? null : Path.Combine(repo, "tests", "py");
        if (pyDir != null && Directory.Exists(pyDir))
        {
            string[] files = Directory.GetFiles(pyDir, "*.py", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            for (int i = 0; i < files.Length && i < 40; i++)
            {
                corpus.Add(File.ReadAllText(files[i]));
            }
        }

        // NANOPY_FUZZ_SEED / NANOPY_FUZZ_INPUTS explore further by hand; the committed run is fixed.
        string seedText = Environment.GetEnvironmentVariable("NANOPY_FUZZ_SEED");
        string countText = Environment.GetEnvironmentVariable("NANOPY_FUZZ_INPUTS");
        Random rnd = new Random(seedText != null ? int.Parse(seedText) : 20261124);
        int inputs = countText != null ? int.Parse(countText) : Inputs;
        Interpreter ip = CompilerTestSupport.NewInterpreter();
        int compiled = 0;
        int errors = 0;
        for (int n = 0; n < inputs; n++)
        {
            string src = Mutate(corpus[rnd.Next(corpus.Count)], rnd);
            try
            {
                CodeObject co = ip.Compiler.Compile(ip, src, "<fuzz>", n % 7 == 0 ? CompileMode.Single : CompileMode.Exec);
                foreach (CodeObject c in CompilerTestSupport.AllCode(co))
                {
                    string problem = StackVerifier.Verify(c);
                    Assert.IsNull(problem, problem + "\ninput:\n" + src);
                }

                compiled++;
            }
            catch (PyException e)
            {
                string type = e.Value.Type.Name.Value;
                Assert.IsTrue(type == "SyntaxError" || type == "IndentationError" || type == "TabError" || type == "RecursionError",
                    type + ": " + e.Message + "\ninput:\n" + src);
                errors++;
            }
            catch (Exception e)
            {
                Assert.Fail(e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace + "\ninput:\n" + src);
            }
        }

        // Both outcomes must be exercised.
        Assert.IsTrue(compiled > inputs / 20, "compiled " + compiled);
        Assert.IsTrue(errors > inputs / 20, "errors " + errors);
    }

    [TestMethod]
    public void Fuzz_RandomBytes_OnlyRaiseSyntaxErrors()
    {
        Random rnd = new Random(7);
        Interpreter ip = CompilerTestSupport.NewInterpreter();
        for (int n = 0; n < 500; n++)
        {
            StringBuilder sb = new StringBuilder();
            int len = rnd.Next(200);
            for (int i = 0; i < len; i++)
            {
                sb.Append(rnd.Next(4) == 0 ? (char)rnd.Next(0x10000) : (char)rnd.Next(128));
            }

            try
            {
                ip.Compiler.Compile(ip, sb.ToString(), "<fuzz>", n % 3);
            }
            catch (PyException e)
            {
                string type = e.Value.Type.Name.Value;
                Assert.IsTrue(type == "SyntaxError" || type == "IndentationError" || type == "TabError" || type == "RecursionError", type);
            }
        }
    }

    private static string Mutate(string src, Random rnd)
    {
        StringBuilder sb = new StringBuilder(src);
        int edits = 1 + rnd.Next(4);
        for (int e = 0; e < edits; e++)
        {
            int pos = sb.Length == 0 ? 0 : rnd.Next(sb.Length);
            switch (rnd.Next(8))
            {
                case 0:
                    if (sb.Length > 0)
                    {
                        sb.Remove(pos, Math.Min(1 + rnd.Next(3), sb.Length - pos));
                    }

                    break;
                case 1:
                    if (sb.Length > 0)
                    {
                        sb.Insert(pos, sb[pos]);
                    }

                    break;
                case 2:
                    if (sb.Length > 1 && pos + 1 < sb.Length)
                    {
                        (sb[pos], sb[pos + 1]) = (sb[pos + 1], sb[pos]);
                    }

                    break;
                case 3:
                    sb.Insert(pos, (char)rnd.Next(0x80));
                    break;
                case 4:
                    sb.Insert(pos, s_fragments[rnd.Next(s_fragments.Length)]);
                    break;
                case 5:
                    sb.Length = pos;
                    break;
                case 6:
                {
                    // Duplicate or delete a "token": a run of identifier characters or one other character.
                    int end = pos;
                    while (end < sb.Length && (char.IsLetterOrDigit(sb[end]) || sb[end] == '_'))
                    {
                        end++;
                    }

                    if (end == pos && end < sb.Length)
                    {
                        end++;
                    }

                    string tok = sb.ToString(pos, end - pos);
                    if (rnd.Next(2) == 0)
                    {
                        sb.Remove(pos, end - pos);
                    }
                    else
                    {
                        sb.Insert(pos, tok + " ");
                    }

                    break;
                }

                default:
                {
                    // Move a line somewhere else (breaks indentation and block structure).
                    string s = sb.ToString();
                    int a = pos;
                    while (a > 0 && s[a - 1] != '\n')
                    {
                        a--;
                    }

                    int b = pos;
                    while (b < s.Length && s[b] != '\n')
                    {
                        b++;
                    }

                    string line = s.Substring(a, b - a);
                    sb.Remove(a, b - a);
                    sb.Insert(rnd.Next(sb.Length + 1), line);
                    break;
                }
            }
        }

        return sb.ToString();
    }

    private static string RepoRootGuess()
    {
        string dir = Environment.GetEnvironmentVariable("NANOPY_ROOT") ?? AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "nanoPython.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir;
    }
}
