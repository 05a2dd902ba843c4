using System.Device.Pwm;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// A PWM output over nanoFramework's PwmChannel.CreateFromPin (which routes the pin to an LEDC channel itself).
    /// nanoFramework has no output polarity setting: an inverted output uses the complementary duty cycle.
    /// </summary>
    public sealed class Esp32Pwm : IPwmOutput
    {
        private readonly PwmChannel _channel;
        private readonly bool _invert;

        internal Esp32Pwm(int pin, int frequency, int dutyU16, bool invert)
        {
            _invert = invert;
            _channel = PwmChannel.CreateFromPin(pin, frequency, Ratio(dutyU16, invert));
            _channel.Start();
        }

        /// <summary>The duty ratio (0..1) of a 16-bit duty, complemented when inverted.</summary>
        public static double Ratio(int dutyU16, bool invert)
        {
            double r = dutyU16 >= 65535 ? 1.0 : dutyU16 / 65536.0;
            return invert ? 1.0 - r : r;
        }

        /// <inheritdoc/>
        public void Set(int frequency, int dutyU16)
        {
            if (_channel.Frequency != frequency)
            {
                _channel.Frequency = frequency;
            }

            _channel.DutyCycle = Ratio(dutyU16, _invert);
        }

        /// <inheritdoc/>
        public void Close()
        {
            _channel.Stop();
            _channel.Dispose();
        }
    }
}
