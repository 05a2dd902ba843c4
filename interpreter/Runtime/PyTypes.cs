namespace NanoPython.Runtime
{
    /// <summary>
    /// The built-in type objects. They are immutable after start-up (their dictionaries are built lazily from the
    /// registered fillers), so all interpreters of a process share them.
    /// </summary>
    public static class PyTypes
    {
        private const int B = PyType.FlagBaseType;

        /// <summary>object.</summary>
        public static readonly PyType Object = new PyType("object", null, B);

        /// <summary>type.</summary>
        public static readonly PyType Type = new PyType("type", Object, B);

        /// <summary>int.</summary>
        public static readonly PyType Int = new PyType("int", Object, B);

        /// <summary>bool.</summary>
        public static readonly PyType Bool = new PyType("bool", Int, 0);

        /// <summary>float.</summary>
        public static readonly PyType Float = new PyType("float", Object, B);

        /// <summary>str.</summary>
        public static readonly PyType Str = new PyType("str", Object, B);

        /// <summary>bytes.</summary>
        public static readonly PyType Bytes = new PyType("bytes", Object, B);

        /// <summary>bytearray.</summary>
        public static readonly PyType ByteArray = new PyType("bytearray", Object, B);

        /// <summary>tuple.</summary>
        public static readonly PyType Tuple = new PyType("tuple", Object, B);

        /// <summary>list.</summary>
        public static readonly PyType List = new PyType("list", Object, B);

        /// <summary>dict.</summary>
        public static readonly PyType Dict = new PyType("dict", Object, B);

        /// <summary>set.</summary>
        public static readonly PyType Set = new PyType("set", Object, B);

        /// <summary>frozenset.</summary>
        public static readonly PyType FrozenSet = new PyType("frozenset", Object, B);

        /// <summary>range.</summary>
        public static readonly PyType Range = new PyType("range", Object, 0);

        /// <summary>slice.</summary>
        public static readonly PyType Slice = new PyType("slice", Object, 0);

        /// <summary>NoneType.</summary>
        public static readonly PyType NoneType = new PyType("NoneType", Object, 0);

        /// <summary>NotImplementedType.</summary>
        public static readonly PyType NotImplementedType = new PyType("NotImplementedType", Object, 0);

        /// <summary>ellipsis.</summary>
        public static readonly PyType Ellipsis = new PyType("ellipsis", Object, 0);

        /// <summary>function.</summary>
        public static readonly PyType Function = new PyType("function", Object, 0);

        /// <summary>bound method.</summary>
        public static readonly PyType BoundMethod = new PyType("bound_method", Object, 0);

        /// <summary>builtin function or method.</summary>
        public static readonly PyType BuiltinFunction = new PyType("function", Object, 0);

        /// <summary>generator.</summary>
        public static readonly PyType Generator = new PyType("generator", Object, 0);

        /// <summary>module.</summary>
        public static readonly PyType Module = new PyType("module", Object, 0);

        /// <summary>cell.</summary>
        public static readonly PyType Cell = new PyType("cell", Object, 0);

        /// <summary>code.</summary>
        public static readonly PyType Code = new PyType("code", Object, 0);

        /// <summary>property.</summary>
        public static readonly PyType Property = new PyType("property", Object, B);

        /// <summary>staticmethod.</summary>
        public static readonly PyType StaticMethod = new PyType("staticmethod", Object, B);

        /// <summary>classmethod.</summary>
        public static readonly PyType ClassMethod = new PyType("classmethod", Object, B);

        /// <summary>super.</summary>
        public static readonly PyType Super = new PyType("super", Object, 0);

        // Types most programs never meet are created on first use (nanoFramework runs static initialisers when it loads
        // the assembly): a property reads a slot and makes the type when the slot is empty.
        private static readonly object s_lock = new object();
        private static readonly PyType[] s_lazy = new PyType[13];

        /// <summary>list iterator.</summary>
        public static PyType ListIterator
        {
            get { return s_lazy[0] ?? CreateLazy(0); }
        }

        /// <summary>tuple iterator.</summary>
        public static PyType TupleIterator
        {
            get { return s_lazy[1] ?? CreateLazy(1); }
        }

        /// <summary>str iterator.</summary>
        public static PyType StrIterator
        {
            get { return s_lazy[2] ?? CreateLazy(2); }
        }

        /// <summary>range iterator.</summary>
        public static PyType RangeIterator
        {
            get { return s_lazy[3] ?? CreateLazy(3); }
        }

        /// <summary>set iterator.</summary>
        public static PyType SetIterator
        {
            get { return s_lazy[4] ?? CreateLazy(4); }
        }

        /// <summary>dict key iterator.</summary>
        public static PyType DictKeyIterator
        {
            get { return s_lazy[5] ?? CreateLazy(5); }
        }

        /// <summary>dict value iterator.</summary>
        public static PyType DictValueIterator
        {
            get { return s_lazy[6] ?? CreateLazy(6); }
        }

        /// <summary>dict item iterator.</summary>
        public static PyType DictItemIterator
        {
            get { return s_lazy[7] ?? CreateLazy(7); }
        }

        /// <summary>Other iterators (callable iterators, the sequence protocol, builtins such as map and zip).</summary>
        public static PyType Iterator
        {
            get { return s_lazy[8] ?? CreateLazy(8); }
        }

        /// <summary>dict_keys view.</summary>
        public static PyType DictKeys
        {
            get { return s_lazy[9] ?? CreateLazy(9); }
        }

        /// <summary>dict_values view.</summary>
        public static PyType DictValues
        {
            get { return s_lazy[10] ?? CreateLazy(10); }
        }

        /// <summary>dict_items view.</summary>
        public static PyType DictItems
        {
            get { return s_lazy[11] ?? CreateLazy(11); }
        }

        /// <summary>coroutine.</summary>
        public static PyType Coroutine
        {
            get { return s_lazy[12] ?? CreateLazy(12); }
        }

        /// <summary>Whether t is one of the built-in iterator types of this class (without creating any).</summary>
        public static bool IsIteratorType(PyType t)
        {
            for (int i = 0; i <= 8; i++)
            {
                if (ReferenceEquals(t, s_lazy[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether t is dict_keys, dict_values or dict_items (without creating any).</summary>
        public static bool IsDictViewType(PyType t)
        {
            return ReferenceEquals(t, s_lazy[9]) || ReferenceEquals(t, s_lazy[10]) || ReferenceEquals(t, s_lazy[11]);
        }

        /// <summary>Whether t is coroutine (without creating it).</summary>
        public static bool IsCoroutineType(PyType t)
        {
            return ReferenceEquals(t, s_lazy[12]);
        }

        private static PyType CreateLazy(int i)
        {
            string name;
            switch (i)
            {
                case 0:
                    name = "list_iterator";
                    break;
                case 1:
                    name = "tuple_iterator";
                    break;
                case 2:
                    name = "str_iterator";
                    break;
                case 3:
                    name = "range_iterator";
                    break;
                case 4:
                    name = "set_iterator";
                    break;
                case 5:
                    name = "dict_keyiterator";
                    break;
                case 6:
                    name = "dict_valueiterator";
                    break;
                case 7:
                    name = "dict_itemiterator";
                    break;
                case 8:
                    name = "iterator";
                    break;
                case 9:
                    name = "dict_keys";
                    break;
                case 10:
                    name = "dict_values";
                    break;
                case 11:
                    name = "dict_items";
                    break;
                case 12:
                    name = "coroutine";
                    break;
                default:
                    return null;
            }

            PyType t = new PyType(name, Object, 0);
            lock (s_lock)
            {
                if (s_lazy[i] == null)
                {
                    s_lazy[i] = t;
                }

                return s_lazy[i];
            }
        }
    }
}
