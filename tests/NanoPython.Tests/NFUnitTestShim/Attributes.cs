using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Host shim of nanoFramework.TestFramework's [TestClass]; NFUnitTestRunner discovers classes by it.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class TestClassAttribute : Attribute
    {
    }

    /// <summary>Host shim of [TestMethod].</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute
    {
    }

    /// <summary>Host shim of [Setup]: runs before the class's test methods.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class SetupAttribute : Attribute
    {
    }

    /// <summary>Host shim of [Cleanup]: runs after the class's test methods.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class CleanupAttribute : Attribute
    {
    }

    /// <summary>Host shim of [DataRow(params object[])].</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>The row's arguments.</summary>
        public DataRowAttribute(params object[] methodParameters)
        {
            MethodParameters = methodParameters;
        }

        /// <summary>The row's arguments.</summary>
        public object[] MethodParameters { get; }
    }

    /// <summary>Host shim of the skip exception thrown by Assert.SkipTest.</summary>
    public class SkipTestException : Exception
    {
        /// <summary>A skip with a reason.</summary>
        public SkipTestException(string message = null, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }

    /// <summary>Host shim of OutputHelper: writes to the test log.</summary>
    public static class OutputHelper
    {
        /// <summary>Writes a line.</summary>
        public static void WriteLine(string message)
        {
            Console.WriteLine(message);
        }

        /// <summary>Writes text.</summary>
        public static void Write(string message)
        {
            Console.Write(message);
        }
    }
}
