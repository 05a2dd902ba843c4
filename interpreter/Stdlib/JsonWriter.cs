using System.Collections;
using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// Serialises Python values to JSON text (json.dumps). Containers are tracked while they are written, so a
    /// container that contains itself is a ValueError instead of endless output; nesting counts against the
    /// interpreter's depth limit.
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly Interpreter _ip;
        private readonly StringBuilder _sb = new StringBuilder();
        private readonly ArrayList _open = new ArrayList();
        private readonly string _itemSep;
        private readonly string _keySep;
        private readonly string _indent;

        /// <summary>A writer with the given separators; indent null writes everything on one line.</summary>
        internal JsonWriter(Interpreter ip, string itemSep, string keySep, string indent)
        {
            _ip = ip;
            _itemSep = itemSep;
            _keySep = keySep;
            _indent = indent;
        }

        /// <summary>The text written so far.</summary>
        public override string ToString()
        {
            return _sb.ToString();
        }

        /// <summary>Appends one value.</summary>
        internal void Write(PyObject o)
        {
            if (o is PyNone)
            {
                _sb.Append("null");
                return;
            }

            if (o is PyBool)
            {
                _sb.Append(ReferenceEquals(o, PyBool.True) ? "true" : "false");
                return;
            }

            PyObject v = o.NativeBase;
            PyStr s = v as PyStr;
            if (s != null)
            {
                WriteString(s.Value);
                return;
            }

            if (v is PyFloat || _ip.Numbers.IsInt(v))
            {
                // int subclasses (an IntEnum...) print as the plain number; floats as their exact repr.
                _sb.Append(v.Repr(_ip));
                return;
            }

            PyList list = v as PyList;
            if (list != null)
            {
                WriteArray(o, list.Items, list.Count);
                return;
            }

            PyTuple tuple = v as PyTuple;
            if (tuple != null)
            {
                WriteArray(o, tuple.Items, tuple.Items.Length);
                return;
            }

            PyDict dict = v as PyDict;
            if (dict != null)
            {
                WriteObject(o, dict);
                return;
            }

            throw new PyException(PyExc.TypeError, "Object of type " + o.Type.Name.Value + " is not JSON serializable");
        }

        private void Enter(PyObject container)
        {
            for (int i = 0; i < _open.Count; i++)
            {
                if (ReferenceEquals(_open[i], container))
                {
                    throw new PyException(PyExc.ValueError, "Circular reference detected");
                }
            }

            _ip.EnterRepr();
            _open.Add(container);
        }

        private void Leave()
        {
            _open.RemoveAt(_open.Count - 1);
            _ip.LeaveRepr();
        }

        private void NewLine()
        {
            if (_indent != null)
            {
                _sb.Append('\n');
                for (int i = 0; i < _open.Count; i++)
                {
                    _sb.Append(_indent);
                }
            }
        }

        private void WriteArray(PyObject container, PyObject[] items, int count)
        {
            if (count == 0)
            {
                _sb.Append("[]");
                return;
            }

            Enter(container);
            try
            {
                _sb.Append('[');
                for (int i = 0; i < count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(_itemSep);
                    }

                    NewLine();
                    Write(items[i]);
                }
            }
            finally
            {
                // Also on an error, or the interpreter's depth would stay raised (every later call a RecursionError).
                Leave();
            }

            NewLine();
            _sb.Append(']');
        }

        private void WriteObject(PyObject container, PyDict d)
        {
            if (d.Count == 0)
            {
                _sb.Append("{}");
                return;
            }

            Enter(container);
            try
            {
                _sb.Append('{');
                bool first = true;
                for (int i = 0; i < d.EntryLimit; i++)
                {
                    PyObject k = d.KeyAt(i);
                    if (k == null)
                    {
                        continue;
                    }

                    if (!first)
                    {
                        _sb.Append(_itemSep);
                    }

                    first = false;
                    NewLine();
                    WriteKey(k);
                    _sb.Append(_keySep);
                    Write(d.ValueAt(i));
                }
            }
            finally
            {
                Leave();
            }

            NewLine();
            _sb.Append('}');
        }

        // Keys are strings in JSON: numbers, booleans and None are written as their JSON text in quotes (CPython's
        // rule; MicroPython would write them unquoted, which is not JSON).
        private void WriteKey(PyObject k)
        {
            PyObject v = k.NativeBase;
            if (v is PyStr)
            {
                WriteString(((PyStr)v).Value);
            }
            else if (k is PyNone)
            {
                _sb.Append("\"null\"");
            }
            else if (k is PyBool)
            {
                _sb.Append(ReferenceEquals(k, PyBool.True) ? "\"true\"" : "\"false\"");
            }
            else if (v is PyFloat || _ip.Numbers.IsInt(v))
            {
                _sb.Append('"');
                _sb.Append(v.Repr(_ip));
                _sb.Append('"');
            }
            else
            {
                throw new PyException(PyExc.TypeError, "keys must be str, int, float, bool or None, not " + k.Type.Name.Value);
            }
        }

        // MicroPython's escaping: quote and backslash escaped, \n \r \t by name, other control characters as \u00XX,
        // everything else (non-ASCII included) as it is.
        private void WriteString(string s)
        {
            // One copy to a char array: indexing a string is not O(1) on nanoFramework (UTF-8 inside).
            char[] cs = s.ToCharArray();
            _sb.Append('"');
            for (int i = 0; i < cs.Length; i++)
            {
                char c = cs[i];
                if (c == '"' || c == '\\')
                {
                    _sb.Append('\\');
                    _sb.Append(c);
                }
                else if (c >= ' ')
                {
                    _sb.Append(c);
                }
                else if (c == '\n')
                {
                    _sb.Append("\\n");
                }
                else if (c == '\r')
                {
                    _sb.Append("\\r");
                }
                else if (c == '\t')
                {
                    _sb.Append("\\t");
                }
                else
                {
                    _sb.Append("\\u00");
                    _sb.Append(StrUtil.HexDigit(c >> 4));
                    _sb.Append(StrUtil.HexDigit(c & 15));
                }
            }

            _sb.Append('"');
        }
    }
}
