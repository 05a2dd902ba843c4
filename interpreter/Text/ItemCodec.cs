using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// Reads and writes one item of a buffer in a struct-module format (native byte order, which is little-endian on
    /// the ESP32 and on the host): b B h H i I l L q Q as integers of the exporter's item size (lower case signed),
    /// f d as floats, ? as bool, c as a one-byte bytes.
    /// </summary>
    internal static class ItemCodec
    {
        /// <summary>The item size of a format character, or 0 when memoryview does not know it.</summary>
        internal static int SizeOf(char format)
        {
            switch (format)
            {
                case 'b':
                case 'B':
                case 'c':
                case '?':
                    return 1;
                case 'h':
                case 'H':
                    return 2;
                case 'i':
                case 'I':
                case 'l':
                case 'L':
                case 'f':
                    return 4;
                case 'q':
                case 'Q':
                case 'd':
                    return 8;
            }

            return 0;
        }

        /// <summary>The item of size bytes at data[at] as a Python value.</summary>
        internal static PyObject Unpack(Interpreter ip, char format, int size, byte[] data, int at)
        {
            switch (format)
            {
                case 'B':
                    return PyInt.Get(data[at]);
                case 'f':
                    return ip.Numbers.MakeFloat(System.BitConverter.ToSingle(data, at));
                case 'd':
                    return ip.Numbers.MakeFloat(System.BitConverter.ToDouble(data, at));
                case 'c':
                    return new PyBytes(new byte[] { data[at] });
                case '?':
                    return PyBool.Of(data[at] != 0);
            }

            ulong u = 0;
            for (int i = size - 1; i >= 0; i--)
            {
                u = (u << 8) | data[at + i];
            }

            if (format >= 'a' && size < 8)
            {
                // Sign-extend the item's top bit.
                int shift = 64 - size * 8;
                return PyInt.Get(((long)(u << shift)) >> shift);
            }

            if (format >= 'a' || u <= long.MaxValue)
            {
                return PyInt.Get((long)u);
            }

            return ip.Numbers.ParseInt(u.ToString(), 10);
        }

        /// <summary>Writes a Python value as an item of size bytes at data[at] (TypeError/ValueError as CPython's memoryview).</summary>
        internal static void Pack(Interpreter ip, char format, int size, PyObject v, byte[] data, int at)
        {
            if (format == 'f' || format == 'd')
            {
                double d;
                if (!PyFloat.TryGetDouble(ip, v, out d))
                {
                    throw Invalid("type", format);
                }

                byte[] b = format == 'f' ? System.BitConverter.GetBytes((float)d) : System.BitConverter.GetBytes(d);
                System.Array.Copy(b, 0, data, at, b.Length);
                return;
            }

            if (format == 'c')
            {
                PyBytes c = v.NativeBase as PyBytes;
                if (c == null || c.Data.Length != 1)
                {
                    throw Invalid(c == null ? "type" : "value", format);
                }

                data[at] = c.Data[0];
                return;
            }

            if (format == '?')
            {
                data[at] = (byte)(Ops.IsTrue(ip, v) ? 1 : 0);
                return;
            }

            if (!(v is PyInt) && !Ops.HasIndex(ip, v))
            {
                throw Invalid("type", format);
            }

            long x;
            if (!ip.Numbers.TryToLong(v.NativeBase, out x) && !(v is PyInstance))
            {
                throw Invalid("value", format);
            }

            if (v is PyInstance)
            {
                x = Ops.Index(ip, v);
            }

            bool signed = format >= 'a';
            if (size < 8)
            {
                long lo = signed ? -(1L << (size * 8 - 1)) : 0;
                long hi = signed ? (1L << (size * 8 - 1)) - 1 : (1L << (size * 8)) - 1;
                if (x < lo || x > hi)
                {
                    throw Invalid("value", format);
                }
            }
            else if (!signed && x < 0)
            {
                throw Invalid("value", format);
            }

            for (int i = 0; i < size; i++)
            {
                data[at + i] = (byte)(x >> (i * 8));
            }
        }

        private static PyException Invalid(string what, char format)
        {
            return new PyException(what == "type" ? PyExc.TypeError : PyExc.ValueError, "memoryview: invalid " + what + " for format '" + format + "'");
        }
    }
}
