using NanoPython.Hal;

namespace NFUnitTest
{
    /// <summary>
    /// The pins of the test board: outputs drive their latch, inputs read what the test sets with
    /// <see cref="SetInput"/> (or their pull); level changes are reported to the edge handlers.
    /// </summary>
    public sealed class MachineTestGpio : IGpio
    {
        private readonly int[] _modes = new int[Esp32PinMap.PinCount];
        private readonly int[] _pulls = new int[Esp32PinMap.PinCount];
        private readonly int[] _latch = new int[Esp32PinMap.PinCount];
        private readonly int[] _input = new int[Esp32PinMap.PinCount];
        private readonly int[] _level = new int[Esp32PinMap.PinCount];
        private readonly int[] _edges = new int[Esp32PinMap.PinCount];
        private readonly PinEdgeHandler[] _handlers = new PinEdgeHandler[Esp32PinMap.PinCount];

        public MachineTestGpio()
        {
            for (int i = 0; i < _input.Length; i++)
            {
                _input[i] = -1;
            }
        }

        public int Capabilities(int pin)
        {
            return Esp32PinMap.Capabilities(pin);
        }

        public int ModeOf(int pin)
        {
            return _modes[pin];
        }

        public int LatchOf(int pin)
        {
            return _latch[pin];
        }

        public void Configure(int pin, int mode, int pull, int drive)
        {
            if (mode != HalPin.Unchanged)
            {
                _modes[pin] = mode;
            }

            if (pull != HalPin.Unchanged)
            {
                _pulls[pin] = pull;
            }

            Update(pin);
        }

        public int Read(int pin)
        {
            return Level(pin);
        }

        public void Write(int pin, int level)
        {
            _latch[pin] = level != 0 ? 1 : 0;
            Update(pin);
        }

        public void SetEdgeHandler(int pin, int edges, PinEdgeHandler handler)
        {
            _edges[pin] = edges;
            _handlers[pin] = handler;
            _level[pin] = Level(pin);
        }

        /// <summary>Drives an input from outside: 0, 1, or -1 to release it.</summary>
        public void SetInput(int pin, int level)
        {
            _input[pin] = level;
            Update(pin);
        }

        public long TimePulseUs(int pin, int level, long timeoutUs)
        {
            return Level(pin) == level ? -1 : -2;
        }

        public int Bitstream(int pin, int t0h, int t0l, int t1h, int t1l, byte[] data, int offset, int count)
        {
            return HalStatus.NotSupported;
        }

        public int DhtRead(int pin, byte[] buffer, int offset)
        {
            return HalStatus.Timeout;
        }

        public void DropHandlers()
        {
            for (int i = 0; i < _handlers.Length; i++)
            {
                _handlers[i] = null;
                _edges[i] = 0;
            }
        }

        private int Level(int pin)
        {
            int mode = _modes[pin];
            if (mode == HalPin.ModeOutput)
            {
                return _latch[pin];
            }

            if (mode == HalPin.ModeOpenDrain && _latch[pin] == 0)
            {
                return 0;
            }

            if (_input[pin] >= 0)
            {
                return _input[pin];
            }

            return _pulls[pin] == HalPin.PullUp ? 1 : 0;
        }

        private void Update(int pin)
        {
            int now = Level(pin);
            if (now == _level[pin])
            {
                return;
            }

            _level[pin] = now;
            int edge = now != 0 ? HalPin.EdgeRising : HalPin.EdgeFalling;
            PinEdgeHandler h = _handlers[pin];
            if (h != null && (_edges[pin] & edge) != 0)
            {
                h(pin, edge);
            }
        }
    }
}
