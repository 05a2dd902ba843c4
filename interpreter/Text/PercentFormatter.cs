using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// printf-style formatting: str % args and bytes % args, with CPython's rules. A conversion is
    /// %[(key)][flags][width][.precision][length]type with flags - + space # 0, width and precision as digits or *,
    /// length modifiers h l L ignored, types d i u o x X e E f F g G c r s a % (and b for bytes). A tuple supplies the
    /// arguments in order, anything else is one argument; a mapping (any subscriptable object but a tuple or str)
    /// also serves %(key) conversions. Numbers are formatted by the Numbers assembly through a FormatSpec, so the
    /// digits are CPython's; signs, prefixes, precision of integers and padding are applied here.
    /// </summary>
    internal sealed class PercentFormatter
    {
        private const int FlagLeft = 1;
        private const int FlagPlus = 2;
        private const int FlagSpace = 4;
        private const int FlagAlternate = 8;
        private const int FlagZero = 16;

        private readonly Interpreter _ip;
        private readonly TextView _format;
        private readonly bool _bytes;
        private readonly PyObject _dict;
        private readonly TextBuilder _out;
        private PyObject _args;
        private int _argLength;
        private int _argIndex;

        private PercentFormatter(Interpreter ip, TextView format, PyObject args)
        {
            _ip = ip;
            _format = format;
            _bytes = !format.IsStr;
            _out = new TextBuilder(format.Length + 16);
            PyTuple t = args as PyTuple;
            if (t != null)
            {
                _args = t;
                _argLength = t.Items.Length;
            }
            else
            {
                // One argument: consumed once (CPython's arglen -1, argidx -2 convention).
                _args = args;
                _argLength = -1;
                _argIndex = -2;
                if (IsMapping(args))
                {
                    _dict = args;
                }
            }
        }

        /// <summary>format % args for a str, bytes or bytearray format (the result has the format's kind).</summary>
        internal static PyObject Format(Interpreter ip, PyObject format, PyObject args)
        {
            PercentFormatter f = new PercentFormatter(ip, TextView.Of(format), args);
            f.Run();
            return f._format.Make(f._out);
        }

        // CPython's PyMapping_Check minus tuple and str: anything subscriptable by key.
        private static bool IsMapping(PyObject o)
        {
            if (o is PyTuple || o is PyStr)
            {
                return false;
            }

            PyObject nb = o.NativeBase;
            if (nb is PyDict || nb is PyList || nb is PyBytes || nb is PyByteArray || nb is PyMemoryView || nb is PyRange)
            {
                return true;
            }

            return o is PyInstance && Ops.FindPythonOverride(o.Type, Names.__getitem__) != null;
        }

        private PyObject NextArg()
        {
            if (_argIndex < _argLength)
            {
                int i = _argIndex++;
                return _argLength < 0 ? _args : ((PyTuple)_args).Items[i];
            }

            throw TextErrors.Type(TextErrors.NotEnoughArguments);
        }

        private void Run()
        {
            char[] f = _format.ToChars();
            int n = _format.Length;
            int i = 0;
            while (i < n)
            {
                if (f[i] != '%')
                {
                    int start = i;
                    while (i < n && f[i] != '%')
                    {
                        i++;
                    }

                    _out.Append(f, start, i - start);
                    continue;
                }

                i++;
                if (i < n && f[i] == '%')
                {
                    _out.Append('%');
                    i++;
                    continue;
                }

                i = Conversion(f, n, i);
            }

            if (_argIndex < _argLength && _dict == null)
            {
                throw TextErrors.Type(_bytes ? "not all arguments converted during bytes formatting" : TextErrors.NotAllConverted);
            }
        }

        // One conversion starting after its '%'; returns the index after it.
        private int Conversion(char[] f, int n, int i)
        {
            if (i < n && f[i] == '(')
            {
                if (_dict == null)
                {
                    throw TextErrors.Type(TextErrors.FormatNeedsMapping);
                }

                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0)
                {
                    depth += f[i] == '(' ? 1 : f[i] == ')' ? -1 : 0;
                    i++;
                }

                if (depth > 0)
                {
                    throw TextErrors.Value(TextErrors.IncompleteFormatKey);
                }

                // The key's value becomes the one argument of this conversion.
                TextBuilder key = new TextBuilder(i - 1 - keyStart);
                key.Append(f, keyStart, i - 1 - keyStart);
                _args = Ops.GetItem(_ip, _dict, _format.Make(key));
                _argLength = -1;
                _argIndex = -2;
            }

            int flags = 0;
            for (; i < n; i++)
            {
                int bit = f[i] == '-' ? FlagLeft : f[i] == '+' ? FlagPlus : f[i] == ' ' ? FlagSpace
                    : f[i] == '#' ? FlagAlternate : f[i] == '0' ? FlagZero : 0;
                if (bit == 0)
                {
                    break;
                }

                flags |= bit;
            }

            int width = -1;
            if (i < n && f[i] == '*')
            {
                width = StarArg();
                if (width < 0)
                {
                    flags |= FlagLeft;
                    width = -width;
                }

                i++;
            }
            else
            {
                i = Digits(f, n, i, ref width);
            }

            int precision = -1;
            if (i < n && f[i] == '.')
            {
                i++;
                precision = 0;
                if (i < n && f[i] == '*')
                {
                    precision = StarArg();
                    if (precision < 0)
                    {
                        precision = 0;
                    }

                    i++;
                }
                else
                {
                    i = Digits(f, n, i, ref precision);
                }
            }

            while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L'))
            {
                i++;
            }

            if (i >= n)
            {
                throw TextErrors.Value(TextErrors.IncompleteFormat);
            }

            char type = f[i];
            PyObject v = NextArg();
            int mark = _out.Length;
            switch (type)
            {
                case 's':
                case 'r':
                case 'a':
                case 'b':
                    if (type == 'b' && !_bytes)
                    {
                        throw Unsupported(type, i);
                    }

                    AppendText(v, type, precision);
                    flags &= ~FlagZero;
                    break;
                case 'c':
                    AppendChar(v);
                    flags &= ~FlagZero;
                    break;
                case 'd':
                case 'i':
                case 'u':
                case 'o':
                case 'x':
                case 'X':
                    AppendInteger(v, type, flags, precision);
                    break;
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    AppendFloat(v, type, flags, precision);
                    break;
                default:
                    throw Unsupported(type, i);
            }

            Pad(mark, width, flags);
            return i + 1;
        }

        private PyException Unsupported(char type, int index)
        {
            return TextErrors.Value("unsupported format character '" + type + "' (0x" + Hex(type) + ") at index " + _format.ToCodePoint(index));
        }

        private static string Hex(int c)
        {
            string s = string.Empty;
            do
            {
                s = StrUtil.HexDigit(c & 15) + s;
                c >>= 4;
            }
            while (c != 0);
            return s;
        }

        private static int Digits(char[] f, int n, int i, ref int value)
        {
            if (i < n && f[i] >= '0' && f[i] <= '9')
            {
                long v = 0;
                while (i < n && f[i] >= '0' && f[i] <= '9')
                {
                    v = v * 10 + (f[i] - '0');
                    if (v > int.MaxValue)
                    {
                        throw TextErrors.Value(TextErrors.WidthTooBig);
                    }

                    i++;
                }

                value = (int)v;
            }

            return i;
        }

        private int StarArg()
        {
            PyObject v = NextArg();
            if (!(v is PyInt))
            {
                throw TextErrors.Type(TextErrors.StarWantsInt);
            }

            return TextMethods.IntArg(_ip, v);
        }

        // Pads what the conversion appended at [mark, Length) to width: spaces on the left, on the right for '-', zeros
        // after the sign and 0x/0o prefix for a numeric '0' conversion.
        private void Pad(int mark, int width, int flags)
        {
            int len = _out.Length - mark;
            int cps = len;
            if (!_bytes)
            {
                cps = 0;
                for (int k = mark; k < _out.Length; k++)
                {
                    char c = _out.Chars[k];
                    if (!(c >= 0xDC00 && c <= 0xDFFF && k > mark && _out.Chars[k - 1] >= 0xD800 && _out.Chars[k - 1] <= 0xDBFF))
                    {
                        cps++;
                    }
                }
            }

            int pad = width - cps;
            if (pad <= 0)
            {
                return;
            }

            if ((flags & FlagLeft) != 0)
            {
                _out.Append(' ', pad);
                return;
            }

            int head = 0;
            char fill = ' ';
            if ((flags & FlagZero) != 0)
            {
                fill = '0';
                char[] o = _out.Chars;
                if (len > head && (o[mark] == '-' || o[mark] == '+' || o[mark] == ' '))
                {
                    head++;
                }

                if (len > head + 1 && o[mark + head] == '0' && (o[mark + head + 1] == 'x' || o[mark + head + 1] == 'X' || o[mark + head + 1] == 'o'))
                {
                    head += 2;
                }
            }

            char[] tail = new char[len - head];
            System.Array.Copy(_out.Chars, mark + head, tail, 0, tail.Length);
            _out.Length = mark + head;
            _out.Append(fill, pad);
            _out.Append(tail, 0, tail.Length);
        }

        // %s %r %a (and %b): the text of the value, cut to precision code points (bytes for bytes formats).
        private void AppendText(PyObject v, char type, int precision)
        {
            int mark = _out.Length;
            if (!_bytes)
            {
                _out.Append(type == 's' ? Ops.Str(_ip, v) : type == 'r' ? Ops.Repr(_ip, v) : TextBuiltins.AsciiOf(_ip, v));
            }
            else if (type == 'r' || type == 'a')
            {
                _out.Append(TextBuiltins.AsciiOf(_ip, v));
            }
            else
            {
                byte[] data;
                int offset, count;
                if (!BufferProtocol.Get(v, out data, out offset, out count))
                {
                    PyObject b = TextConstructors.CallBytesMethod(_ip, v);
                    if (b == null)
                    {
                        throw TextErrors.Type("%b requires a bytes-like object, or an object that implements __bytes__, not '" + TextErrors.TypeName(v) + "'");
                    }

                    data = ((PyBytes)b).Data;
                    offset = 0;
                    count = data.Length;
                }

                for (int k = 0; k < count; k++)
                {
                    _out.Append((char)data[offset + k]);
                }
            }

            if (precision >= 0)
            {
                int k = mark;
                for (int cp = 0; cp < precision && k < _out.Length; cp++)
                {
                    char c = _out.Chars[k];
                    k += !_bytes && c >= 0xD800 && c <= 0xDBFF && k + 1 < _out.Length ? 2 : 1;
                }

                _out.Length = k;
            }
        }

        private void AppendChar(PyObject v)
        {
            if (_bytes)
            {
                byte[] data;
                int offset, count;
                if (v is PyInt)
                {
                    long x = ((PyInt)v).Value;
                    if (x < 0 || x > 255)
                    {
                        throw new PyException(PyExc.OverflowError, TextErrors.CharArgRange256);
                    }

                    _out.Append((char)x);
                    return;
                }

                if (!(v.NativeBase is PyStr) && BufferProtocol.Get(v, out data, out offset, out count) && count == 1)
                {
                    _out.Append((char)data[offset]);
                    return;
                }

                throw TextErrors.Type(TextErrors.CharRequiresByte);
            }

            PyStr s = v.NativeBase as PyStr;
            if (s != null)
            {
                TextView t = TextView.OfStr(s);
                if (t.Length > 0 && t.UnitsAt(0) == t.Length)
                {
                    _out.Append(t.Chars, 0, t.Length);
                    return;
                }
            }
            else if (v is PyInt || Ops.HasIndex(_ip, v))
            {
                long x = Ops.Index(_ip, v);
                if (x < 0 || x > 0x10FFFF)
                {
                    throw new PyException(PyExc.OverflowError, TextErrors.CharArgRange);
                }

                _out.AppendCodePoint((int)x);
                return;
            }

            throw TextErrors.Type(TextErrors.CharRequiresIntOrChar);
        }

        // %d %i %u %o %x %X: the digits come from the Numbers assembly; sign, 0x/0o prefix and precision are added here.
        private void AppendInteger(PyObject v, char type, int flags, int precision)
        {
            PyObject n = IntegerValue(v, type);
            FormatSpec spec = new FormatSpec();
            spec.Kind = type == 'i' || type == 'u' ? 'd' : type;
            string digits = _ip.Numbers.FormatNumber(_ip, n, spec);
            bool negative = digits.Length > 0 && digits[0] == '-';
            if (negative)
            {
                digits = digits.Substring(1);
            }

            if (negative)
            {
                _out.Append('-');
            }
            else if ((flags & FlagPlus) != 0)
            {
                _out.Append('+');
            }
            else if ((flags & FlagSpace) != 0)
            {
                _out.Append(' ');
            }

            if ((flags & FlagAlternate) != 0 && type != 'd' && type != 'i' && type != 'u')
            {
                _out.Append('0');
                _out.Append(type);
            }

            if (precision > digits.Length)
            {
                _out.Append('0', precision - digits.Length);
            }

            _out.Append(digits);
        }

        private PyObject IntegerValue(PyObject v, char type)
        {
            if (v is PyInt || _ip.Numbers.IsInt(v))
            {
                return v;
            }

            bool decimalType = type == 'd' || type == 'i' || type == 'u';
            if (Ops.HasIndex(_ip, v))
            {
                return PyInt.Get(Ops.Index(_ip, v));
            }

            if (decimalType && (v is PyFloat || (v is PyInstance && Ops.FindPythonOverride(v.Type, Names.__int__) != null)))
            {
                // int(x): truncation of floats, with CPython's errors for inf and nan.
                return Ops.Call1(_ip, PyTypes.Int, v);
            }

            throw TextErrors.Type("%" + type + " format: " + (decimalType ? "a real number" : "an integer") + " is required, not " + TextErrors.TypeName(v));
        }

        // %e %E %f %F %g %G: CPython's float formatting with the default precision 6.
        private void AppendFloat(PyObject v, char type, int flags, int precision)
        {
            if (!(v is PyFloat) && !(v is PyInt) && !_ip.Numbers.IsInt(v))
            {
                if (v is PyInstance && Ops.FindPythonOverride(v.Type, Names.__float__) != null)
                {
                    v = Ops.Call1(_ip, PyTypes.Float, v);
                }
                else if (v.NativeBase is PyFloat)
                {
                    v = v.NativeBase;
                }
                else
                {
                    throw TextErrors.Type("must be real number, not " + TextErrors.TypeName(v));
                }
            }

            FormatSpec spec = new FormatSpec();
            spec.Kind = type;
            spec.Precision = precision < 0 ? 6 : precision;
            spec.Alternate = (flags & FlagAlternate) != 0;
            spec.Sign = (flags & FlagPlus) != 0 ? '+' : (flags & FlagSpace) != 0 ? ' ' : '\0';
            _out.Append(_ip.Numbers.FormatNumber(_ip, v, spec));
        }
    }
}
