using System;
using System.Device.Spi;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// A hardware SPI controller over nanoFramework's SpiDevice (no chip select: the program drives its own CS pin).
    /// MicroPython's SPI(1) (HSPI) and SPI(2) (VSPI) are nanoFramework's buses 1 and 2; the pins are routed with
    /// Configuration.SetPinFunction.
    /// </summary>
    public sealed class Esp32Spi : ISpiBus
    {
        private readonly int _busId;
        private SpiDevice _device;

        internal Esp32Spi(int id, SpiConfig config)
        {
            _busId = id;
            Configure(config);
        }

        /// <summary>nanoFramework's SpiMode for MicroPython's polarity and phase.</summary>
        public static SpiMode ModeOf(int polarity, int phase)
        {
            if (polarity == 0)
            {
                return phase == 0 ? SpiMode.Mode0 : SpiMode.Mode1;
            }

            return phase == 0 ? SpiMode.Mode2 : SpiMode.Mode3;
        }

        /// <inheritdoc/>
        public void Configure(SpiConfig config)
        {
            if (_device != null)
            {
                _device.Dispose();
            }

            Configuration.SetPinFunction(config.Sck, _busId == 1 ? DeviceFunction.SPI1_CLOCK : DeviceFunction.SPI2_CLOCK);
            Configuration.SetPinFunction(config.Mosi, _busId == 1 ? DeviceFunction.SPI1_MOSI : DeviceFunction.SPI2_MOSI);
            if (config.Miso >= 0)
            {
                Configuration.SetPinFunction(config.Miso, _busId == 1 ? DeviceFunction.SPI1_MISO : DeviceFunction.SPI2_MISO);
            }

            SpiConnectionSettings s = new SpiConnectionSettings(_busId, -1);
            s.ClockFrequency = config.Baudrate;
            s.Mode = ModeOf(config.Polarity, config.Phase);
            s.DataBitLength = config.Bits;
            s.DataFlow = config.FirstBit == 1 ? DataFlow.LsbFirst : DataFlow.MsbFirst;
            _device = new SpiDevice(s);
        }

        /// <inheritdoc/>
        public void Transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int count)
        {
            if (read == null)
            {
                _device.Write(new SpanByte(write, writeOffset, count));
            }
            else
            {
                _device.TransferFullDuplex(new SpanByte(write, writeOffset, count), new SpanByte(read, readOffset, count));
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (_device != null)
            {
                _device.Dispose();
                _device = null;
            }
        }
    }
}
