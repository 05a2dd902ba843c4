namespace NanoPython.Machine
{
    /// <summary>
    /// ESP32 LEDC bookkeeping as MicroPython's esp32 port does it: 16 channels in two speed groups (0..7 and 8..15),
    /// each group with 4 timers (0..3 and 4..7); a channel uses a timer of its group, and channels with the same
    /// frequency share a timer, so at most 8 different frequencies run at once.
    /// </summary>
    internal sealed class PwmAllocator
    {
        public const int Channels = 16;
        public const int Timers = 8;

        private readonly int[] _channelPin = new int[Channels];
        private readonly int[] _channelTimer = new int[Channels];
        private readonly int[] _timerFreq = new int[Timers];

        public PwmAllocator()
        {
            for (int i = 0; i < Channels; i++)
            {
                _channelPin[i] = -1;
                _channelTimer[i] = -1;
            }
        }

        /// <summary>The channel driving pin, or -1.</summary>
        public int ChannelOf(int pin)
        {
            for (int i = 0; i < Channels; i++)
            {
                if (_channelPin[i] == pin)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The timer of a channel, or -1.</summary>
        public int TimerOf(int channel)
        {
            return _channelTimer[channel];
        }

        /// <summary>The frequency of a timer (0 when unused).</summary>
        public int FrequencyOf(int timer)
        {
            return _timerFreq[timer];
        }

        /// <summary>
        /// Gives pin a channel and a timer running at freq (keeping its channel when it has one). Returns the channel,
        /// -1 when no channel is free, -2 when no timer can take the frequency.
        /// </summary>
        public int Assign(int pin, int freq)
        {
            int ch = ChannelOf(pin);
            int timer;
            if (ch < 0)
            {
                // A free channel in a group that can run freq (a timer already at freq, or a free timer).
                bool anyFree = false;
                timer = -1;
                for (int i = 0; i < Channels && ch < 0; i++)
                {
                    if (_channelPin[i] < 0)
                    {
                        anyFree = true;
                        timer = TimerFor(i, freq);
                        if (timer >= 0)
                        {
                            ch = i;
                        }
                    }
                }

                if (ch < 0)
                {
                    return anyFree ? -2 : -1;
                }
            }
            else
            {
                timer = TimerFor(ch, freq);
                if (timer < 0)
                {
                    return -2;
                }
            }

            int old = _channelTimer[ch];
            _channelPin[ch] = pin;
            _channelTimer[ch] = timer;
            _timerFreq[timer] = freq;
            if (old >= 0 && old != timer && !TimerInUse(old, -1))
            {
                _timerFreq[old] = 0;
            }

            return ch;
        }

        /// <summary>Frees the channel of pin (its timer too when no other channel uses it).</summary>
        public void Release(int pin)
        {
            int ch = ChannelOf(pin);
            if (ch < 0)
            {
                return;
            }

            int timer = _channelTimer[ch];
            _channelPin[ch] = -1;
            _channelTimer[ch] = -1;
            if (timer >= 0 && !TimerInUse(timer, -1))
            {
                _timerFreq[timer] = 0;
            }
        }

        // A timer for channel ch at freq: its own when it already runs at freq or only this channel uses it, else a
        // timer of the group at that frequency, else a free timer of the group.
        private int TimerFor(int ch, int freq)
        {
            int current = _channelTimer[ch];
            if (current >= 0 && _timerFreq[current] == freq)
            {
                return current;
            }

            int group = ch / 8;
            for (int t = group * 4; t < group * 4 + 4; t++)
            {
                if (_timerFreq[t] == freq && TimerInUse(t, ch))
                {
                    return t;
                }
            }

            if (current >= 0 && !TimerInUse(current, ch))
            {
                return current;
            }

            for (int t = group * 4; t < group * 4 + 4; t++)
            {
                if (!TimerInUse(t, ch))
                {
                    return t;
                }
            }

            return -1;
        }

        private bool TimerInUse(int timer, int exceptChannel)
        {
            for (int i = 0; i < Channels; i++)
            {
                if (i != exceptChannel && _channelTimer[i] == timer)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
