namespace NanoPython.Runtime
{
    public static partial class Ops
    {
        /// <summary>
        /// object.__getattribute__ for native objects: a class attribute (bound through its descriptor protocol), then
        /// __class__ and __dict__; null when absent.
        /// </summary>
        public static PyObject GenericGetAttr(Interpreter ip, PyObject obj, PyStr name)
        {
            PyType t = obj.Type;
            PyObject descr = t.Lookup(name);
            if (descr != null)
            {
                return descr.DescrGet(ip, obj, t);
            }

            if (ReferenceEquals(name, Names.Get(Names.__class__)))
            {
                return t;
            }

            if (ReferenceEquals(name, Names.Get(Names.__dict__)))
            {
                return obj.InstanceDict;
            }

            return null;
        }

        /// <summary>o.name, raising AttributeError when absent.</summary>
        public static PyObject GetAttr(Interpreter ip, PyObject o, PyStr name)
        {
            PyObject v = o.GetAttr(ip, name);
            if (v == null)
            {
                throw AttributeError(o, name);
            }

            return v;
        }

        /// <summary>o.name, or null when absent (AttributeError raised by Python code is also turned into null).</summary>
        public static PyObject GetAttrOrNull(Interpreter ip, PyObject o, PyStr name)
        {
            try
            {
                return o.GetAttr(ip, name);
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.AttributeError))
                {
                    return null;
                }

                throw;
            }
        }

        /// <summary>The AttributeError for a missing attribute, worded as CPython does.</summary>
        public static PyException AttributeError(PyObject o, PyStr name)
        {
            PyModule m = o as PyModule;
            if (m != null)
            {
                return new PyException(PyExc.AttributeError, "module '" + m.Name.Value + "' has no attribute '" + name.Value + "'");
            }

            PyType t = o as PyType;
            if (t != null)
            {
                return new PyException(PyExc.AttributeError, "type object '" + t.Name.Value + "' has no attribute '" + name.Value + "'");
            }

            return new PyException(PyExc.AttributeError, "'" + o.Type.Name.Value + "' object has no attribute '" + name.Value + "'");
        }

        /// <summary>o.name = value.</summary>
        public static void SetAttr(Interpreter ip, PyObject o, PyStr name, PyObject value)
        {
            if (!o.SetAttr(ip, name, value))
            {
                PyType t = o.Type;
                PyObject descr = t.Lookup(name);
                if (descr != null && descr.IsDataDescriptor)
                {
                    descr.DescrSet(ip, o, value);
                    return;
                }

                if (descr != null)
                {
                    throw new PyException(PyExc.AttributeError, "'" + t.Name.Value + "' object attribute '" + name.Value + "' is read-only");
                }

                throw AttributeError(o, name);
            }
        }

        /// <summary>del o.name.</summary>
        public static void DelAttr(Interpreter ip, PyObject o, PyStr name)
        {
            if (!o.DelAttr(ip, name))
            {
                throw AttributeError(o, name);
            }
        }

        /// <summary>
        /// The attribute of a user class overriding a dunder with Python code (a function, or any callable that is not
        /// a native method of a built-in type); null when the class only inherits built-in behaviour.
        /// </summary>
        public static PyObject FindPythonOverride(PyType t, int nameId)
        {
            if (!t.IsUserClass)
            {
                return null;
            }

            PyObject f = t.Lookup(nameId);
            if (f == null || f is PyNone)
            {
                return null;
            }

            return IsPythonCallable(f) ? f : null;
        }

        /// <summary>False for native methods of built-in types (which the slots implement directly).</summary>
        public static bool IsPythonCallable(PyObject f)
        {
            PyBuiltinFunction b = f as PyBuiltinFunction;
            return b == null || b.Owner == null;
        }

        /// <summary>
        /// The method lookup of LOAD_METHOD: when obj.name is a function found on the type (and not shadowed by the
        /// instance dict), returns it with isMethod set, so the call passes obj without allocating a bound method.
        /// </summary>
        public static PyObject LoadMethod(Interpreter ip, PyObject obj, PyStr name, out bool isMethod)
        {
            isMethod = false;
            PyInstance inst = obj as PyInstance;
            if (inst != null)
            {
                PyType t = inst.Type;
                if ((t.Flags & PyType.FlagHasGetAttribute) == 0)
                {
                    PyObject descr = t.Lookup(name);
                    if (descr is PyFunction)
                    {
                        PyDict d = inst.InstanceDictOrNull;
                        PyObject shadow = d != null ? d.LookupName(name) : null;
                        if (shadow != null)
                        {
                            return shadow;
                        }

                        isMethod = true;
                        return descr;
                    }
                }

                return GetAttr(ip, obj, name);
            }

            if (!(obj is PyType) && !(obj is PyModule) && !(obj is PyBaseException) && !(obj is PySuper))
            {
                PyType t = obj.Type;
                PyObject descr = t.Lookup(name);
                PyBuiltinFunction bf = descr as PyBuiltinFunction;
                if ((bf != null && bf.Owner != null) || descr is PyFunction)
                {
                    isMethod = true;
                    return descr;
                }
            }

            return GetAttr(ip, obj, name);
        }
    }
}
