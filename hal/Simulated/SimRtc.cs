using System;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// The RTC of the simulated board: calendar time that runs with the board clock (starting from the host's UTC time in
/// real-time mode, from the description's "rtc" or 2000-01-01 with the virtual clock) and 2048 bytes of user memory
/// that live as long as the board object (they survive soft and hard resets of the session).
/// </summary>
public sealed class SimRtc : IRtc
{
    private static readonly DateTime s_epoch = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly SimulatedBoard _board;
    private long _baseUs;
    private long _clockAtBase;
    private byte[] _memory = new byte[0];

    internal SimRtc(SimulatedBoard board, DateTime? start)
    {
        _board = board;
        DateTime t = start ?? (board.Clock.IsVirtual ? s_epoch : DateTime.UtcNow);
        _baseUs = (t.ToUniversalTime() - s_epoch).Ticks / 10;
        _clockAtBase = board.Clock.NowUs;
    }

    /// <inheritdoc/>
    public long Now
    {
        get { return _baseUs + _board.Clock.NowUs - _clockAtBase; }
    }

    /// <inheritdoc/>
    public int MemoryCapacity
    {
        get { return 2048; }
    }

    /// <inheritdoc/>
    public void Set(long microsecondsSince2000)
    {
        lock (_board.Sync)
        {
            _baseUs = microsecondsSince2000;
            _clockAtBase = _board.Clock.NowUs;
            _board.Trace.Write("RTC", "set to " + s_epoch.AddTicks(microsecondsSince2000 * 10).ToString("yyyy-MM-dd HH:mm:ss"));
        }
    }

    /// <inheritdoc/>
    public byte[] ReadMemory()
    {
        lock (_board.Sync)
        {
            return (byte[])_memory.Clone();
        }
    }

    /// <inheritdoc/>
    public void WriteMemory(byte[] data, int offset, int count)
    {
        lock (_board.Sync)
        {
            byte[] m = new byte[Math.Min(count, MemoryCapacity)];
            Array.Copy(data, offset, m, 0, m.Length);
            _memory = m;
        }
    }
}
