using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// machine.mem8/mem16/mem32: "raw memory" over a small map of ESP32 registers backed by the HAL (managed code has no
    /// raw memory access, on the device either). Mapped: GPIO_OUT_REG 0x3FF44004 (+ W1TS 0x3FF44008, W1TC 0x3FF4400C),
    /// GPIO_ENABLE_REG 0x3FF44020, GPIO_IN_REG 0x3FF4403C, GPIO_IN1_REG 0x3FF44040, and the RTC slow memory at 0x50000000
    /// whose first 2048 bytes are RTC.memory(). Other addresses read 0 and ignore writes. mem8/mem16 are unsigned, mem32
    /// is signed (MicroPython's small-int conversion of a 32-bit word); unaligned addresses are a ValueError.
    /// </summary>
    public sealed class MachineMem : PyObject
    {
        private const uint GpioOut = 0x3FF44004;
        private const uint GpioOutSet = 0x3FF44008;
        private const uint GpioOutClear = 0x3FF4400C;
        private const uint GpioEnable = 0x3FF44020;
        private const uint GpioIn = 0x3FF4403C;
        private const uint GpioIn1 = 0x3FF44040;
        private const uint RtcSlowMem = 0x50000000;
        private const uint RtcSlowMemSize = 8192;

        private readonly MachineState _state;
        private readonly int _width;

        internal MachineMem(MachineState state, int width)
        {
            _state = state;
            _width = width;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return MachineTypes.Mem; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<" + (_width * 8) + "-bit memory>";
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            uint addr = Address(ip, key);
            uint v = 0;
            for (int i = 0; i < _width; i++)
            {
                v |= (uint)ReadByte(addr + (uint)i) << (8 * i);
            }

            return _width == 4 ? PyInt.Get((int)v) : PyInt.Get((long)v);
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            uint addr = Address(ip, key);
            uint v = (uint)Ops.Index(ip, value);
            uint word = addr & ~3u;
            if (IsGpioRegister(word))
            {
                uint cur = ReadWord(word);
                int shift = (int)(addr - word) * 8;
                uint mask = _width == 4 ? 0xFFFFFFFFu : ((1u << (_width * 8)) - 1) << shift;
                WriteWord(word, (cur & ~mask) | ((v << shift) & mask));
                return true;
            }

            for (int i = 0; i < _width; i++)
            {
                WriteByte(addr + (uint)i, (byte)(v >> (8 * i)));
            }

            return true;
        }

        private uint Address(Interpreter ip, PyObject key)
        {
            uint addr = (uint)(Ops.Index(ip, key) & 0xFFFFFFFFL);
            if ((addr & (uint)(_width - 1)) != 0)
            {
                throw new PyException(PyExc.ValueError, "address " + Hex8(addr) + " is not aligned to " + _width + " bytes");
            }

            return addr;
        }

        private static string Hex8(uint v)
        {
            char[] c = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                c[i] = StrUtil.HexDigit((int)(v & 15));
                v >>= 4;
            }

            return new string(c);
        }

        private static bool IsGpioRegister(uint word)
        {
            return word == GpioOut || word == GpioOutSet || word == GpioOutClear || word == GpioEnable || word == GpioIn || word == GpioIn1;
        }

        private byte ReadByte(uint addr)
        {
            uint word = addr & ~3u;
            if (IsGpioRegister(word))
            {
                return (byte)(ReadWord(word) >> (int)((addr - word) * 8));
            }

            if (addr >= RtcSlowMem && addr < RtcSlowMem + RtcSlowMemSize)
            {
                byte[] m = _state.Board.Rtc.ReadMemory();
                int i = (int)(addr - RtcSlowMem);
                return i < m.Length ? m[i] : (byte)0;
            }

            return 0;
        }

        private void WriteByte(uint addr, byte value)
        {
            IRtc rtc = _state.Board.Rtc;
            if (addr >= RtcSlowMem && addr < RtcSlowMem + (uint)rtc.MemoryCapacity)
            {
                byte[] m = rtc.ReadMemory();
                int i = (int)(addr - RtcSlowMem);
                if (i >= m.Length)
                {
                    byte[] grown = new byte[i + 1];
                    System.Array.Copy(m, grown, m.Length);
                    m = grown;
                }

                m[i] = value;
                rtc.WriteMemory(m, 0, m.Length);
            }
        }

        private uint ReadWord(uint word)
        {
            IGpio g = _state.Board.Gpio;
            uint v = 0;
            int first = word == GpioIn1 ? 32 : 0;
            int last = word == GpioIn1 ? Esp32PinMap.PinCount : 32;
            for (int pin = first; pin < last; pin++)
            {
                int caps = g.Capabilities(pin);
                if (caps == 0)
                {
                    continue;
                }

                bool bit;
                if (word == GpioEnable)
                {
                    MachinePin p = _state.Pins[pin];
                    bit = p != null && p.Mode >= 0 && (p.Mode & 2) != 0;
                }
                else if (word == GpioIn || word == GpioIn1)
                {
                    bit = g.Read(pin) != 0;
                }
                else
                {
                    // The output latch: the level of pins configured as outputs.
                    bit = (caps & HalPin.CapOutput) != 0 && g.Read(pin) != 0;
                }

                if (bit)
                {
                    v |= 1u << (pin - first);
                }
            }

            return v;
        }

        private void WriteWord(uint word, uint value)
        {
            if (word != GpioOut && word != GpioOutSet && word != GpioOutClear)
            {
                return;
            }

            IGpio g = _state.Board.Gpio;
            for (int pin = 0; pin < 32; pin++)
            {
                if ((g.Capabilities(pin) & HalPin.CapOutput) == 0)
                {
                    continue;
                }

                bool bit = ((value >> pin) & 1) != 0;
                if (word == GpioOut)
                {
                    g.Write(pin, bit ? 1 : 0);
                }
                else if (bit)
                {
                    g.Write(pin, word == GpioOutSet ? 1 : 0);
                }
            }
        }
    }
}
