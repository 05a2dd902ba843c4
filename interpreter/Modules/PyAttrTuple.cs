using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// MicroPython's attrtuple: a tuple whose items are also attributes (sys.implementation, os.uname()). Its repr is
    /// "(name='micropython', version=(1, 24, 0, ''))", which tools such as micropython-ctl parse.
    /// </summary>
    public sealed class PyAttrTuple : PyObject
    {
        private static readonly PyType s_type = new PyType("tuple", PyTypes.Tuple, 0);

        private readonly PyStr[] _fields;

        /// <summary>The items.</summary>
        public readonly PyTuple Items;

        /// <summary>An attrtuple of fields (names) and values.</summary>
        public PyAttrTuple(string[] fields, PyObject[] values)
        {
            _fields = new PyStr[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                _fields[i] = Intern.Get(fields[i]);
            }

            Items = new PyTuple(values);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return s_type; }
        }

        /// <inheritdoc/>
        public override PyObject NativeBase
        {
            get { return Items; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append('(');
            for (int i = 0; i < _fields.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(_fields[i].Value);
                sb.Append('=');
                sb.Append(Ops.Repr(ip, Items.Items[i]));
            }

            sb.Append(')');
            return sb.ToString();
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            for (int i = 0; i < _fields.Length; i++)
            {
                if (PyStr.Equal(_fields[i], name))
                {
                    return Items.Items[i];
                }
            }

            return Items.GetAttr(ip, name);
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return Items.Items.Length;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            return Items.GetItem(ip, key);
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return Items.GetIter(ip);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            return Items.Contains(ip, item);
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            return Items.RichCompare(ip, op, other is PyAttrTuple ? ((PyAttrTuple)other).Items : other);
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return Items.Hash(ip);
        }
    }
}
