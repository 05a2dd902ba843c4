using NanoPython.Runtime;

namespace NanoPython.Text
{
    internal static partial class TextMethods
    {
        private const int ModeFind = 0;
        private const int ModeRFind = 1;
        private const int ModeIndex = 2;
        private const int ModeRIndex = 3;
        private const int ModeCount = 4;

        private static PyObject Find(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Search(ip, args, offset, count, kwnames, "find", ModeFind);
        }

        private static PyObject RFind(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Search(ip, args, offset, count, kwnames, "rfind", ModeRFind);
        }

        private static PyObject Index(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Search(ip, args, offset, count, kwnames, "index", ModeIndex);
        }

        private static PyObject RIndex(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Search(ip, args, offset, count, kwnames, "rindex", ModeRIndex);
        }

        private static PyObject Count(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Search(ip, args, offset, count, kwnames, "count", ModeCount);
        }

        // find, rfind, index, rindex and count: (sub[, start[, end]]); bytes also take an int needle.
        private static PyObject Search(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, string name, int mode)
        {
            Positional(count, kwnames, name, 1, 3);
            TextView v = TextView.Of(args[offset]);
            TextView needle = Needle(ip, v, args[offset + 1]);
            int s, e;
            v.Range(ip, Opt(args, offset, count, 2), Opt(args, offset, count, 3), out s, out e);
            if (mode == ModeCount)
            {
                if (s > v.Length || s > e)
                {
                    return PyInt.Zero;
                }

                if (needle.Length == 0)
                {
                    // The empty string occurs between every two code points and at both ends.
                    return PyInt.Get(v.ToCodePoint(e) - v.ToCodePoint(s) + 1);
                }

                return PyInt.Get(v.CountOf(needle, s, e, int.MaxValue));
            }

            int r = (mode & 1) == 0 ? v.Find(needle, s, e) : v.RFind(needle, s, e);
            if (r < 0 && mode >= ModeIndex)
            {
                throw TextErrors.Value(v.IsStr ? TextErrors.SubstringNotFound : TextErrors.SubsectionNotFound);
            }

            return PyInt.Get(v.ToCodePoint(r));
        }

        // The needle of find and friends: a str for str; bytes-like or an int in range(256) for bytes.
        private static TextView Needle(Interpreter ip, TextView v, PyObject o)
        {
            if (!v.IsStr && (o is PyInt || (!(o is PyStr) && Ops.HasIndex(ip, o))))
            {
                long b = Ops.Index(ip, o);
                if (b < 0 || b > 255)
                {
                    throw TextErrors.Value(TextErrors.ByteRange);
                }

                return TextView.OfBytes(new byte[] { (byte)b }, 0, 1, TextView.KindBytes, null);
            }

            if (!v.IsStr)
            {
                byte[] data;
                int offset, count;
                if (!BufferProtocol.Get(o, out data, out offset, out count))
                {
                    throw TextErrors.Type("argument should be integer or bytes-like object, not '" + TextErrors.TypeName(o) + "'");
                }

                return TextView.OfBytes(data, offset, count, TextView.KindBytes, null);
            }

            return v.Arg(o, null);
        }

        private static PyObject StartsWith(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Affix(ip, args, offset, count, kwnames, "startswith", false);
        }

        private static PyObject EndsWith(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Affix(ip, args, offset, count, kwnames, "endswith", true);
        }

        // startswith and endswith: (prefix-or-tuple[, start[, end]]).
        private static PyObject Affix(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, string name, bool end)
        {
            Positional(count, kwnames, name, 1, 3);
            TextView v = TextView.Of(args[offset]);
            int s, e;
            v.Range(ip, Opt(args, offset, count, 2), Opt(args, offset, count, 3), out s, out e);
            PyObject p = args[offset + 1];
            PyTuple options = p as PyTuple;
            int n = options == null ? 1 : options.Items.Length;
            for (int i = 0; i < n; i++)
            {
                PyObject o = options == null ? p : options.Items[i];
                TextView a;
                if (v.IsStr && !(o is PyStr) && !(o.NativeBase is PyStr))
                {
                    throw TextErrors.Expected(options == null ? name + " first arg must be str or a tuple of str, not " : "tuple for " + name + " must only contain str, not ", o);
                }

                if (!v.IsStr && options == null && !BufferProtocol.Get(o, out _, out _, out _))
                {
                    throw TextErrors.Expected(name + " first arg must be bytes or a tuple of bytes, not ", o);
                }

                a = v.Arg(o, null);
                if (s <= v.Length && e - s >= a.Length && v.MatchAt(end ? e - a.Length : s, a))
                {
                    return PyBool.True;
                }
            }

            return PyBool.False;
        }
    }
}
