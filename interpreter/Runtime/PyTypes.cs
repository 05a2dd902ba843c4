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

        /// <summary>coroutine.</summary>
        public static readonly PyType Coroutine = new PyType("coroutine", Object, 0);

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

        /// <summary>list iterator.</summary>
        public static readonly PyType ListIterator = new PyType("list_iterator", Object, 0);

        /// <summary>tuple iterator.</summary>
        public static readonly PyType TupleIterator = new PyType("tuple_iterator", Object, 0);

        /// <summary>str iterator.</summary>
        public static readonly PyType StrIterator = new PyType("str_iterator", Object, 0);

        /// <summary>range iterator.</summary>
        public static readonly PyType RangeIterator = new PyType("range_iterator", Object, 0);

        /// <summary>set iterator.</summary>
        public static readonly PyType SetIterator = new PyType("set_iterator", Object, 0);

        /// <summary>dict key iterator.</summary>
        public static readonly PyType DictKeyIterator = new PyType("dict_keyiterator", Object, 0);

        /// <summary>dict value iterator.</summary>
        public static readonly PyType DictValueIterator = new PyType("dict_valueiterator", Object, 0);

        /// <summary>dict item iterator.</summary>
        public static readonly PyType DictItemIterator = new PyType("dict_itemiterator", Object, 0);

        /// <summary>Other iterators (callable iterators, the sequence protocol, builtins such as map and zip).</summary>
        public static readonly PyType Iterator = new PyType("iterator", Object, 0);

        /// <summary>dict_keys view.</summary>
        public static readonly PyType DictKeys = new PyType("dict_keys", Object, 0);

        /// <summary>dict_values view.</summary>
        public static readonly PyType DictValues = new PyType("dict_values", Object, 0);

        /// <summary>dict_items view.</summary>
        public static readonly PyType DictItems = new PyType("dict_items", Object, 0);
    }
}
