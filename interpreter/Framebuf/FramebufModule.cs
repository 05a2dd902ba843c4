using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Framebuf
{
    /// <summary>
    /// The framebuf module: FrameBuffer (subclassable, as the SSD1306 driver does: the subclass's __init__ calls
    /// super().__init__(buffer, width, height, format)), the legacy FrameBuffer1 and the format constants. Arguments
    /// are converted as MicroPython's mp_obj_get_int does, truncated to 32 bits like mp_int_t on the ESP32.
    /// </summary>
    public static class FramebufModule
    {
        private static readonly object s_lock = new object();
        private static PyType s_type;

        /// <summary>
        /// The FrameBuffer type, created with its methods on first use (once per process): nanoFramework runs every
        /// static initialiser at boot, and a program that never imports framebuf should not pay for the type.
        /// </summary>
        public static PyType FrameBufferType
        {
            get
            {
                PyType t = s_type;
                if (t == null)
                {
                    lock (s_lock)
                    {
                        if (s_type == null)
                        {
                            PyType created = new PyType("FrameBuffer", PyTypes.Object, PyType.FlagBaseType);
                            created.New = New;
                            PyType.AddFiller(FillType);
                            s_type = created;
                        }

                        t = s_type;
                    }
                }

                return t;
            }
        }

        /// <summary>Registers "framebuf" on ip.</summary>
        public static void Install(Interpreter ip)
        {
            ip.RegisterModule("framebuf", Fill);
        }

        private static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("FrameBuffer", FrameBufferType);
            d.SetName("FrameBuffer1", new PyBuiltinN("FrameBuffer1", FrameBuffer1));
            d.SetName("MVLSB", PyInt.Get(PyFrameBuffer.MonoVlsb));
            d.SetName("MONO_VLSB", PyInt.Get(PyFrameBuffer.MonoVlsb));
            d.SetName("RGB565", PyInt.Get(PyFrameBuffer.Rgb565));
            d.SetName("GS2_HMSB", PyInt.Get(PyFrameBuffer.Gs2Hmsb));
            d.SetName("GS4_HMSB", PyInt.Get(PyFrameBuffer.Gs4Hmsb));
            d.SetName("GS8", PyInt.Get(PyFrameBuffer.Gs8));
            d.SetName("MONO_HLSB", PyInt.Get(PyFrameBuffer.MonoHlsb));
            d.SetName("MONO_HMSB", PyInt.Get(PyFrameBuffer.MonoHmsb));
        }

        private static void FillType(PyType t, PyDict d)
        {
            if (t == null || !ReferenceEquals(t, s_type))
            {
                return;
            }

            d.SetName("__init__", new PyBuiltinN(t, "__init__", InitMethod));
            d.SetName("fill", new PyBuiltin2(t, "fill", FillMethod));
            d.SetName("fill_rect", new PyBuiltinN(t, "fill_rect", FillRectMethod));
            d.SetName("pixel", new PyBuiltinN(t, "pixel", PixelMethod));
            d.SetName("hline", new PyBuiltinN(t, "hline", HlineMethod));
            d.SetName("vline", new PyBuiltinN(t, "vline", VlineMethod));
            d.SetName("rect", new PyBuiltinN(t, "rect", RectMethod));
            d.SetName("line", new PyBuiltinN(t, "line", LineMethod));
            d.SetName("ellipse", new PyBuiltinN(t, "ellipse", EllipseMethod));
            d.SetName("poly", new PyBuiltinN(t, "poly", PolyMethod));
            d.SetName("blit", new PyBuiltinN(t, "blit", BlitMethod));
            d.SetName("scroll", new PyBuiltin3(t, "scroll", ScrollMethod));
            d.SetName("text", new PyBuiltinN(t, "text", TextMethod));
        }

        // FrameBuffer(buffer, width, height, format, stride=width). A subclass gets an empty frame that its __init__
        // (or FrameBuffer.__init__, when it defines none) fills in.
        private static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = new PyFrameBuffer();
            if (!ReferenceEquals(cls, FrameBufferType))
            {
                return new PyInstance(cls, fb);
            }

            InitFrom(ip, fb, args, offset, count, kwnames);
            return fb;
        }

        private static void InitFrom(Interpreter ip, PyFrameBuffer fb, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "function doesn't take keyword arguments");
            }

            if (count < 4 || count > 5)
            {
                throw new PyException(PyExc.TypeError, "function takes 4 or 5 positional arguments");
            }

            int width = Int(ip, args[offset + 1]);
            int stride = count > 4 ? Int(ip, args[offset + 4]) : width;
            fb.Init(args[offset], width, Int(ip, args[offset + 2]), Int(ip, args[offset + 3]), stride, false);
        }

        private static PyObject InitMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = count > 0 ? args[offset].NativeBase as PyFrameBuffer : null;
            if (fb == null)
            {
                throw new PyException(PyExc.TypeError, "FrameBuffer.__init__ needs a FrameBuffer");
            }

            InitFrom(ip, fb, args, offset + 1, count - 1, kwnames);
            return PyNone.Value;
        }

        // FrameBuffer1(buffer, width, height, stride=width): the legacy constructor of a MONO_VLSB frame.
        private static PyObject FrameBuffer1(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null || count < 3 || count > 4)
            {
                throw new PyException(PyExc.TypeError, "function takes 3 or 4 positional arguments");
            }

            PyFrameBuffer fb = new PyFrameBuffer();
            int width = Int(ip, args[offset + 1]);
            int stride = count > 3 ? Int(ip, args[offset + 3]) : width;
            fb.Init(args[offset], width, Int(ip, args[offset + 2]), PyFrameBuffer.MonoVlsb, stride, false);
            return fb;
        }

        // mp_obj_get_int truncated to mp_int_t (32 bits on the ESP32).
        private static int Int(Interpreter ip, PyObject o)
        {
            return (int)Ops.Index(ip, o);
        }

        // The frame of a method call (self is args[offset]), with its buffer looked up for this call.
        private static PyFrameBuffer Self(PyObject[] args, int offset, int count, int min, int max)
        {
            if (count < min || count > max)
            {
                throw new PyException(PyExc.TypeError, "wrong number of arguments");
            }

            return Acquired(args[offset]);
        }

        private static PyFrameBuffer Acquired(PyObject o)
        {
            PyFrameBuffer fb = o.NativeBase as PyFrameBuffer;
            if (fb == null)
            {
                throw new PyException(PyExc.TypeError, "FrameBuffer required");
            }

            if (!fb.Acquire())
            {
                throw new PyException(PyExc.ValueError, "FrameBuffer not initialised");
            }

            return fb;
        }

        private static PyObject FillMethod(Interpreter ip, PyObject self, PyObject col)
        {
            PyFrameBuffer fb = Acquired(self);
            fb.FillRectClipped(0, 0, fb.Width, fb.Height, Int(ip, col));
            return PyNone.Value;
        }

        private static PyObject FillRectMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 6, 6);
            fb.FillRect(Int(ip, args[offset + 1]), Int(ip, args[offset + 2]), Int(ip, args[offset + 3]), Int(ip, args[offset + 4]), Int(ip, args[offset + 5]));
            return PyNone.Value;
        }

        // pixel(x, y) reads (None outside the frame), pixel(x, y, c) writes.
        private static PyObject PixelMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 3, 4);
            int x = Int(ip, args[offset + 1]);
            int y = Int(ip, args[offset + 2]);
            if (0 <= x && x < fb.Width && 0 <= y && y < fb.Height)
            {
                if (count == 3)
                {
                    return PyInt.Get((long)(uint)fb.GetPixel(x, y));
                }

                fb.SetPixel(x, y, Int(ip, args[offset + 3]));
            }

            return PyNone.Value;
        }

        private static PyObject HlineMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 5, 5);
            fb.FillRect(Int(ip, args[offset + 1]), Int(ip, args[offset + 2]), Int(ip, args[offset + 3]), 1, Int(ip, args[offset + 4]));
            return PyNone.Value;
        }

        private static PyObject VlineMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 5, 5);
            fb.FillRect(Int(ip, args[offset + 1]), Int(ip, args[offset + 2]), 1, Int(ip, args[offset + 3]), Int(ip, args[offset + 4]));
            return PyNone.Value;
        }

        // rect(x, y, w, h, c, f=False): four lines, or filled.
        private static PyObject RectMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 6, 7);
            int x = Int(ip, args[offset + 1]);
            int y = Int(ip, args[offset + 2]);
            int w = Int(ip, args[offset + 3]);
            int h = Int(ip, args[offset + 4]);
            int col = Int(ip, args[offset + 5]);
            if (count > 6 && Ops.IsTrue(ip, args[offset + 6]))
            {
                fb.FillRect(x, y, w, h, col);
            }
            else
            {
                fb.FillRect(x, y, w, 1, col);
                fb.FillRect(x, y + h - 1, w, 1, col);
                fb.FillRect(x, y, 1, h, col);
                fb.FillRect(x + w - 1, y, 1, h, col);
            }

            return PyNone.Value;
        }

        private static PyObject LineMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 6, 6);
            FrameBufferShapes.Line(fb, Int(ip, args[offset + 1]), Int(ip, args[offset + 2]), Int(ip, args[offset + 3]), Int(ip, args[offset + 4]), Int(ip, args[offset + 5]));
            return PyNone.Value;
        }

        // ellipse(x, y, xr, yr, c, f=False, m=0b1111).
        private static PyObject EllipseMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 6, 8);
            int cx = Int(ip, args[offset + 1]);
            int cy = Int(ip, args[offset + 2]);
            int xr = Int(ip, args[offset + 3]);
            int yr = Int(ip, args[offset + 4]);
            int col = Int(ip, args[offset + 5]);
            int mask = count > 6 && Ops.IsTrue(ip, args[offset + 6]) ? FrameBufferShapes.EllipseFill : 0;
            mask |= count > 7 ? Int(ip, args[offset + 7]) & FrameBufferShapes.EllipseAll : FrameBufferShapes.EllipseAll;
            if (xr == 0 && yr == 0)
            {
                // A single pixel, drawn when any quadrant is selected.
                if ((mask & FrameBufferShapes.EllipseAll) != 0)
                {
                    fb.SetPixelChecked(cx, cy, col);
                }

                return PyNone.Value;
            }

            FrameBufferShapes.Ellipse(ip, fb, cx, cy, xr, yr, col, mask);
            return PyNone.Value;
        }

        // poly(x, y, coords, c, f=False): coords is an array of integers (any typecode), x0, y0, x1, y1...
        private static PyObject PolyMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 5, 6);
            int x = Int(ip, args[offset + 1]);
            int y = Int(ip, args[offset + 2]);
            int[] coords = Coordinates(args[offset + 3]);
            int col = Int(ip, args[offset + 4]);
            bool fill = count > 5 && Ops.IsTrue(ip, args[offset + 5]);
            int n = coords.Length / 2;
            if (n == 0)
            {
                return PyNone.Value;
            }

            FrameBufferShapes.Polygon(fb, x, y, coords, n, col, fill);
            return PyNone.Value;
        }

        // The integers of a buffer, read with its typecode as mp_binary_get_val_array does.
        private static int[] Coordinates(PyObject o)
        {
            int off;
            int len;
            byte[] data = BufferProtocol.Require(o, out off, out len);
            IBufferExporter ex = o.NativeBase as IBufferExporter;
            char code = ex != null ? ex.Format : 'B';
            int size = ex != null ? ex.ItemSize : 1;
            if (size < 1)
            {
                size = 1;
            }

            int n = len / size;
            int[] r = new int[n];
            for (int i = 0; i < n; i++)
            {
                int at = off + (i * size);
                long v = 0;
                for (int k = size - 1; k >= 0; k--)
                {
                    v = (v << 8) | data[at + k];
                }

                // Signed typecodes are lower case (b, h, i, l, q).
                if (code >= 'a' && code <= 'z' && size < 8)
                {
                    long sign = 1L << ((size * 8) - 1);
                    if ((v & sign) != 0)
                    {
                        v -= sign << 1;
                    }
                }

                r[i] = (int)v;
            }

            return r;
        }

        // blit(fbuf, x, y, key=-1, palette=None).
        private static PyObject BlitMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 4, 6);
            PyFrameBuffer source = Source(ip, args[offset + 1]);
            int x = Int(ip, args[offset + 2]);
            int y = Int(ip, args[offset + 3]);
            long key = count > 4 ? Ops.Index(ip, args[offset + 4]) : -1;
            PyFrameBuffer palette = null;
            if (count > 5 && !(args[offset + 5] is PyNone))
            {
                palette = Source(ip, args[offset + 5]);
            }

            // Acquire again: source or palette may be this frame.
            fb.Acquire();
            FrameBufferShapes.Blit(fb, source, x, y, key, palette);
            return PyNone.Value;
        }

        // A blit source: a FrameBuffer, or MicroPython's tuple (buffer, width, height, format[, stride]).
        private static PyFrameBuffer Source(Interpreter ip, PyObject o)
        {
            PyFrameBuffer fb = o.NativeBase as PyFrameBuffer;
            if (fb != null)
            {
                return Acquired(fb);
            }

            PyTuple t = o as PyTuple;
            if (t == null || t.Count < 4 || t.Count > 5)
            {
                throw new PyException(PyExc.ValueError);
            }

            fb = new PyFrameBuffer();
            int width = (int)Ops.Index(ip, t.Items[1]);
            int stride = t.Count > 4 ? (int)Ops.Index(ip, t.Items[4]) : width;
            fb.Init(t.Items[0], width, (int)Ops.Index(ip, t.Items[2]), (int)Ops.Index(ip, t.Items[3]), stride, true);
            return Acquired(fb);
        }

        private static PyObject ScrollMethod(Interpreter ip, PyObject self, PyObject xstep, PyObject ystep)
        {
            PyFrameBuffer fb = Acquired(self);
            FrameBufferShapes.Scroll(fb, Int(ip, xstep), Int(ip, ystep));
            return PyNone.Value;
        }

        // text(s, x, y, c=1).
        private static PyObject TextMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFrameBuffer fb = Self(args, offset, count, 4, 5);
            PyStr s = args[offset + 1] as PyStr;
            if (s == null)
            {
                throw new PyException(PyExc.TypeError, "can't convert to str implicitly");
            }

            int col = count > 4 ? Int(ip, args[offset + 4]) : 1;
            FrameBufferShapes.Text(fb, StrUtil.EncodeUtf8(s.Value), Int(ip, args[offset + 2]), Int(ip, args[offset + 3]), col);
            return PyNone.Value;
        }
    }
}
