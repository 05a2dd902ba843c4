namespace NanoPython.Runtime
{
    /// <summary>super(type, obj): attribute lookup that starts after type in obj's method resolution order.</summary>
    public sealed class PySuper : PyObject
    {
        /// <summary>The class whose successors are searched.</summary>
        public readonly PyType ThisType;

        /// <summary>The instance or class the found attributes bind to.</summary>
        public readonly PyObject Obj;

        private readonly PyType _objType;

        /// <summary>super(thisType, obj); obj is an instance of thisType or a subclass of it.</summary>
        public PySuper(PyType thisType, PyObject obj)
        {
            ThisType = thisType;
            Obj = obj;
            PyType t = obj as PyType;
            if (t != null && t.IsSubtypeOf(thisType))
            {
                _objType = t;
            }
            else if (obj.Type.IsSubtypeOf(thisType))
            {
                _objType = obj.Type;
            }
            else
            {
                throw new PyException(PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
            }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Super; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<super: <class '" + ThisType.Name.Value + "'>, <" + _objType.Name.Value + " object>>";
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name == Names.Get(Names.__class__))
            {
                return PyTypes.Super;
            }

            PyType owner;
            PyObject v = _objType.LookupAfter(ThisType, name, out owner);
            if (v == null)
            {
                return null;
            }

            bool objIsType = ReferenceEquals(Obj, _objType);
            return v.DescrGet(ip, objIsType ? null : Obj, _objType);
        }
    }
}
