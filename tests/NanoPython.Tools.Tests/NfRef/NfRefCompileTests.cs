using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>
/// Device-style code compiled in-process against the built reference assemblies (artifacts/nfref), as the
/// nanoFramework gate does: what nanoFramework lacks is a compile error, what it has compiles without a warning.
/// </summary>
[TestClass]
public sealed class NfRefCompileTests
{
    private const string DeviceCode = """
        using System;
        using System.Collections;
        using System.Device.Gpio;
        using System.Device.I2c;
        using System.IO;
        using System.IO.Ports;
        using System.Text;
        using System.Threading;
        using System.Reflection;
        using System.Runtime.CompilerServices;
        using nanoFramework.Hardware.Esp32;

        [assembly: AssemblyNativeVersion("1.0.0.0")]

        namespace Device
        {
            public delegate int IntFunc(int x);

            public static class Native
            {
                [MethodImpl(MethodImplOptions.InternalCall)]
                public static extern uint Fnv1a(byte[] data, int offset, int count);
            }

            public sealed class Board : IDisposable
            {
                private readonly GpioController _gpio = new GpioController();
                private readonly Hashtable _names = new Hashtable();
                private SerialPort _port;
                private int _count;

                public event EventHandler Changed;

                public int Count { get; private set; }

                public string Describe(object value)
                {
                    switch (value)
                    {
                        case string s when s.Length > 0:
                            return $"str {s.Substring(1)} {s.Length}";
                        case int i:
                            return "int " + i.ToString("X");
                        default:
                            return value?.ToString() ?? "None";
                    }
                }

                public int Keyword(string name)
                {
                    switch (name)
                    {
                        case "if": return 1;
                        case "else": return 2;
                        case "while": return 3;
                        case "for": return 4;
                        case "def": return 5;
                        case "class": return 6;
                        case "return": return 7;
                        case "lambda": return 8;
                        default: return 0;
                    }
                }

                public int Sum(string text)
                {
                    int total = 0;
                    foreach (char c in text)
                    {
                        total += c;
                    }

                    lock (_names)
                    {
                        _names["k"] = total;
                    }

                    IntFunc twice = x => x * 2;
                    return twice(total) + (int)Math.Abs(-1.5);
                }

                public byte[] Probe(int address)
                {
                    using (var device = new I2cDevice(new I2cConnectionSettings(1, address)))
                    {
                        var buffer = new byte[2];
                        I2cTransferResult result = device.WriteRead(new byte[] { 0x00 }, buffer);
                        return result.Status == I2cTransferStatus.FullTransfer ? buffer : null;
                    }
                }

                public void Open()
                {
                    Configuration.SetPinFunction(16, DeviceFunction.COM2_RX);
                    _port = new SerialPort("COM2", 115200);
                    _port.WatchChar = '\u0003';
                    _port.DataReceived += OnData;
                    GpioPin pin = _gpio.OpenPin(2, PinMode.Output);
                    pin.Write(PinValue.High);
                    pin.ValueChanged += (sender, e) => Interlocked.Increment(ref _count);
                    var sb = new StringBuilder();
                    sb.Append("x").Append(1);
                    try
                    {
                        Thread.Sleep(1);
                    }
                    catch (Exception e) when (e.Message != null)
                    {
                        throw;
                    }
                    finally
                    {
                        _count++;
                    }

                    using (var ms = new MemoryStream())
                    {
                        ms.WriteByte(1);
                    }

                    Changed?.Invoke(this, EventArgs.Empty);
                }

                public void Dispose() => _gpio.Dispose();

                private void OnData(object sender, SerialDataReceivedEventArgs e)
                {
                    if (e.EventType == SerialData.WatchChar)
                    {
                        Count++;
                    }
                }
            }
        }
        """;

    /// <summary>A generic List, absent from nanoFramework's mscorlib, is a compile error, and the only one.</summary>
    [TestMethod]
    public void NfRef_GenericListUsage_FailsToCompile()
    {
        List<Diagnostic> errors = Compile("class C { void M() { var l = new System.Collections.Generic.List<int>(); } }", "mscorlib")
            .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.IsNotEmpty(errors, "List<int> compiled against the nanoFramework mscorlib");
        Assert.IsTrue(errors.All(d => d.Id == "CS0234"), "expected only 'namespace System.Collections.Generic does not exist' (CS0234): " + Describe(errors));
    }

    /// <summary>Other uses of what nanoFramework lacks fail to compile with the expected error.</summary>
    [TestMethod]
    [DataRow("int? x = null;", "CS0518", DisplayName = "Nullable<T>")]
    [DataRow("var s = \"ab\".Replace(\"a\", \"b\");", "CS1061", DisplayName = "String.Replace")]
    [DataRow("var d = System.Math.Log(8.0, 2.0);", "CS1501", DisplayName = "Math.Log(x, base)")]
    [DataRow("var b = char.IsDigit('1');", "CS0117", DisplayName = "Char.IsDigit")]
    public void NfRef_UsageOfMissingApi_FailsToCompile(string statement, string errorId)
    {
        List<Diagnostic> errors = Compile("class C { void M() { " + statement + " } }", "mscorlib", "System.Math")
            .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.IsTrue(errors.Any(d => d.Id == errorId), statement + ": expected " + errorId + ", got: " + Describe(errors));
    }

    /// <summary>String methods and System.Math that nanoFramework has compile cleanly.</summary>
    [TestMethod]
    public void NfRef_StringAndMathUsage_Compiles()
    {
        List<Diagnostic> diagnostics = Compile("class C { string M(string s) { return s.Substring(1) + System.Math.Abs(-1.5); } }", "mscorlib", "System.Math")
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.IsEmpty(diagnostics, Describe(diagnostics));
    }

    /// <summary>
    /// Device-style code (events, lambdas on own delegates, string switch, foreach over a string, lock, using,
    /// interpolation, exception filters, GPIO, I2C over SpanByte, serial port) compiles cleanly against the references.
    /// </summary>
    [TestMethod]
    public void NfRef_DeviceStyleUsage_Compiles()
    {
        List<Diagnostic> diagnostics = Compile(
            DeviceCode,
            "mscorlib",
            "System.Math",
            "nanoFramework.System.Text",
            "nanoFramework.System.Collections",
            "nanoFramework.Hardware.Esp32",
            "System.Device.Gpio",
            "System.Device.I2c",
            "System.IO.Ports",
            "System.IO.Streams").Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.IsEmpty(diagnostics, Describe(diagnostics));
    }

    /// <summary>A nanoFramework.TestFramework test class (DataRow applied more than once) compiles cleanly.</summary>
    [TestMethod]
    public void NfRef_NanoTestFrameworkUsage_Compiles()
    {
        const string code = """
            using nanoFramework.TestFramework;

            namespace NFUnitTest
            {
                [TestClass]
                public class SampleTests
                {
                    [Setup]
                    public void Setup() => OutputHelper.WriteLine("setup");

                    [TestMethod]
                    [DataRow(1, "1")]
                    [DataRow(2, "2")]
                    public void Int_ToString_MatchesText(int value, string text)
                    {
                        Assert.AreEqual(text, value.ToString());
                        Assert.IsTrue(value > 0);
                        Assert.ThrowsException(typeof(System.ArgumentException), () => throw new System.ArgumentException());
                    }
                }
            }
            """;
        List<Diagnostic> diagnostics = Compile(code, "mscorlib", "nanoFramework.TestFramework")
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.IsEmpty(diagnostics, Describe(diagnostics));
    }

    private static List<Diagnostic> Compile(string code, params string[] assemblies)
    {
        MetadataReference[] references = NfRefArtifacts.References(NfRefListing.FindRepoRootOrSkip(), assemblies);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp10));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Snippet",
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // The compilation's object must be the reference mscorlib, not a framework leaking in.
        Assert.AreEqual("mscorlib", compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.Name);

        using var output = new MemoryStream();
        EmitResult result = compilation.Emit(output, options: new EmitOptions(runtimeMetadataVersion: "v4.0.30319"));
        return result.Diagnostics.ToList();
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
