using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    /// <summary>The fast paths allocate little beyond their result (STYLE.md rule 7); bounds are generous for the host runtime.</summary>
    [TestClass]
    public class AllocationTests
    {
        private sealed class NullOutput : OutputStream
        {
            public override void Write(byte[] data, int offset, int count)
            {
            }
        }

        private static long Allocated(Action a)
        {
            a();
            long before = GC.GetAllocatedBytesForCurrentThread();
            a();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [TestMethod]
        public void Print_SingleStr_AllocatesOnlyTheLineAndItsBytes()
        {
            BuiltinsHost h = new BuiltinsHost();
            h.Ip.Stdout = new NullOutput();
            PyObject print = h.Builtin("print");
            PyObject[] args = { S("hello, world") };
            long bytes = Allocated(() => Ops.Call(h.Ip, print, args, 0, 1, null));

            // "hello, world\n" as a .NET string (about 52 bytes) plus its UTF-8 array (about 40).
            Assert.IsTrue(bytes <= 128, "allocated " + bytes);
        }

        [TestMethod]
        public void Sum_IntList_AllocatesOnlyTheIterator()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject sum = h.Builtin("sum");
            PyObject[] args = { Ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) };
            long bytes = Allocated(() => Ops.Call(h.Ip, sum, args, 0, 1, null));
            Assert.IsTrue(bytes <= 64, "allocated " + bytes);
        }

        [TestMethod]
        public void Sort_IntList_AllocatesAtMostHalfTheListAsBuffer()
        {
            BuiltinsHost h = new BuiltinsHost();
            long[] values = new long[1000];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (i * 7919) % 1000;
            }

            PyList l = Ints(values);
            PyObject sort = Ops.GetAttr(h.Ip, l, Names.Get(Names.sort));
            long bytes = Allocated(() =>
            {
                ListSorterShuffle(l);
                Ops.Call(h.Ip, sort, new PyObject[0], 0, 0, null);
            });
            Assert.IsTrue(bytes <= 500 * 8 + 256, "allocated " + bytes);
        }

        private static void ListSorterShuffle(PyList l)
        {
            for (int i = 0; i < l.Count; i++)
            {
                int j = (i * 31) % l.Count;
                PyObject t = l.Items[i];
                l.Items[i] = l.Items[j];
                l.Items[j] = t;
            }
        }

        [TestMethod]
        public void MinMax_IntArgs_AllocateNothingButTheCall()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject max = h.Builtin("max");
            PyObject[] args = { I(3), I(9), I(4) };
            long bytes = Allocated(() => Ops.Call(h.Ip, max, args, 0, 3, null));
            Assert.AreEqual(0L, bytes);
        }
    }
}
