using System.Device.Adc;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// An ADC input over nanoFramework's AdcController: logical channels 0..7 are ADC1, 10..19 ADC2 (pins routed with
    /// Configuration.SetPinFunction ADC1_CHn). nanoFramework reads with the firmware's fixed attenuation (11 dB) and
    /// 12 bits: atten() is recorded for read_uv's scale, width() shifts the raw value.
    /// </summary>
    public sealed class Esp32Adc : IAdcChannel
    {
        private static readonly int[] s_fullScaleMv = { 1100, 1500, 2200, 3300 };
        private readonly AdcChannel _channel;
        private int _atten = 3;
        private int _bits = 12;

        internal Esp32Adc(AdcController controller, int pin)
        {
            int channel = LogicalChannel(pin);
            Configuration.SetPinFunction(pin, ChannelFunction(channel));
            _channel = controller.OpenChannel(channel);
        }

        /// <summary>nanoFramework's logical ADC channel of a pin (ADC1 n, ADC2 10 + n), or -1.</summary>
        public static int LogicalChannel(int pin)
        {
            int block = Esp32PinMap.AdcBlock(pin);
            int ch = Esp32PinMap.AdcChannel(pin);
            return block == 1 ? ch : block == 2 ? 10 + ch : -1;
        }

        /// <summary>The DeviceFunction that routes a logical channel.</summary>
        public static DeviceFunction ChannelFunction(int channel)
        {
            switch (channel)
            {
                case 0: return DeviceFunction.ADC1_CH0;
                case 1: return DeviceFunction.ADC1_CH1;
                case 2: return DeviceFunction.ADC1_CH2;
                case 3: return DeviceFunction.ADC1_CH3;
                case 4: return DeviceFunction.ADC1_CH4;
                case 5: return DeviceFunction.ADC1_CH5;
                case 6: return DeviceFunction.ADC1_CH6;
                case 7: return DeviceFunction.ADC1_CH7;
                case 8: return DeviceFunction.ADC1_CH8;
                case 9: return DeviceFunction.ADC1_CH9;
                case 10: return DeviceFunction.ADC1_CH10;
                case 11: return DeviceFunction.ADC1_CH11;
                case 12: return DeviceFunction.ADC1_CH12;
                case 13: return DeviceFunction.ADC1_CH13;
                case 14: return DeviceFunction.ADC1_CH14;
                case 15: return DeviceFunction.ADC1_CH15;
                case 16: return DeviceFunction.ADC1_CH16;
                case 17: return DeviceFunction.ADC1_CH17;
                case 18: return DeviceFunction.ADC1_CH18;
                default: return DeviceFunction.ADC1_CH19;
            }
        }

        /// <inheritdoc/>
        public void Configure(int attenuation, int bits)
        {
            _atten = attenuation;
            _bits = bits;
        }

        /// <inheritdoc/>
        public int ReadRaw()
        {
            return Raw12() >> (12 - _bits);
        }

        /// <inheritdoc/>
        public int ReadMicrovolts()
        {
            return (int)((long)Raw12() * s_fullScaleMv[_atten] * 1000 / 4095);
        }

        /// <inheritdoc/>
        public void Close()
        {
            _channel.Dispose();
        }

        private int Raw12()
        {
            int v = _channel.ReadValue();
            int max = _channel.Controller.MaxValue;
            if (max > 0 && max != 4095)
            {
                v = (int)((long)v * 4095 / max);
            }

            return v < 0 ? 0 : v > 4095 ? 4095 : v;
        }
    }
}
