using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// str.format and str.format_map, following CPython's parser (Objects/stringlib/unicode_format.h): literal text
    /// with {{ and }} escapes; replacement fields {name[.attr|[key]]...[!conv][:spec]} where name is empty (automatic
    /// numbering), digits (a positional index) or a keyword; conversions r, s, a; a spec may itself contain fields,
    /// expanded one level deep. Values are formatted through Ops.Format (so __format__ and format() agree), and
    /// every error has CPython's type and message.
    /// </summary>
    internal sealed class StrFormatter
    {
        private const int NumberingUnknown = 0;
        private const int NumberingAuto = 1;
        private const int NumberingManual = 2;

        private readonly Interpreter _ip;
        private readonly PyObject[] _args;
        private readonly int _offset;
        private readonly int _count;
        private readonly PyTuple _kwnames;
        private readonly PyObject _mapping;
        private int _numbering;
        private int _nextAuto;

        /// <summary>
        /// A formatter over positional args[offset, offset + count) and keywords (their values follow the positional
        /// ones, named by kwnames), or, for format_map, over a mapping (args null).
        /// </summary>
        internal StrFormatter(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject mapping)
        {
            _ip = ip;
            _args = args;
            _offset = offset;
            _count = count;
            _kwnames = kwnames;
            _mapping = mapping;
        }

        /// <summary>Formats a format string.</summary>
        internal string Format(string format)
        {
            char[] f = format.ToCharArray();
            TextBuilder tb = new TextBuilder(f.Length + 16);
            Render(f, 0, f.Length, tb, 2);
            return tb.ToString();
        }

        private void Render(char[] f, int start, int end, TextBuilder tb, int depth)
        {
            if (depth <= 0)
            {
                throw TextErrors.Value(TextErrors.SpecRecursion);
            }

            int i = start;
            while (i < end)
            {
                char c = f[i];
                if (c != '{' && c != '}')
                {
                    int run = i;
                    while (i < end && f[i] != '{' && f[i] != '}')
                    {
                        i++;
                    }

                    tb.Append(f, run, i - run);
                    continue;
                }

                bool atEnd = i + 1 >= end;
                if (c == '}' && (atEnd || f[i + 1] != '}'))
                {
                    throw TextErrors.Value(TextErrors.SingleCloseBrace);
                }

                if (atEnd)
                {
                    throw TextErrors.Value(TextErrors.SingleOpenBrace);
                }

                if (f[i + 1] == c)
                {
                    tb.Append(c);
                    i += 2;
                    continue;
                }

                i = Field(f, i + 1, end, tb, depth);
            }
        }

        // Parses and renders the field starting after its '{'; returns the index after its '}'.
        private int Field(char[] f, int i, int end, TextBuilder tb, int depth)
        {
            int nameStart = i;
            char c = '\0';
            while (i < end)
            {
                c = f[i++];
                if (c == '{')
                {
                    throw TextErrors.Value(TextErrors.BraceInFieldName);
                }

                if (c == '[')
                {
                    while (i < end && f[i] != ']')
                    {
                        i++;
                    }

                    continue;
                }

                if (c == '}' || c == ':' || c == '!')
                {
                    break;
                }
            }

            int nameEnd = i - 1;
            char conversion = '\0';
            int specStart = i;
            int specEnd = i;
            bool nested = false;
            if (c == '!' || c == ':')
            {
                if (c == '!')
                {
                    if (i >= end)
                    {
                        throw TextErrors.Value(TextErrors.ConversionAtEnd);
                    }

                    conversion = f[i++];
                    if (i < end)
                    {
                        char d = f[i++];
                        if (d == '}')
                        {
                            RenderField(f, nameStart, nameEnd, conversion, f, i, i, false, tb, depth);
                            return i;
                        }

                        if (d != ':')
                        {
                            throw TextErrors.Value(TextErrors.ExpectedColon);
                        }
                    }
                }

                specStart = i;
                int count = 1;
                while (true)
                {
                    if (i >= end)
                    {
                        throw TextErrors.Value(TextErrors.UnmatchedBraceInSpec);
                    }

                    char d = f[i++];
                    if (d == '{')
                    {
                        nested = true;
                        count++;
                    }
                    else if (d == '}' && --count == 0)
                    {
                        break;
                    }
                }

                specEnd = i - 1;
            }
            else if (c != '}')
            {
                throw TextErrors.Value(TextErrors.ExpectedCloseBrace);
            }

            RenderField(f, nameStart, nameEnd, conversion, f, specStart, specEnd, nested, tb, depth);
            return i;
        }

        private void RenderField(char[] f, int nameStart, int nameEnd, char conversion, char[] spec, int specStart, int specEnd, bool nested, TextBuilder tb, int depth)
        {
            PyObject v = Lookup(f, nameStart, nameEnd);
            if (conversion != '\0')
            {
                switch (conversion)
                {
                    case 'r':
                        v = new PyStr(Ops.Repr(_ip, v));
                        break;
                    case 's':
                        v = new PyStr(Ops.Str(_ip, v));
                        break;
                    case 'a':
                        v = new PyStr(TextBuiltins.AsciiOf(_ip, v));
                        break;
                    default:
                        throw TextErrors.Value("Unknown conversion specifier " + conversion);
                }
            }

            string specText;
            if (nested)
            {
                TextBuilder expanded = new TextBuilder(specEnd - specStart + 8);
                Render(spec, specStart, specEnd, expanded, depth - 1);
                specText = expanded.ToString();
            }
            else
            {
                specText = specEnd > specStart ? new string(spec, specStart, specEnd - specStart) : string.Empty;
            }

            tb.Append(Ops.Format(_ip, v, specText));
        }

        // The object a field name designates: the argument, then each .attr and [key] applied in turn.
        private PyObject Lookup(char[] f, int start, int end)
        {
            int i = start;
            while (i < end && f[i] != '.' && f[i] != '[')
            {
                i++;
            }

            int index = Integer(f, start, i);
            bool empty = i == start;
            PyObject v;
            if (empty || index >= 0)
            {
                if (_numbering == NumberingUnknown)
                {
                    _numbering = empty ? NumberingAuto : NumberingManual;
                }
                else if (_numbering == NumberingManual && empty)
                {
                    throw TextErrors.Value(TextErrors.ManualToAuto);
                }
                else if (_numbering == NumberingAuto && !empty)
                {
                    throw TextErrors.Value(TextErrors.AutoToManual);
                }

                if (empty)
                {
                    index = _nextAuto++;
                }

                if (_args == null)
                {
                    throw TextErrors.Value(TextErrors.PositionalInFormatMap);
                }

                if (index >= _count)
                {
                    throw new PyException(PyExc.IndexError, "Replacement index " + index + " out of range for positional args tuple");
                }

                v = _args[_offset + index];
            }
            else
            {
                v = Keyword(new PyStr(new string(f, start, i - start)));
            }

            while (i < end)
            {
                char c = f[i++];
                int partStart = i;
                if (c == '.')
                {
                    while (i < end && f[i] != '.' && f[i] != '[')
                    {
                        i++;
                    }
                }
                else if (c == '[')
                {
                    while (i < end && f[i] != ']')
                    {
                        i++;
                    }

                    if (i >= end)
                    {
                        throw TextErrors.Value(TextErrors.MissingBracket);
                    }
                }
                else
                {
                    throw TextErrors.Value(TextErrors.FieldAfterBracket);
                }

                if (i == partStart)
                {
                    throw TextErrors.Value(TextErrors.EmptyAttribute);
                }

                if (c == '.')
                {
                    v = Ops.GetAttr(_ip, v, Intern.Get(new string(f, partStart, i - partStart)));
                }
                else
                {
                    int k = Integer(f, partStart, i);
                    v = Ops.GetItem(_ip, v, k >= 0 ? (PyObject)PyInt.Get(k) : new PyStr(new string(f, partStart, i - partStart)));
                    i++;
                }
            }

            return v;
        }

        private PyObject Keyword(PyStr key)
        {
            if (_mapping != null)
            {
                return Ops.GetItem(_ip, _mapping, key);
            }

            if (_kwnames != null)
            {
                PyObject[] names = _kwnames.Items;
                for (int j = 0; j < names.Length; j++)
                {
                    if (PyStr.Equal((PyStr)names[j], key))
                    {
                        return _args[_offset + _count + j];
                    }
                }
            }

            throw new PyException(PyExc.KeyError, key);
        }

        // The value of f[start, end) when it is all decimal digits, else -1.
        private static int Integer(char[] f, int start, int end)
        {
            if (start == end)
            {
                return -1;
            }

            long v = 0;
            for (int i = start; i < end; i++)
            {
                if (f[i] < '0' || f[i] > '9')
                {
                    return -1;
                }

                v = v * 10 + (f[i] - '0');
                if (v > int.MaxValue)
                {
                    throw TextErrors.Value(TextErrors.TooManyDigits);
                }
            }

            return (int)v;
        }
    }
}
