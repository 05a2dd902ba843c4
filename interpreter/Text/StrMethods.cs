using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>The methods only str has: encode, format, format_map, translate, maketrans, casefold and the Unicode classes.</summary>
    internal static class StrMethods
    {
        private static ArgSpec s_encodeSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec EncodeSpec
        {
            get { return s_encodeSpec ?? (s_encodeSpec = new ArgSpec("encode", "encoding, errors", 0)); }
        }

        /// <summary>Adds the str-only methods.</summary>
        internal static void Fill(PyType t, PyDict d)
        {
            TextMethods.Add(d, new PyBuiltinN(t, "encode", Encode));
            TextMethods.Add(d, new PyBuiltinN(t, "format", Format));
            TextMethods.Add(d, new PyBuiltin2(t, "format_map", FormatMap));
            TextMethods.Add(d, new PyBuiltin2(t, "__format__", DunderFormat));
            TextMethods.Add(d, new PyBuiltin2(t, "translate", Translate));
            d.SetName("maketrans", new PyStaticMethod(new PyBuiltin3("maketrans", MakeTrans, 1)));
            TextMethods.Add(d, new PyBuiltin1(t, "casefold", CaseFold));
            TextMethods.Add(d, new PyBuiltin1(t, "isdecimal", IsDecimal));
            TextMethods.Add(d, new PyBuiltin1(t, "isnumeric", IsNumeric));
            TextMethods.Add(d, new PyBuiltin1(t, "isprintable", IsPrintable));
            TextMethods.Add(d, new PyBuiltin1(t, "isidentifier", IsIdentifier));
        }

        private static PyObject Encode(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            EncodeSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            string encoding = Codecs.NameArg(a[0], "encode", "encoding", "utf-8");
            string errors = Codecs.NameArg(a[1], "encode", "errors", "strict");
            return new PyBytes(Codecs.Encode((PyStr)args[offset], Codecs.Lookup(encoding), errors));
        }

        private static PyObject Format(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            if (count - nkw < 1)
            {
                throw TextErrors.Type(TextErrors.FormatNeedsSelf);
            }

            StrFormatter f = new StrFormatter(ip, args, offset + 1, count - 1 - nkw, kwnames, null);
            return new PyStr(f.Format(((PyStr)args[offset]).Value));
        }

        private static PyObject FormatMap(Interpreter ip, PyObject self, PyObject mapping)
        {
            StrFormatter f = new StrFormatter(ip, null, 0, 0, null, mapping);
            return new PyStr(f.Format(((PyStr)self).Value));
        }

        private static PyObject DunderFormat(Interpreter ip, PyObject self, PyObject spec)
        {
            PyStr s = spec as PyStr ?? spec.NativeBase as PyStr;
            if (s == null)
            {
                throw TextErrors.Expected("__format__() argument must be str, not ", spec);
            }

            return new PyStr(TextHooks.FormatStr(((PyStr)self).Value, s.Value));
        }

        private static PyObject CaseFold(Interpreter ip, PyObject self)
        {
            return TextMethods.CaseOp(self, TextMethods.CaseFold);
        }

        private static PyObject IsDecimal(Interpreter ip, PyObject self)
        {
            return TextMethods.Classify(self, TextMethods.IsDecimalKind);
        }

        private static PyObject IsNumeric(Interpreter ip, PyObject self)
        {
            return TextMethods.Classify(self, TextMethods.IsNumericKind);
        }

        private static PyObject IsPrintable(Interpreter ip, PyObject self)
        {
            return TextMethods.Classify(self, TextMethods.IsPrintableKind);
        }

        private static PyObject IsIdentifier(Interpreter ip, PyObject self)
        {
            // The lexer's rule, so that s.isidentifier() agrees with what the compiler accepts.
            return PyBool.Of(StrUtil.IsIdentifier(((PyStr)self).Value));
        }

        // str.translate(table): table[ord(c)] is a str, an ordinal or None (delete); a LookupError keeps c.
        private static PyObject Translate(Interpreter ip, PyObject self, PyObject table)
        {
            TextView v = TextView.OfStr((PyStr)self);
            PyDict dict = table as PyDict;
            TextBuilder tb = new TextBuilder(v.Length);
            for (int i = 0; i < v.Length; )
            {
                int c = v.CodePointAt(i);
                int u = v.UnitsAt(i);
                PyObject m;
                if (dict != null)
                {
                    m = dict.Get(ip, PyInt.Get(c));
                }
                else
                {
                    try
                    {
                        m = Ops.GetItem(ip, table, PyInt.Get(c));
                    }
                    catch (PyException e)
                    {
                        if (!e.Value.IsInstance(PyExc.LookupError))
                        {
                            throw;
                        }

                        m = null;
                    }
                }

                if (m == null)
                {
                    tb.Append(v.Chars, i, u);
                }
                else if (m is PyInt)
                {
                    long x = ((PyInt)m).Value;
                    if (x < 0 || x > 0x10FFFF)
                    {
                        throw TextErrors.Value(TextErrors.MappingRange);
                    }

                    tb.AppendCodePoint((int)x);
                }
                else if (m.NativeBase is PyStr)
                {
                    tb.Append(((PyStr)m.NativeBase).Value);
                }
                else if (!(m is PyNone))
                {
                    throw TextErrors.Type(TextErrors.MappingResultType);
                }

                i += u;
            }

            return v.Make(tb);
        }

        // str.maketrans(dict) or (from, to[, delete]).
        private static PyObject MakeTrans(Interpreter ip, PyObject x, PyObject y, PyObject z)
        {
            PyDict r = new PyDict();
            if (y == null)
            {
                PyDict src = x as PyDict ?? x.NativeBase as PyDict;
                if (src == null)
                {
                    throw TextErrors.Type(TextErrors.MakeTransOneArgument);
                }

                for (int i = 0; i < src.EntryLimit; i++)
                {
                    PyObject k = src.KeyAt(i);
                    if (k == null)
                    {
                        continue;
                    }

                    PyStr ks = k.NativeBase as PyStr;
                    if (ks != null)
                    {
                        TextView kv = TextView.OfStr(ks);
                        if (kv.Length == 0 || kv.UnitsAt(0) != kv.Length)
                        {
                            throw TextErrors.Value(TextErrors.TranslateKeyLength);
                        }

                        k = PyInt.Get(kv.CodePointAt(0));
                    }
                    else if (!(k is PyInt))
                    {
                        throw TextErrors.Type(TextErrors.TranslateKeyType);
                    }

                    r.Set(ip, k, src.ValueAt(i));
                }

                return r;
            }

            TextView from = TextView.OfStr(ExpectStr(x, 1));
            TextView to = TextView.OfStr(ExpectStr(y, 2));
            if (from.CodePointLength != to.CodePointLength)
            {
                throw TextErrors.Value(TextErrors.MakeTransLengths);
            }

            for (int i = 0, j = 0; i < from.Length; i += from.UnitsAt(i), j += to.UnitsAt(j))
            {
                r.Set(ip, PyInt.Get(from.CodePointAt(i)), PyInt.Get(to.CodePointAt(j)));
            }

            if (z != null)
            {
                TextView del = TextView.OfStr(ExpectStr(z, 3));
                for (int i = 0; i < del.Length; i += del.UnitsAt(i))
                {
                    r.Set(ip, PyInt.Get(del.CodePointAt(i)), PyNone.Value);
                }
            }

            return r;
        }

        private static PyStr ExpectStr(PyObject o, int position)
        {
            PyStr s = o as PyStr ?? o.NativeBase as PyStr;
            if (s == null)
            {
                throw TextErrors.Expected("maketrans() argument " + position + " must be str, not ", o);
            }

            return s;
        }
    }
}
