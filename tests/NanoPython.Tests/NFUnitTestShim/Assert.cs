using System;
using MS = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Host shim of nanoFramework.TestFramework.Assert: the nanoFramework signatures (typed AreEqual overloads,
    /// ThrowsException(Type, Action), SkipTest) mapped onto MSTest. Only members that exist in the real TestFramework are
    /// declared here; the gate compiles the NFUnitTest sources against the real API surface, so they cannot drift.
    /// </summary>
    public static class Assert
    {
        public static void AreEqual(object expected, object actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(string expected, string actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(int expected, int actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(long expected, long actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(double expected, double actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(float expected, float actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(bool expected, bool actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(char expected, char actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(byte expected, byte actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(uint expected, uint actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreEqual(ulong expected, ulong actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreNotEqual(object notExpected, object actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);

        public static void AreNotEqual(string notExpected, string actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);

        public static void AreNotEqual(int notExpected, int actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);

        public static void AreNotEqual(long notExpected, long actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);

        public static void AreSame(object expected, object actual, string message = "") => MS.Assert.AreSame(expected, actual, message);

        public static void AreNotSame(object notExpected, object actual, string message = "") => MS.Assert.AreNotSame(notExpected, actual, message);

        public static void IsTrue(bool condition, string message = "") => MS.Assert.IsTrue(condition, message);

        public static void IsFalse(bool condition, string message = "") => MS.Assert.IsFalse(condition, message);

        public static void IsNull(object value, string message = "") => MS.Assert.IsNull(value, message);

        public static void IsNotNull(object value, string message = "") => MS.Assert.IsNotNull(value, message);

        public static void IsInstanceOfType(object value, Type expected, string message = "") => MS.Assert.IsInstanceOfType(value, expected, message);

        public static void Contains(string expected, string value, string message = "") => MS.Assert.Contains(expected, value, message);

        public static void StartsWith(string expected, string value, string message = "") => MS.Assert.StartsWith(expected, value, message);

        public static void EndsWith(string expected, string value, string message = "") => MS.Assert.EndsWith(expected, value, message);

        /// <summary>Asserts that action throws an exception of exactly the given type (as nanoFramework's does).</summary>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                if (e.GetType() != exception)
                {
                    MS.Assert.Fail("expected " + exception.Name + " but got " + e.GetType().Name + ": " + e.Message + " " + message);
                }

                return;
            }

            MS.Assert.Fail("expected " + exception.Name + " but nothing was thrown " + message);
        }

        /// <summary>Same as ThrowsException.</summary>
        public static void Throws(Type exceptionType, Action action, string message = "") => ThrowsException(exceptionType, action, message);

        /// <summary>Skips the test.</summary>
        public static void SkipTest(string message = null) => throw new SkipTestException(message);
    }
}
