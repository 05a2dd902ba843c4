using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// Dunder methods in the dictionaries of str, bytes, bytearray and memoryview, for code that calls them by name
    /// (str.__len__(s), super().__getitem__(i) in a subclass). They forward to the slots; the VM itself never looks them
    /// up, since native methods are not overrides.
    /// </summary>
    internal static class SlotMethods
    {
        /// <summary>Adds the sequence dunders (and the mutating ones for bytearray and memoryview).</summary>
        internal static void FillSequence(PyType t, PyDict d)
        {
            TextMethods.Add(d, new PyBuiltin1(t, "__len__", Len));
            TextMethods.Add(d, new PyBuiltin2(t, "__getitem__", GetItem));
            TextMethods.Add(d, new PyBuiltin1(t, "__iter__", Iter));
            TextMethods.Add(d, new PyBuiltin1(t, "__repr__", Repr));
            TextMethods.Add(d, new PyBuiltin2(t, "__eq__", Eq));
            TextMethods.Add(d, new PyBuiltin2(t, "__ne__", Ne));
            if (TextTypes.IsMemoryView(t))
            {
                TextMethods.Add(d, new PyBuiltin3(t, "__setitem__", SetItem));
                return;
            }

            TextMethods.Add(d, new PyBuiltin1(t, "__str__", Str));
            TextMethods.Add(d, new PyBuiltin2(t, "__contains__", Contains));
            TextMethods.Add(d, new PyBuiltin2(t, "__lt__", Lt));
            TextMethods.Add(d, new PyBuiltin2(t, "__le__", Le));
            TextMethods.Add(d, new PyBuiltin2(t, "__gt__", Gt));
            TextMethods.Add(d, new PyBuiltin2(t, "__ge__", Ge));
            TextMethods.Add(d, new PyBuiltin2(t, "__add__", Add));
            TextMethods.Add(d, new PyBuiltin2(t, "__mul__", Mul));
            TextMethods.Add(d, new PyBuiltin2(t, "__rmul__", Mul));
            TextMethods.Add(d, new PyBuiltin2(t, "__mod__", Mod));
            if (ReferenceEquals(t, PyTypes.ByteArray))
            {
                TextMethods.Add(d, new PyBuiltin3(t, "__setitem__", SetItem));
                TextMethods.Add(d, new PyBuiltin2(t, "__delitem__", DelItem));
                TextMethods.Add(d, new PyBuiltin2(t, "__iadd__", IAdd));
            }
            else
            {
                TextMethods.Add(d, new PyBuiltin1(t, "__hash__", Hash));
            }
        }

        private static PyObject Len(Interpreter ip, PyObject self)
        {
            return PyInt.Get(Ops.Len(ip, self));
        }

        private static PyObject GetItem(Interpreter ip, PyObject self, PyObject key)
        {
            return Ops.GetItem(ip, self, key);
        }

        private static PyObject SetItem(Interpreter ip, PyObject self, PyObject key, PyObject value)
        {
            Ops.SetItem(ip, self, key, value);
            return PyNone.Value;
        }

        private static PyObject DelItem(Interpreter ip, PyObject self, PyObject key)
        {
            Ops.DelItem(ip, self, key);
            return PyNone.Value;
        }

        private static PyObject Iter(Interpreter ip, PyObject self)
        {
            return Ops.GetIter(ip, self);
        }

        private static PyObject Repr(Interpreter ip, PyObject self)
        {
            return new PyStr(Ops.Repr(ip, self));
        }

        private static PyObject Str(Interpreter ip, PyObject self)
        {
            return self is PyStr ? self : new PyStr(Ops.Str(ip, self));
        }

        private static PyObject Hash(Interpreter ip, PyObject self)
        {
            return PyInt.Get(self.Hash(ip));
        }

        private static PyObject Contains(Interpreter ip, PyObject self, PyObject item)
        {
            return PyBool.Of(Ops.Contains(ip, self, item));
        }

        private static PyObject Compare(Interpreter ip, PyObject self, PyObject other, int op)
        {
            PyObject r = self.RichCompare(ip, op, other.NativeBase);
            return r ?? PyNotImplemented.Value;
        }

        private static PyObject Eq(Interpreter ip, PyObject self, PyObject other)
        {
            return Compare(ip, self, other, CompareOp.Eq);
        }

        private static PyObject Ne(Interpreter ip, PyObject self, PyObject other)
        {
            return Compare(ip, self, other, CompareOp.Ne);
        }

        private static PyObject Lt(Interpreter ip, PyObject self, PyObject other)
        {
            return Compare(ip, self, other, CompareOp.Lt);
        }

        private static PyObject Le(Interpreter ip, PyObject self, PyObject other)
        {
            return Compare(ip, self, other, CompareOp.Le);
        }

        private static PyObject Gt(Interpreter ip, PyObject self, PyObject other)
        {
            return Compare(ip, self, other, CompareOp.Gt);
        }

        private static PyObject Ge(Interpreter ip, PyObject self, PyObject other)
        {
            return Compare(ip, self, other, CompareOp.Ge);
        }

        private static PyObject Binary(Interpreter ip, PyObject self, PyObject other, int op)
        {
            PyObject r = self.BinaryOp(ip, op, other.NativeBase);
            return r ?? PyNotImplemented.Value;
        }

        private static PyObject Add(Interpreter ip, PyObject self, PyObject other)
        {
            return Binary(ip, self, other, BinaryOp.Add);
        }

        private static PyObject Mul(Interpreter ip, PyObject self, PyObject other)
        {
            return Binary(ip, self, other, BinaryOp.Multiply);
        }

        private static PyObject Mod(Interpreter ip, PyObject self, PyObject other)
        {
            // The formatting arguments stay as given: a dict subclass or an object with __getitem__ is a mapping.
            return self.BinaryOp(ip, BinaryOp.Modulo, other) ?? PyNotImplemented.Value;
        }

        private static PyObject IAdd(Interpreter ip, PyObject self, PyObject other)
        {
            return Binary(ip, self, other, BinaryOp.Add + BinaryOp.InplaceOffset);
        }
    }
}
