using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    public sealed partial class Esp32Gpio
    {
        private SpiDevice _bitstreamSpi;
        private int _bitstreamFreq;
        private int _bitstreamPin = -1;

        /// <inheritdoc/>
        /// <remarks>Polled from managed code: the resolution is one loop of GpioPin.Read plus the timer read (tens of µs).</remarks>
        public long TimePulseUs(int pin, int level, long timeoutUs)
        {
            GpioPin p = Open(pin);
            PinValue want = level != 0 ? PinValue.High : PinValue.Low;
            long start = Esp32Clock.NowUs;
            while (p.Read() != want)
            {
                if (Esp32Clock.NowUs - start >= timeoutUs)
                {
                    return -2;
                }
            }

            start = Esp32Clock.NowUs;
            while (p.Read() == want)
            {
                if (Esp32Clock.NowUs - start >= timeoutUs)
                {
                    return -1;
                }
            }

            return Esp32Clock.NowUs - start;
        }

        /// <inheritdoc/>
        /// <remarks>
        /// Managed code cannot produce 400 ns pulses, so the stream goes out on SPI MOSI (routed to the pin with
        /// Configuration.SetPinFunction): each data bit becomes n SPI bits (3..8) whose clock makes the high times match
        /// t0h/t1h best (WS2812 at 800 kHz: 3 bits at 2.4 MHz, 417/833 ns).
        /// </remarks>
        public int Bitstream(int pin, int t0h, int t0l, int t1h, int t1l, byte[] data, int offset, int count)
        {
            int slots;
            int h0;
            int h1;
            int freq = BitstreamEncoding(t0h, t0l, t1h, t1l, out slots, out h0, out h1);
            if (freq <= 0)
            {
                return HalStatus.InvalidArgument;
            }

            byte[] spi = EncodeBitstream(data, offset, count, slots, h0, h1);
            if (_bitstreamSpi == null || _bitstreamFreq != freq || _bitstreamPin != pin)
            {
                if (_bitstreamSpi != null)
                {
                    _bitstreamSpi.Dispose();
                }

                Configuration.SetPinFunction(pin, _board.BitstreamSpiBus == 1 ? DeviceFunction.SPI1_MOSI : DeviceFunction.SPI2_MOSI);
                SpiConnectionSettings s = new SpiConnectionSettings(_board.BitstreamSpiBus, -1);
                s.ClockFrequency = freq;
                s.Mode = SpiMode.Mode0;
                s.DataBitLength = 8;
                s.DataFlow = DataFlow.MsbFirst;
                _bitstreamSpi = new SpiDevice(s);
                _bitstreamFreq = freq;
                _bitstreamPin = pin;
            }

            _bitstreamSpi.Write(new SpanByte(spi));
            return HalStatus.Ok;
        }

        /// <summary>
        /// Chooses the SPI encoding of a pulse train: slots SPI bits per data bit, h0/h1 of them high for a 0/1 bit.
        /// Returns the SPI clock in Hz (0 when the timing cannot be met).
        /// </summary>
        public static int BitstreamEncoding(int t0h, int t0l, int t1h, int t1l, out int slots, out int h0, out int h1)
        {
            int period = t0h + t0l;
            slots = 0;
            h0 = 0;
            h1 = 0;
            if (t0h <= 0 || t1h <= 0 || period <= 0)
            {
                return 0;
            }

            double bestErr = double.MaxValue;
            for (int n = 3; n <= 8; n++)
            {
                double unit = (double)period / n;
                int a = (int)(t0h / unit + 0.5);
                int b = (int)(t1h / unit + 0.5);
                a = a < 1 ? 1 : a > n - 1 ? n - 1 : a;
                b = b < 1 ? 1 : b > n - 1 ? n - 1 : b;
                double err = Abs(a * unit - t0h) + Abs(b * unit - t1h);
                if (a != b && err < bestErr)
                {
                    bestErr = err;
                    slots = n;
                    h0 = a;
                    h1 = b;
                }
            }

            if (slots == 0)
            {
                return 0;
            }

            return (int)(1000000000.0 * slots / period + 0.5);
        }

        /// <summary>The SPI bytes of a bit stream: slots bits per data bit, MSB first, h0 or h1 of them high.</summary>
        public static byte[] EncodeBitstream(byte[] data, int offset, int count, int slots, int h0, int h1)
        {
            int bits = count * 8 * slots;
            byte[] r = new byte[(bits + 7) / 8 + 1];
            int k = 0;
            for (int i = 0; i < count * 8; i++)
            {
                bool one = (data[offset + i / 8] & (0x80 >> (i % 8))) != 0;
                int high = one ? h1 : h0;
                for (int s = 0; s < slots; s++)
                {
                    if (s < high)
                    {
                        r[k / 8] |= (byte)(0x80 >> (k % 8));
                    }

                    k++;
                }
            }

            return r;
        }

        /// <inheritdoc/>
        /// <remarks>MicroPython's dht_readinto polled from managed code: reliable only while a loop stays well under the 48 µs threshold.</remarks>
        public int DhtRead(int pin, byte[] buffer, int offset)
        {
            Configure(pin, HalPin.ModeOpenDrain, HalPin.PullNone, 2);
            GpioPin p = _pins[pin];
            p.Write(PinValue.High);
            Thread.Sleep(250);
            p.Write(PinValue.Low);
            Thread.Sleep(18);
            p.Write(PinValue.High);
            Esp32Clock.Spin(10);
            long start = Esp32Clock.NowUs;
            while (p.Read() != PinValue.Low)
            {
                if (Esp32Clock.NowUs - start > 100)
                {
                    return HalStatus.Timeout;
                }
            }

            if (TimePulseUs(pin, 1, 150) < 0)
            {
                return HalStatus.Timeout;
            }

            for (int i = 0; i < 5; i++)
            {
                buffer[offset + i] = 0;
            }

            for (int i = 0; i < 40; i++)
            {
                long t = TimePulseUs(pin, 1, 100);
                if (t < 0)
                {
                    return HalStatus.Timeout;
                }

                buffer[offset + i / 8] = (byte)((buffer[offset + i / 8] << 1) | (t > 48 ? 1 : 0));
            }

            return HalStatus.Ok;
        }

        private static double Abs(double v)
        {
            return v < 0 ? -v : v;
        }
    }
}
