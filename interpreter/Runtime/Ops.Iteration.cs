namespace NanoPython.Runtime
{
    public static partial class Ops
    {
        /// <summary>iter(o): the iterator protocol, then the old __getitem__ sequence protocol.</summary>
        public static PyObject GetIter(Interpreter ip, PyObject o)
        {
            PyObject it = o.GetIter(ip);
            if (it != null)
            {
                return it;
            }

            if (o is PyInstance && FindPythonOverride(o.Type, Names.__getitem__) != null)
            {
                return new PySeqGetItemIterator(o);
            }

            throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object is not iterable");
        }

        /// <summary>The next item of an iterator, or null when it is exhausted.</summary>
        public static PyObject Next(Interpreter ip, PyObject it)
        {
            return it.Next(ip);
        }
    }
}
