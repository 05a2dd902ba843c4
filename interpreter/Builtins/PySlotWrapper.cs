using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// A dunder method of a built-in type that calls one of the type's slots (list.__getitem__ calls GetItem, and so
    /// on): what user subclasses reach through super() or an explicit base-class call. One class serves every dunder;
    /// the kind selects the slot and, for operators, the operator number. Self arrives unwrapped to the native value
    /// (see <see cref="PyBuiltinFunction"/>); a result that is that native value is returned as the original object,
    /// so in-place operators of subclasses keep returning the subclass instance.
    /// </summary>
    public sealed class PySlotWrapper : PyBuiltinFunction
    {
        /// <summary>__repr__.</summary>
        public const int KindRepr = 0;

        /// <summary>__len__.</summary>
        public const int KindLen = 1;

        /// <summary>__iter__.</summary>
        public const int KindIter = 2;

        /// <summary>__next__.</summary>
        public const int KindNext = 3;

        /// <summary>__hash__.</summary>
        public const int KindHash = 4;

        /// <summary>__reversed__.</summary>
        public const int KindReversed = 5;

        /// <summary>__getitem__.</summary>
        public const int KindGetItem = 6;

        /// <summary>__delitem__.</summary>
        public const int KindDelItem = 7;

        /// <summary>__contains__.</summary>
        public const int KindContains = 8;

        /// <summary>A binary operator (forward or in-place; the operator number is the op).</summary>
        public const int KindBinary = 9;

        /// <summary>A reflected binary operator (__radd__...).</summary>
        public const int KindReflected = 10;

        /// <summary>A rich comparison (the op is a <see cref="CompareOp"/>).</summary>
        public const int KindCompare = 11;

        /// <summary>__setitem__.</summary>
        public const int KindSetItem = 12;

        private readonly int _kind;
        private readonly int _op;

        /// <summary>A wrapper named by a static name id, calling the slot of a kind.</summary>
        public PySlotWrapper(PyType owner, int nameId, int kind, int op)
            : base(Names.Text(nameId), owner, Arity(kind), Arity(kind))
        {
            _kind = kind;
            _op = op;
        }

        private static int Arity(int kind)
        {
            return kind < KindGetItem ? 1 : kind < KindSetItem ? 2 : 3;
        }

        /// <summary>Adds a wrapper of a kind to a type dictionary under the static name nameId.</summary>
        public static void Add(PyType owner, PyDict d, int nameId, int kind)
        {
            d.SetName(nameId, new PySlotWrapper(owner, nameId, kind, 0));
        }

        /// <summary>Adds the six rich comparisons (__lt__ .. __ge__).</summary>
        public static void AddCompares(PyType owner, PyDict d)
        {
            // ORDER: CompareOp -- __lt__ + op names the comparison op.
            for (int op = CompareOp.Lt; op <= CompareOp.Ge; op++)
            {
                d.SetName(Names.__lt__ + op, new PySlotWrapper(owner, Names.__lt__ + op, KindCompare, op));
            }
        }

        /// <summary>Adds the forward dunder of a binary operator and, when inplace is set, its in-place form.</summary>
        public static void AddBinary(PyType owner, PyDict d, int op, bool inplace)
        {
            // ORDER: BinaryOp -- __add__ + op, __iadd__ + op.
            d.SetName(Names.__add__ + op, new PySlotWrapper(owner, Names.__add__ + op, KindBinary, op));
            if (inplace)
            {
                d.SetName(Names.__iadd__ + op, new PySlotWrapper(owner, Names.__iadd__ + op, KindBinary, op + Runtime.BinaryOp.InplaceOffset));
            }
        }

        /// <summary>Adds the reflected dunder of a binary operator (__rmul__...).</summary>
        public static void AddReflected(PyType owner, PyDict d, int op)
        {
            d.SetName(Names.__radd__ + op, new PySlotWrapper(owner, Names.__radd__ + op, KindReflected, op));
        }

        /// <summary>Adds __iter__ and __next__ (for iterator types).</summary>
        public static void AddIterator(PyType owner, PyDict d)
        {
            Add(owner, d, Names.__iter__, KindIter);
            Add(owner, d, Names.__next__, KindNext);
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw NoKeywords();
            }

            if (count != MaxArgs)
            {
                throw ArityError(count);
            }

            PyObject original = args[offset];
            PyObject self = CheckSelf(original);
            PyObject a = count > 1 ? args[offset + 1] : null;
            PyObject r;
            switch (_kind)
            {
                case KindRepr:
                    return new PyStr(Ops.Repr(ip, self));
                case KindLen:
                    return PyInt.Get(Ops.Len(ip, self));
                case KindIter:
                    r = Ops.GetIter(ip, self);
                    break;
                case KindNext:
                    r = Ops.Next(ip, self);
                    if (r == null)
                    {
                        throw new PyException(PyExc.StopIteration);
                    }

                    break;
                case KindHash:
                    return PyInt.Get(Ops.Hash(ip, self));
                case KindReversed:
                    return PyReversed.Create(ip, self);
                case KindGetItem:
                    if (ReferenceEquals(Owner, PyTypes.Dict) && original is PyInstance)
                    {
                        return DictMethods.SubclassGetItem(ip, original, (PyDict)self, a);
                    }

                    return Ops.GetItem(ip, self, a);
                case KindDelItem:
                    Ops.DelItem(ip, self, a);
                    return PyNone.Value;
                case KindContains:
                    return PyBool.Of(Ops.Contains(ip, self, a));
                case KindSetItem:
                    Ops.SetItem(ip, self, a, args[offset + 2]);
                    return PyNone.Value;
                case KindBinary:
                    r = self.BinaryOp(ip, _op, Unwrap(a));
                    break;
                case KindReflected:
                    r = self.ReflectedBinaryOp(ip, _op, Unwrap(a));
                    break;
                default:
                    r = self.RichCompare(ip, _op, Unwrap(a));
                    break;
            }

            if (r == null)
            {
                if (_kind != KindCompare && (ReferenceEquals(Owner, PyTypes.List) || ReferenceEquals(Owner, PyTypes.Tuple)))
                {
                    r = SequenceOperator(ip, self, a);
                }
                else
                {
                    return PyNotImplemented.Value;
                }
            }

            return ReferenceEquals(r, self) ? original : r;
        }

        // list and tuple operators called as methods raise instead of returning NotImplemented (CPython's sequence
        // slots): + needs the same type; * takes any object with __index__.
        private PyObject SequenceOperator(Interpreter ip, PyObject self, PyObject a)
        {
            int op = _op >= Runtime.BinaryOp.InplaceOffset ? _op - Runtime.BinaryOp.InplaceOffset : _op;
            if (op != Runtime.BinaryOp.Multiply)
            {
                string t = Owner.Name.Value;
                throw new PyException(PyExc.TypeError, "can only concatenate " + t + " (not \"" + a.Type.Name.Value + "\") to " + t);
            }

            PyInt n = PyInt.Get(Ops.Index(ip, a));
            return (_kind == KindReflected ? self.ReflectedBinaryOp(ip, _op, n) : self.BinaryOp(ip, _op, n)) ?? PyNotImplemented.Value;
        }

        private static PyObject Unwrap(PyObject o)
        {
            return o is PyInstance ? o.NativeBase : o;
        }
    }
}
