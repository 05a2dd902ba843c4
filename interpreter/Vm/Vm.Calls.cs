using System.Text;

namespace NanoPython.Runtime
{
    public static partial class Vm
    {
        /// <summary>
        /// Calls a Python function from native code: binds the arguments (self first when given), then runs the frame in
        /// a nested <see cref="Run"/> (or returns a generator for generator functions).
        /// </summary>
        public static PyObject CallFunction(Interpreter ip, PyFunction fn, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject self)
        {
            CodeObject code = fn.Code;
            Frame f = ip.Frames.Get(code, fn.Globals, ip.Builtins);
            try
            {
                BindArguments(ip, fn, f.Slots, args, offset, count, kwnames, self);
            }
            catch
            {
                ip.Frames.Release(f);
                throw;
            }

            if (code.NCellsAndFrees != 0)
            {
                SetupCells(f, fn);
            }

            return Enter(ip, fn, f);
        }

        /// <summary>
        /// Calls a Python function with up to four positional arguments, without an argument array when the function is
        /// simple (the path of dunder methods called by the runtime).
        /// </summary>
        public static PyObject CallFixed(Interpreter ip, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, int n)
        {
            CodeObject code = fn.Code;
            int nargs = code.ArgCount;
            if ((code.Flags & (CodeObject.FlagVarArgs | CodeObject.FlagVarKeywords | CodeObject.FlagKwOnly)) != 0 || n > nargs
                || (n < nargs && (fn.Defaults == null || n < nargs - fn.Defaults.Items.Length)))
            {
                PyObject[] arr = new PyObject[n];
                if (n > 0)
                {
                    arr[0] = a;
                }

                if (n > 1)
                {
                    arr[1] = b;
                }

                if (n > 2)
                {
                    arr[2] = c;
                }

                if (n > 3)
                {
                    arr[3] = d;
                }

                return CallFunction(ip, fn, arr, 0, n, null, null);
            }

            Frame f = ip.Frames.Get(code, fn.Globals, ip.Builtins);
            PyObject[] s = f.Slots;
            if (n > 0)
            {
                s[0] = a;
            }

            if (n > 1)
            {
                s[1] = b;
            }

            if (n > 2)
            {
                s[2] = c;
            }

            if (n > 3)
            {
                s[3] = d;
            }

            if (n < nargs)
            {
                PyObject[] defs = fn.Defaults.Items;
                int firstDefault = nargs - defs.Length;
                for (int i = n; i < nargs; i++)
                {
                    s[i] = defs[i - firstDefault];
                }
            }

            if (code.NCellsAndFrees != 0)
            {
                SetupCells(f, fn);
            }

            return Enter(ip, fn, f);
        }

        private static PyObject Enter(Interpreter ip, PyFunction fn, Frame f)
        {
            if (fn.Code.IsGenerator)
            {
                bool coro = (fn.Code.Flags & CodeObject.FlagCoroutine) != 0;
                return new PyGenerator(f, coro, fn);
            }

            if (ip.Depth >= ip.MaxDepth)
            {
                ip.Frames.Release(f);
                throw Ops.RecursionError();
            }

            ip.Depth++;
            f.Back = ip.CurrentFrame;
            try
            {
                return Run(ip, f, null);
            }
            finally
            {
                ip.Depth--;
                ip.Frames.Release(f);
            }
        }

        /// <summary>Creates the cells of a new frame (arguments captured by closures move into theirs) and copies the closure.</summary>
        public static void SetupCells(Frame f, PyFunction fn)
        {
            CodeObject code = f.Code;
            PyObject[] s = f.Slots;
            int baseIdx = code.NLocals;
            int[] cellArgs = code.CellArgIndex;
            int ncells = code.CellNames.Length;
            for (int i = 0; i < ncells; i++)
            {
                int a = cellArgs[i];
                s[baseIdx + i] = new PyCell(a >= 0 ? s[a] : null);
            }

            PyCell[] closure = fn.Closure;
            int nfree = code.FreeNames.Length;
            for (int i = 0; i < nfree; i++)
            {
                s[baseIdx + ncells + i] = closure[i];
            }
        }

        /// <summary>
        /// Binds call arguments to a function's parameters in a frame's slots, with CPython's rules and error messages
        /// (positional, keyword, defaults, keyword-only, *args, **kwargs, positional-only).
        /// </summary>
        public static void BindArguments(Interpreter ip, PyFunction fn, PyObject[] slots, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject self)
        {
            CodeObject code = fn.Code;
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int nposGiven = count - nkw + (self != null ? 1 : 0);
            int nparams = code.ArgCount;
            int nkwonly = code.KwOnlyArgCount;
            bool varargs = (code.Flags & CodeObject.FlagVarArgs) != 0;
            bool varkw = (code.Flags & CodeObject.FlagVarKeywords) != 0;
            int varargsSlot = nparams + nkwonly;
            int varkwSlot = varargsSlot + (varargs ? 1 : 0);

            // Positional arguments (self, when given, is the first one).
            int selfAdj = self != null ? 1 : 0;
            int take = nposGiven < nparams ? nposGiven : nparams;
            for (int i = 0; i < take; i++)
            {
                slots[i] = i < selfAdj ? self : args[offset + i - selfAdj];
            }

            if (nposGiven > nparams)
            {
                if (!varargs)
                {
                    throw TooManyPositional(fn, nposGiven, nkw, kwnames);
                }

                int extra = nposGiven - nparams;
                PyObject[] rest = new PyObject[extra];
                for (int i = 0; i < extra; i++)
                {
                    int p = nparams + i;
                    rest[i] = p < selfAdj ? self : args[offset + p - selfAdj];
                }

                slots[varargsSlot] = PyTuple.Of(rest);
            }
            else if (varargs)
            {
                slots[varargsSlot] = PyTuple.Empty;
            }

            PyDict kwdict = null;
            if (varkw)
            {
                kwdict = new PyDict();
                slots[varkwSlot] = kwdict;
            }

            // Keyword arguments.
            PyStr[] varNames = code.VarNames;
            int kwBase = offset + count - nkw;
            for (int j = 0; j < nkw; j++)
            {
                PyStr name = (PyStr)kwnames.Items[j];
                PyObject value = args[kwBase + j];
                int idx = -1;
                int limit = nparams + nkwonly;
                for (int k = 0; k < limit; k++)
                {
                    if (ReferenceEquals(varNames[k], name) || varNames[k].Value == name.Value)
                    {
                        idx = k;
                        break;
                    }
                }

                if (idx >= 0 && idx < code.PosOnlyArgCount)
                {
                    if (kwdict != null)
                    {
                        kwdict.Set(ip, name, value);
                        continue;
                    }

                    throw new PyException(PyExc.TypeError, fn.QualName.Value + "() got some positional-only arguments passed as keyword arguments: '" + name.Value + "'");
                }

                if (idx < 0)
                {
                    if (kwdict == null)
                    {
                        throw new PyException(PyExc.TypeError, fn.QualName.Value + "() got an unexpected keyword argument '" + name.Value + "'");
                    }

                    if (kwdict.Get(ip, name) != null)
                    {
                        throw new PyException(PyExc.TypeError, fn.QualName.Value + "() got multiple values for argument '" + name.Value + "'");
                    }

                    kwdict.Set(ip, name, value);
                    continue;
                }

                if (slots[idx] != null)
                {
                    throw new PyException(PyExc.TypeError, fn.QualName.Value + "() got multiple values for argument '" + name.Value + "'");
                }

                slots[idx] = value;
            }

            // Defaults and missing arguments.
            if (nposGiven < nparams)
            {
                PyObject[] defs = fn.Defaults != null ? fn.Defaults.Items : null;
                int firstDefault = nparams - (defs != null ? defs.Length : 0);
                StringBuilder missing = null;
                int nmissing = 0;
                for (int i = nposGiven; i < nparams; i++)
                {
                    if (slots[i] != null)
                    {
                        continue;
                    }

                    if (i >= firstDefault)
                    {
                        slots[i] = defs[i - firstDefault];
                    }
                    else
                    {
                        nmissing++;
                        missing = AppendMissing(missing, varNames[i].Value);
                    }
                }

                if (nmissing > 0)
                {
                    throw Missing(fn, nmissing, missing, "positional");
                }
            }

            if (nkwonly > 0)
            {
                StringBuilder missing = null;
                int nmissing = 0;
                for (int i = nparams; i < nparams + nkwonly; i++)
                {
                    if (slots[i] != null)
                    {
                        continue;
                    }

                    PyObject d = fn.KwDefaults != null ? fn.KwDefaults.LookupName(varNames[i]) : null;
                    if (d != null)
                    {
                        slots[i] = d;
                    }
                    else
                    {
                        nmissing++;
                        missing = AppendMissing(missing, varNames[i].Value);
                    }
                }

                if (nmissing > 0)
                {
                    throw Missing(fn, nmissing, missing, "keyword-only");
                }
            }
        }

        private static StringBuilder AppendMissing(StringBuilder sb, string name)
        {
            if (sb == null)
            {
                sb = new StringBuilder();
            }
            else
            {
                sb.Append('|');
            }

            sb.Append(name);
            return sb;
        }

        private static PyException Missing(PyFunction fn, int n, StringBuilder names, string kind)
        {
            string[] parts = names.ToString().Split('|');
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(parts.Length == 2 ? " and " : (i == parts.Length - 1 ? ", and " : ", "));
                }

                sb.Append('\'');
                sb.Append(parts[i]);
                sb.Append('\'');
            }

            return new PyException(PyExc.TypeError, fn.QualName.Value + "() missing " + n + " required " + kind + " argument" + (n == 1 ? string.Empty : "s") + ": " + sb.ToString());
        }

        private static PyException TooManyPositional(PyFunction fn, int given, int nkw, PyTuple kwnames)
        {
            CodeObject code = fn.Code;
            int nparams = code.ArgCount;
            int ndef = fn.Defaults != null ? fn.Defaults.Items.Length : 0;
            string takes;
            if (ndef > 0)
            {
                takes = "from " + (nparams - ndef) + " to " + nparams + " positional arguments";
            }
            else
            {
                takes = nparams + " positional argument" + (nparams == 1 ? string.Empty : "s");
            }

            // CPython mentions keyword-only arguments that were given by keyword.
            int kwonlyGiven = 0;
            for (int j = 0; j < nkw; j++)
            {
                PyStr name = (PyStr)kwnames.Items[j];
                for (int k = nparams; k < nparams + code.KwOnlyArgCount; k++)
                {
                    if (code.VarNames[k].Value == name.Value)
                    {
                        kwonlyGiven++;
                    }
                }
            }

            string was = given == 1 ? "was" : "were";
            string extra = kwonlyGiven > 0 ? " positional argument" + (given == 1 ? string.Empty : "s") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? string.Empty : "s") + ")" : string.Empty;
            return new PyException(PyExc.TypeError, fn.QualName.Value + "() takes " + takes + " but " + given + extra + " " + was + " given");
        }
    }
}
