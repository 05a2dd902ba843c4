using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Tests.Text
{
    /// <summary>
    /// A recursive-descent evaluator of the Python expressions the text test tables use, calling the interpreter the
    /// way compiled code would (Ops.GetAttr + Ops.Call, Ops.Binary, Ops.GetItem):
    /// literals (str with escapes and implicit concatenation, bytes, ints, floats, None/True/False, tuples, lists,
    /// dicts), names of builtins and of the test classes S(str), B(bytes), BA(bytearray), attribute access, calls with
    /// positional, keyword and *args arguments, subscripts and slices, unary minus, and the binary operators
    /// % + * == != &lt; in.
    /// </summary>
    internal sealed class TextExpr
    {
        private readonly TextHost _host;
        private readonly Interpreter _ip;
        private readonly string _s;
        private int _p;

        public TextExpr(TextHost host, string source)
        {
            _host = host;
            _ip = host.Ip;
            _s = source;
        }

        public PyObject Parse()
        {
            PyObject v = Expr();
            Skip();
            if (_p != _s.Length)
            {
                throw new FormatException("unexpected text at " + _p + " in " + _s);
            }

            return v;
        }

        private void Skip()
        {
            while (_p < _s.Length && _s[_p] == ' ')
            {
                _p++;
            }
        }

        private bool Accept(string token)
        {
            Skip();
            if (string.CompareOrdinal(_s, _p, token, 0, token.Length) == 0)
            {
                _p += token.Length;
                return true;
            }

            return false;
        }

        private void Expect(string token)
        {
            if (!Accept(token))
            {
                throw new FormatException("expected " + token + " at " + _p + " in " + _s);
            }
        }

        private PyObject Expr()
        {
            PyObject a = Unary();
            while (true)
            {
                if (Accept("=="))
                {
                    a = Ops.Compare(_ip, CompareOp.Eq, a, Unary());
                }
                else if (Accept("!="))
                {
                    a = Ops.Compare(_ip, CompareOp.Ne, a, Unary());
                }
                else if (Accept("<"))
                {
                    a = Ops.Compare(_ip, CompareOp.Lt, a, Unary());
                }
                else if (Accept("%"))
                {
                    a = Ops.Binary(_ip, BinaryOp.Modulo, a, Unary());
                }
                else if (Accept("+"))
                {
                    a = Ops.Binary(_ip, BinaryOp.Add, a, Unary());
                }
                else if (Accept("*"))
                {
                    a = Ops.Binary(_ip, BinaryOp.Multiply, a, Unary());
                }
                else if (Accept(" in ") || Accept("in "))
                {
                    a = PyBool.Of(Ops.Contains(_ip, Unary(), a));
                }
                else
                {
                    return a;
                }
            }
        }

        private PyObject Unary()
        {
            if (Accept("-"))
            {
                PyObject v = Unary();
                return v is PyFloat f ? new PyFloat(-f.Value) : Ops.Unary(_ip, UnaryOp.Negative, v);
            }

            PyObject b = Postfix(Primary());
            return Accept("**") ? Ops.Binary(_ip, BinaryOp.Power, b, Unary()) : b;
        }

        private PyObject Postfix(PyObject v)
        {
            while (true)
            {
                Skip();
                if (Accept("."))
                {
                    v = Ops.GetAttr(_ip, v, Intern.Get(Name()));
                }
                else if (Accept("("))
                {
                    v = CallArgs(v);
                }
                else if (Accept("["))
                {
                    v = Ops.GetItem(_ip, v, Subscript());
                    Expect("]");
                }
                else
                {
                    return v;
                }
            }
        }

        private PyObject Subscript()
        {
            PyObject start = PyNone.Value;
            Skip();
            if (_s[_p] != ':')
            {
                start = Expr();
                if (!Accept(":"))
                {
                    return start;
                }
            }
            else
            {
                _p++;
            }

            PyObject stop = PyNone.Value;
            PyObject step = PyNone.Value;
            Skip();
            if (_s[_p] != ']' && _s[_p] != ':')
            {
                stop = Expr();
            }

            if (Accept(":"))
            {
                Skip();
                if (_s[_p] != ']')
                {
                    step = Expr();
                }
            }

            return new PySlice(start, stop, step);
        }

        private PyObject CallArgs(PyObject f)
        {
            List<PyObject> pos = new List<PyObject>();
            List<PyObject> kwNames = new List<PyObject>();
            List<PyObject> kwValues = new List<PyObject>();
            while (!Accept(")"))
            {
                Skip();
                if (Accept("**"))
                {
                    PyDict d = (PyDict)Expr();
                    for (int i = 0; i < d.EntryLimit; i++)
                    {
                        if (d.KeyAt(i) != null)
                        {
                            kwNames.Add(Intern.Get((PyStr)d.KeyAt(i)));
                            kwValues.Add(d.ValueAt(i));
                        }
                    }
                }
                else if (Accept("*"))
                {
                    PyObject[] items = Ops.ItemsOf(_ip, Expr(), out int n);
                    for (int i = 0; i < n; i++)
                    {
                        pos.Add(items[i]);
                    }
                }
                else
                {
                    int save = _p;
                    string name = IsNameStart(_s[_p]) ? Name() : null;
                    if (name != null && Accept("=") && !Accept("="))
                    {
                        kwNames.Add(Intern.Get(name));
                        kwValues.Add(Expr());
                    }
                    else
                    {
                        _p = save;
                        pos.Add(Expr());
                    }
                }

                if (!Accept(","))
                {
                    Expect(")");
                    break;
                }
            }

            PyObject[] args = new PyObject[pos.Count + kwValues.Count];
            pos.CopyTo(args, 0);
            kwValues.CopyTo(args, pos.Count);
            PyTuple kw = kwNames.Count > 0 ? PyTuple.Of(kwNames.ToArray()) : null;
            return Ops.Call(_ip, f, args, 0, args.Length, kw);
        }

        private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

        private string Name()
        {
            Skip();
            int start = _p;
            while (_p < _s.Length && (char.IsLetterOrDigit(_s[_p]) || _s[_p] == '_'))
            {
                _p++;
            }

            if (_p == start)
            {
                throw new FormatException("expected a name at " + _p + " in " + _s);
            }

            return _s.Substring(start, _p - start);
        }

        private PyObject Primary()
        {
            Skip();
            char c = _s[_p];
            if (c == '(')
            {
                _p++;
                List<PyObject> items = new List<PyObject>();
                bool comma = false;
                while (!Accept(")"))
                {
                    items.Add(Expr());
                    if (Accept(","))
                    {
                        comma = true;
                    }
                }

                return items.Count == 1 && !comma ? items[0] : PyTuple.Of(items.ToArray());
            }

            if (c == '[')
            {
                _p++;
                PyList l = new PyList();
                while (!Accept("]"))
                {
                    l.Append(Expr());
                    Accept(",");
                }

                return l;
            }

            if (c == '{')
            {
                _p++;
                PyDict d = new PyDict();
                while (!Accept("}"))
                {
                    PyObject k = Expr();
                    Expect(":");
                    d.Set(_ip, k, Expr());
                    Accept(",");
                }

                return d;
            }

            if (char.IsDigit(c))
            {
                return Number();
            }

            if ((c == 'b' || c == 'r') && _p + 1 < _s.Length && (_s[_p + 1] == '\'' || _s[_p + 1] == '"'))
            {
                return Strings();
            }

            if (c == '\'' || c == '"')
            {
                return Strings();
            }

            string name = Name();
            switch (name)
            {
                case "S":
                    return _host.StrSub;
                case "B":
                    return _host.BytesSub;
                case "BA":
                    return _host.ByteArraySub;
                case "len":
                    return new PyBuiltin1("len", (ip, o) => PyInt.Get(Ops.Len(ip, o)));
                case "repr":
                    return new PyBuiltin1("repr", (ip, o) => new PyStr(Ops.Repr(ip, o)));
                case "list":
                    return new PyBuiltin1("list", (ip, o) =>
                    {
                        PyList l = new PyList();
                        l.Extend(ip, o);
                        return l;
                    });
                case "iter":
                    return new PyBuiltin1("iter", (ip, o) => Ops.GetIter(ip, o));
                case "range":
                    return new PyBuiltin1("range", (ip, o) =>
                    {
                        PyList l = new PyList();
                        for (long i = 0; i < ((PyInt)o).Value; i++)
                        {
                            l.Append(PyInt.Get(i));
                        }

                        return l.GetIter(ip);
                    });
                case "hash":
                    return new PyBuiltin1("hash", (ip, o) => PyInt.Get(Ops.Hash(ip, o)));
                case "type":
                    return new PyBuiltin1("type", (ip, o) => o.Type);
                case "isinstance":
                    return new PyBuiltin2("isinstance", (ip, o, t) => PyBool.Of(Ops.IsInstance(ip, o, t)));
            }

            PyObject v = _ip.LookupBuiltin(Intern.Get(name));
            if (v == null)
            {
                throw new FormatException("unknown name " + name + " in " + _s);
            }

            return v;
        }

        private PyObject Number()
        {
            int start = _p;
            if (_s[_p] == '0' && _p + 1 < _s.Length && (_s[_p + 1] == 'x' || _s[_p + 1] == 'X'))
            {
                _p += 2;
                while (_p < _s.Length && Uri.IsHexDigit(_s[_p]))
                {
                    _p++;
                }

                return PyInt.Get(long.Parse(_s.Substring(start + 2, _p - start - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }

            bool isFloat = false;
            while (_p < _s.Length && (char.IsDigit(_s[_p]) || _s[_p] == '.' || _s[_p] == 'e' || ((_s[_p] == '-' || _s[_p] == '+') && (_s[_p - 1] == 'e'))))
            {
                isFloat |= !char.IsDigit(_s[_p]);
                _p++;
            }

            string t = _s.Substring(start, _p - start);
            if (isFloat)
            {
                return new PyFloat(double.Parse(t, CultureInfo.InvariantCulture));
            }

            if (t.Length > 18)
            {
                return _ip.Numbers.ParseInt(t, 10);
            }

            return PyInt.Get(long.Parse(t, CultureInfo.InvariantCulture));
        }

        // One or more adjacent string literals of the same kind (implicit concatenation).
        private PyObject Strings()
        {
            StringBuilder sb = new StringBuilder();
            bool bytes = false;
            while (true)
            {
                Skip();
                if (_p >= _s.Length)
                {
                    break;
                }

                bool isBytes = false;
                bool raw = false;
                int save = _p;
                while (_p < _s.Length && (_s[_p] == 'b' || _s[_p] == 'r'))
                {
                    isBytes |= _s[_p] == 'b';
                    raw |= _s[_p] == 'r';
                    _p++;
                }

                if (_p >= _s.Length || (_s[_p] != '\'' && _s[_p] != '"'))
                {
                    _p = save;
                    break;
                }

                bytes = isBytes;
                char q = _s[_p++];
                while (_s[_p] != q)
                {
                    char c = _s[_p++];
                    if (c != '\\' || raw)
                    {
                        sb.Append(c);
                        continue;
                    }

                    char e = _s[_p++];
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case '0': sb.Append('\0'); break;
                        case 'x': sb.Append((char)Convert.ToInt32(_s.Substring(_p, 2), 16)); _p += 2; break;
                        case 'u': sb.Append((char)Convert.ToInt32(_s.Substring(_p, 4), 16)); _p += 4; break;
                        case 'U': sb.Append(char.ConvertFromUtf32(Convert.ToInt32(_s.Substring(_p, 8), 16))); _p += 8; break;
                        default: sb.Append(e); break;
                    }
                }

                _p++;
            }

            if (bytes)
            {
                byte[] b = new byte[sb.Length];
                for (int i = 0; i < b.Length; i++)
                {
                    b[i] = (byte)sb[i];
                }

                return new PyBytes(b);
            }

            return new PyStr(sb.ToString());
        }
    }
}
