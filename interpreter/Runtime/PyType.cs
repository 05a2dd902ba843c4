namespace NanoPython.Runtime
{
    /// <summary>Fills a built-in type's dictionary with its methods when the dictionary is first needed.</summary>
    public delegate void TypeDictFiller(PyType type, PyDict dict);

    /// <summary>
    /// Creates an instance of a built-in type (its native __new__): cls is the type asked for, which may be a user
    /// subclass, in which case the implementation wraps the native value (see <see cref="PyInstance"/>).
    /// </summary>
    public delegate PyObject NativeNew(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames);

    /// <summary>
    /// Python type objects, built-in and user-defined. A built-in type's dictionary is built on first use by the
    /// registered <see cref="TypeDictFiller"/>s. User classes keep an attribute lookup cache that is dropped whenever
    /// any class is modified. The method resolution order is MicroPython's: depth-first, left to right, first
    /// occurrence kept, object last.
    /// </summary>
    public partial class PyType : PyObject
    {
        /// <summary>A user-defined class.</summary>
        public const int FlagUserClass = 1;

        /// <summary>The type may be subclassed.</summary>
        public const int FlagBaseType = 2;

        /// <summary>Instances are <see cref="PyBaseException"/> objects.</summary>
        public const int FlagException = 4;

        /// <summary>The class or a base defines __getattr__.</summary>
        public const int FlagHasGetAttr = 8;

        /// <summary>The class or a base defines __setattr__ or __delattr__.</summary>
        public const int FlagHasSetAttr = 16;

        /// <summary>The class or a base defines __getattribute__.</summary>
        public const int FlagHasGetAttribute = 32;

        private static readonly object s_fillLock = new object();
        private static TypeDictFiller[] s_fillers = new TypeDictFiller[0];
        private static PyType[] s_built = new PyType[0];
        private static int s_epoch;
        private static readonly PyObject s_missing = PyTuple.Empty;

        /// <summary>The type's name.</summary>
        public PyStr Name;


        /// <summary>The method resolution order, starting with this type.</summary>
        public PyType[] Mro;

        /// <summary>The built-in type whose native object holds instance state (object for plain classes).</summary>
        public PyType NativeType
        {
            get
            {
                UserPart u = _user;
                return u != null && u.NativeType != null ? u.NativeType : this;
            }
        }

        /// <summary>Flags (FlagUserClass...).</summary>
        public int Flags;

        /// <summary>Native __new__ of a built-in type (null: inherit from the base).</summary>
        public NativeNew New;

        private PyDict _dict;

        // What only user classes (and types built like them) have: null for built-in types, which keeps each of the
        // ~130 built-in types that nanoFramework creates at start-up four fields (48 bytes) smaller.
        private UserPart _user;

        /// <summary>The qualified name (__qualname__); a built-in type's is its name.</summary>
        public PyStr QualName
        {
            get
            {
                UserPart u = _user;
                return u != null && u.QualName != null ? u.QualName : Name;
            }

            set
            {
                User.QualName = value;
            }
        }

        /// <summary>
        /// The base classes. A built-in type has one base (or none for object), the second entry of its MRO: the tuple
        /// is made when asked for rather than kept.
        /// </summary>
        public PyTuple Bases
        {
            get
            {
                UserPart u = _user;
                if (u != null && u.Bases != null)
                {
                    return u.Bases;
                }

                return Mro.Length > 1 ? PyTuple.Of(Mro[1]) : PyTuple.Empty;
            }
        }

        private UserPart User
        {
            get
            {
                UserPart u = _user;
                if (u == null)
                {
                    u = new UserPart();
                    _user = u;
                }

                return u;
            }
        }

        /// <summary>A built-in type with one base (null for object).</summary>
        public PyType(string name, PyType baseType, int flags)
        {
            Name = Intern.Get(name);
            Flags = flags;
            if (baseType == null)
            {
                Mro = new PyType[] { this };
            }
            else
            {
                Mro = new PyType[baseType.Mro.Length + 1];
                Mro[0] = this;
                System.Array.Copy(baseType.Mro, 0, Mro, 1, baseType.Mro.Length);
                if ((baseType.Flags & FlagException) != 0)
                {
                    Flags |= FlagException;
                }
            }
        }

        /// <summary>A user class (see ClassBuilder): dictionary, bases and MRO are given.</summary>
        public PyType(PyStr name, PyTuple bases, PyType[] mro, PyDict dict, PyType metatype, PyType nativeType, int flags)
        {
            Name = name;
            UserPart u = new UserPart();
            u.QualName = name;
            u.Bases = bases;
            u.Metatype = metatype;
            _user = u;
            Mro = mro;
            _dict = dict;
            u.NativeType = nativeType;
            Flags = flags;
        }

        /// <summary>Registers a filler of built-in type dictionaries (at start-up, before any interpreter runs).</summary>
        public static void AddFiller(TypeDictFiller filler)
        {
            lock (s_fillLock)
            {
                TypeDictFiller[] a = new TypeDictFiller[s_fillers.Length + 1];
                System.Array.Copy(s_fillers, a, s_fillers.Length);
                a[s_fillers.Length] = filler;
                s_fillers = a;

                // Dictionaries already built (an assembly installed late, as tests can do) get the new methods too.
                for (int i = 0; i < s_built.Length; i++)
                {
                    filler(s_built[i], s_built[i]._dict);
                }

                InvalidateCaches();
            }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get
            {
                UserPart u = _user;
                return u != null && u.Metatype != null ? u.Metatype : PyTypes.Type;
            }
        }

        /// <summary>True for user-defined classes.</summary>
        public bool IsUserClass
        {
            get { return (Flags & FlagUserClass) != 0; }
        }

        /// <summary>The type's own dictionary (built on first use for built-in types).</summary>
        public PyDict Dict
        {
            get
            {
                PyDict d = _dict;
                if (d == null)
                {
                    d = BuildDict();
                }

                return d;
            }
        }

        private PyDict BuildDict()
        {
            lock (s_fillLock)
            {
                if (_dict == null)
                {
                    PyDict d = new PyDict();
                    TypeDictFiller[] fillers = s_fillers;
                    for (int i = 0; i < fillers.Length; i++)
                    {
                        fillers[i](this, d);
                    }

                    _dict = d;
                    PyType[] b = new PyType[s_built.Length + 1];
                    System.Array.Copy(s_built, b, s_built.Length);
                    b[s_built.Length] = this;
                    s_built = b;
                }

                return _dict;
            }
        }

        /// <summary>Called whenever a class dictionary or hierarchy changes: drops every lookup cache.</summary>
        public static void InvalidateCaches()
        {
            s_epoch++;
        }

        /// <summary>The lookup-cache epoch: a cached result of <see cref="Lookup(PyStr)"/> is valid while it is unchanged.</summary>
        public static int Epoch
        {
            get { return s_epoch; }
        }

        /// <summary>Whether this type is t or a subclass of t.</summary>
        public bool IsSubtypeOf(PyType t)
        {
            if (ReferenceEquals(this, t))
            {
                return true;
            }

            PyType[] mro = Mro;
            for (int i = 1; i < mro.Length; i++)
            {
                if (ReferenceEquals(mro[i], t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Finds an attribute along the MRO (no descriptor binding); null when absent.</summary>
        public PyObject Lookup(PyStr name)
        {
            PyType[] mro = Mro;
            if ((Flags & FlagUserClass) == 0)
            {
                for (int i = 0; i < mro.Length; i++)
                {
                    PyObject v = mro[i].Dict.LookupName(name);
                    if (v != null)
                    {
                        return v;
                    }
                }

                return null;
            }

            UserPart user = User;
            PyDict cache = user.Cache;
            if (cache == null || user.CacheEpoch != s_epoch)
            {
                cache = new PyDict();
                user.Cache = cache;
                user.CacheEpoch = s_epoch;
            }
            else
            {
                PyObject c = cache.LookupName(name);
                if (c != null)
                {
                    return ReferenceEquals(c, s_missing) ? null : c;
                }
            }

            PyObject found = null;
            for (int i = 0; i < mro.Length; i++)
            {
                found = mro[i].Dict.LookupName(name);
                if (found != null)
                {
                    break;
                }
            }

            cache.SetName(Intern.Get(name), found ?? s_missing);
            return found;
        }

        /// <summary>Finds a static name along the MRO.</summary>
        public PyObject Lookup(int nameId)
        {
            return Lookup(Names.Get(nameId));
        }

        /// <summary>Finds an attribute along the MRO starting after the given type (for super()).</summary>
        public PyObject LookupAfter(PyType after, PyStr name, out PyType owner)
        {
            PyType[] mro = Mro;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], after))
            {
                i++;
            }

            for (i++; i < mro.Length; i++)
            {
                PyObject v = mro[i].Dict.LookupName(name);
                if (v != null)
                {
                    owner = mro[i];
                    return v;
                }
            }

            owner = null;
            return null;
        }

        /// <summary>The closest built-in base whose instances are native objects (object, int, list, ...).</summary>
        public PyType FindNativeNew(out NativeNew fn)
        {
            PyType[] mro = Mro;
            for (int i = 0; i < mro.Length; i++)
            {
                if (mro[i].New != null)
                {
                    fn = mro[i].New;
                    return mro[i];
                }
            }

            fn = null;
            return null;
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            if (IsUserClass)
            {
                PyObject m = _dict != null ? _dict.LookupName(Names.Get(Names.__module__)) : null;
                PyStr ms = m as PyStr;
                if (ms != null && ms.Value != "builtins")
                {
                    return "<class '" + ms.Value + "." + QualName.Value + "'>";
                }
            }

            return "<class '" + Name.Value + "'>";
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return Ops.IdentityHash(this);
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        // The fields of a user class that built-in types do without.
        private sealed class UserPart
        {
            public PyStr QualName;
            public PyTuple Bases;
            public PyType Metatype;
            public PyType NativeType;
            public PyDict Cache;
            public int CacheEpoch;
        }
    }
}
