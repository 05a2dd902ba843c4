namespace NanoPython.Runtime
{
    /// <summary>property(fget, fset, fdel, doc): a data descriptor.</summary>
    public sealed class PyProperty : PyObject
    {
        /// <summary>Getter, or null.</summary>
        public readonly PyObject Getter;

        /// <summary>Setter, or null.</summary>
        public readonly PyObject Setter;

        /// <summary>Deleter, or null.</summary>
        public readonly PyObject Deleter;

        /// <summary>Docstring, or null.</summary>
        public readonly PyObject Doc;

        /// <summary>A property (null for missing accessors).</summary>
        public PyProperty(PyObject getter, PyObject setter, PyObject deleter, PyObject doc)
        {
            Getter = getter;
            Setter = setter;
            Deleter = deleter;
            Doc = doc;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Property; }
        }

        /// <inheritdoc/>
        public override bool IsDataDescriptor
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            if (instance == null)
            {
                return this;
            }

            if (Getter == null)
            {
                throw new PyException(PyExc.AttributeError, "unreadable attribute");
            }

            return Ops.Call1(ip, Getter, instance);
        }

        /// <inheritdoc/>
        public override bool DescrSet(Interpreter ip, PyObject instance, PyObject value)
        {
            if (value == null)
            {
                if (Deleter == null)
                {
                    throw new PyException(PyExc.AttributeError, "can't delete attribute");
                }

                Ops.Call1(ip, Deleter, instance);
                return true;
            }

            if (Setter == null)
            {
                throw new PyException(PyExc.AttributeError, "can't set attribute");
            }

            Ops.Call2(ip, Setter, instance, value);
            return true;
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.fget:
                    return Getter ?? PyNone.Value;
                case Names.fset:
                    return Setter ?? PyNone.Value;
                case Names.fdel:
                    return Deleter ?? PyNone.Value;
                case Names.__doc__:
                    return Doc ?? PyNone.Value;
            }

            return base.GetAttr(ip, name);
        }
    }
}
