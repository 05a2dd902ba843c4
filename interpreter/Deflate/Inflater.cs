using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Deflate
{
    /// <summary>
    /// A DEFLATE decompressor (RFC 1951) with the zlib (RFC 1950) and gzip (RFC 1952) wrappers, pulling compressed bytes
    /// from a Python stream as it needs them. It stops after each output byte it is asked for, so read(n) decompresses
    /// no more than n bytes ahead; a pending match copy and the current block survive between calls. The window is a
    /// ring of 2^wbits bytes (the back-references of the data must fit in it). Corrupt data, a bad header, a checksum
    /// mismatch or input ending early raise OSError(EINVAL), as MicroPython's deflate module does.
    /// </summary>
    internal sealed class Inflater
    {
        internal const int FormatAuto = 0;
        internal const int FormatRaw = 1;
        internal const int FormatZlib = 2;
        internal const int FormatGzip = 3;

        private const int StateHeader = 0;
        private const int StateBlock = 1;
        private const int StateStored = 2;
        private const int StateHuffman = 3;
        private const int StateDone = 4;
        private const int InputChunk = 128;

        // RFC 1951 3.2.7: the order code length code lengths are sent in (a string: no array allocated at start-up).
        private const string ClOrder = "\x10\x11\x12\x00\x08\x07\x09\x06\x0a\x05\x0b\x04\x0c\x03\x0d\x02\x0e\x01\x0f";

        private readonly PyObject _source;
        private readonly byte[] _in = new byte[InputChunk];
        private int _inPos;
        private int _inLen;
        private bool _inEof;
        private int _bitBuf;
        private int _bitCount;

        private int _format;
        private int _wbits;
        private byte[] _window;
        private int _wpos;
        private int _state = StateHeader;
        private bool _lastBlock;
        private int _storedLeft;
        private int _copyLen;
        private int _copyDist;
        private int _filled;

        private readonly HuffmanTable _lit = new HuffmanTable(288);
        private readonly HuffmanTable _dist = new HuffmanTable(30);

        private uint _crc = 0xFFFFFFFF;
        private uint _adlerA = 1;
        private uint _adlerB;
        private uint _size;

        /// <summary>A decompressor of source in the given format; wbits 0 takes the window size from the header (or 15).</summary>
        internal Inflater(PyObject source, int format, int wbits)
        {
            _source = source;
            _format = format;
            _wbits = wbits;
        }

        /// <summary>Decompresses up to n bytes into dst[off..]; fewer only at the end of the data.</summary>
        internal int Read(Interpreter ip, byte[] dst, int off, int n)
        {
            if (_state == StateHeader)
            {
                ReadHeader(ip);
                _state = StateBlock;
            }

            int produced = 0;
            while (produced < n)
            {
                if (_copyLen > 0)
                {
                    byte b = _window[(_wpos - _copyDist) & (_window.Length - 1)];
                    Emit(b);
                    dst[off + produced++] = b;
                    _copyLen--;
                    continue;
                }

                if (_state == StateStored)
                {
                    if (_storedLeft == 0)
                    {
                        EndBlock(ip);
                        continue;
                    }

                    byte b = (byte)Bits(ip, 8);
                    _storedLeft--;
                    Emit(b);
                    dst[off + produced++] = b;
                    continue;
                }

                if (_state == StateHuffman)
                {
                    int sym = Decode(ip, _lit);
                    if (sym < 256)
                    {
                        Emit((byte)sym);
                        dst[off + produced++] = (byte)sym;
                    }
                    else if (sym == 256)
                    {
                        EndBlock(ip);
                    }
                    else
                    {
                        sym -= 257;
                        if (sym >= 29)
                        {
                            throw DeflateErrors.Data();
                        }

                        _copyLen = LengthBase(sym) + Bits(ip, LengthExtra(sym));
                        int ds = Decode(ip, _dist);
                        if (ds >= 30)
                        {
                            throw DeflateErrors.Data();
                        }

                        _copyDist = DistBase(ds) + Bits(ip, DistExtra(ds));
                        if (_copyDist > _filled)
                        {
                            throw DeflateErrors.Data();
                        }
                    }

                    continue;
                }

                if (_state == StateDone)
                {
                    break;
                }

                StartBlock(ip);
            }

            return produced;
        }

        // RFC 1951 3.2.5, computed rather than tabled (tables would be allocated when nanoFramework loads the
        // assembly): extra bits of length code c (0..28, for symbols 257..285) and of distance code d (0..29), and their
        // base values, which double every four (lengths) or two (distances) codes.
        internal static int LengthExtra(int c)
        {
            return c < 8 || c == 28 ? 0 : (c - 4) >> 2;
        }

        internal static int LengthBase(int c)
        {
            if (c < 8)
            {
                return c + 3;
            }

            return c == 28 ? 258 : ((4 + (c & 3)) << LengthExtra(c)) + 3;
        }

        internal static int DistExtra(int d)
        {
            return d < 4 ? 0 : (d - 2) >> 1;
        }

        internal static int DistBase(int d)
        {
            return d < 4 ? d + 1 : ((2 + (d & 1)) << DistExtra(d)) + 1;
        }

        private void Emit(byte b)
        {
            _window[_wpos] = b;
            _wpos = (_wpos + 1) & (_window.Length - 1);
            if (_filled < _window.Length)
            {
                _filled++;
            }

            _size++;
            if (_format == FormatGzip)
            {
                uint c = _crc ^ b;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320 : c >> 1;
                }

                _crc = c;
            }
            else if (_format == FormatZlib)
            {
                _adlerA = (_adlerA + b) % 65521;
                _adlerB = (_adlerB + _adlerA) % 65521;
            }
        }

        private void ReadHeader(Interpreter ip)
        {
            if (_format == FormatAuto)
            {
                // gzip starts with 0x1f 0x8b; anything else is taken as zlib (MicroPython's AUTO).
                _format = PeekByte(ip) == 0x1f ? FormatGzip : FormatZlib;
            }

            int wbits = 15;
            if (_format == FormatZlib)
            {
                int cmf = Bits(ip, 8);
                int flg = Bits(ip, 8);
                if ((cmf & 15) != 8 || ((cmf << 8) | flg) % 31 != 0 || (flg & 0x20) != 0)
                {
                    throw DeflateErrors.Data();
                }

                wbits = (cmf >> 4) + 8;
            }
            else if (_format == FormatGzip)
            {
                if (Bits(ip, 8) != 0x1f || Bits(ip, 8) != 0x8b || Bits(ip, 8) != 8)
                {
                    throw DeflateErrors.Data();
                }

                int flags = Bits(ip, 8);
                Skip(ip, 6);
                if ((flags & 4) != 0)
                {
                    int xlen = Bits(ip, 8) | (Bits(ip, 8) << 8);
                    Skip(ip, xlen);
                }

                if ((flags & 8) != 0)
                {
                    SkipString(ip);
                }

                if ((flags & 16) != 0)
                {
                    SkipString(ip);
                }

                if ((flags & 2) != 0)
                {
                    Skip(ip, 2);
                }
            }

            if (_wbits == 0)
            {
                _wbits = wbits;
            }

            if (_wbits < 5 || _wbits > 15)
            {
                throw DeflateErrors.Data();
            }

            _window = new byte[1 << _wbits];
        }

        private void Skip(Interpreter ip, int n)
        {
            for (int i = 0; i < n; i++)
            {
                Bits(ip, 8);
            }
        }

        private void SkipString(Interpreter ip)
        {
            while (Bits(ip, 8) != 0)
            {
            }
        }

        private void StartBlock(Interpreter ip)
        {
            _lastBlock = Bits(ip, 1) == 1;
            int type = Bits(ip, 2);
            if (type == 0)
            {
                // Stored: skip to a byte boundary, LEN and its complement NLEN.
                _bitBuf = 0;
                _bitCount = 0;
                int len = Bits(ip, 16);
                int nlen = Bits(ip, 16);
                if ((len ^ 0xFFFF) != nlen)
                {
                    throw DeflateErrors.Data();
                }

                _storedLeft = len;
                _state = StateStored;
            }
            else if (type == 1)
            {
                FixedTables();
                _state = StateHuffman;
            }
            else if (type == 2)
            {
                DynamicTables(ip);
                _state = StateHuffman;
            }
            else
            {
                throw DeflateErrors.Data();
            }
        }

        private void EndBlock(Interpreter ip)
        {
            if (!_lastBlock)
            {
                _state = StateBlock;
                return;
            }

            _state = StateDone;
            _bitBuf = 0;
            _bitCount = 0;
            if (_format == FormatZlib)
            {
                uint want = (uint)((Bits(ip, 8) << 24) | (Bits(ip, 8) << 16) | (Bits(ip, 8) << 8) | Bits(ip, 8));
                if (want != ((_adlerB << 16) | _adlerA))
                {
                    throw DeflateErrors.Data();
                }
            }
            else if (_format == FormatGzip)
            {
                uint crc = ReadLe32(ip);
                uint size = ReadLe32(ip);
                if (crc != ~_crc || size != _size)
                {
                    throw DeflateErrors.Data();
                }
            }
        }

        private uint ReadLe32(Interpreter ip)
        {
            uint v = (uint)Bits(ip, 16);
            return v | ((uint)Bits(ip, 16) << 16);
        }

        private void FixedTables()
        {
            byte[] lengths = new byte[288 + 30];
            for (int i = 0; i < 288; i++)
            {
                lengths[i] = (byte)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
            }

            for (int i = 0; i < 30; i++)
            {
                lengths[288 + i] = 5;
            }

            _lit.Build(lengths, 0, 288);
            _dist.Build(lengths, 288, 30);
        }

        private void DynamicTables(Interpreter ip)
        {
            int nlen = Bits(ip, 5) + 257;
            int ndist = Bits(ip, 5) + 1;
            int ncode = Bits(ip, 4) + 4;
            if (nlen > 286 || ndist > 30)
            {
                throw DeflateErrors.Data();
            }

            byte[] lengths = new byte[320];
            for (int i = 0; i < ncode; i++)
            {
                lengths[ClOrder[i]] = (byte)Bits(ip, 3);
            }

            HuffmanTable cl = new HuffmanTable(19);
            if (!cl.Build(lengths, 0, 19))
            {
                throw DeflateErrors.Data();
            }

            byte[] all = new byte[nlen + ndist];
            int index = 0;
            while (index < nlen + ndist)
            {
                int sym = Decode(ip, cl);
                if (sym < 16)
                {
                    all[index++] = (byte)sym;
                    continue;
                }

                int len = 0;
                int rep;
                if (sym == 16)
                {
                    if (index == 0)
                    {
                        throw DeflateErrors.Data();
                    }

                    len = all[index - 1];
                    rep = 3 + Bits(ip, 2);
                }
                else if (sym == 17)
                {
                    rep = 3 + Bits(ip, 3);
                }
                else
                {
                    rep = 11 + Bits(ip, 7);
                }

                if (index + rep > nlen + ndist)
                {
                    throw DeflateErrors.Data();
                }

                while (rep-- > 0)
                {
                    all[index++] = (byte)len;
                }
            }

            if (all[256] == 0 || !_lit.Build(all, 0, nlen) || !_dist.Build(all, nlen, ndist))
            {
                throw DeflateErrors.Data();
            }
        }

        private int Decode(Interpreter ip, HuffmanTable h)
        {
            int code = 0;
            int first = 0;
            int index = 0;
            for (int len = 1; len <= HuffmanTable.MaxBits; len++)
            {
                code |= Bits(ip, 1);
                int count = h.Counts[len];
                if (code - count < first)
                {
                    return h.Symbols[index + (code - first)];
                }

                index += count;
                first += count;
                first <<= 1;
                code <<= 1;
            }

            throw DeflateErrors.Data();
        }

        // The next n bits (n up to 16), least significant first.
        private int Bits(Interpreter ip, int n)
        {
            while (_bitCount < n)
            {
                _bitBuf |= NextByte(ip) << _bitCount;
                _bitCount += 8;
            }

            int v = _bitBuf & ((1 << n) - 1);
            _bitBuf >>= n;
            _bitCount -= n;
            return v;
        }

        private int PeekByte(Interpreter ip)
        {
            Fill(ip);
            return _in[_inPos];
        }

        private int NextByte(Interpreter ip)
        {
            Fill(ip);
            return _in[_inPos++];
        }

        // Refills the input buffer when it is empty; the data ending here is an error.
        private void Fill(Interpreter ip)
        {
            if (_inPos < _inLen)
            {
                return;
            }

            if (!_inEof)
            {
                PyObject r = Ops.Call1(ip, Ops.GetAttr(ip, _source, Intern.Get("read")), PyInt.Get(InputChunk));
                byte[] data;
                int offset;
                int count;
                if (!(r is PyNone) && BufferProtocol.Get(r, out data, out offset, out count) && count > 0)
                {
                    if (count > _in.Length)
                    {
                        count = _in.Length;
                    }

                    System.Array.Copy(data, offset, _in, 0, count);
                    _inPos = 0;
                    _inLen = count;
                    return;
                }

                _inEof = true;
            }

            throw DeflateErrors.Data();
        }
    }
}
