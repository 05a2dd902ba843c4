namespace NanoPython.Runtime
{
    /// <summary>
    /// A function implemented in C#. Subclasses hold a fixed-arity delegate (0 to 3 arguments, optional trailing ones
    /// passed as null) or a variable one; common calls allocate no argument array. With an <see cref="Owner"/> type the
    /// function is a method of that built-in type: it binds like a Python method, and its first argument must be an
    /// instance of the owner (instances of user subclasses are unwrapped to their native base value).
    /// </summary>
    public abstract class PyBuiltinFunction : PyObject
    {
        /// <summary>The name.</summary>
        public readonly PyStr Name;

        /// <summary>The type this is a method of, or null for a plain function.</summary>
        public readonly PyType Owner;

        /// <summary>Minimum number of positional arguments (self included for methods).</summary>
        public readonly int MinArgs;

        /// <summary>Maximum number of positional arguments (self included), or -1 for any.</summary>
        public readonly int MaxArgs;

        /// <summary>Base constructor.</summary>
        protected PyBuiltinFunction(string name, PyType owner, int minArgs, int maxArgs)
        {
            Name = Intern.Get(name);
            Owner = owner;
            MinArgs = minArgs;
            MaxArgs = maxArgs;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.BuiltinFunction; }
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (Owner != null)
            {
                return "<method '" + Name.Value + "' of '" + Owner.Name.Value + "' objects>";
            }

            return "<built-in function " + Name.Value + ">";
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            if (Owner == null || instance == null)
            {
                return this;
            }

            return new PyBoundMethod(this, instance);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name == Names.Get(Names.__name__) || name == Names.Get(Names.__qualname__))
            {
                return Name;
            }

            return base.GetAttr(ip, name);
        }

        /// <summary>Raises the arity error of this function.</summary>
        protected PyException ArityError(int given)
        {
            int min = MinArgs;
            int max = MaxArgs;
            if (Owner != null)
            {
                // Report as CPython does for methods: without self.
                min--;
                max = max < 0 ? max : max - 1;
                given--;
            }

            string expected;
            if (min == max)
            {
                expected = min == 0 ? "no arguments" : min == 1 ? "exactly one argument" : "exactly " + min + " arguments";
                if (min == 0)
                {
                    return new PyException(PyExc.TypeError, Name.Value + "() takes no arguments (" + given + " given)");
                }
            }
            else if (given < min)
            {
                expected = "at least " + min + " argument" + (min == 1 ? string.Empty : "s");
            }
            else
            {
                expected = "at most " + max + " argument" + (max == 1 ? string.Empty : "s");
            }

            return new PyException(PyExc.TypeError, Name.Value + "() takes " + expected + " (" + given + " given)");
        }

        /// <summary>Raises "takes no keyword arguments".</summary>
        protected PyException NoKeywords()
        {
            return new PyException(PyExc.TypeError, Name.Value + "() takes no keyword arguments");
        }

        /// <summary>The self argument of a method call, checked against the owner and unwrapped to its native base.</summary>
        protected PyObject CheckSelf(PyObject self)
        {
            PyType t = self.Type;
            if (ReferenceEquals(t, Owner))
            {
                return self;
            }

            PyObject nb = self.NativeBase;
            if (!ReferenceEquals(nb, self) && nb.Type.IsSubtypeOf(Owner))
            {
                return nb;
            }

            if (t.IsSubtypeOf(Owner))
            {
                return self;
            }

            throw new PyException(PyExc.TypeError, "descriptor '" + Name.Value + "' for '" + Owner.Name.Value + "' objects doesn't apply to a '" + t.Name.Value + "' object");
        }
    }
}
