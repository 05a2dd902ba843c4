namespace NanoPython.Runtime
{
    public static partial class Ops
    {
        private static readonly PyObject[] s_noArgs = new PyObject[0];

        /// <summary>f(*args[offset..offset+count), keywords named by kwnames).</summary>
        public static PyObject Call(Interpreter ip, PyObject f, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject r = f.Call(ip, args, offset, count, kwnames);
            if (r == null)
            {
                throw NotCallable(f);
            }

            return r;
        }

        /// <summary>The TypeError for calling something that is not callable.</summary>
        public static PyException NotCallable(PyObject f)
        {
            return new PyException(PyExc.TypeError, "'" + f.Type.Name.Value + "' object is not callable");
        }

        /// <summary>f().</summary>
        public static PyObject Call0(Interpreter ip, PyObject f)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, null, null, null, null, 0);
            }

            return Call(ip, f, s_noArgs, 0, 0, null);
        }

        /// <summary>f(a).</summary>
        public static PyObject Call1(Interpreter ip, PyObject f, PyObject a)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, a, null, null, null, 1);
            }

            return Call(ip, f, new PyObject[] { a }, 0, 1, null);
        }

        /// <summary>f(a, b).</summary>
        public static PyObject Call2(Interpreter ip, PyObject f, PyObject a, PyObject b)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, a, b, null, null, 2);
            }

            return Call(ip, f, new PyObject[] { a, b }, 0, 2, null);
        }

        /// <summary>f(a, b, c).</summary>
        public static PyObject Call3(Interpreter ip, PyObject f, PyObject a, PyObject b, PyObject c)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, a, b, c, null, 3);
            }

            return Call(ip, f, new PyObject[] { a, b, c }, 0, 3, null);
        }

        /// <summary>A class attribute f called as a method of self: self.f(). f comes from the type, unbound.</summary>
        public static PyObject CallMethod1(Interpreter ip, PyObject f, PyObject self)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, self, null, null, null, 1);
            }

            return CallMethod(ip, f, self, s_noArgs, 0, 0, null);
        }

        /// <summary>self.f(a) for a class attribute f.</summary>
        public static PyObject CallMethod2(Interpreter ip, PyObject f, PyObject self, PyObject a)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, self, a, null, null, 2);
            }

            return CallMethod(ip, f, self, new PyObject[] { a }, 0, 1, null);
        }

        /// <summary>self.f(a, b) for a class attribute f.</summary>
        public static PyObject CallMethod3(Interpreter ip, PyObject f, PyObject self, PyObject a, PyObject b)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFixed(ip, pf, self, a, b, null, 3);
            }

            return CallMethod(ip, f, self, new PyObject[] { a, b }, 0, 2, null);
        }

        /// <summary>self.f(*args) for a class attribute f (bound through its descriptor protocol unless a function).</summary>
        public static PyObject CallMethod(Interpreter ip, PyObject f, PyObject self, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFunction pf = f as PyFunction;
            if (pf != null)
            {
                return ip.Executor.CallFunction(ip, pf, args, offset, count, kwnames, self);
            }

            PyBuiltinFunction bf = f as PyBuiltinFunction;
            if (bf != null && bf.Owner != null)
            {
                PyObject[] a = new PyObject[count + 1];
                a[0] = self;
                System.Array.Copy(args, offset, a, 1, count);
                return Call(ip, f, a, 0, count + 1, kwnames);
            }

            PyObject bound = f.DescrGet(ip, self, self.Type);
            return Call(ip, bound, args, offset, count, kwnames);
        }

        /// <summary>f(*args, **kwargs) with a tuple and an optional dict (CALL_FUNCTION_EX).</summary>
        public static PyObject CallEx(Interpreter ip, PyObject f, PyObject args, PyObject kwargs)
        {
            int npos;
            PyObject[] pos = ItemsOf(ip, args, out npos);
            PyDict kw = kwargs as PyDict;
            if (kwargs != null && kw == null)
            {
                kw = MappingToDict(ip, kwargs, f);
            }

            if (kw == null || kw.Count == 0)
            {
                return Call(ip, f, pos, 0, npos, null);
            }

            PyObject[] all = new PyObject[npos + kw.Count];
            System.Array.Copy(pos, 0, all, 0, npos);
            PyObject[] names = new PyObject[kw.Count];
            int k = 0;
            for (int i = 0; i < kw.EntryLimit; i++)
            {
                PyObject key = kw.KeyAt(i);
                if (key == null)
                {
                    continue;
                }

                PyStr s = key as PyStr;
                if (s == null)
                {
                    throw new PyException(PyExc.TypeError, "keywords must be strings");
                }

                names[k] = Intern.Get(s);
                all[npos + k] = kw.ValueAt(i);
                k++;
            }

            return Call(ip, f, all, 0, all.Length, new PyTuple(names));
        }

        /// <summary>A dict of any mapping (keys() and __getitem__), for ** unpacking.</summary>
        public static PyDict MappingToDict(Interpreter ip, PyObject m, PyObject forCall)
        {
            PyDict d = m as PyDict;
            if (d != null)
            {
                return d;
            }

            if (m.NativeBase is PyDict && FindPythonOverride(m.Type, Names.keys) == null && FindPythonOverride(m.Type, Names.__getitem__) == null)
            {
                return (PyDict)m.NativeBase;
            }

            PyObject keys = GetAttrOrNull(ip, m, Names.Get(Names.keys));
            if (keys == null)
            {
                string where = forCall != null ? "argument after ** must be a mapping, not " : "'" ;
                throw new PyException(PyExc.TypeError, forCall != null ? where + m.Type.Name.Value : m.Type.Name.Value + "' object is not a mapping");
            }

            PyDict r = new PyDict();
            PyObject it = GetIter(ip, Call0(ip, keys));
            PyObject k;
            while ((k = Next(ip, it)) != null)
            {
                r.Set(ip, k, GetItem(ip, m, k));
            }

            return r;
        }
    }
}
