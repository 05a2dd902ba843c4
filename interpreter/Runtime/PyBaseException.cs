using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>
    /// Instances of BaseException and every subclass, built-in or user-defined (the type is a field). User subclasses
    /// get an attribute dictionary and their dunder overrides (__str__, __repr__...) are honoured.
    /// </summary>
    public sealed class PyBaseException : PyObject
    {
        private readonly PyType _type;
        private PyDict _dict;

        /// <summary>The arguments (args).</summary>
        public PyTuple Args;

        /// <summary>The traceback, outermost entry first.</summary>
        public TracebackEntry Traceback;

        /// <summary>__cause__ (raise ... from ...), or null.</summary>
        public PyObject Cause;

        /// <summary>__context__ (the exception being handled when this one was raised), or null.</summary>
        public PyObject Context;

        /// <summary>__suppress_context__.</summary>
        public bool SuppressContext;

        /// <summary>An exception of a type with arguments.</summary>
        public PyBaseException(PyType type, PyTuple args)
        {
            _type = type;
            Args = args;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _type; }
        }

        /// <inheritdoc/>
        public override PyDict InstanceDict
        {
            get
            {
                if (_dict == null)
                {
                    _dict = new PyDict();
                }

                return _dict;
            }
        }

        /// <summary>True when the exception is an instance of t.</summary>
        public bool IsInstance(PyType t)
        {
            return _type.IsSubtypeOf(t);
        }

        /// <summary>args[0], or None (MicroPython's .value and .errno).</summary>
        public PyObject FirstArg
        {
            get { return Args.Items.Length > 0 ? Args.Items[0] : PyNone.Value; }
        }

        /// <summary>str() without calling Python code (for host diagnostics).</summary>
        public string StrNoHooks()
        {
            if (Args.Items.Length == 1)
            {
                PyStr s = Args.Items[0] as PyStr;
                if (s != null)
                {
                    return s.Value;
                }
            }

            return Args.Items.Length == 0 ? string.Empty : "(" + Args.Items.Length + " arguments)";
        }

        /// <summary>The default str() of an exception (BaseException.__str__).</summary>
        public string NativeStr(Interpreter ip)
        {
            PyObject[] a = Args.Items;
            if (_type.IsSubtypeOf(PyExc.OSError) && a.Length >= 1 && a[0] is PyInt && !(a[0] is PyBool))
            {
                long errno = ((PyInt)a[0]).Value;
                if (a.Length == 1)
                {
                    string sym = Errno.Symbol((int)errno);
                    return sym != null ? "[Errno " + errno + "] " + sym : PyInt.ToDecimal(errno);
                }

                if (a.Length == 2)
                {
                    return "[Errno " + errno + "] " + Ops.Str(ip, a[1]);
                }
            }

            if (a.Length == 0)
            {
                return string.Empty;
            }

            if (a.Length == 2 && a[1] is PyTuple && _type.IsSubtypeOf(PyExc.SyntaxError))
            {
                return SyntaxStr(ip, Ops.Str(ip, a[0]), ((PyTuple)a[1]).Items);
            }

            if (a.Length == 1)
            {
                if (_type.IsSubtypeOf(PyExc.KeyError))
                {
                    return Ops.Repr(ip, a[0]);
                }

                return Ops.Str(ip, a[0]);
            }

            return Ops.Repr(ip, Args);
        }

        /// <summary>The default repr() of an exception (BaseException.__repr__).</summary>
        public string NativeRepr(Interpreter ip)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append(_type.Name.Value);
            if (Args.Items.Length == 1)
            {
                sb.Append('(');
                sb.Append(Ops.Repr(ip, Args.Items[0]));
                sb.Append(')');
            }
            else
            {
                sb.Append(Args.Items.Length == 0 ? "()" : Ops.Repr(ip, Args));
            }

            return sb.ToString();
        }

        /// <inheritdoc/>
        public override string Str(Interpreter ip)
        {
            if (_type.IsUserClass)
            {
                PyObject f = Ops.FindPythonOverride(_type, Names.__str__);
                if (f != null)
                {
                    return Ops.StrResult(ip, Ops.Call1(ip, f, this), "__str__");
                }
            }

            return NativeStr(ip);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (_type.IsUserClass)
            {
                PyObject f = Ops.FindPythonOverride(_type, Names.__repr__);
                if (f != null)
                {
                    return Ops.StrResult(ip, Ops.Call1(ip, f, this), "__repr__");
                }
            }

            return NativeRepr(ip);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (_dict != null)
            {
                PyObject v = _dict.LookupName(name);
                if (v != null)
                {
                    return v;
                }
            }

            if (_type.IsSubtypeOf(PyExc.SyntaxError))
            {
                PyObject detail = SyntaxDetail(name.Value);
                if (detail != null)
                {
                    return detail;
                }
            }

            switch (Names.Lookup(name.Value))
            {
                case Names.args:
                    return Args;
                case Names.value:
                case Names.errno:
                case Names.code:
                    return FirstArg;
                case Names.strerror:
                    return Args.Items.Length >= 2 ? Args.Items[1] : PyNone.Value;
                case Names.filename:
                    return Args.Items.Length >= 3 ? Args.Items[2] : PyNone.Value;
                case Names.__traceback__:
                    return Traceback != null ? (PyObject)new PyTraceback(Traceback) : PyNone.Value;
                case Names.__cause__:
                    return Cause ?? PyNone.Value;
                case Names.__context__:
                    return Context ?? PyNone.Value;
                case Names.__suppress_context__:
                    return PyBool.Of(SuppressContext);
                case Names.__dict__:
                    return InstanceDict;
            }

            return Ops.GenericGetAttr(ip, this, name);
        }

        // CPython's SyntaxError.__str__: "msg (file, line N)", "msg (file)", "msg (line N)" or "msg", with the file's
        // base name.
        private static string SyntaxStr(Interpreter ip, string msg, PyObject[] loc)
        {
            string file = loc.Length >= 1 && loc[0] is PyStr ? ((PyStr)loc[0]).Value : null;
            if (file != null)
            {
                int slash = file.LastIndexOf('/');
                if (slash >= 0)
                {
                    file = file.Substring(slash + 1);
                }
            }

            bool hasLine = loc.Length >= 2 && loc[1] is PyInt && !(loc[1] is PyBool);
            if (file != null && hasLine)
            {
                return msg + " (" + file + ", line " + Ops.Str(ip, loc[1]) + ")";
            }

            if (file != null)
            {
                return msg + " (" + file + ")";
            }

            return hasLine ? msg + " (line " + Ops.Str(ip, loc[1]) + ")" : msg;
        }

        // SyntaxError's msg, filename, lineno, offset and text come from args (msg, (filename, lineno, offset, text)).
        private PyObject SyntaxDetail(string name)
        {
            int index;
            switch (name)
            {
                case "msg":
                    return FirstArg;
                case "filename":
                    index = 0;
                    break;
                case "lineno":
                    index = 1;
                    break;
                case "offset":
                    index = 2;
                    break;
                case "text":
                    index = 3;
                    break;
                default:
                    return null;
            }

            PyTuple detail = Args.Items.Length >= 2 ? Args.Items[1] as PyTuple : null;
            if (detail == null || detail.Items.Length <= index)
            {
                return PyNone.Value;
            }

            return detail.Items[index];
        }

        /// <inheritdoc/>
        public override bool SetAttr(Interpreter ip, PyStr name, PyObject value)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.args:
                    Args = Ops.ToTuple(ip, value);
                    return true;
                case Names.__traceback__:
                    if (value is PyNone)
                    {
                        Traceback = null;
                    }
                    else if (value is PyTraceback)
                    {
                        Traceback = ((PyTraceback)value).Entry;
                    }
                    else
                    {
                        throw new PyException(PyExc.TypeError, "__traceback__ must be a traceback or None");
                    }

                    return true;
                case Names.__cause__:
                    Cause = value is PyNone ? null : value;
                    SuppressContext = true;
                    return true;
                case Names.__context__:
                    Context = value is PyNone ? null : value;
                    return true;
                case Names.__suppress_context__:
                    SuppressContext = Ops.IsTrue(ip, value);
                    return true;
            }

            InstanceDict.SetName(Intern.Get(name), value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelAttr(Interpreter ip, PyStr name)
        {
            return _dict != null && _dict.Remove(ip, name) != null;
        }
    }
}
