using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>The constructors and methods of set and frozenset (both are <see cref="PySet"/>).</summary>
    public static class SetMethods
    {
        /// <summary>set's native __new__: set(iterable=()); a subclass gets an empty value that __init__ fills.</summary>
        public static PyObject NewSet(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (!ReferenceEquals(cls, PyTypes.Set))
            {
                return new PyInstance(cls, new PySet(false));
            }

            CheckArgs("set", count, kwnames);
            PySet s = new PySet(false);
            if (count == 1)
            {
                s.Update(ip, args[offset]);
            }

            return s;
        }

        /// <summary>frozenset's native __new__: frozenset(iterable=()) (immutable, so subclasses get the full value).</summary>
        public static PyObject NewFrozenSet(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            bool exact = ReferenceEquals(cls, PyTypes.FrozenSet);
            if (exact || kwnames != null)
            {
                CheckArgs("frozenset", count, kwnames);
            }

            PySet s;
            PySet given = count == 1 ? args[offset] as PySet : null;
            if (given != null && given.Frozen)
            {
                // frozenset(f) is f itself: it is immutable.
                s = given;
            }
            else
            {
                s = new PySet(true);
                if (count >= 1)
                {
                    s.Update(ip, args[offset]);
                }
            }

            return exact ? (PyObject)s : new PyInstance(cls, s);
        }

        private static void CheckArgs(string name, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, name + "() takes no keyword arguments");
            }

            if (count > 1)
            {
                throw new PyException(PyExc.TypeError, name + " expected at most 1 argument, got " + count);
            }
        }

        /// <summary>Fills the dictionaries of set and frozenset.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            bool mutable = ReferenceEquals(t, PyTypes.Set);
            d.SetName(Names.copy, new PyBuiltin1(t, "copy", Copy));
            d.SetName("union", new PyBuiltinN(t, "union", Union));
            d.SetName("intersection", new PyBuiltinN(t, "intersection", Intersection));
            d.SetName("difference", new PyBuiltinN(t, "difference", Difference));
            d.SetName("symmetric_difference", new PyBuiltin2(t, "symmetric_difference", SymmetricDifference));
            d.SetName("issubset", new PyBuiltin2(t, "issubset", IsSubset));
            d.SetName("issuperset", new PyBuiltin2(t, "issuperset", IsSuperset));
            d.SetName("isdisjoint", new PyBuiltin2(t, "isdisjoint", IsDisjoint));
            PySlotWrapper.Add(t, d, Names.__contains__, PySlotWrapper.KindContains);
            PySlotWrapper.Add(t, d, Names.__len__, PySlotWrapper.KindLen);
            PySlotWrapper.Add(t, d, Names.__iter__, PySlotWrapper.KindIter);
            PySlotWrapper.Add(t, d, Names.__repr__, PySlotWrapper.KindRepr);
            PySlotWrapper.AddCompares(t, d);
            PySlotWrapper.AddBinary(t, d, BinaryOp.Or, mutable);
            PySlotWrapper.AddBinary(t, d, BinaryOp.And, mutable);
            PySlotWrapper.AddBinary(t, d, BinaryOp.Subtract, mutable);
            PySlotWrapper.AddBinary(t, d, BinaryOp.Xor, mutable);
            if (!mutable)
            {
                PySlotWrapper.Add(t, d, Names.__hash__, PySlotWrapper.KindHash);
                return;
            }

            d.SetName(Names.__hash__, PyNone.Value);
            d.SetName(Names.__init__, new PyBuiltin2(t, "__init__", Init, 1));
            d.SetName(Names.add, new PyBuiltin2(t, "add", Add));
            d.SetName(Names.remove, new PyBuiltin2(t, "remove", Remove));
            d.SetName(Names.discard, new PyBuiltin2(t, "discard", Discard));
            d.SetName(Names.pop, new PyBuiltin1(t, "pop", Pop));
            d.SetName(Names.clear, new PyBuiltin1(t, "clear", Clear));
            d.SetName(Names.update, new PyBuiltinN(t, "update", Update));
            d.SetName("intersection_update", new PyBuiltinN(t, "intersection_update", IntersectionUpdate));
            d.SetName("difference_update", new PyBuiltinN(t, "difference_update", DifferenceUpdate));
            d.SetName("symmetric_difference_update", new PyBuiltin2(t, "symmetric_difference_update", SymmetricDifferenceUpdate));
        }

        /// <summary>o as a set: itself when it is one (or a subclass instance of one), else a new set of its items.</summary>
        public static PySet AsSet(Interpreter ip, PyObject o)
        {
            PySet s = o as PySet ?? o.NativeBase as PySet;
            if (s == null)
            {
                s = new PySet(false);
                s.Update(ip, o);
            }

            return s;
        }

        /// <summary>Removes from s every item of an iterable.</summary>
        public static void RemoveAll(Interpreter ip, PySet s, PyObject iterable)
        {
            PySet o = iterable as PySet ?? iterable.NativeBase as PySet;
            if (o != null)
            {
                // Walking the slots also copes with s.difference_update(s).
                PySet src = ReferenceEquals(o, s) ? o.Copy(false) : o;
                for (int i = 0; i < src.SlotLimit; i++)
                {
                    PyObject k = src.SlotAt(i);
                    if (k != null)
                    {
                        s.Remove(ip, k);
                    }
                }

                return;
            }

            PyObject it = Ops.GetIter(ip, iterable);
            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                s.Remove(ip, x);
            }
        }

        // A set used as an element is looked up as the equal frozenset, as CPython does for remove/discard.
        private static PyObject KeyOf(PyObject k)
        {
            PySet s = k as PySet;
            return s != null && !s.Frozen ? s.Copy(true) : k;
        }

        private static PyObject Init(Interpreter ip, PyObject self, PyObject iterable)
        {
            PySet s = (PySet)self;
            s.Clear();
            if (iterable != null)
            {
                s.Update(ip, iterable);
            }

            return PyNone.Value;
        }

        private static PyObject Copy(Interpreter ip, PyObject self)
        {
            PySet s = (PySet)self;
            return s.Frozen ? s : s.Copy(false);
        }

        private static PyObject Add(Interpreter ip, PyObject self, PyObject x)
        {
            ((PySet)self).Add(ip, x);
            return PyNone.Value;
        }

        private static PyObject Remove(Interpreter ip, PyObject self, PyObject x)
        {
            if (!((PySet)self).Remove(ip, KeyOf(x)))
            {
                throw new PyException(PyExc.KeyError, x);
            }

            return PyNone.Value;
        }

        private static PyObject Discard(Interpreter ip, PyObject self, PyObject x)
        {
            ((PySet)self).Remove(ip, KeyOf(x));
            return PyNone.Value;
        }

        private static PyObject Pop(Interpreter ip, PyObject self)
        {
            PySet s = (PySet)self;
            for (int i = 0; i < s.SlotLimit; i++)
            {
                PyObject k = s.SlotAt(i);
                if (k != null)
                {
                    s.Remove(ip, k);
                    return k;
                }
            }

            throw new PyException(PyExc.KeyError, "pop from an empty set");
        }

        private static PyObject Clear(Interpreter ip, PyObject self)
        {
            ((PySet)self).Clear();
            return PyNone.Value;
        }

        private static PyObject Update(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PySet s = Self(args, offset, kwnames, "update");
            for (int i = 1; i < count; i++)
            {
                s.Update(ip, args[offset + i]);
            }

            return PyNone.Value;
        }

        private static PyObject IntersectionUpdate(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PySet s = Self(args, offset, kwnames, "intersection_update");
            for (int i = 1; i < count; i++)
            {
                // The in-place operator replaces the contents of s.
                s.BinaryOp(ip, BinaryOp.And + BinaryOp.InplaceOffset, AsSet(ip, args[offset + i]));
            }

            return PyNone.Value;
        }

        private static PyObject DifferenceUpdate(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PySet s = Self(args, offset, kwnames, "difference_update");
            for (int i = 1; i < count; i++)
            {
                RemoveAll(ip, s, args[offset + i]);
            }

            return PyNone.Value;
        }

        private static PyObject SymmetricDifferenceUpdate(Interpreter ip, PyObject self, PyObject other)
        {
            PySet s = (PySet)self;
            PySet o = AsSet(ip, other);
            Toggle(ip, s, ReferenceEquals(o, s) ? o.Copy(false) : o);
            return PyNone.Value;
        }

        // Removes from s the elements of o it has and adds the others, in o's order (CPython's algorithm, which
        // decides where colliding elements land and so the iteration order).
        private static void Toggle(Interpreter ip, PySet s, PySet o)
        {
            for (int i = 0; i < o.SlotLimit; i++)
            {
                PyObject k = o.SlotAt(i);
                if (k != null && !s.Remove(ip, k))
                {
                    s.Add(ip, k);
                }
            }
        }

        private static PyObject Union(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PySet s = Self(args, offset, kwnames, "union");
            PySet r = s.Copy(s.Frozen);
            for (int i = 1; i < count; i++)
            {
                r.Update(ip, args[offset + i]);
            }

            return r;
        }

        private static PyObject Intersection(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PySet s = Self(args, offset, kwnames, "intersection");
            PySet r = s.Copy(s.Frozen);
            for (int i = 1; i < count; i++)
            {
                r = (PySet)r.BinaryOp(ip, BinaryOp.And, AsSet(ip, args[offset + i]));
            }

            return r;
        }

        private static PyObject Difference(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PySet s = Self(args, offset, kwnames, "difference");
            PySet r = s.Copy(s.Frozen);
            for (int i = 1; i < count; i++)
            {
                RemoveAll(ip, r, args[offset + i]);
            }

            return r;
        }

        private static PyObject SymmetricDifference(Interpreter ip, PyObject self, PyObject other)
        {
            PySet s = (PySet)self;
            PySet o = other as PySet ?? other.NativeBase as PySet;
            PySet r;
            if (o != null)
            {
                r = o.Copy(s.Frozen);
            }
            else
            {
                r = new PySet(s.Frozen);
                r.Update(ip, other);
            }

            Toggle(ip, r, s);
            return r;
        }

        private static PyObject IsSubset(Interpreter ip, PyObject self, PyObject other)
        {
            return PyBool.Of(((PySet)self).IsSubsetOf(ip, AsSet(ip, other)));
        }

        private static PyObject IsSuperset(Interpreter ip, PyObject self, PyObject other)
        {
            return PyBool.Of(AsSet(ip, other).IsSubsetOf(ip, (PySet)self));
        }

        private static PyObject IsDisjoint(Interpreter ip, PyObject self, PyObject other)
        {
            PySet s = (PySet)self;
            PyObject it = Ops.GetIter(ip, other);
            PyObject x;
            while ((x = it.Next(ip)) != null)
            {
                if (s.Has(ip, x))
                {
                    return PyBool.False;
                }
            }

            return PyBool.True;
        }

        private static PySet Self(PyObject[] args, int offset, PyTuple kwnames, string name)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "set." + name + "() takes no keyword arguments");
            }

            return (PySet)args[offset];
        }
    }
}
