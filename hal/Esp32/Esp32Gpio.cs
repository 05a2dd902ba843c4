using System.Device.Gpio;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// GPIO over nanoFramework's GpioController: a GpioPin per pad, opened on first use; HAL modes mapped explicitly to
    /// nanoFramework's PinMode (never cast: its numbers differ from both .NET IoT and MicroPython); the output level is
    /// remembered so that an output reads back what it drives; edges come from GpioPin.ValueChanged. The timed protocols
    /// (time_pulse_us, DHT, WS2812 bit streams) are in Esp32Gpio.Protocols.cs.
    /// </summary>
    public sealed partial class Esp32Gpio : IGpio
    {
        private readonly GpioController _controller;
        private readonly Esp32Board _board;
        private readonly GpioPin[] _pins = new GpioPin[Esp32PinMap.PinCount];
        private readonly int[] _modes = new int[Esp32PinMap.PinCount];
        private readonly int[] _pulls = new int[Esp32PinMap.PinCount];
        private readonly int[] _latch = new int[Esp32PinMap.PinCount];
        private readonly int[] _edges = new int[Esp32PinMap.PinCount];
        private readonly PinEdgeHandler[] _handlers = new PinEdgeHandler[Esp32PinMap.PinCount];
        private readonly bool[] _subscribed = new bool[Esp32PinMap.PinCount];

        internal Esp32Gpio(Esp32Board board, GpioController controller)
        {
            _board = board;
            _controller = controller;
        }

        /// <inheritdoc/>
        public int Capabilities(int pin)
        {
            return Esp32PinMap.Capabilities(pin);
        }

        /// <summary>nanoFramework's PinMode for a HAL mode and pull.</summary>
        public static PinMode ToPinMode(int mode, int pull)
        {
            switch (mode)
            {
                case HalPin.ModeOutput:
                    return PinMode.Output;
                case HalPin.ModeOpenDrain:
                    return pull == HalPin.PullUp ? PinMode.OutputOpenDrainPullUp : PinMode.OutputOpenDrain;
                default:
                    if (pull == HalPin.PullUp)
                    {
                        return PinMode.InputPullUp;
                    }

                    return pull == HalPin.PullDown ? PinMode.InputPullDown : PinMode.Input;
            }
        }

        /// <inheritdoc/>
        public void Configure(int pin, int mode, int pull, int drive)
        {
            if (mode == HalPin.Unchanged)
            {
                mode = _modes[pin];
            }

            if (pull == HalPin.Unchanged)
            {
                pull = _pulls[pin];
            }

            if ((Esp32PinMap.Capabilities(pin) & HalPin.CapPull) == 0)
            {
                pull = HalPin.PullNone;
            }

            _modes[pin] = mode;
            _pulls[pin] = pull;
            PinMode pm = ToPinMode(mode, pull);
            GpioPin p = _pins[pin];
            if (p == null)
            {
                p = _controller.OpenPin(pin, pm);
                _pins[pin] = p;
            }
            else
            {
                p.SetPinMode(pm);
            }

            if (mode == HalPin.ModeOutput || mode == HalPin.ModeOpenDrain)
            {
                p.Write(_latch[pin] != 0 ? PinValue.High : PinValue.Low);
            }
        }

        /// <inheritdoc/>
        public int Read(int pin)
        {
            if (_modes[pin] == HalPin.ModeOutput)
            {
                return _latch[pin];
            }

            return Open(pin).Read() == PinValue.High ? 1 : 0;
        }

        /// <inheritdoc/>
        public void Write(int pin, int level)
        {
            int old = _latch[pin];
            _latch[pin] = level != 0 ? 1 : 0;
            GpioPin p = _pins[pin];
            if (p != null && (_modes[pin] == HalPin.ModeOutput || _modes[pin] == HalPin.ModeOpenDrain))
            {
                p.Write(_latch[pin] != 0 ? PinValue.High : PinValue.Low);

                // An output's own writes are its edges (nanoFramework reports input changes only).
                if (_modes[pin] == HalPin.ModeOutput && old != _latch[pin])
                {
                    Report(pin, _latch[pin] != 0 ? HalPin.EdgeRising : HalPin.EdgeFalling);
                }
            }
        }

        /// <inheritdoc/>
        public void SetEdgeHandler(int pin, int edges, PinEdgeHandler handler)
        {
            _edges[pin] = handler == null ? 0 : edges;
            _handlers[pin] = edges == 0 ? null : handler;
            if (_handlers[pin] != null && !_subscribed[pin])
            {
                Open(pin).ValueChanged += OnValueChanged;
                _subscribed[pin] = true;
            }
        }

        /// <summary>The GpioPin of a pad in the given HAL mode (the bit-banged buses share the Pin objects' GpioPins).</summary>
        internal GpioPin Claim(int pin, int mode, int pull)
        {
            _latch[pin] = 1;
            Configure(pin, mode, pull, 2);
            return _pins[pin];
        }

        /// <summary>Soft reset: no more edge reports (modes and levels stay).</summary>
        internal void SoftReset()
        {
            for (int i = 0; i < _handlers.Length; i++)
            {
                _handlers[i] = null;
                _edges[i] = 0;
            }
        }

        private GpioPin Open(int pin)
        {
            GpioPin p = _pins[pin];
            if (p == null)
            {
                p = _controller.OpenPin(pin, ToPinMode(HalPin.ModeInput, _pulls[pin]));
                _pins[pin] = p;
                _modes[pin] = HalPin.ModeInput;
            }

            return p;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            Report(e.PinNumber, e.ChangeType == PinEventTypes.Rising ? HalPin.EdgeRising : HalPin.EdgeFalling);
        }

        private void Report(int pin, int edge)
        {
            if (pin < 0 || pin >= _handlers.Length)
            {
                return;
            }

            PinEdgeHandler h = _handlers[pin];
            if (h != null && (_edges[pin] & edge) != 0)
            {
                h(pin, edge);
            }
        }
    }
}
