using NanoPython.Runtime;

namespace NanoPython.Deflate
{
    /// <summary>
    /// A small DEFLATE compressor: greedy LZ77 matching over a window of 2^wbits bytes (one hash head per 3-byte
    /// prefix, no chains, to keep RAM low) coded with the fixed Huffman codes, in the RAW, zlib or gzip format. Output
    /// goes to the Python stream in chunks as it is produced; <see cref="Finish"/> writes the last block and the trailer.
    /// </summary>
    internal sealed class Deflater
    {
        private const int MinMatch = 3;
        private const int MaxMatch = 258;
        private const int HashBits = 9;
        private const int OutChunk = 64;

        private readonly PyObject _sink;
        private readonly int _format;
        private readonly int _wbits;

        // Input history and look-ahead: bytes [0, _len) of which [0, _pos) are coded.
        private readonly byte[] _buf;
        private int _len;
        private int _pos;
        private readonly int[] _head = new int[1 << HashBits];
        private long _base;

        private readonly byte[] _out = new byte[OutChunk];
        private int _outLen;
        private int _bitBuf;
        private int _bitCount;
        private bool _started;

        private uint _crc = 0xFFFFFFFF;
        private uint _adlerA = 1;
        private uint _adlerB;
        private uint _size;

        internal Deflater(PyObject sink, int format, int wbits)
        {
            _sink = sink;
            _format = format;
            _wbits = wbits;
            // Room for the window, the longest match of look-ahead and a margin, so a full buffer always slides.
            _buf = new byte[(1 << wbits) + 1024];
            for (int i = 0; i < _head.Length; i++)
            {
                _head[i] = -1;
            }
        }

        /// <summary>Compresses data[off, off + n); output may stay buffered until more input or Finish.</summary>
        internal void Write(Interpreter ip, byte[] data, int off, int n)
        {
            Start(ip);
            for (int i = 0; i < n; i++)
            {
                byte b = data[off + i];
                Check(b);
                if (_len == _buf.Length)
                {
                    Compress(ip, false);
                    Slide();
                }

                _buf[_len++] = b;
            }
        }

        /// <summary>Codes what is left, ends the block and writes the trailer.</summary>
        internal void Finish(Interpreter ip)
        {
            Start(ip);
            Compress(ip, true);
            PutCode(ip, 0, 7);
            if (_bitCount > 0)
            {
                PutByte(ip, _bitBuf & 0xFF);
                _bitBuf = 0;
                _bitCount = 0;
            }

            if (_format == Inflater.FormatZlib)
            {
                uint adler = (_adlerB << 16) | _adlerA;
                for (int s = 24; s >= 0; s -= 8)
                {
                    PutByte(ip, (int)(adler >> s) & 0xFF);
                }
            }
            else if (_format == Inflater.FormatGzip)
            {
                uint crc = ~_crc;
                for (int s = 0; s < 32; s += 8)
                {
                    PutByte(ip, (int)(crc >> s) & 0xFF);
                }

                for (int s = 0; s < 32; s += 8)
                {
                    PutByte(ip, (int)(_size >> s) & 0xFF);
                }
            }

            FlushOut(ip);
        }

        private void Check(byte b)
        {
            _size++;
            if (_format == Inflater.FormatGzip)
            {
                uint c = _crc ^ b;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320 : c >> 1;
                }

                _crc = c;
            }
            else if (_format == Inflater.FormatZlib)
            {
                _adlerA = (_adlerA + b) % 65521;
                _adlerB = (_adlerB + _adlerA) % 65521;
            }
        }

        // The header and the start of the single fixed-Huffman block (BFINAL=1, BTYPE=01).
        private void Start(Interpreter ip)
        {
            if (_started)
            {
                return;
            }

            _started = true;
            if (_format == Inflater.FormatZlib)
            {
                int cmf = ((_wbits < 8 ? 0 : _wbits - 8) << 4) | 8;
                int flg = 31 - ((cmf << 8) % 31);
                PutByte(ip, cmf);
                PutByte(ip, flg);
            }
            else if (_format == Inflater.FormatGzip)
            {
                PutByte(ip, 0x1f);
                PutByte(ip, 0x8b);
                PutByte(ip, 8);
                for (int i = 0; i < 6; i++)
                {
                    PutByte(ip, 0);
                }

                PutByte(ip, 0xff);
            }

            PutBits(ip, 1, 1);
            PutBits(ip, 1, 2);
        }

        // Codes the buffered input up to the end (final) or up to where a match could still grow.
        private void Compress(Interpreter ip, bool final)
        {
            int window = 1 << _wbits;
            int limit = final ? _len : _len - MaxMatch;
            while (_pos < limit)
            {
                int bestLen = 0;
                int bestDist = 0;
                if (_pos + MinMatch <= _len)
                {
                    int h = Hash(_pos);
                    int cand = _head[h] < 0 ? -1 : (int)(_head[h] - _base);
                    _head[h] = (int)(_base + _pos);
                    if (cand >= 0 && cand < _pos && _pos - cand <= window && _pos - cand <= 32768)
                    {
                        int max = _len - _pos;
                        if (max > MaxMatch)
                        {
                            max = MaxMatch;
                        }

                        int l = 0;
                        while (l < max && _buf[cand + l] == _buf[_pos + l])
                        {
                            l++;
                        }

                        if (l >= MinMatch)
                        {
                            bestLen = l;
                            bestDist = _pos - cand;
                        }
                    }
                }

                if (bestLen == 0)
                {
                    PutLiteral(ip, _buf[_pos]);
                    _pos++;
                    continue;
                }

                PutMatch(ip, bestLen, bestDist);
                for (int k = 1; k < bestLen; k++)
                {
                    if (_pos + k + MinMatch <= _len)
                    {
                        _head[Hash(_pos + k)] = (int)(_base + _pos + k);
                    }
                }

                _pos += bestLen;
            }
        }

        // Keeps the last window of coded input (the history matches may reach) and what is not coded yet.
        private void Slide()
        {
            int keep = 1 << _wbits;
            int drop = _pos - keep;
            if (drop <= 0)
            {
                return;
            }

            System.Array.Copy(_buf, drop, _buf, 0, _len - drop);
            _len -= drop;
            _pos -= drop;
            _base += drop;
        }

        private int Hash(int i)
        {
            return ((_buf[i] << 6) ^ (_buf[i + 1] << 3) ^ _buf[i + 2]) & ((1 << HashBits) - 1);
        }

        private void PutLiteral(Interpreter ip, int b)
        {
            if (b < 144)
            {
                PutCode(ip, 0x30 + b, 8);
            }
            else
            {
                PutCode(ip, 0x190 + b - 144, 9);
            }
        }

        private void PutMatch(Interpreter ip, int len, int dist)
        {
            int code = 28;
            while (Inflater.LengthBase(code) > len)
            {
                code--;
            }

            int sym = 257 + code;
            if (sym < 280)
            {
                PutCode(ip, sym - 256, 7);
            }
            else
            {
                PutCode(ip, 0xC0 + sym - 280, 8);
            }

            PutBits(ip, len - Inflater.LengthBase(code), Inflater.LengthExtra(code));
            int dc = 29;
            while (Inflater.DistBase(dc) > dist)
            {
                dc--;
            }

            PutCode(ip, dc, 5);
            PutBits(ip, dist - Inflater.DistBase(dc), Inflater.DistExtra(dc));
        }

        // Huffman codes are sent most significant bit first.
        private void PutCode(Interpreter ip, int code, int n)
        {
            int rev = 0;
            for (int i = 0; i < n; i++)
            {
                rev = (rev << 1) | ((code >> i) & 1);
            }

            PutBits(ip, rev, n);
        }

        private void PutBits(Interpreter ip, int v, int n)
        {
            _bitBuf |= v << _bitCount;
            _bitCount += n;
            while (_bitCount >= 8)
            {
                PutByte(ip, _bitBuf & 0xFF);
                _bitBuf >>= 8;
                _bitCount -= 8;
            }
        }

        private void PutByte(Interpreter ip, int b)
        {
            _out[_outLen++] = (byte)b;
            if (_outLen == _out.Length)
            {
                FlushOut(ip);
            }
        }

        private void FlushOut(Interpreter ip)
        {
            if (_outLen == 0)
            {
                return;
            }

            byte[] chunk = new byte[_outLen];
            System.Array.Copy(_out, chunk, _outLen);
            _outLen = 0;
            Ops.Call1(ip, Ops.GetAttr(ip, _sink, Intern.Get("write")), new PyBytes(chunk));
        }
    }
}
