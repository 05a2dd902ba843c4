using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Framebuf
{
    /// <summary>
    /// A framebuf.FrameBuffer: a width x height view of pixels stored in a writable buffer object (bytearray,
    /// memoryview, array...) in one of MicroPython's formats. The pixel layouts are those of MicroPython's
    /// extmod/modframebuf.c, bit for bit:
    /// <list type="bullet">
    /// <item>MONO_VLSB (0): one bit per pixel, each byte a vertical run of 8 pixels, LSB at the top; byte
    /// (y / 8) * stride + x, bit y % 8.</item>
    /// <item>MONO_HLSB (3) / MONO_HMSB (4): one bit per pixel, each byte 8 horizontal pixels, MSB (HLSB) or LSB
    /// (HMSB) leftmost; byte (x + y * stride) / 8; stride rounded up to a multiple of 8.</item>
    /// <item>RGB565 (1): 16 bits per pixel, little endian (as on the ESP32), index x + y * stride.</item>
    /// <item>GS2_HMSB (5): 2 bits per pixel, first pixel in the low bits; stride rounded up to a multiple of 4.</item>
    /// <item>GS4_HMSB (2): 4 bits per pixel, even x in the high nibble; stride rounded up to a multiple of 2.</item>
    /// <item>GS8 (6): one byte per pixel.</item>
    /// </list>
    /// The buffer is looked up again at every drawing call (never cached): a bytearray that grows moves its storage.
    /// </summary>
    public sealed class PyFrameBuffer : PyObject, IBufferExporter
    {
        /// <summary>MONO_VLSB (also MVLSB).</summary>
        public const int MonoVlsb = 0;

        /// <summary>RGB565.</summary>
        public const int Rgb565 = 1;

        /// <summary>GS4_HMSB.</summary>
        public const int Gs4Hmsb = 2;

        /// <summary>MONO_HLSB.</summary>
        public const int MonoHlsb = 3;

        /// <summary>MONO_HMSB.</summary>
        public const int MonoHmsb = 4;

        /// <summary>GS2_HMSB.</summary>
        public const int Gs2Hmsb = 5;

        /// <summary>GS8.</summary>
        public const int Gs8 = 6;

        /// <summary>The buffer object (null until initialised: a subclass that has not called __init__ yet).</summary>
        public PyObject Buffer;

        /// <summary>Width in pixels.</summary>
        public int Width;

        /// <summary>Height in pixels.</summary>
        public int Height;

        /// <summary>Pixels from one row to the next (rounded as the format needs).</summary>
        public int Stride;

        /// <summary>The pixel format (MonoVlsb...).</summary>
        public int PixelFormat;

        // The storage of the current drawing call (see Acquire): the framebuffer's byte 0 is _data[_base].
        private byte[] _data;
        private int _base;
        private int _count;

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return FramebufModule.FrameBufferType; }
        }

        /// <summary>
        /// Checks the geometry against the buffer and takes the buffer (MicroPython's make_new): ValueError for a bad size,
        /// stride or format, or a buffer too small for the frame.
        /// </summary>
        public void Init(PyObject buffer, int width, int height, int format, int stride, bool readOnly)
        {
            if (width < 1 || height < 1 || width > 0xFFFF || height > 0xFFFF || stride > 0xFFFF || stride < width)
            {
                throw new PyException(PyExc.ValueError);
            }

            int bpp = 1;
            int heightRequired = height;
            int widthRequired = width;
            int stridesRequired = height - 1;
            switch (format)
            {
                case MonoVlsb:
                    heightRequired = (height + 7) & ~7;
                    stridesRequired = heightRequired - 8;
                    break;
                case MonoHlsb:
                case MonoHmsb:
                    stride = (stride + 7) & ~7;
                    widthRequired = (width + 7) & ~7;
                    break;
                case Gs2Hmsb:
                    stride = (stride + 3) & ~3;
                    widthRequired = (width + 3) & ~3;
                    bpp = 2;
                    break;
                case Gs4Hmsb:
                    stride = (stride + 1) & ~1;
                    widthRequired = (width + 1) & ~1;
                    bpp = 4;
                    break;
                case Gs8:
                    bpp = 8;
                    break;
                case Rgb565:
                    bpp = 16;
                    break;
                default:
                    throw new PyException(PyExc.ValueError, "invalid format");
            }

            byte[] data;
            int offset;
            int count;
            bool ok = readOnly ? BufferProtocol.Get(buffer, out data, out offset, out count) : BufferProtocol.GetWritable(buffer, out data, out offset, out count);
            if (!ok)
            {
                throw new PyException(PyExc.TypeError, "object with buffer protocol required");
            }

            // Bytes the last row needs, as MicroPython computes it (full strides above, the visible width below).
            long required = ((long)stridesRequired * stride + (long)(heightRequired - stridesRequired) * widthRequired) * bpp / 8;
            if (required > count)
            {
                throw new PyException(PyExc.ValueError);
            }

            Buffer = buffer;
            Width = width;
            Height = height;
            PixelFormat = format;
            Stride = stride;
        }

        /// <summary>Looks the buffer up for one drawing call; false when the frame was never initialised.</summary>
        public bool Acquire()
        {
            if (Buffer == null)
            {
                return false;
            }

            if (!BufferProtocol.Get(Buffer, out _data, out _base, out _count))
            {
                return false;
            }

            return true;
        }

        /// <summary>The pixel at (x, y), which the caller has clipped to the frame; call <see cref="Acquire"/> first.</summary>
        public int GetPixel(int x, int y)
        {
            byte[] d = _data;
            switch (PixelFormat)
            {
                case MonoVlsb:
                    return (Byte(d, ((y >> 3) * Stride) + x) >> (y & 7)) & 1;
                case MonoHlsb:
                    return (Byte(d, (x + (y * Stride)) >> 3) >> (7 - (x & 7))) & 1;
                case MonoHmsb:
                    return (Byte(d, (x + (y * Stride)) >> 3) >> (x & 7)) & 1;
                case Rgb565:
                {
                    int i = (x + (y * Stride)) * 2;
                    return Byte(d, i) | (Byte(d, i + 1) << 8);
                }

                case Gs2Hmsb:
                    return (Byte(d, (x + (y * Stride)) >> 2) >> ((x & 3) << 1)) & 3;
                case Gs4Hmsb:
                {
                    int b = Byte(d, (x + (y * Stride)) >> 1);
                    return (x & 1) != 0 ? b & 0x0F : b >> 4;
                }

                default:
                    return Byte(d, x + (y * Stride));
            }
        }

        /// <summary>Sets the pixel at (x, y), which the caller has clipped to the frame; call <see cref="Acquire"/> first.</summary>
        public void SetPixel(int x, int y, int col)
        {
            byte[] d = _data;
            int i;
            int shift;
            switch (PixelFormat)
            {
                case MonoVlsb:
                    i = ((y >> 3) * Stride) + x;
                    shift = y & 7;
                    PutBit(d, i, shift, col);
                    break;
                case MonoHlsb:
                    i = (x + (y * Stride)) >> 3;
                    shift = 7 - (x & 7);
                    PutBit(d, i, shift, col);
                    break;
                case MonoHmsb:
                    i = (x + (y * Stride)) >> 3;
                    shift = x & 7;
                    PutBit(d, i, shift, col);
                    break;
                case Rgb565:
                    i = (x + (y * Stride)) * 2;
                    Put(d, i, col & 0xFF);
                    Put(d, i + 1, (col >> 8) & 0xFF);
                    break;
                case Gs2Hmsb:
                    i = (x + (y * Stride)) >> 2;
                    shift = (x & 3) << 1;
                    Put(d, i, ((col & 3) << shift) | (Byte(d, i) & ~(3 << shift)));
                    break;
                case Gs4Hmsb:
                    i = (x + (y * Stride)) >> 1;
                    if ((x & 1) != 0)
                    {
                        Put(d, i, (col & 0x0F) | (Byte(d, i) & 0xF0));
                    }
                    else
                    {
                        Put(d, i, ((col & 0x0F) << 4) | (Byte(d, i) & 0x0F));
                    }

                    break;
                default:
                    Put(d, x + (y * Stride), col & 0xFF);
                    break;
            }
        }

        /// <summary>
        /// Fills a rectangle already clipped to the frame (w, h at least 1): the per-format inner loops of MicroPython's
        /// fill_rect, which give the same pixels as setting each one.
        /// </summary>
        public void FillRectClipped(int x, int y, int w, int h, int col)
        {
            byte[] d = _data;
            switch (PixelFormat)
            {
                case MonoVlsb:
                {
                    int bit = col != 0 ? 1 : 0;
                    for (int yy = y; yy < y + h; yy++)
                    {
                        int row = ((yy >> 3) * Stride) + x;
                        int shift = yy & 7;
                        int mask = ~(1 << shift);
                        for (int i = row; i < row + w; i++)
                        {
                            int at = _base + i;
                            if (i < _count)
                            {
                                d[at] = (byte)((d[at] & mask) | (bit << shift));
                            }
                        }
                    }

                    break;
                }

                case Gs8:
                {
                    byte v = (byte)col;
                    for (int yy = y; yy < y + h; yy++)
                    {
                        int row = x + (yy * Stride);
                        for (int i = row; i < row + w; i++)
                        {
                            Put(d, i, v);
                        }
                    }

                    break;
                }

                default:
                    for (int yy = y; yy < y + h; yy++)
                    {
                        for (int xx = x; xx < x + w; xx++)
                        {
                            SetPixel(xx, yy, col);
                        }
                    }

                    break;
            }
        }

        /// <summary>
        /// MicroPython's fill_rect: clips the rectangle to the frame and fills what remains. The far edges are computed in
        /// 64 bits: in C, x + w wraps for huge widths and the rectangle vanishes; here it reaches the frame's edge.
        /// </summary>
        public void FillRect(int x, int y, int w, int h, int col)
        {
            long right = (long)x + w;
            long bottom = (long)y + h;
            if (h < 1 || w < 1 || right <= 0 || bottom <= 0 || y >= Height || x >= Width)
            {
                return;
            }

            int xend = Width < right ? Width : (int)right;
            int yend = Height < bottom ? Height : (int)bottom;
            if (x < 0)
            {
                x = 0;
            }

            if (y < 0)
            {
                y = 0;
            }

            FillRectClipped(x, y, xend - x, yend - y, col);
        }

        /// <summary>Sets (x, y) when it lies in the frame.</summary>
        public void SetPixelChecked(int x, int y, int col)
        {
            if (0 <= x && x < Width && 0 <= y && y < Height)
            {
                SetPixel(x, y, col);
            }
        }

        // Reads a byte of the frame (bytes beyond the buffer, possible only through a palette lookup, read as 0).
        private int Byte(byte[] d, int i)
        {
            return i < _count ? d[_base + i] : 0;
        }

        private void Put(byte[] d, int i, int v)
        {
            if (i < _count)
            {
                d[_base + i] = (byte)v;
            }
        }

        private void PutBit(byte[] d, int i, int shift, int col)
        {
            if (i < _count)
            {
                int at = _base + i;
                d[at] = (byte)((d[at] & ~(1 << shift)) | ((col != 0 ? 1 : 0) << shift));
            }
        }

        /// <inheritdoc/>
        public byte[] GetBuffer(out int offset, out int count)
        {
            byte[] data;
            if (Buffer == null || !BufferProtocol.Get(Buffer, out data, out offset, out count))
            {
                offset = 0;
                count = 0;
                return new byte[0];
            }

            return data;
        }

        /// <inheritdoc/>
        public bool IsReadOnly
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public char Format
        {
            get { return 'B'; }
        }

        /// <inheritdoc/>
        public int ItemSize
        {
            get { return 1; }
        }
    }
}
