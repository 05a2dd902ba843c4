using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// Parses JSON text into Python values (json.loads): objects become dicts, arrays lists, numbers ints (big when
    /// needed) or floats, and true/false/null the Python constants. Any malformed input is a ValueError, as in
    /// MicroPython; nesting counts against the interpreter's depth limit.
    /// </summary>
    internal sealed class JsonReader
    {
        private const string SyntaxError = "syntax error in JSON";

        private readonly Interpreter _ip;
        private readonly char[] _s;
        private int _pos;

        /// <summary>A reader over text.</summary>
        internal JsonReader(Interpreter ip, string text)
        {
            _ip = ip;
            _s = text.ToCharArray();
        }

        /// <summary>The one value of the document; only whitespace may surround it.</summary>
        internal PyObject ParseDocument()
        {
            SkipSpace();
            PyObject v = ParseValue();
            SkipSpace();
            if (_pos != _s.Length)
            {
                throw Error();
            }

            return v;
        }

        private static PyException Error()
        {
            return new PyException(PyExc.ValueError, SyntaxError);
        }

        private void SkipSpace()
        {
            while (_pos < _s.Length)
            {
                char c = _s[_pos];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _pos++;
            }
        }

        private PyObject ParseValue()
        {
            if (_pos >= _s.Length)
            {
                throw Error();
            }

            char c = _s[_pos];
            switch (c)
            {
                case '{':
                    return ParseObject();
                case '[':
                    return ParseArray();
                case '"':
                    _pos++;
                    return new PyStr(ParseString());
                case 't':
                    Expect("true");
                    return PyBool.True;
                case 'f':
                    Expect("false");
                    return PyBool.False;
                case 'n':
                    Expect("null");
                    return PyNone.Value;
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                return ParseNumber();
            }

            throw Error();
        }

        private void Expect(string word)
        {
            if (_pos + word.Length > _s.Length)
            {
                throw Error();
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (_s[_pos + i] != word[i])
                {
                    throw Error();
                }
            }

            _pos += word.Length;
        }

        private PyObject ParseArray()
        {
            _pos++;
            PyList list = new PyList();
            _ip.EnterRepr();
            try
            {
                SkipSpace();
                if (_pos < _s.Length && _s[_pos] == ']')
                {
                    _pos++;
                    return list;
                }

                while (true)
                {
                    SkipSpace();
                    list.Append(ParseValue());
                    SkipSpace();
                    if (_pos >= _s.Length)
                    {
                        throw Error();
                    }

                    char c = _s[_pos++];
                    if (c == ']')
                    {
                        return list;
                    }

                    if (c != ',')
                    {
                        throw Error();
                    }
                }
            }
            finally
            {
                _ip.LeaveRepr();
            }
        }

        private PyObject ParseObject()
        {
            _pos++;
            PyDict d = new PyDict();
            _ip.EnterRepr();
            try
            {
                SkipSpace();
                if (_pos < _s.Length && _s[_pos] == '}')
                {
                    _pos++;
                    return d;
                }

                while (true)
                {
                    SkipSpace();
                    if (_pos >= _s.Length || _s[_pos] != '"')
                    {
                        throw Error();
                    }

                    _pos++;
                    PyStr key = new PyStr(ParseString());
                    SkipSpace();
                    if (_pos >= _s.Length || _s[_pos] != ':')
                    {
                        throw Error();
                    }

                    _pos++;
                    SkipSpace();
                    d.Set(_ip, key, ParseValue());
                    SkipSpace();
                    if (_pos >= _s.Length)
                    {
                        throw Error();
                    }

                    char c = _s[_pos++];
                    if (c == '}')
                    {
                        return d;
                    }

                    if (c != ',')
                    {
                        throw Error();
                    }
                }
            }
            finally
            {
                _ip.LeaveRepr();
            }
        }

        // The body of a string after its opening quote, up to and including the closing quote.
        private string ParseString()
        {
            int start = _pos;
            while (_pos < _s.Length && _s[_pos] != '"' && _s[_pos] != '\\')
            {
                _pos++;
            }

            if (_pos < _s.Length && _s[_pos] == '"')
            {
                // The common case: no escapes.
                _pos++;
                return new string(_s, start, _pos - 1 - start);
            }

            StringBuilder sb = new StringBuilder();
            sb.Append(_s, start, _pos - start);
            while (true)
            {
                if (_pos >= _s.Length)
                {
                    throw Error();
                }

                char c = _s[_pos++];
                if (c == '"')
                {
                    return sb.ToString();
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (_pos >= _s.Length)
                {
                    throw Error();
                }

                c = _s[_pos++];
                switch (c)
                {
                    case '"':
                    case '\\':
                    case '/':
                        sb.Append(c);
                        break;
                    case 'b':
                        sb.Append('\b');
                        break;
                    case 'f':
                        sb.Append('\f');
                        break;
                    case 'n':
                        sb.Append('\n');
                        break;
                    case 'r':
                        sb.Append('\r');
                        break;
                    case 't':
                        sb.Append('\t');
                        break;
                    case 'u':
                        // Surrogate pairs written as two escapes join by themselves in UTF-16.
                        sb.Append((char)ParseHex4());
                        break;
                    default:
                        throw Error();
                }
            }
        }

        private int ParseHex4()
        {
            if (_pos + 4 > _s.Length)
            {
                throw Error();
            }

            int v = 0;
            for (int i = 0; i < 4; i++)
            {
                int d = StrUtil.DigitValue(_s[_pos++]);
                if (d < 0 || d > 15)
                {
                    throw Error();
                }

                v = (v << 4) | d;
            }

            return v;
        }

        private PyObject ParseNumber()
        {
            int start = _pos;
            if (_s[_pos] == '-')
            {
                _pos++;
            }

            int intStart = _pos;
            SkipDigits();
            int intDigits = _pos - intStart;
            if (intDigits == 0 || (intDigits > 1 && _s[intStart] == '0'))
            {
                throw Error();
            }

            bool isFloat = false;
            if (_pos < _s.Length && _s[_pos] == '.')
            {
                _pos++;
                isFloat = true;
                if (SkipDigits() == 0)
                {
                    throw Error();
                }
            }

            if (_pos < _s.Length && (_s[_pos] == 'e' || _s[_pos] == 'E'))
            {
                _pos++;
                isFloat = true;
                if (_pos < _s.Length && (_s[_pos] == '+' || _s[_pos] == '-'))
                {
                    _pos++;
                }

                if (SkipDigits() == 0)
                {
                    throw Error();
                }
            }

            string text = new string(_s, start, _pos - start);
            if (isFloat)
            {
                PyObject f = _ip.Numbers.ParseFloat(text);
                if (f == null)
                {
                    throw Error();
                }

                return f;
            }

            if (intDigits <= 18)
            {
                long v = 0;
                for (int i = intStart; i < _pos; i++)
                {
                    v = v * 10 + (_s[i] - '0');
                }

                return PyInt.Get(start == intStart ? v : -v);
            }

            return _ip.Numbers.IntFromString(text, 10);
        }

        private int SkipDigits()
        {
            int start = _pos;
            while (_pos < _s.Length && _s[_pos] >= '0' && _s[_pos] <= '9')
            {
                _pos++;
            }

            return _pos - start;
        }
    }
}
