using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// The methods str, bytes and bytearray share (CPython semantics). Each is one native function registered on the
    /// three types; it reads its receiver through <see cref="TextView"/> and answers in the receiver's kind. The
    /// methods are split by concern: searching, splitting and joining, editing, case and classification, translation.
    /// </summary>
    internal static partial class TextMethods
    {
        /// <summary>Adds the shared methods to the dictionary of str, bytes or bytearray.</summary>
        internal static void Fill(PyType t, PyDict d)
        {
            Add(d, new PyBuiltinN(t, "find", Find));
            Add(d, new PyBuiltinN(t, "rfind", RFind));
            Add(d, new PyBuiltinN(t, "index", Index));
            Add(d, new PyBuiltinN(t, "rindex", RIndex));
            Add(d, new PyBuiltinN(t, "count", Count));
            Add(d, new PyBuiltinN(t, "startswith", StartsWith));
            Add(d, new PyBuiltinN(t, "endswith", EndsWith));
            Add(d, new PyBuiltinN(t, "split", Split));
            Add(d, new PyBuiltinN(t, "rsplit", RSplit));
            Add(d, new PyBuiltinN(t, "splitlines", SplitLines));
            Add(d, new PyBuiltin2(t, "partition", Partition));
            Add(d, new PyBuiltin2(t, "rpartition", RPartition));
            Add(d, new PyBuiltin2(t, "join", Join));
            Add(d, new PyBuiltin2(t, "strip", Strip, 1));
            Add(d, new PyBuiltin2(t, "lstrip", LStrip, 1));
            Add(d, new PyBuiltin2(t, "rstrip", RStrip, 1));
            Add(d, new PyBuiltinN(t, "replace", Replace));
            Add(d, new PyBuiltin3(t, "center", Center, 2));
            Add(d, new PyBuiltin3(t, "ljust", LJust, 2));
            Add(d, new PyBuiltin3(t, "rjust", RJust, 2));
            Add(d, new PyBuiltin2(t, "zfill", ZFill));
            Add(d, new PyBuiltinN(t, "expandtabs", ExpandTabs));
            Add(d, new PyBuiltin2(t, "removeprefix", RemovePrefix));
            Add(d, new PyBuiltin2(t, "removesuffix", RemoveSuffix));
            Add(d, new PyBuiltin1(t, "upper", Upper));
            Add(d, new PyBuiltin1(t, "lower", Lower));
            Add(d, new PyBuiltin1(t, "capitalize", Capitalize));
            Add(d, new PyBuiltin1(t, "title", Title));
            Add(d, new PyBuiltin1(t, "swapcase", SwapCase));
            Add(d, new PyBuiltin1(t, "isdigit", IsDigit));
            Add(d, new PyBuiltin1(t, "isalpha", IsAlpha));
            Add(d, new PyBuiltin1(t, "isalnum", IsAlnum));
            Add(d, new PyBuiltin1(t, "isspace", IsSpace));
            Add(d, new PyBuiltin1(t, "isupper", IsUpper));
            Add(d, new PyBuiltin1(t, "islower", IsLower));
            Add(d, new PyBuiltin1(t, "istitle", IsTitle));
            Add(d, new PyBuiltin1(t, "isascii", IsAscii));
            SlotMethods.FillSequence(t, d);
        }

        /// <summary>Adds a function under its own name.</summary>
        internal static void Add(PyDict d, PyBuiltinFunction f)
        {
            d.SetName(f.Name, f);
        }

        /// <summary>
        /// Checks the arguments of a method that takes only positional ones: returns their number (self excluded), or
        /// raises CPython's TypeError for keywords or a count outside [min, max].
        /// </summary>
        internal static int Positional(int count, PyTuple kwnames, string name, int min, int max)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw TextErrors.Type(name + "() takes no keyword arguments");
            }

            int n = count - 1;
            if (n > max)
            {
                throw TextErrors.Arity(name, "at most", max, n);
            }

            if (n < min)
            {
                throw TextErrors.Arity(name, "at least", min, n);
            }

            return n;
        }

        /// <summary>The i-th argument after self, or null when not given.</summary>
        internal static PyObject Opt(PyObject[] args, int offset, int count, int i)
        {
            return i < count ? args[offset + i] : null;
        }

        /// <summary>An int argument clamped to the int range (sizes and counts).</summary>
        internal static int IntArg(Interpreter ip, PyObject o)
        {
            long v = Ops.Index(ip, o);
            return v > int.MaxValue ? int.MaxValue : v < int.MinValue ? int.MinValue : (int)v;
        }
    }
}
