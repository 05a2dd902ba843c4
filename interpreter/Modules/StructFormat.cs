using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// A parsed struct format: byte order and alignment from the first character ('@' native with alignment, '='
    /// native order with standard sizes, '<' little-endian, '>' and '!' big-endian), then items "[count]code" with
    /// codes x c b B ? h H i I l L q Q e f d s P (whitespace ignored). Native sizes are the port's: l, L and P take 4
    /// bytes on a board (esp32) and 8 in script mode (a 64-bit unix port); integers and floats are little-endian there.
    /// </summary>
    public sealed class StructFormat
    {
        private readonly char[] _codes;
        private readonly int[] _counts;
        private readonly int _n;
        private readonly bool _native;
        private readonly bool _big;
        private readonly int _pointer;

        /// <summary>The packed size in bytes.</summary>
        public readonly int Size;

        /// <summary>How many values pack takes and unpack returns.</summary>
        public readonly int ValueCount;

        /// <summary>Parses fmt (ValueError for a bad format); wide: native long and pointer are 8 bytes.</summary>
        public StructFormat(string fmt, bool wide)
        {
            int i = 0;
            _native = true;
            if (fmt.Length > 0)
            {
                char c = fmt[0];
                if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!')
                {
                    _native = c == '@';
                    _big = c == '>' || c == '!';
                    i = 1;
                }
            }

            _pointer = wide ? 8 : 4;
            _codes = new char[fmt.Length];
            _counts = new int[fmt.Length];
            int size = 0;
            int values = 0;
            while (i < fmt.Length)
            {
                char c = fmt[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    i++;
                    continue;
                }

                int count = 1;
                if (c >= '0' && c <= '9')
                {
                    count = 0;
                    while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9')
                    {
                        count = count * 10 + (fmt[i] - '0');
                        if (count > 0x3FFFFFF)
                        {
                            throw Bad();
                        }

                        i++;
                    }

                    if (i >= fmt.Length)
                    {
                        throw new PyException(PyExc.ValueError, "repeat count given without format specifier");
                    }

                    c = fmt[i];
                }

                int itemSize = SizeOf(c);
                if (itemSize == 0)
                {
                    throw Bad();
                }

                _codes[_n] = c;
                _counts[_n] = count;
                _n++;
                if (c == 's' || c == 'x')
                {
                    size += count;
                    values += c == 's' ? 1 : 0;
                }
                else
                {
                    for (int k = 0; k < count; k++)
                    {
                        size = Align(size, itemSize) + itemSize;
                    }

                    values += count;
                }

                i++;
            }

            Size = size;
            ValueCount = values;
        }

        private static PyException Bad()
        {
            return new PyException(PyExc.ValueError, "bad char in struct format");
        }

        private int SizeOf(char c)
        {
            switch (c)
            {
                case 'x':
                case 'c':
                case 'b':
                case 'B':
                case '?':
                case 's':
                    return 1;
                case 'h':
                case 'H':
                case 'e':
                    return 2;
                case 'i':
                case 'I':
                case 'f':
                    return 4;
                case 'l':
                case 'L':
                    return _native ? _pointer : 4;
                case 'q':
                case 'Q':
                case 'd':
                    return 8;
                case 'P':
                    return _pointer;
            }

            return 0;
        }

        private int Align(int offset, int size)
        {
            if (!_native || size <= 1)
            {
                return offset;
            }

            int r = offset % size;
            return r == 0 ? offset : offset + size - r;
        }

        /// <summary>Packs values[first, first + ValueCount) into data at offset (the caller checked the room).</summary>
        public void Pack(Interpreter ip, PyObject[] values, int first, byte[] data, int offset)
        {
            int pos = 0;
            int v = first;
            for (int i = 0; i < _n; i++)
            {
                char c = _codes[i];
                int count = _counts[i];
                if (c == 'x')
                {
                    System.Array.Clear(data, offset + pos, count);
                    pos += count;
                    continue;
                }

                if (c == 's')
                {
                    PackString(ip, values[v++], data, offset + pos, count);
                    pos += count;
                    continue;
                }

                int size = SizeOf(c);
                for (int k = 0; k < count; k++)
                {
                    pos = Align(pos, size);
                    PackItem(ip, c, size, values[v++], data, offset + pos);
                    pos += size;
                }
            }
        }

        /// <summary>Unpacks ValueCount values from data at offset into a tuple.</summary>
        public PyTuple Unpack(Interpreter ip, byte[] data, int offset)
        {
            PyObject[] r = new PyObject[ValueCount];
            int pos = 0;
            int v = 0;
            for (int i = 0; i < _n; i++)
            {
                char c = _codes[i];
                int count = _counts[i];
                if (c == 'x')
                {
                    pos += count;
                    continue;
                }

                if (c == 's')
                {
                    byte[] s = new byte[count];
                    System.Array.Copy(data, offset + pos, s, 0, count);
                    r[v++] = new PyBytes(s);
                    pos += count;
                    continue;
                }

                int size = SizeOf(c);
                for (int k = 0; k < count; k++)
                {
                    pos = Align(pos, size);
                    r[v++] = UnpackItem(ip, c, size, data, offset + pos);
                    pos += size;
                }
            }

            return new PyTuple(r);
        }

        private static void PackString(Interpreter ip, PyObject value, byte[] data, int at, int count)
        {
            byte[] b;
            int off;
            int n;
            PyStr str = value.NativeBase as PyStr;
            if (str != null)
            {
                b = StrUtil.EncodeUtf8(str.Value);
                off = 0;
                n = b.Length;
            }
            else
            {
                b = NanoPython.Text.BufferProtocol.Require(value, out off, out n);
            }

            if (n > count)
            {
                n = count;
            }

            System.Array.Copy(b, off, data, at, n);
            System.Array.Clear(data, at + n, count - n);
        }

        private void PackItem(Interpreter ip, char c, int size, PyObject value, byte[] data, int at)
        {
            ulong bits;
            switch (c)
            {
                case 'f':
                    bits = (uint)System.BitConverter.ToInt32(System.BitConverter.GetBytes((float)FloatOf(ip, value)), 0);
                    break;
                case 'd':
                    bits = (ulong)System.BitConverter.DoubleToInt64Bits(FloatOf(ip, value));
                    break;
                case 'e':
                    bits = HalfFloat.FromDouble(FloatOf(ip, value));
                    break;
                case '?':
                    bits = Ops.IsTrue(ip, value) ? 1UL : 0UL;
                    break;
                case 'c':
                    PyBytes b = value.NativeBase as PyBytes;
                    if (b == null || b.Data.Length != 1)
                    {
                        throw new PyException(PyExc.TypeError, "char format requires a bytes object of length 1");
                    }

                    bits = b.Data[0];
                    break;
                default:
                    bits = IntBits(ip, value);
                    break;
            }

            // Integers wrap to the item size, as MicroPython packs them (CPython raises struct.error instead).
            for (int k = 0; k < size; k++)
            {
                data[at + (_big ? size - 1 - k : k)] = (byte)(bits >> (8 * k));
            }
        }

        private PyObject UnpackItem(Interpreter ip, char c, int size, byte[] data, int at)
        {
            ulong u = 0;
            for (int k = size - 1; k >= 0; k--)
            {
                u = (u << 8) | data[at + (_big ? size - 1 - k : k)];
            }

            switch (c)
            {
                case 'f':
                    return ip.Numbers.MakeFloat(System.BitConverter.ToSingle(System.BitConverter.GetBytes((int)u), 0));
                case 'd':
                    return ip.Numbers.MakeFloat(System.BitConverter.Int64BitsToDouble((long)u));
                case 'e':
                    return ip.Numbers.MakeFloat(HalfFloat.ToDouble((int)u));
                case '?':
                    return PyBool.Of(u != 0);
                case 'c':
                    return new PyBytes(new byte[] { (byte)u });
                case 'b':
                case 'h':
                case 'i':
                case 'l':
                case 'q':
                    int shift = 64 - size * 8;
                    return PyInt.Get(((long)(u << shift)) >> shift);
            }

            if (u <= long.MaxValue)
            {
                return PyInt.Get((long)u);
            }

            return NanoPython.Numbers.PyBigInt.Create(1, new uint[] { (uint)u, (uint)(u >> 32) });
        }

        private static double FloatOf(Interpreter ip, PyObject value)
        {
            double d;
            if (!PyFloat.TryGetDouble(ip, value, out d))
            {
                throw new PyException(PyExc.TypeError, "required argument is not a float");
            }

            return d;
        }

        // The low 64 bits (two's complement) of an int.
        private static ulong IntBits(Interpreter ip, PyObject value)
        {
            PyObject i = NanoPython.Numbers.NumberConvert.Index(ip, value);
            PyInt small = i as PyInt;
            if (small != null)
            {
                return (ulong)small.Value;
            }

            int sign;
            uint[] mag = NanoPython.Numbers.PyBigInt.MagnitudeOf(i, out sign);
            ulong u = mag[0] | (mag.Length > 1 ? (ulong)mag[1] << 32 : 0);
            return sign < 0 ? ~u + 1 : u;
        }
    }
}
