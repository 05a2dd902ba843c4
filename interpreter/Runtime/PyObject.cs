namespace NanoPython.Runtime
{
    /// <summary>
    /// Base of every Python object. Types are tables of slots: each virtual method below is one slot, and its default
    /// means "unsupported" (null, -1 or false), never an exception. <see cref="Ops"/> is the one place that turns an
    /// unsupported slot into the Python error (TypeError, AttributeError...). User classes implement the slots by
    /// looking up dunder methods (<see cref="PyInstance"/>), so the VM has one dispatch path for everything.
    /// </summary>
    /// <remarks>
    /// Objects carry no type field: built-in classes return a shared type object from <see cref="Type"/>, which
    /// saves a 12-byte heap block per object on nanoFramework. Every slot takes the interpreter, because all mutable
    /// state lives there and several interpreters can run in one process.
    /// </remarks>
    public abstract class PyObject
    {
        /// <summary>The Python type of this object.</summary>
        public abstract PyType Type { get; }

        /// <summary>repr(self). The default is &lt;typename object at 0x...&gt;.</summary>
        public virtual string Repr(Interpreter ip)
        {
            return "<" + Type.Name.Value + " object at 0x" + Ops.IdHex(this) + ">";
        }

        /// <summary>
        /// repr(self) when self is the native value of an instance of a user subclass (class S(set)): most types print
        /// as themselves; set and frozenset name the subclass, as CPython does (S({1})).
        /// </summary>
        public virtual string ReprAsSubclass(Interpreter ip, PyType subclass)
        {
            return Repr(ip);
        }

        /// <summary>str(self). The default is repr(self).</summary>
        public virtual string Str(Interpreter ip)
        {
            return Repr(ip);
        }

        /// <summary>self op other (op is a <see cref="BinaryOp"/> number, in-place forms included); null: not supported.</summary>
        public virtual PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            return null;
        }

        /// <summary>other op self, the reflected form (__radd__...); null: not supported.</summary>
        public virtual PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            return null;
        }

        /// <summary>op self (op is a <see cref="UnaryOp"/> number); null: not supported.</summary>
        public virtual PyObject UnaryOp(Interpreter ip, int op)
        {
            return null;
        }

        /// <summary>self op other for op in Lt..Ge of <see cref="CompareOp"/>; null: not supported (NotImplemented).</summary>
        public virtual PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            return null;
        }

        /// <summary>hash(self). The default is the identity hash; unhashable types raise TypeError.</summary>
        public virtual int Hash(Interpreter ip)
        {
            return Ops.IdentityHash(this);
        }

        /// <summary>bool(self): 1 true, 0 false, -1 unknown (then len() decides, else true).</summary>
        public virtual int Truth(Interpreter ip)
        {
            return -1;
        }

        /// <summary>len(self), or -1 when unsupported.</summary>
        public virtual int Length(Interpreter ip)
        {
            return -1;
        }

        /// <summary>self[key]; null: not subscriptable. A missing key raises KeyError/IndexError itself.</summary>
        public virtual PyObject GetItem(Interpreter ip, PyObject key)
        {
            return null;
        }

        /// <summary>self[key] = value; false: item assignment unsupported.</summary>
        public virtual bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            return false;
        }

        /// <summary>del self[key]; false: item deletion unsupported.</summary>
        public virtual bool DelItem(Interpreter ip, PyObject key)
        {
            return false;
        }

        /// <summary>item in self: 1 yes, 0 no, -1 unsupported (then iteration decides).</summary>
        public virtual int Contains(Interpreter ip, PyObject item)
        {
            return -1;
        }

        /// <summary>iter(self); null: not iterable (then __getitem__ iteration is tried).</summary>
        public virtual PyObject GetIter(Interpreter ip)
        {
            return null;
        }

        /// <summary>next(self) for iterators: the next item, or null when exhausted (no StopIteration for natives).</summary>
        public virtual PyObject Next(Interpreter ip)
        {
            throw new PyException(PyExc.TypeError, "'" + Type.Name.Value + "' object is not an iterator");
        }

        /// <summary>True when <see cref="Next"/> is implemented (the object is an iterator).</summary>
        public virtual bool IsIterator
        {
            get { return false; }
        }

        /// <summary>self.name; null: no such attribute (the caller raises AttributeError).</summary>
        public virtual PyObject GetAttr(Interpreter ip, PyStr name)
        {
            return Ops.GenericGetAttr(ip, this, name);
        }

        /// <summary>self.name = value; false: attribute assignment unsupported.</summary>
        public virtual bool SetAttr(Interpreter ip, PyStr name, PyObject value)
        {
            return false;
        }

        /// <summary>del self.name; false: unsupported or missing.</summary>
        public virtual bool DelAttr(Interpreter ip, PyStr name)
        {
            return false;
        }

        /// <summary>
        /// self(*args): positional arguments are args[offset..offset+count-len(kwnames)), then keyword values named
        /// by kwnames (null when there are none). Returns null when the object is not callable.
        /// </summary>
        public virtual PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return null;
        }

        /// <summary>True when <see cref="Call"/> is implemented.</summary>
        public virtual bool IsCallable
        {
            get { return false; }
        }

        /// <summary>Descriptor __get__: the value of this class attribute seen from instance (null for class access).</summary>
        public virtual PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            return this;
        }

        /// <summary>True for data descriptors (property, objects with __set__), which take precedence over instance dicts.</summary>
        public virtual bool IsDataDescriptor
        {
            get { return false; }
        }

        /// <summary>Descriptor __set__/__delete__ (value null = delete); false when not a data descriptor.</summary>
        public virtual bool DescrSet(Interpreter ip, PyObject instance, PyObject value)
        {
            return false;
        }

        /// <summary>The instance dictionary, or null when the object has none.</summary>
        public virtual PyDict InstanceDict
        {
            get { return null; }
        }

        /// <summary>For instances of user subclasses of built-in types: the built-in base value; else this object.</summary>
        public virtual PyObject NativeBase
        {
            get { return this; }
        }
    }
}
