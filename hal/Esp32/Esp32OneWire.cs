using System.Device.Gpio;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// 1-Wire bit-banged on an open-drain GPIO with the standard slot timings (reset 480 µs low, presence sampled after
    /// 70 µs; write 1: 6 µs low; write 0: 60 µs low; read: 6 µs low, sample at 15 µs). Managed GPIO calls on nanoCLR take
    /// tens of µs, which is longer than the read slot's 15 µs window: expect it to work only on fast targets or
    /// with a UART-based 1-Wire adapter; resets and writes are the reliable part.
    /// </summary>
    public sealed class Esp32OneWire : IOneWire
    {
        private readonly GpioPin _pin;

        internal Esp32OneWire(Esp32Gpio gpio, int pin)
        {
            _pin = gpio.Claim(pin, HalPin.ModeOpenDrain, HalPin.PullUp);
        }

        /// <inheritdoc/>
        public bool Reset()
        {
            _pin.Write(PinValue.Low);
            Esp32Clock.Spin(480);
            _pin.Write(PinValue.High);
            Esp32Clock.Spin(70);
            bool presence = _pin.Read() == PinValue.Low;
            Esp32Clock.Spin(410);
            return presence;
        }

        /// <inheritdoc/>
        public int ReadBit()
        {
            long t = Esp32Clock.NowUs;
            _pin.Write(PinValue.Low);
            Esp32Clock.SpinUntil(t + 6);
            _pin.Write(PinValue.High);
            Esp32Clock.SpinUntil(t + 15);
            int bit = _pin.Read() == PinValue.High ? 1 : 0;
            Esp32Clock.SpinUntil(t + 70);
            return bit;
        }

        /// <inheritdoc/>
        public void WriteBit(int bit)
        {
            long t = Esp32Clock.NowUs;
            _pin.Write(PinValue.Low);
            Esp32Clock.SpinUntil(t + (bit != 0 ? 6 : 60));
            _pin.Write(PinValue.High);
            Esp32Clock.SpinUntil(t + 70);
        }

        /// <inheritdoc/>
        public int ReadByte()
        {
            int v = 0;
            for (int i = 0; i < 8; i++)
            {
                v |= ReadBit() << i;
            }

            return v;
        }

        /// <inheritdoc/>
        public void WriteByte(int value)
        {
            for (int i = 0; i < 8; i++)
            {
                WriteBit((value >> i) & 1);
            }
        }
    }
}
