using nanoFramework.Hardware.Esp32.Touch;

namespace NanoPython.Hal.Esp32
{
    /// <summary>A touch channel over nanoFramework's TouchPad (channel numbers T0..T9).</summary>
    public sealed class Esp32TouchPad : ITouchPad
    {
        private readonly TouchPad _pad;

        internal Esp32TouchPad(int channel)
        {
            _pad = new TouchPad(channel);
        }

        /// <inheritdoc/>
        public int Read()
        {
            return (int)_pad.Read();
        }

        /// <inheritdoc/>
        public void SetThreshold(int threshold)
        {
            _pad.Threshold = (uint)threshold;
        }
    }
}
