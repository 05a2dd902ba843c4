using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// Constant folding: arithmetic, unary and boolean operations on numeric and string constants and tuples of
    /// constants are evaluated at compile time, except where that would raise (the error must happen at run time) or
    /// build a large object ('a' * 10**9, 2 ** 10000).
    /// </summary>
    public sealed partial class CodeGen
    {
        private const int MaxFoldedLength = 256;
        private const int MaxFoldedBits = 1024;

        // The constant value of an expression, or null when it is not a foldable constant.
        private PyObject Fold(int n)
        {
            switch (_t.Kind(n))
            {
                case NodeKind.Const:
                    return (PyObject)_t.Obj(n, 0);
                case NodeKind.None:
                    return PyNone.Value;
                case NodeKind.True:
                    return PyBool.True;
                case NodeKind.False:
                    return PyBool.False;
                case NodeKind.Ellipsis:
                    return PyEllipsis.Value;
                case NodeKind.Name:
                {
                    PyStr name = (PyStr)_t.Obj(n, 0);
                    if (_scope.IsFunctionLike && (_scope.FlagsOf(name) & (Scope.Local | Scope.Cell | Scope.Free)) != 0)
                    {
                        return null;
                    }

                    return (PyObject)_consts[name];
                }

                case NodeKind.UnaryOp:
                {
                    Enter();
                    PyObject v = Fold(_t.Child(n, 1));
                    _depth--;
                    if (v == null)
                    {
                        return null;
                    }

                    int op = _t.Child(n, 0);
                    if (op == NodeKind.UnaryNot)
                    {
                        return v.Truth(_ip) != 0 ? PyBool.False : PyBool.True;
                    }

                    if (!IsNumber(v))
                    {
                        return null;
                    }

                    try
                    {
                        return v.UnaryOp(_ip, op);
                    }
                    catch (PyException)
                    {
                        return null;
                    }
                }

                case NodeKind.BinOp:
                {
                    int mark = _scratch.Count;
                    int m = n;
                    while (_t.Kind(m) == NodeKind.BinOp)
                    {
                        _scratch.Add(m);
                        m = _t.Child(m, 1);
                    }

                    PyObject v = Fold(m);
                    for (int i = _scratch.Count - 1; i >= mark && v != null; i--)
                    {
                        int b = _scratch[i];
                        Enter();
                        PyObject r = Fold(_t.Child(b, 2));
                        _depth--;
                        v = r == null ? null : FoldBinary(_t.Child(b, 0), v, r);
                    }

                    _scratch.Count = mark;
                    return v;
                }

                case NodeKind.And:
                case NodeKind.Or:
                {
                    int c = _t.Count(n);
                    PyObject v = null;
                    for (int i = 0; i < c; i++)
                    {
                        Enter();
                        v = Fold(_t.Child(n, i));
                        _depth--;
                        if (v == null)
                        {
                            return null;
                        }

                        bool truth = v.Truth(_ip) != 0;
                        if (truth == (_t.Kind(n) == NodeKind.Or))
                        {
                            // The remaining operands must still be constants for the whole to be one.
                            for (int j = i + 1; j < c; j++)
                            {
                                if (Fold(_t.Child(n, j)) == null)
                                {
                                    return null;
                                }
                            }

                            return v;
                        }
                    }

                    return v;
                }

                case NodeKind.Tuple:
                {
                    int c = _t.Count(n);
                    if (c == 0)
                    {
                        return PyTuple.Empty;
                    }

                    PyObject[] items = new PyObject[c];
                    Enter();
                    for (int i = 0; i < c; i++)
                    {
                        int e = _t.Child(n, i);
                        items[i] = _t.Kind(e) == NodeKind.Starred ? null : Fold(e);
                        if (items[i] == null)
                        {
                            _depth--;
                            return null;
                        }
                    }

                    _depth--;
                    return new PyTuple(items);
                }
            }

            return null;
        }

        private bool IsNumber(PyObject v)
        {
            return v is PyInt || v is PyFloat || v.Type.Name.Value == "complex";
        }

        private PyObject FoldBinary(int op, PyObject a, PyObject b)
        {
            if (IsNumber(a) && IsNumber(b))
            {
                PyInt ia = a as PyInt;
                PyInt ib = b as PyInt;
                if (op == BinaryOp.Power || op == BinaryOp.LShift)
                {
                    if (ib == null)
                    {
                        if (op == BinaryOp.LShift || !(a is PyFloat))
                        {
                            return null;
                        }
                    }
                    else if (ia != null)
                    {
                        long bits = BitLength(ia.Value);
                        long e = ib.Value;
                        if (e < 0 || e > MaxFoldedBits || (op == BinaryOp.Power ? bits * e : bits + e) > MaxFoldedBits)
                        {
                            // Negative powers give floats (fine); negative shifts raise: leave both to run time.
                            if (!(op == BinaryOp.Power && e < 0))
                            {
                                return null;
                            }
                        }
                    }
                    else if (!(a is PyFloat))
                    {
                        return null;
                    }
                }
            }
            else if (a is PyStr || a is PyBytes || a is PyTuple)
            {
                if (op == BinaryOp.Add)
                {
                    if (b.GetType() != a.GetType() || Length(a) + Length(b) > MaxFoldedLength * 4)
                    {
                        return null;
                    }
                }
                else if (op == BinaryOp.Multiply)
                {
                    PyInt count = b as PyInt;
                    if (count == null || b is PyBool || count.Value < 0 || count.Value * Length(a) > MaxFoldedLength)
                    {
                        return null;
                    }
                }
                else
                {
                    return null;
                }
            }
            else
            {
                return null;
            }

            try
            {
                PyObject r = a.BinaryOp(_ip, op, b);
                if (r == null)
                {
                    r = b.ReflectedBinaryOp(_ip, op, a);
                }

                return r;
            }
            catch (PyException)
            {
                return null;
            }
        }

        private static long BitLength(long v)
        {
            if (v < 0)
            {
                v = v == long.MinValue ? long.MaxValue : -v;
            }

            long n = 0;
            while (v != 0)
            {
                n++;
                v >>= 1;
            }

            return n;
        }

        private static long Length(PyObject o)
        {
            PyStr s = o as PyStr;
            if (s != null)
            {
                return s.Value.Length;
            }

            PyBytes b = o as PyBytes;
            if (b != null)
            {
                return b.Data.Length;
            }

            return ((PyTuple)o).Items.Length;
        }
    }
}
