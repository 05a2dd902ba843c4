using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The _onewire module (MicroPython's C helper under the onewire/ds18x20 drivers): reset(pin), readbit(pin),
    /// readbyte(pin), writebit(pin, value), writebyte(pin, value), crc8(data). Each pin gets a HAL 1-Wire bus.
    /// </summary>
    internal static class OneWireModule
    {
        internal static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("reset", new PyBuiltin1("reset", Reset));
            d.SetName("readbit", new PyBuiltin1("readbit", ReadBit));
            d.SetName("readbyte", new PyBuiltin1("readbyte", ReadByte));
            d.SetName("writebit", new PyBuiltin2("writebit", WriteBit));
            d.SetName("writebyte", new PyBuiltin2("writebyte", WriteByte));
            d.SetName("crc8", new PyBuiltin1("crc8", Crc8));
        }

        /// <summary>Dallas/Maxim CRC-8 of data[offset, offset + count) (0 over data that ends with its CRC).</summary>
        internal static int Crc(byte[] data, int offset, int count)
        {
            int crc = 0;
            for (int i = 0; i < count; i++)
            {
                int b = data[offset + i];
                for (int k = 0; k < 8; k++)
                {
                    int mix = (crc ^ b) & 1;
                    crc >>= 1;
                    if (mix != 0)
                    {
                        crc ^= 0x8C;
                    }

                    b >>= 1;
                }
            }

            return crc;
        }

        private static IOneWire Bus(Interpreter ip, PyObject pin)
        {
            MachineState state = MachineState.Of(ip);
            int id = MachineArgs.OutputPin(ip, state, pin);
            IOneWire w = (IOneWire)state.OneWires[id];
            if (w == null)
            {
                w = state.Board.OpenOneWire(id);
                if (w == null)
                {
                    throw Errno.Error(Errno.EOPNOTSUPP);
                }

                state.OneWires[id] = w;
            }

            return w;
        }

        private static PyObject Reset(Interpreter ip, PyObject pin)
        {
            return PyBool.Of(Bus(ip, pin).Reset());
        }

        private static PyObject ReadBit(Interpreter ip, PyObject pin)
        {
            return PyInt.Get(Bus(ip, pin).ReadBit());
        }

        private static PyObject ReadByte(Interpreter ip, PyObject pin)
        {
            return PyInt.Get(Bus(ip, pin).ReadByte());
        }

        private static PyObject WriteBit(Interpreter ip, PyObject pin, PyObject value)
        {
            Bus(ip, pin).WriteBit(Ops.IsTrue(ip, value) ? 1 : 0);
            return PyNone.Value;
        }

        private static PyObject WriteByte(Interpreter ip, PyObject pin, PyObject value)
        {
            Bus(ip, pin).WriteByte(MachineArgs.Int(ip, value) & 0xFF);
            return PyNone.Value;
        }

        private static PyObject Crc8(Interpreter ip, PyObject data)
        {
            int offset, count;
            byte[] b = MachineArgs.Buffer(data, out offset, out count);
            return PyInt.Get(Crc(b, offset, count));
        }
    }
}
