using NanoPython.Io;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Modules
{
    /// <summary>
    /// The struct module: calcsize, pack, pack_into, unpack, unpack_from and iter_unpack over <see cref="StructFormat"/>.
    /// As in MicroPython, unpack accepts a buffer longer than the format and integers wrap to their item size; errors
    /// are ValueError (MicroPython has no struct.error).
    /// </summary>
    public static class StructModule
    {
        private static ArgSpec s_unpackFromSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec UnpackFromSpec
        {
            get { return s_unpackFromSpec ?? (s_unpackFromSpec = new ArgSpec("unpack_from", "format, buffer, offset", 2)); }
        }

        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("calcsize", new PyBuiltin1("calcsize", CalcSize));
            d.SetName("pack", new PyBuiltinN("pack", Pack));
            d.SetName("pack_into", new PyBuiltinN("pack_into", PackInto));
            d.SetName("unpack", new PyBuiltin2("unpack", Unpack));
            d.SetName("unpack_from", new PyBuiltinN("unpack_from", UnpackFrom));
            d.SetName("iter_unpack", new PyBuiltin2("iter_unpack", IterUnpack));
        }

        private static StructFormat Format(Interpreter ip, PyObject fmt)
        {
            PyBytes b = fmt.NativeBase as PyBytes;
            string s;
            if (b != null)
            {
                int err;
                s = StrUtil.DecodeUtf8(b.Data, 0, b.Data.Length, false, out err);
            }
            else
            {
                s = Ops.ExpectStr(fmt, "format");
            }

            return new StructFormat(s, PortInfo.IsUnix(ip));
        }

        private static PyObject CalcSize(Interpreter ip, PyObject fmt)
        {
            return PyInt.Get(Format(ip, fmt).Size);
        }

        private static void CheckValues(StructFormat f, int given)
        {
            if (given != f.ValueCount)
            {
                throw new PyException(PyExc.ValueError, "pack expected " + f.ValueCount + " items for packing (got " + given + ")");
            }
        }

        private static void NoKeywords(PyTuple kwnames, string fn)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, fn + "() takes no keyword arguments");
            }
        }

        // pack(fmt, v1, v2, ...)
        private static PyObject Pack(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            NoKeywords(kwnames, "pack");
            if (count < 1)
            {
                throw new PyException(PyExc.TypeError, "pack() missing required argument 'format' (pos 1)");
            }

            StructFormat f = Format(ip, args[offset]);
            CheckValues(f, count - 1);
            byte[] data = new byte[f.Size];
            f.Pack(ip, args, offset + 1, data, 0);
            return new PyBytes(data);
        }

        // pack_into(fmt, buffer, offset, v1, v2, ...); a negative offset counts from the end.
        private static PyObject PackInto(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            NoKeywords(kwnames, "pack_into");
            if (count < 3)
            {
                throw new PyException(PyExc.TypeError, "pack_into() takes at least 3 arguments (" + count + " given)");
            }

            StructFormat f = Format(ip, args[offset]);
            CheckValues(f, count - 3);
            byte[] data;
            int start;
            int len;
            if (!BufferProtocol.GetWritable(args[offset + 1], out data, out start, out len))
            {
                throw new PyException(PyExc.TypeError, "argument must be read-write bytes-like object, not " + args[offset + 1].Type.Name.Value);
            }

            int at = Position(ip, args[offset + 2], len, f.Size);
            f.Pack(ip, args, offset + 3, data, start + at);
            return PyNone.Value;
        }

        // The checked offset of a format of size bytes in a buffer of len bytes.
        private static int Position(Interpreter ip, PyObject offsetArg, int len, int size)
        {
            long at = offsetArg == null ? 0 : Ops.Index(ip, offsetArg);
            if (at < 0)
            {
                at += len;
            }

            if (at < 0 || at + size > len)
            {
                throw new PyException(PyExc.ValueError, "buffer too small");
            }

            return (int)at;
        }

        private static PyObject Unpack(Interpreter ip, PyObject fmt, PyObject buffer)
        {
            StructFormat f = Format(ip, fmt);
            int start;
            int len;
            byte[] data = BufferProtocol.Require(buffer, out start, out len);
            if (len < f.Size)
            {
                throw new PyException(PyExc.ValueError, "buffer too small");
            }

            return f.Unpack(ip, data, start);
        }

        private static PyObject UnpackFrom(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            UnpackFromSpec.Parse(ip, args, offset, count, kwnames, a);
            StructFormat f = Format(ip, a[0]);
            int start;
            int len;
            byte[] data = BufferProtocol.Require(a[1], out start, out len);
            return f.Unpack(ip, data, start + Position(ip, a[2], len, f.Size));
        }

        private static PyObject IterUnpack(Interpreter ip, PyObject fmt, PyObject buffer)
        {
            StructFormat f = Format(ip, fmt);
            int start;
            int len;
            byte[] data = BufferProtocol.Require(buffer, out start, out len);
            if (f.Size == 0 || len % f.Size != 0)
            {
                throw new PyException(PyExc.ValueError, "iterative unpacking requires a buffer of a multiple of " + f.Size + " bytes");
            }

            PyList items = new PyList(len / f.Size);
            for (int at = 0; at < len; at += f.Size)
            {
                items.Append(f.Unpack(ip, data, start + at));
            }

            return Ops.GetIter(ip, items);
        }
    }
}
