namespace NanoPython.Hal
{
    /// <summary>
    /// The pins of the board, by GPIO number, and the pin-level protocols that need precise timing (pulse measurement,
    /// WS2812 bit streams, the DHT single-wire read). Modes, pulls and edges are the <see cref="HalPin"/> constants.
    /// </summary>
    public interface IGpio
    {
        /// <summary>What the pin can do: a combination of HalPin.Cap* flags, 0 when the pin does not exist.</summary>
        int Capabilities(int pin);

        /// <summary>
        /// Configures a pin (mode HalPin.Mode*, pull HalPin.Pull*, drive 0..3; HalPin.Unchanged keeps the mode or pull).
        /// The output level is kept.
        /// </summary>
        void Configure(int pin, int mode, int pull, int drive);

        /// <summary>The level on the pin (0 or 1); an output reads back what the pad carries.</summary>
        int Read(int pin);

        /// <summary>Sets the output latch of the pin (0 or 1); it drives the pad when the pin is an output.</summary>
        void Write(int pin, int level);

        /// <summary>Reports the given edges (HalPin.Edge* combined) to handler; edges 0 or a null handler stop reporting.</summary>
        void SetEdgeHandler(int pin, int edges, PinEdgeHandler handler);

        /// <summary>
        /// machine.time_pulse_us: waits up to timeoutUs for the pin to reach level, then times how long it stays there.
        /// Returns the pulse length in µs, -2 when the level never came, -1 when the pulse outlasted the timeout.
        /// </summary>
        long TimePulseUs(int pin, int level, long timeoutUs);

        /// <summary>
        /// machine.bitstream encoding 0: sends data[offset, offset + count) MSB first as high/low pulses (t0h, t0l) for a
        /// 0 bit and (t1h, t1l) for a 1 bit, in nanoseconds. Returns 0 or a negative HalStatus.
        /// </summary>
        int Bitstream(int pin, int t0h, int t0l, int t1h, int t1l, byte[] data, int offset, int count);

        /// <summary>
        /// machine.dht_readinto: runs the DHT11/DHT22 start sequence and reads 5 bytes into buffer[offset..]. Returns 0
        /// or HalStatus.Timeout. The checksum is not checked here (the Python driver does it).
        /// </summary>
        int DhtRead(int pin, byte[] buffer, int offset);
    }
}
