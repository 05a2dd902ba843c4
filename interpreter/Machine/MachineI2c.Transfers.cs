using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    public sealed partial class MachineI2c
    {
        // ---- the two transfer engines ----

        // Writes the given buffers in one transaction. Hardware: the byte count, ENODEV on any NACK. Soft (extmod):
        // the number of ACKed bytes, stopping at the first NACK; ENODEV only when the address is not acknowledged.
        private int TransferWrite(int addr, byte[][] bufs, int[] offsets, int[] counts, bool stop)
        {
            int total = 0;
            for (int i = 0; i < bufs.Length; i++)
            {
                total += counts[i];
            }

            if (!_soft)
            {
                byte[] all = bufs.Length == 1 ? bufs[0] : new byte[total];
                int allOffset = bufs.Length == 1 ? offsets[0] : 0;
                if (bufs.Length != 1)
                {
                    int k = 0;
                    for (int i = 0; i < bufs.Length; i++)
                    {
                        System.Array.Copy(bufs[i], offsets[i], all, k, counts[i]);
                        k += counts[i];
                    }
                }

                int r = MachineArgs.Check(Bus.Write(addr, all, allOffset, total, stop));
                if (r < total)
                {
                    throw Errno.Error(Errno.ENODEV);
                }

                return total;
            }

            II2cPrimitives w = Wire;
            MachineArgs.Check(w.Start());
            int a = MachineArgs.Check(w.WriteByte(addr << 1));
            if (a != 0)
            {
                w.Stop();
                throw Errno.Error(Errno.ENODEV);
            }

            int acks = 0;
            bool nacked = false;
            for (int i = 0; i < bufs.Length && !nacked; i++)
            {
                for (int j = 0; j < counts[i]; j++)
                {
                    if (MachineArgs.Check(w.WriteByte(bufs[i][offsets[i] + j])) != 0)
                    {
                        nacked = true;
                        break;
                    }

                    acks++;
                }
            }

            if (stop)
            {
                MachineArgs.Check(w.Stop());
            }

            return acks;
        }

        private void TransferRead(int addr, byte[] buf, int offset, int count, bool stop)
        {
            if (!_soft)
            {
                MachineArgs.Check(Bus.Read(addr, buf, offset, count, stop));
                return;
            }

            II2cPrimitives w = Wire;
            MachineArgs.Check(w.Start());
            if (MachineArgs.Check(w.WriteByte((addr << 1) | 1)) != 0)
            {
                w.Stop();
                throw Errno.Error(Errno.ENODEV);
            }

            for (int i = 0; i < count; i++)
            {
                buf[offset + i] = (byte)MachineArgs.Check(w.ReadByte(i == count - 1));
            }

            if (stop)
            {
                MachineArgs.Check(w.Stop());
            }
        }

        // Register read: memory address written, repeated START, data read, STOP.
        private void ReadMem(Interpreter ip, int addr, int memaddr, int addrsize, byte[] buf, int offset, int count)
        {
            byte[] ma = MemAddress(memaddr, addrsize);
            if (!_soft)
            {
                int r = MachineArgs.Check(Bus.WriteRead(addr, ma, 0, ma.Length, buf, offset, count));
                if (r < count)
                {
                    throw Errno.Error(Errno.ENODEV);
                }

                return;
            }

            TransferWrite(addr, new byte[][] { ma }, new int[] { 0 }, new int[] { ma.Length }, false);
            TransferRead(addr, buf, offset, count, true);
        }

        private static byte[] MemAddress(int memaddr, int addrsize)
        {
            if (addrsize < 8 || addrsize > 32 || addrsize % 8 != 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.AddrSize);
            }

            byte[] b = new byte[addrsize / 8];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)(memaddr >> (addrsize - 8 - 8 * i));
            }

            return b;
        }

        private static bool StopArg(Interpreter ip, PyObject stop)
        {
            return stop == null || Ops.IsTrue(ip, stop);
        }

        private static int AddrSize(Interpreter ip, PyObject v)
        {
            return v == null ? 8 : MachineArgs.Int(ip, v);
        }

        // ---- the standard methods ----

        private static PyObject ReadFrom(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ReadfromSpec, args, offset, count, kwnames);
            int n = MachineArgs.Int(ip, a[1]);
            byte[] buf = new byte[Ops.CheckedSize(n)];
            i2c.TransferRead(MachineArgs.Int(ip, a[0]), buf, 0, buf.Length, StopArg(ip, a[2]));
            return new PyBytes(buf);
        }

        private static PyObject ReadFromInto(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ReadfromIntoSpec, args, offset, count, kwnames);
            int bo, bc;
            byte[] buf = MachineArgs.WritableBuffer(a[1], out bo, out bc);
            i2c.TransferRead(MachineArgs.Int(ip, a[0]), buf, bo, bc, StopArg(ip, a[2]));
            return PyNone.Value;
        }

        private static PyObject WriteTo(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, WritetoSpec, args, offset, count, kwnames);
            int bo, bc;
            byte[] buf = MachineArgs.Buffer(a[1], out bo, out bc);
            int r = i2c.TransferWrite(MachineArgs.Int(ip, a[0]), new byte[][] { buf }, new int[] { bo }, new int[] { bc }, StopArg(ip, a[2]));
            return PyInt.Get(r);
        }

        private static PyObject WriteVTo(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, WritevtoSpec, args, offset, count, kwnames);
            int n;
            PyObject[] items = Ops.ItemsOf(ip, a[1], out n);
            byte[][] bufs = new byte[n][];
            int[] offsets = new int[n];
            int[] counts = new int[n];
            for (int i = 0; i < n; i++)
            {
                bufs[i] = MachineArgs.Buffer(items[i], out offsets[i], out counts[i]);
            }

            int r = i2c.TransferWrite(MachineArgs.Int(ip, a[0]), bufs, offsets, counts, StopArg(ip, a[2]));
            return PyInt.Get(r);
        }

        private static PyObject ReadFromMem(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ReadMemSpec, args, offset, count, kwnames);
            byte[] buf = new byte[Ops.CheckedSize(MachineArgs.Int(ip, a[2]))];
            i2c.ReadMem(ip, MachineArgs.Int(ip, a[0]), MachineArgs.Int(ip, a[1]), AddrSize(ip, a[3]), buf, 0, buf.Length);
            return new PyBytes(buf);
        }

        private static PyObject ReadFromMemInto(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, ReadMemIntoSpec, args, offset, count, kwnames);
            int bo, bc;
            byte[] buf = MachineArgs.WritableBuffer(a[2], out bo, out bc);
            i2c.ReadMem(ip, MachineArgs.Int(ip, a[0]), MachineArgs.Int(ip, a[1]), AddrSize(ip, a[3]), buf, bo, bc);
            return PyNone.Value;
        }

        private static PyObject WriteToMem(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            MachineI2c i2c = (MachineI2c)args[offset];
            PyObject[] a = MachineArgs.Method(ip, WriteMemSpec, args, offset, count, kwnames);
            int bo, bc;
            byte[] buf = MachineArgs.Buffer(a[2], out bo, out bc);
            byte[] ma = MemAddress(MachineArgs.Int(ip, a[1]), AddrSize(ip, a[3]));
            i2c.TransferWrite(MachineArgs.Int(ip, a[0]), new byte[][] { ma, buf }, new int[] { 0, bo }, new int[] { ma.Length, bc }, true);
            return PyNone.Value;
        }
    }
}
