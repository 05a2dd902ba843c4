using nanoFramework.TestFramework;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>Device unit tests of the runtime core: interned names, small ints, int arithmetic without trapping overflow.</summary>
    [TestClass]
    public class RuntimeCoreTests
    {
        [TestMethod]
        public void Names_InternedName_IsTheStaticObject()
        {
            Assert.AreSame(Names.Get(Names.__init__), Intern.Get("__init__"));
            Assert.AreEqual("__add__", Names.Text(Names.__add__));
            Assert.AreEqual(-1, Names.Lookup("no such name here"));
        }

        [TestMethod]
        public void PyInt_SmallValues_AreCached()
        {
            Assert.AreSame(PyInt.Get(7), PyInt.Get(7L));
            Assert.AreEqual(100L, PyInt.Get(100).Value);
        }

        [TestMethod]
        [DataRow(3L, 4L, 12L)]
        [DataRow(-5L, 7L, -35L)]
        [DataRow(3037000499L, 3037000499L, 9223372030926249001L)]
        public void PyInt_MulOrOverflow_MultipliesInRange(long a, long b, long expected)
        {
            Assert.AreEqual(expected, PyInt.MulOrOverflow(a, b));
        }

        [TestMethod]
        public void PyInt_MulOrOverflow_DetectsOverflow()
        {
            Assert.AreEqual(long.MinValue, PyInt.MulOrOverflow(3037000500L, 3037000500L));
            Assert.AreEqual(long.MinValue, PyInt.MulOrOverflow(long.MaxValue, 2));
        }

        [TestMethod]
        [DataRow(-7L, 2L, -4L, 1L)]
        [DataRow(7L, -2L, -4L, -1L)]
        [DataRow(-7L, -2L, 3L, -1L)]
        public void PyInt_FloorDivMod_FollowPython(long a, long b, long q, long r)
        {
            Assert.AreEqual(q, PyInt.FloorDiv(a, b));
            Assert.AreEqual(r, PyInt.FloorMod(a, b));
        }

        [TestMethod]
        public void PyDict_SetAndLookupName_RoundTrips()
        {
            PyDict d = new PyDict();
            for (int i = 0; i < 100; i++)
            {
                d.SetName(Intern.Get("k" + i), PyInt.Get(i));
            }

            Assert.AreEqual(100, d.Count);
            Assert.AreEqual(42L, ((PyInt)d.LookupName(Intern.Get("k42"))).Value);
            Assert.IsNull(d.LookupName(Intern.Get("missing")));
        }
    }
}
