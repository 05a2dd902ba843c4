using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// collections.defaultdict: a subclass of dict whose missing keys are created by calling default_factory (an
    /// attribute of the instance; None makes a missing key a KeyError as for dict). MicroPython has no defaultdict;
    /// this is CPython's.
    /// </summary>
    internal static class DefaultDictClass
    {
        // Interned on first use (a static initialiser would intern it at boot on the device).
        private static PyStr s_factory;

        /// <summary>Creates the class for one interpreter.</summary>
        internal static PyType Create(Interpreter ip)
        {
            PyDict d = new PyDict();
            d.SetName(Names.__init__, new NativeMethod("__init__", Init));
            d.SetName(Names.__missing__, new NativeMethod("__missing__", Missing));
            d.SetName(Names.__repr__, new NativeMethod("__repr__", Repr));
            d.SetName("copy", new NativeMethod("copy", Copy));
            return CollectionsModule.MakeClass(ip, "defaultdict", PyTypes.Dict, d);
        }

        private static PyStr FactoryName()
        {
            return s_factory ?? (s_factory = Intern.Get("default_factory"));
        }

        private static PyObject Factory(PyObject self)
        {
            PyDict attrs = self.InstanceDict;
            PyObject f = attrs != null ? attrs.LookupName(FactoryName()) : null;
            return f ?? PyNone.Value;
        }

        // __init__(self, default_factory=None, *args, **kwargs): the rest fills the dict as dict() would.
        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            PyObject factory = PyNone.Value;
            int rest = 1;
            if (npos > 1)
            {
                factory = args[offset + 1];
                if (!(factory is PyNone) && !factory.IsCallable)
                {
                    throw new PyException(PyExc.TypeError, "first argument must be callable or None");
                }

                rest = 2;
            }

            self.InstanceDict.SetName(FactoryName(), factory);
            PyObject dictInit = PyTypes.Dict.Dict.LookupName(Names.Get(Names.__init__));
            PyObject[] a = new PyObject[count - rest + 1];
            a[0] = self;
            System.Array.Copy(args, offset + rest, a, 1, count - rest);
            return Ops.Call(ip, dictInit, a, 0, a.Length, kwnames);
        }

        private static PyObject Missing(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count != 2)
            {
                throw new PyException(PyExc.TypeError, "__missing__() takes exactly one argument");
            }

            PyObject self = args[offset];
            PyObject key = args[offset + 1];
            PyObject factory = Factory(self);
            if (factory is PyNone)
            {
                throw new PyException(PyExc.KeyError, key);
            }

            PyObject v = Ops.Call0(ip, factory);
            OrderedDictClass.DictOf(self).Set(ip, key, v);
            return v;
        }

        private static PyObject Repr(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            PyObject f = Factory(self);
            string fr = f is PyNone ? "None" : Ops.Repr(ip, f);
            return new PyStr(self.Type.Name.Value + "(" + fr + ", " + Ops.Repr(ip, OrderedDictClass.DictOf(self)) + ")");
        }

        private static PyObject Copy(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            PyInstance r = new PyInstance(self.Type, OrderedDictClass.DictOf(self).Copy());
            r.InstanceDict.SetName(FactoryName(), Factory(self));
            return r;
        }
    }
}
