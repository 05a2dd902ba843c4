using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>
/// MaxStack checks over a large sample of source (the sample programs and every conformance script under
/// tests/py): the verifier simulates the stack depth of every instruction of every compiled function.
/// </summary>
[TestClass]
public sealed class StackDepthTests
{
    [TestMethod]
    public void StackDepth_AllSamplesAndScripts_StayWithinMaxStack()
    {
        List<string> sources = new List<string>(CompilerSamples.Programs);
        string root = Environment.GetEnvironmentVariable("NANOPY_ROOT") ?? AppContext.BaseDirectory;
        while (root != null && !File.Exists(Path.Combine(root, "nanoPython.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        if (root != null && Directory.Exists(Path.Combine(root, "tests", "py")))
        {
            string[] files = Directory.GetFiles(Path.Combine(root, "tests", "py"), "*.py", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string f in files)
            {
                sources.Add(File.ReadAllText(f));
            }
        }

        Interpreter ip = CompilerTestSupport.NewInterpreter();
        int functions = 0;
        int exact = 0;
        List<string> inexact = new List<string>();
        foreach (string src in sources)
        {
            CodeObject co;
            try
            {
                co = ip.Compiler.Compile(ip, src, "<sample>", CompileMode.Exec);
            }
            catch (PyException e) when (e.Value.Type.Name.Value == "SyntaxError")
            {
                continue;
            }

            foreach (CodeObject c in CompilerTestSupport.AllCode(co))
            {
                string problem = StackVerifier.Verify(c, out int max);
                Assert.IsNull(problem, problem + "\n" + Disassembler.Disassemble(c));
                functions++;
                if (max == c.MaxStack)
                {
                    exact++;
                }
                else
                {
                    inexact.Add(c.QualName.Value + " " + max + "/" + c.MaxStack);
                }
            }
        }

        Assert.IsTrue(functions >= CompilerSamples.Programs.Length, "functions " + functions);

        // MaxStack is exact along the emitted code; it can only exceed the reachable maximum through dead code the
        // emitter keeps (e.g. the handlers of a try whose body is empty), which is rare.
        Assert.IsTrue(exact >= functions * 99 / 100, exact + " of " + functions + " exact: " + string.Join(", ", inexact));
    }
}
