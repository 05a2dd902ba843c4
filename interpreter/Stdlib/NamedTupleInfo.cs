using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// collections.namedtuple: builds a subclass of tuple with one read-only attribute per field, a keyword-aware
    /// constructor, _fields, _field_defaults, _make, _replace, _asdict and the repr "Point(x=1, y=2)". One instance of
    /// this class per namedtuple type holds the field names; the class's methods are its bound delegates.
    /// </summary>
    internal sealed class NamedTupleInfo
    {
        // Argument specifications are made on first use: static initialisers would take RAM from boot on the device.
        private static ArgSpec s_spec;

        private readonly PyStr[] _fields;
        private readonly PyObject[] _defaults;

        private NamedTupleInfo(PyStr[] fields, PyObject[] defaults)
        {
            _fields = fields;
            _defaults = defaults;
        }

        /// <summary>namedtuple(typename, field_names, *, rename=False, defaults=None, module=None).</summary>
        internal static PyObject Create(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[5];
            ArgSpec spec = s_spec ?? (s_spec = new ArgSpec("namedtuple", "typename, field_names, *, rename, defaults, module", 2));
            spec.Parse(ip, args, offset, count, kwnames, a);
            string typeName = Ops.ExpectStr(a[0], "typename");
            PyStr[] fields = FieldNames(ip, a[1]);
            CheckName(typeName, true);
            for (int i = 0; i < fields.Length; i++)
            {
                CheckName(fields[i].Value, false);
                for (int j = 0; j < i; j++)
                {
                    if (PyStr.Equal(fields[i], fields[j]))
                    {
                        throw new PyException(PyExc.ValueError, "Encountered duplicate field name: '" + fields[i].Value + "'");
                    }
                }
            }

            PyObject[] defaults = new PyObject[fields.Length];
            PyDict fieldDefaults = new PyDict();
            if (a[3] != null && !(a[3] is PyNone))
            {
                int n;
                PyObject[] dv = Ops.ItemsOf(ip, a[3], out n);
                if (n > fields.Length)
                {
                    throw new PyException(PyExc.TypeError, "Got more default values than field names");
                }

                // Defaults apply to the rightmost fields.
                for (int i = 0; i < n; i++)
                {
                    int f = fields.Length - n + i;
                    defaults[f] = dv[i];
                    fieldDefaults.Set(ip, fields[f], dv[i]);
                }
            }

            NamedTupleInfo info = new NamedTupleInfo(fields, defaults);
            PyDict d = new PyDict();
            PyObject[] names = new PyObject[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                names[i] = fields[i];
                d.SetName(fields[i], new NamedTupleField(i));
            }

            d.SetName("_fields", PyTuple.Of(names));
            d.SetName("_field_defaults", fieldDefaults);
            d.SetName(Names.__new__, new PyStaticMethod(new NativeMethod("__new__", info.New)));
            d.SetName("_make", new PyClassMethod(new PyBuiltin2("_make", info.Make)));
            d.SetName("_replace", new NativeMethod("_replace", info.Replace));
            d.SetName("_asdict", new NativeMethod("_asdict", info.AsDict));
            d.SetName(Names.__repr__, new NativeMethod("__repr__", info.Repr));
            if (a[4] != null && !(a[4] is PyNone))
            {
                d.SetName(Names.__module__, a[4]);
            }

            return ClassBuilder.CreateClass(ip, PyTypes.Type, Intern.Get(typeName), PyTuple.Of(PyTypes.Tuple), d, null, null, 0);
        }

        // Field names from a string ("x y" or "x, y") or an iterable of strings.
        private static PyStr[] FieldNames(Interpreter ip, PyObject spec)
        {
            PyStr s = spec.NativeBase as PyStr;
            if (s != null)
            {
                string[] parts = s.Value.Split(' ', ',', '\t', '\n');
                int n = 0;
                for (int i = 0; i < parts.Length; i++)
                {
                    if (parts[i].Length > 0)
                    {
                        n++;
                    }
                }

                PyStr[] r = new PyStr[n];
                n = 0;
                for (int i = 0; i < parts.Length; i++)
                {
                    if (parts[i].Length > 0)
                    {
                        r[n++] = Intern.Get(parts[i]);
                    }
                }

                return r;
            }

            int count;
            PyObject[] items = Ops.ItemsOf(ip, spec, out count);
            PyStr[] f = new PyStr[count];
            for (int i = 0; i < count; i++)
            {
                f[i] = Intern.Get(Ops.ExpectStr(items[i], "field name"));
            }

            return f;
        }

        private static void CheckName(string name, bool isTypeName)
        {
            if (!StrUtil.IsIdentifier(name))
            {
                throw new PyException(PyExc.ValueError, "Type names and field names must be valid identifiers: '" + name + "'");
            }

            if (!isTypeName && name.Length > 0 && name[0] == '_')
            {
                throw new PyException(PyExc.ValueError, "Field names cannot start with an underscore: '" + name + "'");
            }
        }

        // __new__(cls, *values, **by_name): missing fields take their defaults.
        private PyObject New(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType cls = (PyType)args[offset];
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - 1 - nkw;
            int n = _fields.Length;
            if (npos > n)
            {
                throw new PyException(PyExc.TypeError, "__new__() takes " + (n + 1) + " positional arguments but " + (npos + 1) + " were given");
            }

            PyObject[] items = new PyObject[n];
            System.Array.Copy(args, offset + 1, items, 0, npos);
            for (int k = 0; k < nkw; k++)
            {
                PyStr name = (PyStr)kwnames.Items[k];
                int f = IndexOf(name);
                if (f < 0)
                {
                    throw new PyException(PyExc.TypeError, "__new__() got an unexpected keyword argument '" + name.Value + "'");
                }

                if (items[f] != null)
                {
                    throw new PyException(PyExc.TypeError, "__new__() got multiple values for argument '" + name.Value + "'");
                }

                items[f] = args[offset + 1 + npos + k];
            }

            for (int i = 0; i < n; i++)
            {
                if (items[i] == null)
                {
                    items[i] = _defaults[i];
                    if (items[i] == null)
                    {
                        throw new PyException(PyExc.TypeError, "__new__() missing required argument: '" + _fields[i].Value + "'");
                    }
                }
            }

            return new PyInstance(cls, PyTuple.Of(items));
        }

        private int IndexOf(PyStr name)
        {
            for (int i = 0; i < _fields.Length; i++)
            {
                if (PyStr.Equal(_fields[i], name))
                {
                    return i;
                }
            }

            return -1;
        }

        private static PyObject[] ItemsOfSelf(PyObject self)
        {
            PyTuple t = self.NativeBase as PyTuple;
            if (t == null)
            {
                throw new PyException(PyExc.TypeError, "namedtuple method needs a namedtuple instance");
            }

            return t.Items;
        }

        private PyObject Make(Interpreter ip, PyObject cls, PyObject iterable)
        {
            int n;
            PyObject[] items = Ops.ItemsOf(ip, iterable, out n);
            if (n != _fields.Length)
            {
                throw new PyException(PyExc.TypeError, "Expected " + _fields.Length + " arguments, got " + n);
            }

            PyObject[] copy = new PyObject[n];
            System.Array.Copy(items, copy, n);
            return new PyInstance((PyType)cls, PyTuple.Of(copy));
        }

        private PyObject Replace(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            if (count - nkw != 1)
            {
                throw new PyException(PyExc.TypeError, "_replace() takes 1 positional argument but " + (count - nkw) + " were given");
            }

            PyObject self = args[offset];
            PyObject[] items = (PyObject[])ItemsOfSelf(self).Clone();
            for (int k = 0; k < nkw; k++)
            {
                PyStr name = (PyStr)kwnames.Items[k];
                int f = IndexOf(name);
                if (f < 0)
                {
                    throw new PyException(PyExc.ValueError, "Got unexpected field names: ['" + name.Value + "']");
                }

                items[f] = args[offset + 1 + k];
            }

            return new PyInstance(self.Type, PyTuple.Of(items));
        }

        private PyObject AsDict(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] items = ItemsOfSelf(args[offset]);
            PyDict d = new PyDict(items.Length);
            for (int i = 0; i < _fields.Length && i < items.Length; i++)
            {
                d.Set(ip, _fields[i], items[i]);
            }

            return d;
        }

        private PyObject Repr(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            PyObject[] items = ItemsOfSelf(self);
            StringBuilder sb = new StringBuilder();
            sb.Append(self.Type.Name.Value);
            sb.Append('(');
            for (int i = 0; i < _fields.Length && i < items.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(_fields[i].Value);
                sb.Append('=');
                sb.Append(Ops.Repr(ip, items[i]));
            }

            sb.Append(')');
            return new PyStr(sb.ToString());
        }
    }
}
