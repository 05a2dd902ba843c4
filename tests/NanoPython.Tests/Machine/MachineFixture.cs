using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Hal.Simulated;
using NanoPython.Machine;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Tests.Machine;

/// <summary>
/// An interpreter with the machine module installed over a simulated board on the virtual clock, and helpers to call
/// Python objects from C# (the machine classes are tested at this level, independently of the compiler).
/// </summary>
public sealed class MachineFixture : IDisposable
{
    private MachineFixture(SimulatedBoard board)
    {
        Board = board;
        Ip = new Interpreter();
        VmSetup.Install(Ip);
        TextSetup.Install(Ip);
        State = MachineSetup.Install(Ip, board);
        Module = (PyModule)Importer.ImportOne(Ip, "machine", null);
    }

    /// <summary>The simulated board.</summary>
    public SimulatedBoard Board { get; }

    /// <summary>The interpreter.</summary>
    public Interpreter Ip { get; }

    /// <summary>The machine module's state.</summary>
    public MachineState State { get; }

    /// <summary>The machine module.</summary>
    public PyModule Module { get; }

    /// <summary>A fixture on the built-in board (virtual clock).</summary>
    public static MachineFixture Create()
    {
        return new MachineFixture(SimulatedBoard.CreateDefault(virtualClock: true));
    }

    /// <summary>A fixture on a board described by JSON (virtual clock).</summary>
    public static MachineFixture Create(string boardJson)
    {
        return new MachineFixture(new SimulatedBoard(BoardDescription.Parse(boardJson, "test board"), virtualClock: true));
    }

    /// <summary>machine.NAME.</summary>
    public PyObject M(string name)
    {
        return Ops.GetAttr(Ip, Module, Intern.Get(name));
    }

    /// <summary>obj.name.</summary>
    public PyObject Attr(PyObject obj, string name)
    {
        return Ops.GetAttr(Ip, obj, Intern.Get(name));
    }

    /// <summary>f(*args).</summary>
    public PyObject Call(PyObject f, params PyObject[] args)
    {
        return Ops.Call(Ip, f, args, 0, args.Length, null);
    }

    /// <summary>f(*args, **kw) where kw alternates names and values: CallKw(f, new[] { a }, "freq", PyInt.Get(5)).</summary>
    public PyObject CallKw(PyObject f, PyObject[] args, params object[] kw)
    {
        int nkw = kw.Length / 2;
        PyObject[] all = new PyObject[args.Length + nkw];
        PyObject[] names = new PyObject[nkw];
        Array.Copy(args, all, args.Length);
        for (int i = 0; i < nkw; i++)
        {
            names[i] = Intern.Get((string)kw[2 * i]);
            all[args.Length + i] = (PyObject)kw[2 * i + 1];
        }

        return Ops.Call(Ip, f, all, 0, all.Length, new PyTuple(names));
    }

    /// <summary>obj.name(*args).</summary>
    public PyObject Invoke(PyObject obj, string name, params PyObject[] args)
    {
        return Call(Attr(obj, name), args);
    }

    /// <summary>obj.name(*args, **kw).</summary>
    public PyObject InvokeKw(PyObject obj, string name, PyObject[] args, params object[] kw)
    {
        return CallKw(Attr(obj, name), args, kw);
    }

    /// <summary>machine.Pin(id, *args).</summary>
    public PyObject Pin(int id, params PyObject[] args)
    {
        PyObject[] a = new PyObject[args.Length + 1];
        a[0] = I(id);
        Array.Copy(args, 0, a, 1, args.Length);
        return Call(M("Pin"), a);
    }

    /// <summary>A Python int.</summary>
    public static PyObject I(long v)
    {
        return PyInt.Get(v);
    }

    /// <summary>A Python str.</summary>
    public static PyObject S(string s)
    {
        return new PyStr(s);
    }

    /// <summary>Python bytes.</summary>
    public static PyObject B(params byte[] b)
    {
        return new PyBytes(b);
    }

    /// <summary>A Python bytearray of n zero bytes.</summary>
    public static PyByteArray BA(int n)
    {
        return new PyByteArray(new byte[n], n);
    }

    /// <summary>The long value of a Python int.</summary>
    public static long L(PyObject o)
    {
        Assert.IsInstanceOfType(o, typeof(PyInt), "expected an int, got " + o.Type.Name.Value);
        return ((PyInt)o).Value;
    }

    /// <summary>The bytes of a bytes object.</summary>
    public static byte[] Bytes(PyObject o)
    {
        Assert.IsInstanceOfType(o, typeof(PyBytes));
        return ((PyBytes)o).Data;
    }

    /// <summary>repr(o).</summary>
    public string Repr(PyObject o)
    {
        return Ops.Repr(Ip, o);
    }

    /// <summary>Runs the scheduled callbacks now (as the VM does at its next safe point).</summary>
    public void RunScheduled()
    {
        Ip.HandlePending();
    }

    /// <summary>Asserts that action raises the Python exception type, with message (when given) as str(exc).</summary>
    public PyBaseException Raises(PyType type, Action action, string message = null)
    {
        try
        {
            action();
        }
        catch (PyException e)
        {
            Assert.IsTrue(e.Value.IsInstance(type), "expected " + type.Name.Value + ", got " + e.Message);
            if (message != null)
            {
                Assert.AreEqual(message, e.Value.NativeStr(Ip));
            }

            return e.Value;
        }

        Assert.Fail("expected " + type.Name.Value);
        return null;
    }

    /// <summary>Disposes the board.</summary>
    public void Dispose()
    {
        Board.Dispose();
    }
}
