using System;
using System.Threading;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// Runs Python source as module __main__ and turns the outcome into a process exit status, as MicroPython's unix port
/// does: 0 at the end, n for sys.exit(n), 1 after an uncaught exception (its traceback printed to stderr).
/// </summary>
public static class ScriptRunner
{
    /// <summary>Stack size of the interpreter thread: Python recursion does not use the CLR stack, native re-entry does.</summary>
    public const int InterpreterStackBytes = 256 * 1024 * 1024;

    /// <summary>Runs source (from fileName) in __main__ and returns the exit status.</summary>
    public static int RunMain(Interpreter ip, string source, string fileName)
    {
        try
        {
            PyDict main = ip.MainDict;
            main.SetName(Names.__file__, new PyStr(fileName));
            ip.Exec(source, fileName, CompileMode.Exec, main);
            return 0;
        }
        catch (PyException e)
        {
            return HandleUncaught(ip, e.Value);
        }
        finally
        {
            ip.Stdout.Flush();
            ip.Stderr.Flush();
        }
    }

    /// <summary>The exit status of an uncaught exception; prints the traceback unless it is SystemExit.</summary>
    public static int HandleUncaught(Interpreter ip, PyBaseException e)
    {
        if (e.IsInstance(PyExc.SystemExit))
        {
            PyObject code = e.FirstArg;
            if (code is PyNone)
            {
                return 0;
            }

            if (code is PyInt)
            {
                return (int)((PyInt)code).Value;
            }

            ip.Stderr.Write(Ops.Str(ip, code) + "\n");
            return 1;
        }

        ip.Stdout.Flush();
        ip.Stderr.Write(Ops.FormatException(ip, e));
        return 1;
    }

    /// <summary>Runs work on a thread with a large stack and returns its result.</summary>
    public static int OnInterpreterThread(Func<int> work)
    {
        int result = 0;
        Exception failure = null;
        Thread t = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            InterpreterStackBytes);
        t.Name = "nanopython";
        t.Start();
        t.Join();
        if (failure != null)
        {
            throw new InvalidOperationException("interpreter thread failed", failure);
        }

        return result;
    }
}
