using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Modules
{
    /// <summary>
    /// The binascii module: hexlify (with an optional separator), unhexlify, a2b_base64, b2a_base64 (newline=) and
    /// crc32. Errors are ValueError, as in MicroPython (CPython's binascii.Error is a ValueError too).
    /// </summary>
    public static class BinasciiModule
    {
        private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private static ArgSpec s_b2aSpec;
        private static ArgSpec s_a2bSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec B2aSpec
        {
            get { return s_b2aSpec ?? (s_b2aSpec = new ArgSpec("b2a_base64", "data, *, newline", 1)); }
        }

        private static ArgSpec A2bSpec
        {
            get { return s_a2bSpec ?? (s_a2bSpec = new ArgSpec("a2b_base64", "data, *, strict_mode", 1)); }
        }
        private static uint[] s_crcTable;

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("hexlify", new PyBuiltin2("hexlify", Hexlify, 1));
            d.SetName("unhexlify", new PyBuiltin1("unhexlify", Unhexlify));
            d.SetName("a2b_base64", new PyBuiltinN("a2b_base64", A2bBase64));
            d.SetName("b2a_base64", new PyBuiltinN("b2a_base64", B2aBase64));
            d.SetName("crc32", new PyBuiltin2("crc32", Crc32, 1));
        }

        // The bytes of a bytes-like argument; a str is taken as its UTF-8 bytes (ASCII data such as hex and base64).
        private static byte[] BytesOf(PyObject o, out int offset, out int count)
        {
            PyStr s = o.NativeBase as PyStr;
            if (s != null)
            {
                byte[] b = StrUtil.EncodeUtf8(s.Value);
                offset = 0;
                count = b.Length;
                return b;
            }

            return BufferProtocol.Require(o, out offset, out count);
        }

        private static PyObject Hexlify(Interpreter ip, PyObject data, PyObject sep)
        {
            int offset;
            int count;
            byte[] b = BufferProtocol.Require(data, out offset, out count);
            int so = 0;
            int sn = 0;
            byte[] s = null;
            if (sep != null && !(sep is PyNone))
            {
                s = BytesOf(sep, out so, out sn);
            }

            int total = count * 2 + (count > 0 ? (count - 1) * sn : 0);
            byte[] r = new byte[total];
            int k = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    for (int j = 0; j < sn; j++)
                    {
                        r[k++] = s[so + j];
                    }
                }

                int v = b[offset + i];
                r[k++] = (byte)StrUtil.HexDigit(v >> 4);
                r[k++] = (byte)StrUtil.HexDigit(v & 15);
            }

            return new PyBytes(r);
        }

        private static PyObject Unhexlify(Interpreter ip, PyObject data)
        {
            int offset;
            int count;
            byte[] b = BytesOf(data, out offset, out count);
            if ((count & 1) != 0)
            {
                throw new PyException(PyExc.ValueError, "odd-length string");
            }

            byte[] r = new byte[count / 2];
            for (int i = 0; i < r.Length; i++)
            {
                int hi = HexValue(b[offset + 2 * i]);
                int lo = HexValue(b[offset + 2 * i + 1]);
                if (hi < 0 || lo < 0)
                {
                    throw new PyException(PyExc.ValueError, "non-hex digit found");
                }

                r[i] = (byte)((hi << 4) | lo);
            }

            return new PyBytes(r);
        }

        private static int HexValue(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private static int Base64Value(int c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            return c == '+' ? 62 : c == '/' ? 63 : -1;
        }

        // Characters outside the alphabet are skipped (CPython's non-strict mode, MicroPython's behaviour); a quantum
        // left incomplete without its '=' padding is an error.
        private static PyObject A2bBase64(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            A2bSpec.Parse(ip, args, offset, count, kwnames, a);
            int off;
            int n;
            byte[] b = BytesOf(a[0], out off, out n);
            PyByteArray r = new PyByteArray(new byte[n * 3 / 4 + 3], 0);
            int acc = 0;
            int bits = 0;
            int quad = 0;
            int pads = 0;
            for (int i = 0; i < n; i++)
            {
                int c = b[off + i];
                if (c == '=')
                {
                    if (quad >= 2 && ++pads + quad == 4)
                    {
                        quad = 0;
                        pads = 0;
                        break;
                    }

                    continue;
                }

                int v = Base64Value(c);
                if (v < 0)
                {
                    continue;
                }

                pads = 0;
                acc = (acc << 6) | v;
                bits += 6;
                quad = (quad + 1) & 3;
                if (bits >= 8)
                {
                    bits -= 8;
                    r.Data[r.Count++] = (byte)(acc >> bits);
                    acc &= (1 << bits) - 1;
                }
            }

            if (quad != 0)
            {
                throw new PyException(PyExc.ValueError, "incorrect padding");
            }

            return new PyBytes(r.ToArray());
        }

        private static PyObject B2aBase64(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            B2aSpec.Parse(ip, args, offset, count, kwnames, a);
            bool newline = a[1] == null || Ops.IsTrue(ip, a[1]);
            int off;
            int n;
            byte[] b = BufferProtocol.Require(a[0], out off, out n);
            byte[] r = new byte[(n + 2) / 3 * 4 + (newline ? 1 : 0)];
            int k = 0;
            for (int i = 0; i < n; i += 3)
            {
                int left = n - i;
                int v = b[off + i] << 16 | (left > 1 ? b[off + i + 1] << 8 : 0) | (left > 2 ? b[off + i + 2] : 0);
                r[k++] = (byte)Base64Chars[v >> 18];
                r[k++] = (byte)Base64Chars[(v >> 12) & 63];
                r[k++] = left > 1 ? (byte)Base64Chars[(v >> 6) & 63] : (byte)'=';
                r[k++] = left > 2 ? (byte)Base64Chars[v & 63] : (byte)'=';
            }

            if (newline)
            {
                r[k] = (byte)'\n';
            }

            return new PyBytes(r);
        }

        private static PyObject Crc32(Interpreter ip, PyObject data, PyObject value)
        {
            int off;
            int n;
            byte[] b = BufferProtocol.Require(data, out off, out n);
            uint crc = value == null ? 0 : (uint)Ops.Index(ip, value);
            uint[] table = CrcTable();
            crc = ~crc;
            for (int i = 0; i < n; i++)
            {
                crc = table[(crc ^ b[off + i]) & 0xFF] ^ (crc >> 8);
            }

            return PyInt.Get((long)~crc);
        }

        // The CRC-32 (IEEE 802.3, reflected 0xEDB88320) byte table, built on first use and immutable after.
        private static uint[] CrcTable()
        {
            uint[] t = s_crcTable;
            if (t != null)
            {
                return t;
            }

            t = new uint[256];
            for (uint i = 0; i < 256; i++)
            {
                uint c = i;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                t[i] = c;
            }

            s_crcTable = t;
            return t;
        }
    }
}
