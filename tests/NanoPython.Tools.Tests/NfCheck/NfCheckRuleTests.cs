using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Tools.NfCheck;

namespace NanoPython.Tools.Tests.NfCheck;

/// <summary>
/// One fixture per nanoFramework rule, each breaking exactly that rule once: NfCheck must report exactly one
/// violation, of that rule, naming the offending member or type.
/// </summary>
[TestClass]
public sealed class NfCheckRuleTests
{
    [TestMethod]
    public void NfCheck_GenericTypeDefinition_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check("namespace Fixture { public class Box<T> { public T Value; } }");

        FixtureAssembly.AssertSingle(report, NfRule.GenericTypeDefinition, "Fixture.Box<T>");
    }

    [TestMethod]
    public void NfCheck_GenericMethodDefinition_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check("namespace Fixture { public static class Util { public static T Id<T>(T x) { return x; } } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.GenericMethodDefinition, "Fixture.Util.Id<T>(T)");
        Assert.AreEqual("Fixture: generic method definition Fixture.Util.Id<T>(T)", violation.Message);
    }

    [TestMethod]
    public void NfCheck_FuncInstantiation_IsReported()
    {
        // Only a use of the BCL's Func<int,int> (in the signature and the Invoke call), no generic definition.
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static class Calls { public static int Apply(System.Func<int, int> f) { return f(1); } } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.GenericInstantiation, "Fixture.Calls.Apply(System.Func<int,int>)");
        FixtureAssembly.AssertContains("generic instantiation System.Func<int,int> in", violation.Message);
    }

    [TestMethod]
    public void NfCheck_MultidimensionalArray_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check("namespace Fixture { public static class Grid { public static int[,] Make() { return new int[2, 3]; } } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.MultidimensionalArray, "Fixture.Grid.Make()");
        FixtureAssembly.AssertContains("multidimensional array int[,] in", violation.Message);
    }

    [TestMethod]
    public void NfCheck_Pointer_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static unsafe class Raw { public static int Read(int* p) { return *p; } } }",
            allowUnsafe: true);

        FixtureAssembly.AssertSingle(report, NfRule.Pointer, "Fixture.Raw.Read(int*)");
    }

    [TestMethod]
    public void NfCheck_FunctionPointer_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static unsafe class Indirect { public static int Call(delegate*<int, int> f) { return f(1); } } }",
            allowUnsafe: true);

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.FunctionPointer, "Fixture.Indirect.Call(delegate*<int,int>)");
        FixtureAssembly.AssertContains("calli", violation.Message);
    }

    [TestMethod]
    public void NfCheck_Stackalloc_IsReported()
    {
        // In Release the pointer stays on the evaluation stack: localloc is the only trace of the stackalloc.
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static unsafe class Scratch { public static long Address() { int* p = stackalloc int[4]; return (long)p; } } }",
            allowUnsafe: true);

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.Stackalloc, "Fixture.Scratch.Address()");
        Assert.AreEqual("Fixture: stackalloc in Fixture.Scratch.Address()", violation.Message);
    }

    [TestMethod]
    public void NfCheck_TooManyStaticMethods_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(FixtureSource.ManyMethods(256, "static"));

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.StaticMethodCount, "Fixture.Many");
        Assert.AreEqual("Fixture: 256 static methods in Fixture.Many (at most 255 per type)", violation.Message);
    }

    [TestMethod]
    public void NfCheck_TooManyInstanceMethods_IsReported()
    {
        // 256 methods plus the implicit constructor.
        NfCheckReport report = FixtureAssembly.Check(FixtureSource.ManyMethods(256, string.Empty));

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.InstanceMethodCount, "Fixture.Many");
        FixtureAssembly.AssertContains("257 instance methods in Fixture.Many", violation.Message);
    }

    [TestMethod]
    public void NfCheck_TooManyVirtualMethods_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(FixtureSource.ManyMethods(256, "virtual"));

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.VirtualMethodCount, "Fixture.Many");
        FixtureAssembly.AssertContains("256 virtual methods in Fixture.Many", violation.Message);
    }

    [TestMethod]
    public void NfCheck_MaxStaticMethods_IsNotReported()
    {
        NfCheckReport report = FixtureAssembly.Check(FixtureSource.ManyMethods(255, "static"));

        Assert.AreEqual(0, report.Violations.Count, string.Join("\n", report.Violations));
        Assert.AreEqual(255, report.LargestType.StaticMethods);
    }

    [TestMethod]
    public void NfCheck_IlOverBudget_IsReported()
    {
        // 7,000 statements of 8 IL bytes: about 56,000 bytes, over 48 KB and under the 64 KB hard limit.
        NfCheckReport report = FixtureAssembly.Check(FixtureSource.HugeMethod(7000));

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.IlSize, "Fixture");
        Assert.IsTrue(report.IlBytes > NfChecker.IlBudgetBytes, "IL bytes: " + report.IlBytes);
        FixtureAssembly.AssertContains("largest method Fixture.Big.Churn(int)", violation.Message);
    }

    [TestMethod]
    public void NfCheck_UserStringsOverBudget_IsReported()
    {
        // 25,000 UTF-16 characters are 50,000 bytes of #US heap, over 48 KB (49,152 bytes).
        NfCheckReport report = FixtureAssembly.Check(FixtureSource.LongString(25000));

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.UserStringSize, "Fixture");
        Assert.IsTrue(report.UserStringBytes > NfChecker.UserStringBudgetBytes, "user string bytes: " + report.UserStringBytes);
        FixtureAssembly.AssertContains("largest user Fixture.Text.Long()", violation.Message);
    }

    [TestMethod]
    public void NfCheck_CleanAssembly_HasNoViolations()
    {
        // What device code may use (in the forms that need nothing generic from .NET's corlib): classes, structs, enums, interfaces, own delegates, lambdas and closures,
        // events, jagged arrays, ref/out, params, switch on string, exceptions, lock, static constructors.
        const string Source = @"
namespace Fixture
{
    public delegate int IntOp(int value);
    public delegate void ChangedHandler(object sender, int value);

    public enum Mode { Off, On }

    public interface IShape { int Area(); }

    public struct Point
    {
        public int X;
        public int Y;
        public static Point operator +(Point a, Point b) { Point p; p.X = a.X + b.X; p.Y = a.Y + b.Y; return p; }
    }

    public abstract class Shape : IShape
    {
        public abstract int Area();
        public virtual string Name { get { return ""shape""; } }
    }

    public sealed class Square : Shape
    {
        private static readonly int[][] s_cache;
        private readonly object _lock = new object();
        private int _side;

        static Square() { s_cache = new int[2][]; s_cache[0] = new int[] { 1, 2 }; }

        public Square(int side) { _side = side; }

        private ChangedHandler _changed;

        // Explicit accessors: against .NET's corlib a field-like event compiles to Interlocked.CompareExchange<T>,
        // a generic method (nanoFramework's mscorlib has none, so there the compiler falls back to plain code).
        public event ChangedHandler Changed
        {
            add { _changed = (ChangedHandler)System.Delegate.Combine(_changed, value); }
            remove { _changed = (ChangedHandler)System.Delegate.Remove(_changed, value); }
        }

        public override int Area() { return _side * _side; }

        public override string Name { get { return ""square""; } }

        public int Apply(IntOp op) { return op(_side); }

        public int Scale(int factor)
        {
            IntOp times = v => v * factor;
            return Apply(times);
        }

        public void Resize(int side)
        {
            lock (_lock)
            {
                _side = side;
            }

            ChangedHandler handler = _changed;
            if (handler != null)
            {
                handler(this, side);
            }
        }

        public static int Sum(params int[] values)
        {
            int total = 0;
            foreach (int value in values) { total += value; }
            return total;
        }

        public static bool TryParse(string text, out int value, ref int calls)
        {
            calls++;
            switch (text)
            {
                case ""one"": value = 1; return true;
                case ""two"": value = 2; return true;
                case ""three"": value = 3; return true;
                case ""four"": value = 4; return true;
                case ""five"": value = 5; return true;
                case ""six"": value = 6; return true;
                case ""seven"": value = 7; return true;
                default: value = 0; return false;
            }
        }

        // Dense cases compile to the IL switch instruction, whose operand is a jump table the scanner must skip.
        public static int Pick(int index)
        {
            switch (index)
            {
                case 0: return 10;
                case 1: return 20;
                case 2: return 35;
                case 3: return 47;
                case 4: return 51;
                default: return -1;
            }
        }

        public static int Guarded(int divisor)
        {
            try
            {
                if (divisor == 0) { throw new System.ArgumentException(""zero""); }
                return 100 / divisor;
            }
            catch (System.ArgumentException e) when (e.Message.Length > 0)
            {
                return -1;
            }
            finally
            {
                s_cache[1] = null;
            }
        }
    }
}";
        NfCheckReport report = FixtureAssembly.Check(Source);

        Assert.AreEqual(0, report.Violations.Count, string.Join("\n", report.Violations));
        Assert.IsTrue(report.IsClean);
    }

    [TestMethod]
    public void NfCheck_GenericField_IsReportedOnTheField()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public class Holder { public System.Collections.Generic.List<int> Items; } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.GenericInstantiation, "Fixture.Holder.Items");
        FixtureAssembly.AssertContains("System.Collections.Generic.List<int>", violation.Message);
        Assert.AreEqual("Fixture.Holder", violation.TypeMetadataName);
        Assert.AreEqual("Items", violation.MemberMetadataName);
    }

    [TestMethod]
    public void NfCheck_OpenGenericTypeof_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static class Types { public static System.Type Open() { return typeof(System.Collections.Generic.List<>); } } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.GenericInstantiation, "Fixture.Types.Open()");
        FixtureAssembly.AssertContains("open generic type System.Collections.Generic.List`1", violation.Message);
    }

    [TestMethod]
    public void NfCheck_GenericMethodCall_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static class Empty { public static int[] None() { return System.Array.Empty<int>(); } } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.GenericInstantiation, "Fixture.Empty.None()");
        FixtureAssembly.AssertContains("System.Array.Empty<int>", violation.Message);
    }

    [TestMethod]
    public void NfCheck_FixedStatement_IsReportedAsPointer()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static unsafe class Pin { public static int First(int[] values) { fixed (int* p = values) { return *p; } } } }",
            allowUnsafe: true);

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.Pointer, "Fixture.Pin.First(int[])");
        FixtureAssembly.AssertContains("pinned", violation.Message);
    }

    [TestMethod]
    public void NfCheck_TypedReference_IsReportedAsPointer()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static class Refs { public static System.Type Of(int x) { System.TypedReference r = __makeref(x); return __reftype(r); } } }");

        NfViolation violation = FixtureAssembly.AssertSingle(report, NfRule.Pointer, "Fixture.Refs.Of(int)");
        FixtureAssembly.AssertContains("System.TypedReference", violation.Message);
    }

    [TestMethod]
    public void NfCheck_YieldIterator_IsReportedOnItsStateMachine()
    {
        // Even a non-generic IEnumerable iterator compiles to a class implementing IEnumerable<object>.
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public static class Iter { public static System.Collections.IEnumerable Items() { yield return 1; } } }");

        Assert.IsTrue(report.Violations.Count > 0, "no violation for an iterator");
        Assert.IsTrue(report.Violations.All(v => v.Rule == NfRule.GenericInstantiation), string.Join("\n", report.Violations));
        FixtureAssembly.AssertContains("System.Collections.Generic.IEnumerable<object>", string.Join("\n", report.Violations));
        Assert.IsTrue(report.Violations.All(v => v.Location != null && v.Location.Path == FixtureAssembly.FileName), string.Join("\n", report.Violations));
    }

    [TestMethod]
    public void NfCheck_GenericEventHandler_IsReported()
    {
        NfCheckReport report = FixtureAssembly.Check(
            "namespace Fixture { public class Source { public event System.EventHandler<System.EventArgs> Changed; } }");

        Assert.IsTrue(report.Violations.Count > 0, "no violation for EventHandler<T>");
        Assert.IsTrue(report.Violations.All(v => v.Rule == NfRule.GenericInstantiation), string.Join("\n", report.Violations));
        FixtureAssembly.AssertContains("in Fixture.Source.add_Changed(System.EventHandler<System.EventArgs>)", string.Join("\n", report.Violations));
    }
}
