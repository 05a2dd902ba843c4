using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>An I2C bus of the test board with one register device at 0x42 (auto-increment, 16 registers, id 0xA5 at 0x0F).</summary>
    public sealed class MachineTestI2c : II2cBus
    {
        public const int Address = 0x42;

        private readonly byte[] _regs = new byte[16];
        private int _pointer;

        public MachineTestI2c()
        {
            _regs[0x0F] = 0xA5;
        }

        public byte Register(int i)
        {
            return _regs[i];
        }

        public int Write(int address, byte[] data, int offset, int count, bool stop)
        {
            if (address != Address)
            {
                return HalStatus.NoDevice;
            }

            if (count > 0)
            {
                _pointer = data[offset] & 0x0F;
                for (int i = 1; i < count; i++)
                {
                    _regs[(_pointer + i - 1) & 0x0F] = data[offset + i];
                }
            }

            return count;
        }

        public int Read(int address, byte[] buffer, int offset, int count, bool stop)
        {
            if (address != Address)
            {
                return HalStatus.NoDevice;
            }

            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = _regs[(_pointer + i) & 0x0F];
            }

            _pointer = (_pointer + count) & 0x0F;
            return count;
        }

        public int WriteRead(int address, byte[] write, int writeOffset, int writeCount, byte[] read, int readOffset, int readCount)
        {
            int w = Write(address, write, writeOffset, writeCount, false);
            return w < 0 ? w : Read(address, read, readOffset, readCount, true);
        }

        public bool Probe(int address)
        {
            return address == Address;
        }

        public void Close()
        {
        }
    }
}
