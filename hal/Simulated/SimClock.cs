using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The time base of the simulated board and its event queue. Two modes:
/// <list type="bullet">
/// <item>virtual: time stands still until the program waits (a sleep, machine.idle, a UART timeout, a bus transfer's
/// duration) or the host advances it; events due on the way run in time order on the waiting thread, so a run is
/// exactly reproducible. A program that polls without waiting (reading ticks or a pin in a loop) moves time forward by
/// <see cref="PollStepUs"/> per read once it has polled <see cref="PollFreeReads"/> times at the same instant, so busy-wait
/// loops end.</item>
/// <item>real: board time is the host's monotonic time since the board was created; events run on a background thread
/// at their time.</item>
/// </list>
/// Every event runs while holding the board lock.
/// </summary>
public sealed class SimClock : IClock, IDisposable
{
    /// <summary>Reads of the time or of a pin allowed at one virtual instant before polling starts to cost time.</summary>
    public const int PollFreeReads = 100;

    /// <summary>Virtual time a poll costs once polling has started.</summary>
    public const long PollStepUs = 10;

    private readonly object _sync;
    private readonly PriorityQueue<SimEvent, (long, long)> _queue = new PriorityQueue<SimEvent, (long, long)>();
    private readonly Stopwatch _stopwatch;
    private readonly object _waitLock = new object();
    private readonly object _runnerSignal = new object();
    private readonly Thread _runner;
    private long _nowUs;
    private long _sequence;
    private int _pollCount;
    private bool _woken;
    private volatile bool _disposed;

    /// <summary>A clock; virtualTime selects the mode; sync is the board lock that events run under.</summary>
    public SimClock(bool virtualTime, object sync)
    {
        IsVirtual = virtualTime;
        _sync = sync;
        if (!virtualTime)
        {
            _stopwatch = Stopwatch.StartNew();
            _runner = new Thread(RunEvents) { IsBackground = true, Name = "simulated-board-clock" };
            _runner.Start();
        }
    }

    /// <summary>True for the virtual clock.</summary>
    public bool IsVirtual { get; }

    /// <summary>CPU frequency used for <see cref="TicksCpu"/>.</summary>
    public int CpuHz { get; set; } = 160000000;

    /// <summary>Board time in µs, without counting as a poll.</summary>
    public long NowUs
    {
        get
        {
            if (IsVirtual)
            {
                return Interlocked.Read(ref _nowUs);
            }

            return _stopwatch.ElapsedTicks * 1000000L / Stopwatch.Frequency;
        }
    }

    /// <inheritdoc/>
    public long TicksUs
    {
        get
        {
            Poll();
            return NowUs;
        }
    }

    /// <inheritdoc/>
    public long TicksCpu
    {
        get { return TicksUs * (CpuHz / 1000000); }
    }

    /// <summary>The time of the next pending event, or long.MaxValue.</summary>
    public long NextEventUs
    {
        get
        {
            lock (_sync)
            {
                while (_queue.TryPeek(out SimEvent e, out _))
                {
                    if (!e.Cancelled)
                    {
                        return e.TimeUs;
                    }

                    _queue.Dequeue();
                }

                return long.MaxValue;
            }
        }
    }

    /// <summary>Schedules action at board time timeUs (not earlier than now).</summary>
    public SimEvent At(long timeUs, Action action)
    {
        lock (_sync)
        {
            long now = NowUs;
            SimEvent e = new SimEvent(timeUs < now ? now : timeUs, _sequence++, action);
            _queue.Enqueue(e, (e.TimeUs, e.Sequence));
            if (!IsVirtual)
            {
                lock (_runnerSignal)
                {
                    Monitor.PulseAll(_runnerSignal);
                }
            }

            return e;
        }
    }

    /// <summary>Schedules action delayUs from now.</summary>
    public SimEvent After(long delayUs, Action action)
    {
        return At(NowUs + delayUs, action);
    }

    /// <summary>Virtual clock: moves time forward by us, running what falls due. Real clock: no effect.</summary>
    public void Advance(long us)
    {
        if (IsVirtual && us > 0)
        {
            AdvanceTo(NowUs + us, false);
            _pollCount = 0;
        }
    }

    /// <summary>Time spent by an operation of the hardware (a bus transfer): advances the virtual clock, nothing in real time.</summary>
    public void Consume(long us)
    {
        Advance(us);
    }

    /// <summary>A read of time or of an input: free a few times per instant, then it costs <see cref="PollStepUs"/> (virtual only).</summary>
    public void Poll()
    {
        if (IsVirtual && ++_pollCount > PollFreeReads)
        {
            AdvanceTo(NowUs + PollStepUs, false);
        }
    }

    /// <inheritdoc/>
    public void Wait(int ms)
    {
        if (ms < 0)
        {
            ms = 0;
        }

        if (IsVirtual)
        {
            _pollCount = 0;
            if (AdvanceTo(NowUs + ms * 1000L, true))
            {
                return;
            }

            lock (_waitLock)
            {
                _woken = false;
            }

            return;
        }

        lock (_waitLock)
        {
            if (!_woken && ms > 0)
            {
                Monitor.Wait(_waitLock, ms);
            }

            _woken = false;
        }
    }

    /// <inheritdoc/>
    public void Wake()
    {
        lock (_waitLock)
        {
            _woken = true;
            Monitor.PulseAll(_waitLock);
        }
    }

    /// <inheritdoc/>
    public void DelayUs(int us)
    {
        if (us <= 0)
        {
            return;
        }

        if (IsVirtual)
        {
            Advance(us);
            return;
        }

        long end = NowUs + us;
        while (NowUs < end)
        {
            if (end - NowUs > 2000)
            {
                Thread.Sleep(1);
            }
            else
            {
                Thread.SpinWait(20);
            }
        }
    }

    /// <summary>Real clock: sleeps until board time reaches timeUs (events keep running on their thread). Virtual: advances to it.</summary>
    public void SleepUntil(long timeUs)
    {
        if (IsVirtual)
        {
            if (timeUs > NowUs)
            {
                AdvanceTo(timeUs, false);
            }

            _pollCount = 0;
            return;
        }

        while (NowUs < timeUs)
        {
            long left = timeUs - NowUs;
            if (left > 2000)
            {
                Thread.Sleep((int)Math.Min(left / 1000 - 1, 50));
            }
            else
            {
                Thread.SpinWait(20);
            }
        }
    }

    /// <summary>Stops the real-time event thread.</summary>
    public void Dispose()
    {
        _disposed = true;
        lock (_runnerSignal)
        {
            Monitor.PulseAll(_runnerSignal);
        }
    }

    // Runs due events up to target (virtual). Returns true when stopped early because Wake() was called (stopOnWake).
    private bool AdvanceTo(long target, bool stopOnWake)
    {
        lock (_sync)
        {
            while (_queue.TryPeek(out SimEvent e, out _) && e.TimeUs <= target)
            {
                _queue.Dequeue();
                if (e.Cancelled)
                {
                    continue;
                }

                if (e.TimeUs > _nowUs)
                {
                    Interlocked.Exchange(ref _nowUs, e.TimeUs);
                }

                e.Action();
                if (stopOnWake)
                {
                    lock (_waitLock)
                    {
                        if (_woken)
                        {
                            _woken = false;
                            return true;
                        }
                    }
                }
            }

            if (target > _nowUs)
            {
                Interlocked.Exchange(ref _nowUs, target);
            }

            return false;
        }
    }

    private void RunEvents()
    {
        while (!_disposed)
        {
            long waitUs;
            lock (_sync)
            {
                long now = NowUs;
                if (_queue.TryPeek(out SimEvent e, out _) && e.TimeUs <= now)
                {
                    _queue.Dequeue();
                    if (!e.Cancelled)
                    {
                        e.Action();
                    }

                    continue;
                }

                waitUs = e == null ? 100000 : Math.Min(e.TimeUs - now, 100000);
            }

            lock (_runnerSignal)
            {
                if (waitUs >= 1000)
                {
                    Monitor.Wait(_runnerSignal, (int)(waitUs / 1000));
                }
                else
                {
                    Monitor.Wait(_runnerSignal, 0);
                    Thread.SpinWait(50);
                }
            }
        }
    }
}
