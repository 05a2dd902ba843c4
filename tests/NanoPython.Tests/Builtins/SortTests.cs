using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class SortTests
    {
        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(15)]
        [DataRow(16)]
        [DataRow(17)]
        [DataRow(33)]
        [DataRow(100)]
        [DataRow(1000)]
        public void Sort_RandomInts_MatchesStableOrder(int n)
        {
            BuiltinsHost h = new BuiltinsHost();
            Random rnd = new Random(n);
            long[] values = Enumerable.Range(0, n).Select(_ => (long)rnd.Next(-50, 50)).ToArray();
            PyList l = Ints(values);
            h.Method(l, "sort");
            Assert.AreEqual(h.Repr(Ints(values.OrderBy(v => v).ToArray())), h.Repr(l));
            h.MethodKw(l, "sort", new PyObject[0], "reverse", PyBool.True);
            Assert.AreEqual(h.Repr(Ints(values.OrderByDescending(v => v).ToArray())), h.Repr(l));
        }

        [TestMethod]
        [DataRow(10)]
        [DataRow(57)]
        [DataRow(500)]
        public void Sort_KeyWithTies_IsStableForwardAndReverse(int n)
        {
            BuiltinsHost h = new BuiltinsHost();
            Random rnd = new Random(n);
            (long k, long i)[] items = Enumerable.Range(0, n).Select(i => ((long)rnd.Next(0, 5), (long)i)).ToArray();
            PyList l = L(items.Select(p => (PyObject)T(I(p.k), I(p.i))).ToArray());
            PyObject first = Fn("first", a => ((PyTuple)a[0]).Items[0]);
            PyList copy = (PyList)h.Method(l, "copy");
            h.MethodKw(l, "sort", new PyObject[0], "key", first);
            Assert.AreEqual(h.Repr(L(items.OrderBy(p => p.k).Select(p => (PyObject)T(I(p.k), I(p.i))).ToArray())), h.Repr(l));
            h.MethodKw(copy, "sort", new PyObject[0], "key", first, "reverse", PyBool.True);
            Assert.AreEqual(h.Repr(L(items.OrderByDescending(p => p.k).Select(p => (PyObject)T(I(p.k), I(p.i))).ToArray())), h.Repr(copy));
        }

        [TestMethod]
        public void Sort_KeyCalledOncePerItem()
        {
            BuiltinsHost h = new BuiltinsHost();
            int calls = 0;
            PyObject key = Fn("neg", a => { calls++; return I(-((PyInt)a[0]).Value); });
            PyList l = Ints(Enumerable.Range(0, 100).Select(i => (long)(i * 37 % 101)).ToArray());
            h.MethodKw(l, "sort", new PyObject[0], "key", key);
            Assert.AreEqual(100, calls);
            Assert.AreEqual(100L, ((PyInt)l.Items[0]).Value);
        }

        [TestMethod]
        public void Sort_Strings_ByCodePoint()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = L(S("b"), S("B"), S("a"), S("\U0001F600"), S("\uFFFD"), S(""), S("ab"));
            h.Method(l, "sort");
            Assert.AreEqual("|B|a|ab|b|\uFFFD|\U0001F600", h.Join(l));
        }

        [TestMethod]
        public void Sort_Floats_AndMixedNumbers()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = L(new PyFloat(2.5), new PyFloat(-1), new PyFloat(0.5));
            h.Method(l, "sort");
            Assert.AreEqual(-1.0, ((PyFloat)l.Items[0]).Value);
            Assert.AreEqual(2.5, ((PyFloat)l.Items[2]).Value);
            PyList m = L(I(3), new PyFloat(0.5), PyBool.True, I(-2));
            h.Method(m, "sort");
            Assert.AreEqual(-2L, ((PyInt)m.Items[0]).Value);
            Assert.AreEqual(0.5, ((PyFloat)m.Items[1]).Value);
            Assert.AreSame(PyBool.True, m.Items[2]);
        }

        [TestMethod]
        public void Sort_Incomparable_RaisesAndKeepsAllItems()
        {
            BuiltinsHost h = new BuiltinsHost();
            List<PyObject> items = new List<PyObject>();
            for (int i = 0; i < 40; i++)
            {
                items.Add(i == 35 ? S("x") : I(40 - i));
            }

            PyList l = L(items.ToArray());
            Assert.AreEqual("TypeError: '<' not supported between instances of 'str' and 'int'", h.Raises(() => h.Method(l, "sort")));
            Assert.AreEqual(40, l.Count);
            CollectionAssert.AreEquivalent(items, l.Items.Take(l.Count).ToList());
        }

        [TestMethod]
        public void Sort_KeyAppendsToList_RaisesValueError()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(3, 1, 2);
            int seenLength = -1;
            PyObject key = Fn("k", a =>
            {
                if (seenLength < 0)
                {
                    seenLength = l.Count;
                }

                l.Append(I(9));
                return a[0];
            });
            Assert.AreEqual("ValueError: list modified during sort", h.Raises(() => h.MethodKw(l, "sort", new PyObject[0], "key", key)));
            Assert.AreEqual(0, seenLength);
            Assert.AreEqual("[1, 2, 3]", h.Repr(l));
        }

        [TestMethod]
        public void Sort_PositionalArgument_RaisesTypeError()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("TypeError: sort() takes no positional arguments", h.Raises(() => h.Method(Ints(1), "sort", PyNone.Value)));
        }

        [TestMethod]
        public void Sort_AlreadySorted_LinearComparisons()
        {
            BuiltinsHost h = new BuiltinsHost();
            int compares = 0;
            PyObject lt = new HostMethod(a => { compares++; return PyBool.Of(((PyInt)Ops.GetAttr(h.Ip, a[0], Intern.Get("v"))).Value < ((PyInt)Ops.GetAttr(h.Ip, a[1], Intern.Get("v"))).Value); });
            PyType c = h.Class("V", new PyObject[0], "__lt__", lt);
            PyList l = new PyList();
            for (int i = 0; i < 200; i++)
            {
                PyObject o = Ops.Call0(h.Ip, c);
                Ops.SetAttr(h.Ip, o, Intern.Get("v"), I(i));
                l.Append(o);
            }

            h.Method(l, "sort");
            Assert.IsTrue(compares < 2 * 200, "comparisons: " + compares);
        }
    }
}
