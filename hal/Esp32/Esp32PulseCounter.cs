using System.Device.Gpio;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// A pulse counter over nanoFramework's GpioPulseCounter (the ESP32 PCNT): one pin with the chosen edges, or two
    /// pins as a quadrature decoder. The glitch filter is given in APB clock cycles (12.5 ns).
    /// </summary>
    public sealed class Esp32PulseCounter : IPulseCounter
    {
        private readonly GpioPulseCounter _counter;
        private long _offset;

        internal Esp32PulseCounter(int pinA, int pinB, int edges, int filterNs)
        {
            _counter = new GpioPulseCounter(pinA, pinB);
            _counter.Polarity = PolarityOf(pinB >= 0 ? HalPin.EdgeRising | HalPin.EdgeFalling : edges);
            int cycles = filterNs / 13;
            _counter.FilterPulses = (ushort)(cycles > 1023 ? 1023 : cycles);
            _counter.Start();
        }

        /// <inheritdoc/>
        public long Count
        {
            get { return _counter.Read().Count - _offset; }
        }

        /// <summary>nanoFramework's polarity for HAL edges.</summary>
        public static GpioPulsePolarity PolarityOf(int edges)
        {
            if (edges == HalPin.EdgeRising)
            {
                return GpioPulsePolarity.Rising;
            }

            return edges == HalPin.EdgeFalling ? GpioPulsePolarity.Falling : GpioPulsePolarity.Both;
        }

        /// <inheritdoc/>
        public void SetCount(long value)
        {
            _offset = _counter.Read().Count - value;
        }

        /// <inheritdoc/>
        public void Close()
        {
            _counter.Stop();
            _counter.Dispose();
        }
    }
}
