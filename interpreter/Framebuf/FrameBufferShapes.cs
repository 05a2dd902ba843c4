using NanoPython.Runtime;

namespace NanoPython.Framebuf
{
    /// <summary>
    /// The drawing algorithms of MicroPython's extmod/modframebuf.c, step for step so that every pixel matches: the
    /// Bresenham line, the midpoint ellipse (two point sets, quadrant mask, filled with horizontal spans), the polygon
    /// outline and its integer scan-line fill, the 8x8 text, scroll and blit. Coordinates are 32-bit, as mp_int_t on
    /// the ESP32. Each method expects <see cref="PyFrameBuffer.Acquire"/> to have been called.
    /// </summary>
    internal static class FrameBufferShapes
    {
        /// <summary>Ellipse mask bit: fill the quadrants.</summary>
        internal const int EllipseFill = 0x10;

        // The largest radius the ellipse algorithm uses (see Ellipse).
        private const long MaxRadius = 1L << 20;

        /// <summary>Ellipse mask: all four quadrants (Q1 top right, Q2 top left, Q3 bottom left, Q4 bottom right).</summary>
        internal const int EllipseAll = 0x0F;

        /// <summary>
        /// A line from (x1, y1) to (x2, y2), both ends included: MicroPython's Bresenham walk, pixel for pixel. The walk
        /// starts at the first step whose major coordinate is on the buffer and stops after the last, with the state
        /// there computed exactly (see <see cref="FloorDiv"/>), and runs in 64-bit arithmetic: a line between far-away
        /// points costs what it draws, where a step-by-step walk of 2**32 steps (and MicroPython's wrapping 32-bit
        /// differences) would hang.
        /// </summary>
        internal static void Line(PyFrameBuffer fb, int x1, int y1, int x2, int y2, int col)
        {
            long dx = (long)x2 - x1;
            long sx = 1;
            if (dx <= 0)
            {
                dx = -dx;
                sx = -1;
            }

            long dy = (long)y2 - y1;
            long sy = 1;
            if (dy <= 0)
            {
                dy = -dy;
                sy = -1;
            }

            // A steep line walks along y: the major axis is the one with the larger difference.
            bool steep = dy > dx;
            long major = x1;
            long minor = y1;
            long limit = fb.Width;
            if (steep)
            {
                major = y1;
                minor = x1;
                limit = fb.Height;
                long t = dx;
                dx = dy;
                dy = t;
                t = sx;
                sx = sy;
                sy = t;
            }

            // Step i (0 <= i < dx) draws at major + sx * i: only the steps with that on the buffer matter.
            long first = sx > 0 ? -major : major - limit + 1;
            long last = sx > 0 ? limit - 1 - major : major;
            if (first < 0)
            {
                first = 0;
            }

            if (last > dx - 1)
            {
                last = dx - 1;
            }

            if (first <= last)
            {
                // The walk's error term before step j is a + b * j - c * m, where m minor steps were taken so far: after
                // each step's minor moves the term is negative, so m = floor((a + b * (j - 1)) / c) + 1 when that
                // numerator is not negative, 0 otherwise.
                long a = (2 * dy) - dx;
                long b = 2 * dy;
                long c = 2 * dx;
                long m = 0;
                long e = a;
                if (first > 0)
                {
                    long rem;
                    long q = FloorDiv(a, b, first - 1, c, out rem);
                    if (q >= 0)
                    {
                        m = q + 1;
                        e = rem - c + b;
                    }
                    else
                    {
                        e = a + (b * first);
                    }
                }

                long p = major + (sx * first);
                long n = minor + (sy * m);
                for (long i = first; i <= last; i++)
                {
                    if (steep)
                    {
                        Plot(fb, n, p, col);
                    }
                    else
                    {
                        Plot(fb, p, n, col);
                    }

                    while (e >= 0)
                    {
                        n += sy;
                        e -= c;
                    }

                    p += sx;
                    e += b;
                }
            }

            fb.SetPixelChecked(x2, y2, col);
        }

        // A pixel at 64-bit coordinates, drawn when it is on the buffer (checked before narrowing, which could wrap).
        private static void Plot(PyFrameBuffer fb, long x, long y, int col)
        {
            if (x >= 0 && x < fb.Width && y >= 0 && y < fb.Height)
            {
                fb.SetPixel((int)x, (int)y, col);
            }
        }

        /// <summary>
        /// floor((a + b * k) / c) and its remainder in [0, c), exactly, for 0 &lt;= b &lt;= c &lt; 2**35,
        /// 0 &lt;= k &lt; 2**34 and |a| &lt; 2**35, without forming b * k (up to 2**69): k is split into its high and low
        /// 20 bits and the high part divided first.
        /// </summary>
        internal static long FloorDiv(long a, long b, long k, long c, out long rem)
        {
            long x = b * (k >> 20);
            long q = (x / c) << 20;
            long t = (x % c) << 20;
            q += t / c;
            long s = (t % c) + (b * (k & 0xFFFFF)) + a;
            long qs = s / c;
            long rs = s % c;
            if (rs < 0)
            {
                rs += c;
                qs--;
            }

            rem = rs;
            return q + qs;
        }

        /// <summary>
        /// An ellipse centred on (cx, cy) with radii xr, yr; mask selects quadrants and filling. MicroPython's midpoint
        /// algorithm step for step, in 64-bit arithmetic (its 32-bit products wrap for radii in the tens of thousands and
        /// the loops then never end), leaving each loop as soon as every later point is off the buffer, and checking for
        /// Ctrl-C now and then: a huge radius costs time proportional to what can still be seen, not a hang.
        /// </summary>
        internal static void Ellipse(Interpreter ip, PyFrameBuffer fb, int cx, int cy, int xr, int yr, int col, int mask)
        {
            // Radii are capped at 2**20 so that the algorithm's products (up to 2 * b * b * a) fit 64 bits. MicroPython's
            // 32-bit arithmetic already draws nonsense far below that; on any real buffer a radius of a million pixels
            // and a larger one differ by less than a pixel.
            long a = xr > MaxRadius ? MaxRadius : xr;
            long b = yr > MaxRadius ? MaxRadius : yr;
            long twoASquare = 2 * a * a;
            long twoBSquare = 2 * b * b;
            bool fill = (mask & EllipseFill) != 0;

            // First set of points: the slope is above -1; y only grows, so once rows cy - y and cy + y are both off the
            // buffer nothing later can be seen.
            long x = a;
            long y = 0;
            long xChange = b * b * (1 - (2 * a));
            long yChange = a * a;
            long error = 0;
            long stoppingX = twoBSquare * a;
            long stoppingY = 0;
            int steps = 0;
            while (stoppingX >= stoppingY)
            {
                if (cy - y < 0 && cy + y >= fb.Height)
                {
                    break;
                }

                EllipsePoints(fb, cx, cy, (int)x, (int)y, col, mask);
                y += 1;
                stoppingY += twoASquare;
                error += yChange;
                yChange += twoASquare;
                if ((2 * error) + xChange > 0)
                {
                    x -= 1;
                    stoppingX -= twoBSquare;
                    error += xChange;
                    xChange += twoBSquare;
                }

                Poll(ip, ref steps);
            }

            // Second set: the slope is below -1; x only grows, so once columns cx - x and cx + x are both off the buffer
            // no later outline point can be seen (a filled row still can, so filling goes on).
            x = 0;
            y = b;
            xChange = b * b;
            yChange = a * a * (1 - (2 * b));
            error = 0;
            stoppingX = 0;
            stoppingY = twoASquare * b;
            while (stoppingX <= stoppingY)
            {
                if (!fill && cx - x < 0 && cx + x >= fb.Width)
                {
                    break;
                }

                EllipsePoints(fb, cx, cy, (int)x, (int)y, col, mask);
                x += 1;
                stoppingX += twoBSquare;
                error += xChange;
                xChange += twoBSquare;
                if ((2 * error) + yChange > 0)
                {
                    y -= 1;
                    stoppingY -= twoASquare;
                    error += yChange;
                    yChange += twoASquare;
                }

                Poll(ip, ref steps);
            }
        }

        // Every 4096 steps of a long drawing loop: a pending Ctrl-C (or scheduled callback) is handled here.
        private static void Poll(Interpreter ip, ref int steps)
        {
            if ((++steps & 0xFFF) == 0 && ip.PendingWork != 0)
            {
                ip.HandlePending();
            }
        }

        private static void EllipsePoints(PyFrameBuffer fb, int cx, int cy, int x, int y, int col, int mask)
        {
            if ((mask & EllipseFill) != 0)
            {
                if ((mask & 1) != 0)
                {
                    fb.FillRect(cx, cy - y, x + 1, 1, col);
                }

                if ((mask & 2) != 0)
                {
                    fb.FillRect(cx - x, cy - y, x + 1, 1, col);
                }

                if ((mask & 4) != 0)
                {
                    fb.FillRect(cx - x, cy + y, x + 1, 1, col);
                }

                if ((mask & 8) != 0)
                {
                    fb.FillRect(cx, cy + y, x + 1, 1, col);
                }

                return;
            }

            if ((mask & 1) != 0)
            {
                fb.SetPixelChecked(cx + x, cy - y, col);
            }

            if ((mask & 2) != 0)
            {
                fb.SetPixelChecked(cx - x, cy - y, col);
            }

            if ((mask & 4) != 0)
            {
                fb.SetPixelChecked(cx - x, cy + y, col);
            }

            if ((mask & 8) != 0)
            {
                fb.SetPixelChecked(cx + x, cy + y, col);
            }
        }

        /// <summary>
        /// A closed polygon of n vertices (coords holds x0, y0, x1, y1...) offset by (x, y): its outline, or filled
        /// with MicroPython's integer version of the public-domain scan-line fill (alienryderflex.com/polygon_fill).
        /// </summary>
        internal static void Polygon(PyFrameBuffer fb, int x, int y, int[] coords, int n, int col, bool fill)
        {
            if (!fill)
            {
                int ax = coords[0];
                int ay = coords[1];
                int i = (n * 2) - 1;
                do
                {
                    int by = coords[i--];
                    int bx = coords[i--];
                    Line(fb, x + ax, y + ay, x + bx, y + by, col);
                    ax = bx;
                    ay = by;
                }
                while (i >= 0);
                return;
            }

            int yMin = int.MaxValue;
            int yMax = int.MinValue;
            for (int i = 0; i < n; i++)
            {
                int py = coords[(i * 2) + 1];
                yMin = py < yMin ? py : yMin;
                yMax = py > yMax ? py : yMax;
            }

            int[] nodes = new int[n];
            for (int row = yMin; row <= yMax; row++)
            {
                // Each node is the x where an edge crosses this scan line; edges are walked from the last vertex back.
                int nodeCount = 0;
                int px1 = coords[0];
                int py1 = coords[1];
                int i = (n * 2) - 1;
                do
                {
                    int py2 = coords[i--];
                    int px2 = coords[i--];

                    // The bottom pixel of an edge is left out so that it does not double the next edge's node; the
                    // pixels this misses at a local minimum are drawn separately.
                    if (py1 != py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row)))
                    {
                        int node = ((32 * px1) + (32 * (px2 - px1) * (row - py1) / (py2 - py1)) + 16) / 32;
                        nodes[nodeCount++] = node;
                    }
                    else if (row == (py1 > py2 ? py1 : py2))
                    {
                        if (py1 < py2)
                        {
                            fb.SetPixelChecked(x + px2, y + py2, col);
                        }
                        else if (py2 < py1)
                        {
                            fb.SetPixelChecked(x + px1, y + py1, col);
                        }
                        else
                        {
                            // A horizontal edge: line() copes with x2 < x1.
                            Line(fb, x + px1, y + py1, x + px2, y + py2, col);
                        }
                    }

                    px1 = px2;
                    py1 = py2;
                }
                while (i >= 0);

                if (nodeCount == 0)
                {
                    continue;
                }

                // MicroPython's gnome sort: the same order for equal nodes, hence the same spans.
                i = 0;
                while (i < nodeCount - 1)
                {
                    if (nodes[i] > nodes[i + 1])
                    {
                        int swap = nodes[i];
                        nodes[i] = nodes[i + 1];
                        nodes[i + 1] = swap;
                        if (i > 0)
                        {
                            i--;
                        }
                    }
                    else
                    {
                        i++;
                    }
                }

                for (i = 0; i + 1 < nodeCount; i += 2)
                {
                    fb.FillRect(x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, col);
                }
            }
        }

        /// <summary>Text in the 8x8 font: each UTF-8 byte is one glyph (bytes outside 32..127 draw glyph 127).</summary>
        internal static void Text(PyFrameBuffer fb, byte[] utf8, int x0, int y0, int col)
        {
            for (int k = 0; k < utf8.Length; k++)
            {
                int chr = utf8[k];
                if (chr == 0)
                {
                    // MicroPython walks a C string: a NUL ends the text.
                    break;
                }

                if (chr < 32 || chr > 127)
                {
                    chr = 127;
                }

                int glyph = (chr - 32) * 8;
                for (int j = 0; j < 8; j++, x0++)
                {
                    if (0 <= x0 && x0 < fb.Width)
                    {
                        // Each font byte is a column of 8 pixels, LSB at the top.
                        int column = Font8x8.Column(glyph + j);
                        for (int y = y0; column != 0; column >>= 1, y++)
                        {
                            if ((column & 1) != 0 && 0 <= y && y < fb.Height)
                            {
                                fb.SetPixel(x0, y, col);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>Shifts the contents by (xstep, ystep); what is uncovered keeps its old pixels.</summary>
        internal static void Scroll(PyFrameBuffer fb, int xstep, int ystep)
        {
            int sx;
            int xend;
            int dx;
            int y;
            int yend;
            int dy;
            if (xstep < 0)
            {
                sx = 0;
                xend = fb.Width + xstep;
                dx = 1;
            }
            else
            {
                sx = fb.Width - 1;
                xend = xstep - 1;
                dx = -1;
            }

            if (ystep < 0)
            {
                y = 0;
                yend = fb.Height + ystep;
                dy = 1;
            }
            else
            {
                y = fb.Height - 1;
                yend = ystep - 1;
                dy = -1;
            }

            // A step of the whole size or more moves nothing into view (MicroPython's loops would not end).
            if (xend * dx < sx * dx || yend * dy < y * dy)
            {
                return;
            }

            for (; y != yend; y += dy)
            {
                for (int x = sx; x != xend; x += dx)
                {
                    fb.SetPixel(x, y, fb.GetPixel(x - xstep, y - ystep));
                }
            }
        }

        /// <summary>
        /// Copies source onto fb at (x, y): pixels equal to key (unless key is -1) are skipped, and with a palette each
        /// source value v becomes the palette's pixel (v, 0).
        /// </summary>
        internal static void Blit(PyFrameBuffer fb, PyFrameBuffer source, int x, int y, long key, PyFrameBuffer palette)
        {
            if (x >= fb.Width || y >= fb.Height || -x >= source.Width || -y >= source.Height)
            {
                return;
            }

            int x0 = x > 0 ? x : 0;
            int y0 = y > 0 ? y : 0;
            int x1 = -x > 0 ? -x : 0;
            int y1 = -y > 0 ? -y : 0;
            int x0end = fb.Width < x + source.Width ? fb.Width : x + source.Width;
            int y0end = fb.Height < y + source.Height ? fb.Height : y + source.Height;

            // Compared as MicroPython does: the pixel value against (uint32_t)key.
            long key32 = key & 0xFFFFFFFFL;
            for (; y0 < y0end; ++y0)
            {
                int cx1 = x1;
                for (int cx0 = x0; cx0 < x0end; ++cx0)
                {
                    int c = source.GetPixel(cx1, y1);
                    if (palette != null)
                    {
                        c = palette.GetPixel(c, 0);
                    }

                    if (c != key32)
                    {
                        fb.SetPixel(cx0, y0, c);
                    }

                    ++cx1;
                }

                ++y1;
            }
        }
    }
}
