using System.Text;

namespace NanoPython.Runtime
{
    public static partial class Vm
    {
        /// <summary>Reads the rest of a varint whose first byte (>= 0x80) was first.</summary>
        public static int ReadVarint(byte[] code, ref int pc, int first)
        {
            int v = first & 0x7F;
            int shift = 7;
            while (true)
            {
                int b = code[pc++];
                v |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return v;
                }

                shift += 7;
            }
        }

        private static int[] AllocateHints(CodeObject co)
        {
            int[] h = new int[2 * co.Names.Length];
            co.Cache.GlobalHints = h;
            return h;
        }

        /// <summary>
        /// What the class (through its MRO) holds under name Names[arg] of the code, from the code's attribute cache
        /// (refreshed when the class or the lookup epoch changed); null when the class has nothing of that name.
        /// </summary>
        private static PyObject ClassAttribute(CodeObject co, int arg, PyType t)
        {
            CodeCache c = co.Cache;
            PyObject[] objects = c.AttrObjects;
            int n = co.Names.Length;
            if (objects == null)
            {
                c.AttrInts = new int[2 * n];
                objects = new PyObject[2 * n];
                c.AttrObjects = objects;
            }

            int epoch = PyType.Epoch;
            int[] ints = c.AttrInts;
            if (!ReferenceEquals(objects[arg], t) || ints[arg] != epoch)
            {
                objects[n + arg] = t.Lookup(co.Names[arg]);
                ints[arg] = epoch;
                objects[arg] = t;
            }

            return objects[n + arg];
        }

        /// <summary>Whether storing Names[arg] on an instance of t goes straight to the instance dict.</summary>
        private static bool IsPlainAttribute(CodeObject co, int arg, PyType t)
        {
            PyStr name = co.Names[arg];
            if (ReferenceEquals(name, Names.Get(Names.__class__)) || ReferenceEquals(name, Names.Get(Names.__dict__)))
            {
                return false;
            }

            PyObject descr = ClassAttribute(co, arg, t);
            return descr == null || !descr.IsDataDescriptor;
        }

        /// <summary>
        /// The __init__ function to run inline when instantiating a plain class (no metaclass, no Python __new__, an
        /// object-based instance, a simple __init__ accepting self plus argCount positional arguments); else null.
        /// </summary>
        private static PyFunction InlineInit(PyType ct, int argCount)
        {
            if (!ReferenceEquals(ct.Type, PyTypes.Type) || !ReferenceEquals(ct.NativeType, PyTypes.Object))
            {
                return null;
            }

            PyObject nw = ct.Lookup(Names.__new__);
            if (nw is PyStaticMethod || nw is PyFunction)
            {
                return null;
            }

            PyFunction init = ct.Lookup(Names.__init__) as PyFunction;
            if (init == null)
            {
                return null;
            }

            CodeObject cc = init.Code;
            int nargs = cc.ArgCount;
            int given = argCount + 1;
            if ((cc.Flags & (CodeObject.FlagVarArgs | CodeObject.FlagVarKeywords | CodeObject.FlagGenerator | CodeObject.FlagCoroutine | CodeObject.FlagKwOnly)) != 0
                || given > nargs
                || (given < nargs && (init.Defaults == null || given < nargs - init.Defaults.Items.Length)))
            {
                return null;
            }

            return init;
        }

        private static PyException UnboundLocal(CodeObject co, int local)
        {
            return new PyException(PyExc.UnboundLocalError, "local variable '" + co.VarNames[local].Value + "' referenced before assignment");
        }

        private static PyStr CellOrFreeName(CodeObject co, int index)
        {
            return index < co.CellNames.Length ? co.CellNames[index] : co.FreeNames[index - co.CellNames.Length];
        }

        private static PyException UnboundDeref(CodeObject co, int index)
        {
            PyStr name = CellOrFreeName(co, index);
            if (index < co.CellNames.Length)
            {
                return new PyException(PyExc.UnboundLocalError, "local variable '" + name.Value + "' referenced before assignment");
            }

            return new PyException(PyExc.NameError, "free variable '" + name.Value + "' referenced before assignment in enclosing scope");
        }

        private static PyException NameError(PyStr name)
        {
            return new PyException(PyExc.NameError, "name '" + name.Value + "' is not defined");
        }

        private static PyException BadOpcode(int op)
        {
            return new PyException(PyExc.SystemError, "bad opcode 0x" + StrUtil.HexDigit(op >> 4) + StrUtil.HexDigit(op & 15));
        }

        /// <summary>Turns a .NET exception escaping native code into a Python exception (never a host crash).</summary>
        private static PyBaseException HostError(System.Exception e)
        {
            if (e is System.OutOfMemoryException)
            {
                return new PyBaseException(PyExc.MemoryError, PyTuple.Empty);
            }

            return new PyBaseException(PyExc.SystemError, PyTuple.Of(new PyStr("internal error: " + e.GetType().Name + ": " + e.Message)));
        }

        /// <summary>The exception object raised by `raise v`: an instance, or a class instantiated without arguments.</summary>
        private static PyBaseException MakeException(Interpreter ip, PyObject v)
        {
            PyBaseException e = v as PyBaseException;
            if (e != null)
            {
                return e;
            }

            PyType t = v as PyType;
            if (t != null && (t.Flags & PyType.FlagException) != 0)
            {
                PyObject inst = Ops.Call0(ip, t);
                e = inst as PyBaseException;
                if (e == null)
                {
                    throw new PyException(PyExc.TypeError, "calling " + t.Name.Value + " should have returned an instance of BaseException, not " + inst.Type.Name.Value);
                }

                return e;
            }

            throw new PyException(PyExc.TypeError, "exceptions must derive from BaseException");
        }

        /// <summary>Sets __context__ of a new exception to the one being handled (no cycles).</summary>
        private static void SetContext(Frame f, PyBaseException exc)
        {
            PyObject handled = f.CurrentHandled;
            if (handled == null || ReferenceEquals(handled, exc) || exc.Context != null)
            {
                return;
            }

            // Break a cycle if exc already appears in handled's context chain.
            PyBaseException h = handled as PyBaseException;
            int guard = 0;
            for (PyBaseException c = h; c != null && guard < 100; c = c.Context as PyBaseException, guard++)
            {
                if (ReferenceEquals(c.Context, exc))
                {
                    c.Context = null;
                    break;
                }
            }

            exc.Context = handled;
        }

        private static void CheckCatchable(PyObject t)
        {
            PyType ty = t as PyType;
            if (ty != null)
            {
                if ((ty.Flags & PyType.FlagException) != 0)
                {
                    return;
                }
            }
            else
            {
                PyTuple tt = t as PyTuple;
                if (tt != null)
                {
                    for (int i = 0; i < tt.Items.Length; i++)
                    {
                        CheckCatchable(tt.Items[i]);
                    }

                    return;
                }
            }

            throw new PyException(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        }

        private static string Ascii(string repr)
        {
            StringBuilder sb = new StringBuilder(repr.Length);
            for (int i = 0; i < repr.Length; i++)
            {
                int c = StrUtil.CodePointAt(repr, i);
                if (c < 0x80)
                {
                    sb.Append((char)c);
                    continue;
                }

                if (c > 0xFFFF)
                {
                    i++;
                    sb.Append("\\U000");
                    sb.Append(StrUtil.HexDigit((c >> 16) & 15));
                    sb.Append(StrUtil.HexDigit((c >> 12) & 15));
                }
                else if (c > 0xFF)
                {
                    sb.Append("\\u");
                    sb.Append(StrUtil.HexDigit((c >> 12) & 15));
                }
                else
                {
                    sb.Append("\\x");
                    sb.Append(StrUtil.HexDigit((c >> 4) & 15));
                    sb.Append(StrUtil.HexDigit(c & 15));
                    continue;
                }

                sb.Append(StrUtil.HexDigit((c >> 8) & 15));
                sb.Append(StrUtil.HexDigit((c >> 4) & 15));
                sb.Append(StrUtil.HexDigit(c & 15));
            }

            return sb.ToString();
        }

        /// <summary>ascii(): repr with non-ASCII characters escaped.</summary>
        public static string AsciiOf(Interpreter ip, PyObject o)
        {
            return Ascii(Ops.Repr(ip, o));
        }

        /// <summary>
        /// One step of yield from / await: sends value to sub (next() for None). Returns the yielded value, or null when
        /// sub finished, with its return value in returned.
        /// </summary>
        private static PyObject SendTo(Interpreter ip, PyObject sub, PyObject value, out PyObject returned)
        {
            returned = PyNone.Value;
            PyGenerator g = sub as PyGenerator;
            if (g != null)
            {
                PyObject r = g.Resume(ip, value, null);
                if (r == null)
                {
                    returned = g.ReturnValue ?? PyNone.Value;
                }

                return r;
            }

            if (value is PyNone)
            {
                ip.LastStopValue = null;
                PyObject r = sub.Next(ip);
                if (r == null)
                {
                    returned = ip.LastStopValue ?? PyNone.Value;
                    ip.LastStopValue = null;
                }

                return r;
            }

            PyObject send = Ops.GetAttr(ip, sub, Names.Get(Names.send));
            try
            {
                return Ops.Call1(ip, send, value);
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.StopIteration))
                {
                    returned = e.Value.FirstArg;
                    return null;
                }

                throw;
            }
        }

        private static PyObject GetAwaitable(Interpreter ip, PyObject v)
        {
            PyGenerator g = v as PyGenerator;
            if (g != null && g.IsCoroutine)
            {
                return g;
            }

            PyObject m = v.Type.Lookup(Names.__await__);
            if (m == null)
            {
                throw new PyException(PyExc.TypeError, "object " + v.Type.Name.Value + " can't be used in 'await' expression");
            }

            PyObject it = Ops.CallMethod1(ip, m, v);
            if (!it.IsIterator)
            {
                throw new PyException(PyExc.TypeError, "__await__() returned non-iterator of type '" + it.Type.Name.Value + "'");
            }

            return it;
        }

        /// <summary>{**m} and f(**m): merges a mapping into d (DICT_MERGE refuses repeated keys).</summary>
        private static void MergeInto(Interpreter ip, PyDict d, PyObject m, bool merge, PyObject[] s, int dictIndex)
        {
            PyDict src = m as PyDict;
            if (src == null)
            {
                if (m.GetAttr(ip, Names.Get(Names.keys)) == null)
                {
                    if (merge)
                    {
                        throw new PyException(PyExc.TypeError, "argument after ** must be a mapping, not " + m.Type.Name.Value);
                    }

                    throw new PyException(PyExc.TypeError, "'" + m.Type.Name.Value + "' object is not a mapping");
                }

                src = Ops.MappingToDict(ip, m, null);
            }

            if (!merge)
            {
                d.Update(ip, src);
                return;
            }

            for (int i = 0; i < src.EntryLimit; i++)
            {
                PyObject k = src.KeyAt(i);
                if (k == null)
                {
                    continue;
                }

                if (!(k is PyStr))
                {
                    throw new PyException(PyExc.TypeError, "keywords must be strings");
                }

                if (d.Get(ip, k) != null)
                {
                    throw new PyException(PyExc.TypeError, "got multiple values for keyword argument '" + ((PyStr)k).Value + "'");
                }

                d.Set(ip, k, src.ValueAt(i));
            }
        }

        /// <summary>UNPACK_SEQUENCE: replaces TOS by its n items (first on top); returns the new stack pointer.</summary>
        private static int Unpack(Interpreter ip, PyObject[] s, int sp, int n)
        {
            PyObject seq = s[sp - 1];
            PyObject[] items;
            int count;
            PyTuple t = seq as PyTuple;
            PyList l = seq as PyList;
            if (t != null)
            {
                items = t.Items;
                count = items.Length;
            }
            else if (l != null)
            {
                items = l.Items;
                count = l.Count;
            }
            else
            {
                PyObject it = seq.GetIter(ip);
                if (it == null)
                {
                    if (seq is PyInstance && Ops.FindPythonOverride(seq.Type, Names.__getitem__) != null)
                    {
                        it = new PySeqGetItemIterator(seq);
                    }
                    else
                    {
                        throw new PyException(PyExc.TypeError, "cannot unpack non-iterable " + seq.Type.Name.Value + " object");
                    }
                }

                items = new PyObject[n];
                count = 0;
                PyObject x;
                while ((x = it.Next(ip)) != null)
                {
                    if (count == n)
                    {
                        throw new PyException(PyExc.ValueError, "too many values to unpack (expected " + n + ")");
                    }

                    items[count++] = x;
                }
            }

            if (count != n)
            {
                if (count < n)
                {
                    throw new PyException(PyExc.ValueError, "not enough values to unpack (expected " + n + ", got " + count + ")");
                }

                throw new PyException(PyExc.ValueError, "too many values to unpack (expected " + n + ")");
            }

            sp--;
            for (int i = n - 1; i >= 0; i--)
            {
                s[sp++] = items[i];
            }

            return sp;
        }

        /// <summary>UNPACK_EX: a, *b, c = seq; returns the new stack pointer.</summary>
        private static int UnpackEx(Interpreter ip, PyObject[] s, int sp, int before, int after)
        {
            PyObject seq = s[sp - 1];
            if (seq.GetIter(ip) == null && !(seq is PyInstance))
            {
                throw new PyException(PyExc.TypeError, "cannot unpack non-iterable " + seq.Type.Name.Value + " object");
            }

            PyList all = new PyList();
            all.Extend(ip, seq);
            int count = all.Count;
            if (count < before + after)
            {
                throw new PyException(PyExc.ValueError, "not enough values to unpack (expected at least " + (before + after) + ", got " + count + ")");
            }

            sp--;
            for (int i = count - 1; i >= count - after; i--)
            {
                s[sp++] = all.Items[i];
            }

            int mid = count - before - after;
            s[sp++] = PyList.FromArray(all.Items, before, mid);
            for (int i = before - 1; i >= 0; i--)
            {
                s[sp++] = all.Items[i];
            }

            return sp;
        }
    }
}
