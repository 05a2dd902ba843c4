namespace System;

/// <summary>Fake of nanoFramework's SpanByte (a window on a byte array).</summary>
public readonly struct SpanByte
{
    private readonly byte[] _array;
    private readonly int _start;

    public SpanByte(byte[] array)
        : this(array, 0, array?.Length ?? 0)
    {
    }

    public SpanByte(byte[] array, int start, int length)
    {
        if (array == null ? start != 0 || length != 0 : start < 0 || length < 0 || start + length > array.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        _array = array;
        _start = start;
        Length = length;
    }

    public int Length { get; }

    public bool IsEmpty => Length == 0;

    public static SpanByte Empty => default;

    public byte this[int index]
    {
        get => _array[_start + index];
        set => _array[_start + index] = value;
    }

    public static implicit operator SpanByte(byte[] array) => new SpanByte(array);

    public SpanByte Slice(int start) => new SpanByte(_array, _start + start, Length - start);

    public SpanByte Slice(int start, int length) => new SpanByte(_array, _start + start, length);

    public byte[] ToArray()
    {
        byte[] r = new byte[Length];
        if (Length > 0)
        {
            Array.Copy(_array, _start, r, 0, Length);
        }

        return r;
    }

    public void CopyTo(SpanByte destination)
    {
        for (int i = 0; i < Length; i++)
        {
            destination[i] = this[i];
        }
    }
}
