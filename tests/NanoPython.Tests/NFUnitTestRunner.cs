using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NF = nanoFramework.TestFramework;

namespace NanoPython.Tests;

/// <summary>
/// Runs the device unit tests of tests/NFUnitTest (compiled into this assembly against the shim) the way the
/// nanoFramework launcher does: for each [TestClass], [Setup], then every [TestMethod] (once per [DataRow]), then
/// [Cleanup]. Each test method is one MSTest case here.
/// </summary>
[TestClass]
public class NFUnitTestRunner
{
    private static readonly object s_lock = new object();

    /// <summary>(class, method, data row index or -1).</summary>
    public static IEnumerable<object[]> Cases()
    {
        foreach (Type t in typeof(NFUnitTestRunner).Assembly.GetTypes().Where(t => t.GetCustomAttribute<NF.TestClassAttribute>() != null).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (MethodInfo m in t.GetMethods().Where(m => m.GetCustomAttribute<NF.TestMethodAttribute>() != null).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                NF.DataRowAttribute[] rows = m.GetCustomAttributes<NF.DataRowAttribute>().ToArray();
                if (rows.Length == 0)
                {
                    yield return new object[] { t.FullName, m.Name, -1 };
                }
                else
                {
                    for (int i = 0; i < rows.Length; i++)
                    {
                        yield return new object[] { t.FullName, m.Name, i };
                    }
                }
            }
        }
    }

    /// <summary>Runs one device test method with its class's Setup and Cleanup around it.</summary>
    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void NFUnitTest_Method_Passes(string typeName, string methodName, int row)
    {
        Type t = typeof(NFUnitTestRunner).Assembly.GetType(typeName, true);
        object instance = Activator.CreateInstance(t);
        MethodInfo m = t.GetMethod(methodName);
        object[] args = row < 0 ? null : m.GetCustomAttributes<NF.DataRowAttribute>().ElementAt(row).MethodParameters;
        MethodInfo setup = t.GetMethods().FirstOrDefault(x => x.GetCustomAttribute<NF.SetupAttribute>() != null);
        MethodInfo cleanup = t.GetMethods().FirstOrDefault(x => x.GetCustomAttribute<NF.CleanupAttribute>() != null);

        // The launcher runs a class's tests one after another; setups may share static state.
        lock (s_lock)
        {
            try
            {
                setup?.Invoke(instance, null);
                m.Invoke(instance, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is NF.SkipTestException)
            {
                Assert.Inconclusive(e.InnerException.Message);
            }
            catch (TargetInvocationException e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
            finally
            {
                cleanup?.Invoke(instance, null);
            }
        }
    }
}
