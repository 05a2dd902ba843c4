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

        /// <summary>Ellipse mask: all four quadrants (Q1 top right, Q2 top left, Q3 bottom left, Q4 bottom right).</summary>
        internal const int EllipseAll = 0x0F;

        /// <summary>A line from (x1, y1) to (x2, y2), both ends included, clipped pixel by pixel.</summary>
        internal static void Line(PyFrameBuffer fb, int x1, int y1, int x2, int y2, int col)
        {
            int dx = x2 - x1;
            int sx;
            if (dx > 0)
            {
                sx = 1;
            }
            else
            {
                dx = -dx;
                sx = -1;
            }

            int dy = y2 - y1;
            int sy;
            if (dy > 0)
            {
                sy = 1;
            }
            else
            {
                dy = -dy;
                sy = -1;
            }

            // A steep line walks along y: swap the roles of the axes.
            bool steep = dy > dx;
            if (steep)
            {
                int t = x1;
                x1 = y1;
                y1 = t;
                t = dx;
                dx = dy;
                dy = t;
                t = sx;
                sx = sy;
                sy = t;
            }

            int e = (2 * dy) - dx;
            for (int i = 0; i < dx; ++i)
            {
                if (steep)
                {
                    fb.SetPixelChecked(y1, x1, col);
                }
                else
                {
                    fb.SetPixelChecked(x1, y1, col);
                }

                while (e >= 0)
                {
                    y1 += sy;
                    e -= 2 * dx;
                }

                x1 += sx;
                e += 2 * dy;
            }

            fb.SetPixelChecked(x2, y2, col);
        }

        /// <summary>An ellipse centred on (cx, cy) with radii xr, yr; mask selects quadrants and filling.</summary>
        internal static void Ellipse(PyFrameBuffer fb, int cx, int cy, int xr, int yr, int col, int mask)
        {
            int twoASquare = 2 * xr * xr;
            int twoBSquare = 2 * yr * yr;

            // First set of points: the slope is above -1.
            int x = xr;
            int y = 0;
            int xChange = yr * yr * (1 - (2 * xr));
            int yChange = xr * xr;
            int error = 0;
            int stoppingX = twoBSquare * xr;
            int stoppingY = 0;
            while (stoppingX >= stoppingY)
            {
                EllipsePoints(fb, cx, cy, x, y, col, mask);
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
            }

            // Second set: the slope is below -1.
            x = 0;
            y = yr;
            xChange = yr * yr;
            yChange = xr * xr * (1 - (2 * yr));
            error = 0;
            stoppingX = 0;
            stoppingY = twoASquare * yr;
            while (stoppingX <= stoppingY)
            {
                EllipsePoints(fb, cx, cy, x, y, col, mask);
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
