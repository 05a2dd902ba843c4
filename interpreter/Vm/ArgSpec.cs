namespace NanoPython.Runtime
{
    /// <summary>
    /// The one parser of arguments for native functions that take keywords. A spec is declared once (static) from a
    /// list of parameter names: "a, b, *, key, reverse" (names after "*" are keyword-only; names before "/" are
    /// positional-only). Parsing fills an array in parameter order, null where an argument was not given, and raises
    /// CPython's TypeErrors for missing, repeated, surplus or unknown arguments.
    /// </summary>
    public sealed class ArgSpec
    {
        private readonly string _function;
        private readonly PyStr[] _names;
        private readonly int _required;
        private readonly int _positional;
        private readonly int _positionalOnly;

        /// <summary>
        /// A spec for function: parameters separated by commas; required = how many leading parameters must be given.
        /// </summary>
        public ArgSpec(string function, string parameters, int required)
        {
            _function = function;
            string[] parts = parameters.Split(',');
            int n = 0;
            int positional = -1;
            int positionalOnly = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i].Trim();
                if (p == "*")
                {
                    positional = n;
                }
                else if (p == "/")
                {
                    positionalOnly = n;
                }
                else if (p.Length > 0)
                {
                    n++;
                }
            }

            _names = new PyStr[n];
            int k = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i].Trim();
                if (p != "*" && p != "/" && p.Length > 0)
                {
                    _names[k++] = Intern.Get(p);
                }
            }

            _positional = positional < 0 ? n : positional;
            _positionalOnly = positionalOnly;
            _required = required;
        }

        /// <summary>Number of parameters (the size of the array Parse fills).</summary>
        public int Count
        {
            get { return _names.Length; }
        }

        /// <summary>Parses a call; dest must hold Count entries.</summary>
        public void Parse(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject[] dest)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            if (npos > _positional)
            {
                throw new PyException(PyExc.TypeError, _function + "() takes at most " + _positional + " positional argument" + (_positional == 1 ? string.Empty : "s") + " (" + npos + " given)");
            }

            ParseFrom(ip, args, offset, npos, 0, kwnames, dest);
        }

        /// <summary>
        /// Parses the arguments after the first skip positional ones (which the caller consumed, as *args); those
        /// positional arguments then fill nothing here.
        /// </summary>
        public void ParseKeywords(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject[] dest)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            ParseFrom(ip, args, offset + count - nkw, 0, 0, kwnames, dest);
        }

        private void ParseFrom(Interpreter ip, PyObject[] args, int offset, int npos, int first, PyTuple kwnames, PyObject[] dest)
        {
            for (int i = 0; i < dest.Length; i++)
            {
                dest[i] = null;
            }

            for (int i = 0; i < npos; i++)
            {
                dest[first + i] = args[offset + i];
            }

            if (kwnames != null)
            {
                PyObject[] kn = kwnames.Items;
                for (int j = 0; j < kn.Length; j++)
                {
                    PyStr name = (PyStr)kn[j];
                    int idx = -1;
                    for (int k = _positionalOnly; k < _names.Length; k++)
                    {
                        if (PyStr.Equal(_names[k], name))
                        {
                            idx = k;
                            break;
                        }
                    }

                    if (idx < 0)
                    {
                        throw new PyException(PyExc.TypeError, "'" + name.Value + "' is an invalid keyword argument for " + _function + "()");
                    }

                    if (dest[idx] != null)
                    {
                        throw new PyException(PyExc.TypeError, "argument for " + _function + "() given by name ('" + name.Value + "') and position (" + (idx + 1) + ")");
                    }

                    dest[idx] = args[offset + npos + j];
                }
            }

            for (int i = 0; i < _required; i++)
            {
                if (dest[i] == null)
                {
                    throw new PyException(PyExc.TypeError, _function + "() missing required argument '" + _names[i].Value + "' (pos " + (i + 1) + ")");
                }
            }
        }
    }
}
