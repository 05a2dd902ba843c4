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
        private readonly string _parameters;

        // The number of required parameters as a (cached, shared) PyInt until the first call, then the parsed Names
        // (each field of an object is a 12-byte block on nanoFramework, and ~90 specs exist from the start).
        private object _state;

        /// <summary>
        /// A spec for function: parameters separated by commas; required = how many leading parameters must be given.
        /// Specs are created on first use (a static field with a getter, `s_x ?? (s_x = new ArgSpec(...))`: nanoFramework
        /// runs static initialisers when it loads an assembly; a shared helper taking the texts would not do, its
        /// arguments would be evaluated on every call), and the names are only parsed and interned on the first call.
        /// </summary>
        public ArgSpec(string function, string parameters, int required)
        {
            _function = function;
            _parameters = parameters;
            _state = PyInt.Get(required);
        }

        /// <summary>Number of parameters (the size of the array Parse fills).</summary>
        public int Count
        {
            get { return ParamNames.Length; }
        }

        private PyStr[] ParamNames
        {
            get { return Parsed.Names; }
        }

        private ParsedSpec Parsed
        {
            get { return _state as ParsedSpec ?? Build(); }
        }

        private ParsedSpec Build()
        {
            // Another thread may have parsed the spec meanwhile: read the state once.
            object state = _state;
            ParsedSpec done = state as ParsedSpec;
            if (done != null)
            {
                return done;
            }

            string[] parts = _parameters.Split(',');
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

            PyStr[] names = new PyStr[n];
            int k = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i].Trim();
                if (p != "*" && p != "/" && p.Length > 0)
                {
                    names[k++] = Intern.Get(p);
                }
            }

            ParsedSpec parsed = new ParsedSpec();
            parsed.Names = names;
            parsed.Required = (int)((PyInt)state).Value;
            parsed.Positional = positional < 0 ? n : positional;
            parsed.PositionalOnly = positionalOnly;
            _state = parsed;
            return parsed;
        }

        /// <summary>Parses a call; dest must hold Count entries.</summary>
        public void Parse(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject[] dest)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            int maxPositional = Parsed.Positional;
            if (npos > maxPositional)
            {
                throw new PyException(PyExc.TypeError, _function + "() takes at most " + maxPositional + " positional argument" + (maxPositional == 1 ? string.Empty : "s") + " (" + npos + " given)");
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
            ParsedSpec parsed = Parsed;
            PyStr[] names = parsed.Names;
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
                    for (int k = parsed.PositionalOnly; k < names.Length; k++)
                    {
                        if (PyStr.Equal(names[k], name))
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

            int required = parsed.Required;
            for (int i = 0; i < required; i++)
            {
                if (dest[i] == null)
                {
                    throw new PyException(PyExc.TypeError, _function + "() missing required argument '" + names[i].Value + "' (pos " + (i + 1) + ")");
                }
            }
        }

        // A spec once its parameter text is parsed.
        private sealed class ParsedSpec
        {
            public PyStr[] Names;
            public int Required;
            public int Positional;
            public int PositionalOnly;
        }
    }
}
