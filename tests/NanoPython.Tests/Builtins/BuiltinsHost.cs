using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Builtins;
using NanoPython.Runtime;

namespace NanoPython.Tests.Builtins
{
    /// <summary>Collects what an interpreter writes, and counts the writes.</summary>
    internal sealed class CapturedOutput : OutputStream
    {
        private readonly MemoryStream _bytes = new MemoryStream();

        public int Writes { get; private set; }

        public int Flushes { get; private set; }

        public string Text => Encoding.UTF8.GetString(_bytes.ToArray());

        public override void Write(byte[] data, int offset, int count)
        {
            Writes++;
            _bytes.Write(data, offset, count);
        }

        public override void Flush() => Flushes++;
    }

    /// <summary>Standard input from a fixed byte string.</summary>
    internal sealed class BytesInput : InputStream
    {
        private readonly byte[] _data;
        private int _pos;

        public BytesInput(string text) => _data = Encoding.UTF8.GetBytes(text);

        public override int ReadByte() => _pos < _data.Length ? _data[_pos++] : -1;

        public override bool Available => _pos < _data.Length;
    }

    /// <summary>
    /// An interpreter with the VM and the builtins installed and its output captured, plus shorthands to build values
    /// and call builtins and methods the way compiled code would (Ops.Call on the builtins entry, Ops.GetAttr for methods).
    /// </summary>
    internal sealed class BuiltinsHost
    {
        public readonly Interpreter Ip;
        public readonly CapturedOutput Out = new CapturedOutput();

        public BuiltinsHost()
        {
            Ip = new Interpreter();
            VmSetup.Install(Ip);
            BuiltinsSetup.Install(Ip);
            Ip.Stdout = Out;
        }

        public static PyInt I(long v) => PyInt.Get(v);

        public static PyStr S(string s) => new PyStr(s);

        public static PyList L(params PyObject[] items) => new PyList(items, items.Length);

        public static PyList Ints(params long[] values)
        {
            PyList l = new PyList();
            foreach (long v in values)
            {
                l.Append(PyInt.Get(v));
            }

            return l;
        }

        public static PyTuple T(params PyObject[] items) => PyTuple.Of(items);

        public PyObject Builtin(string name) => Ip.LookupBuiltin(Intern.Get(name)) ?? throw new AssertFailedException("no builtin " + name);

        public PyObject Call(string name, params PyObject[] args) => Ops.Call(Ip, Builtin(name), args, 0, args.Length, null);

        /// <summary>name(*args, **kw) with keywords given as name/value pairs.</summary>
        public PyObject CallKw(string name, PyObject[] args, params object[] kw) => CallObjKw(Builtin(name), args, kw);

        public PyObject CallObjKw(PyObject f, PyObject[] args, params object[] kw)
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

            return Ops.Call(Ip, f, all, 0, all.Length, nkw == 0 ? null : new PyTuple(names));
        }

        public PyObject Method(PyObject self, string name, params PyObject[] args) => Ops.Call(Ip, Ops.GetAttr(Ip, self, Intern.Get(name)), args, 0, args.Length, null);

        public PyObject MethodKw(PyObject self, string name, PyObject[] args, params object[] kw) => CallObjKw(Ops.GetAttr(Ip, self, Intern.Get(name)), args, kw);

        public string Repr(PyObject o) => Ops.Repr(Ip, o);

        /// <summary>repr(list(iterable)).</summary>
        public string ListRepr(PyObject iterable) => Repr(Call("list", iterable));

        /// <summary>The str values of an iterable's items joined with '|' (non-ASCII text without repr escapes).</summary>
        public string Join(PyObject iterable)
        {
            PyList l = (PyList)Call("list", iterable);
            string[] parts = new string[l.Count];
            for (int i = 0; i < l.Count; i++)
            {
                parts[i] = Ops.Str(Ip, l.Items[i]);
            }

            return string.Join("|", parts);
        }

        /// <summary>Runs an action that must raise a Python exception; returns "TypeName: message".</summary>
        public string Raises(Action a)
        {
            try
            {
                a();
            }
            catch (PyException e)
            {
                return e.Value.Type.Name.Value + ": " + e.Value.NativeStr(Ip);
            }

            throw new AssertFailedException("no exception raised");
        }

        /// <summary>A user class (as a class statement would create) with a namespace of the given attributes.</summary>
        public PyType Class(string name, PyObject[] bases, params object[] attrs)
        {
            PyDict ns = new PyDict();
            ns.SetName(Names.__module__, S("__main__"));
            for (int i = 0; i < attrs.Length; i += 2)
            {
                ns.SetName((string)attrs[i], (PyObject)attrs[i + 1]);
            }

            return ClassBuilder.CreateClass(Ip, PyTypes.Type, S(name), new PyTuple(bases), ns, null, new PyObject[0], 0);
        }

        /// <summary>A native function usable as a method of a user class (self first) or as a callback.</summary>
        public static PyObject Fn(string name, Func<PyObject[], PyObject> body) =>
            new PyBuiltinN(name, (ip, args, offset, count, kwnames) =>
            {
                PyObject[] a = new PyObject[count];
                Array.Copy(args, offset, a, 0, count);
                return body(a);
            });

        /// <summary>An object with a write method collecting what it is given (as a file for print).</summary>
        public PyModule Writer(List<string> parts)
        {
            PyDict d = new PyDict();
            d.SetName("write", Fn("write", a =>
            {
                parts.Add(((PyStr)a[0]).Value);
                return PyNone.Value;
            }));
            d.SetName("flush", Fn("flush", a =>
            {
                parts.Add("<flush>");
                return PyNone.Value;
            }));
            return new PyModule(Intern.Get("writer"), d);
        }
    }
}
