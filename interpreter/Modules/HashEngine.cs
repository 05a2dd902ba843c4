namespace NanoPython.Modules
{
    /// <summary>
    /// The Merkle-Damgard frame shared by SHA-256, SHA-1 and MD5 (written here: nanoFramework has no
    /// System.Security.Cryptography): 64-byte blocks, a pending partial block, and the final padding with the message
    /// length in bits (big-endian for SHA, little-endian for MD5). Subclasses hold the chaining state.
    /// </summary>
    public abstract class HashEngine
    {
        /// <summary>The block size in bytes.</summary>
        public const int BlockSize = 64;

        private readonly byte[] _pending = new byte[BlockSize];
        private int _pendingCount;
        private long _length;

        /// <summary>The digest size in bytes.</summary>
        public abstract int DigestSize { get; }

        /// <summary>The algorithm's name ("sha256").</summary>
        public abstract string Name { get; }

        /// <summary>True when the length is appended big-endian (SHA) rather than little-endian (MD5).</summary>
        protected abstract bool BigEndian { get; }

        /// <summary>Mixes one 64-byte block at data[offset] into the state.</summary>
        protected abstract void ProcessBlock(byte[] data, int offset);

        /// <summary>Writes the state as the digest into output[0, DigestSize).</summary>
        protected abstract void WriteDigest(byte[] output);

        /// <summary>A fresh engine of the same algorithm (the pending bytes are copied by <see cref="Copy"/>).</summary>
        protected abstract HashEngine CreateSame();

        /// <summary>Copies the chaining state into other (of the same algorithm).</summary>
        protected abstract void CopyStateTo(HashEngine other);

        /// <summary>Hashes data[offset, offset + count).</summary>
        public void Update(byte[] data, int offset, int count)
        {
            _length += count;
            if (_pendingCount > 0)
            {
                int take = BlockSize - _pendingCount;
                if (take > count)
                {
                    take = count;
                }

                System.Array.Copy(data, offset, _pending, _pendingCount, take);
                _pendingCount += take;
                offset += take;
                count -= take;
                if (_pendingCount < BlockSize)
                {
                    return;
                }

                ProcessBlock(_pending, 0);
                _pendingCount = 0;
            }

            while (count >= BlockSize)
            {
                ProcessBlock(data, offset);
                offset += BlockSize;
                count -= BlockSize;
            }

            if (count > 0)
            {
                System.Array.Copy(data, offset, _pending, 0, count);
                _pendingCount = count;
            }
        }

        /// <summary>An independent copy of this engine (hash.copy()).</summary>
        public HashEngine Copy()
        {
            HashEngine e = CreateSame();
            CopyStateTo(e);
            System.Array.Copy(_pending, e._pending, _pendingCount);
            e._pendingCount = _pendingCount;
            e._length = _length;
            return e;
        }

        /// <summary>The digest of what was hashed so far; this engine stays usable (a copy is finalised).</summary>
        public byte[] Digest()
        {
            HashEngine e = Copy();
            long bits = e._length * 8;
            byte[] pad = new byte[BlockSize * 2];
            int n = BlockSize - e._pendingCount;
            if (n < 9)
            {
                n += BlockSize;
            }

            pad[0] = 0x80;
            for (int i = 0; i < 8; i++)
            {
                pad[n - 1 - i] = (byte)(BigEndian ? bits >> (8 * i) : bits >> (8 * (7 - i)));
            }

            e.Update(pad, 0, n);
            byte[] r = new byte[DigestSize];
            e.WriteDigest(r);
            return r;
        }

        /// <summary>Reads a big-endian 32-bit word.</summary>
        protected static uint ReadBig(byte[] d, int i)
        {
            return (uint)(d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]);
        }

        /// <summary>Reads a little-endian 32-bit word.</summary>
        protected static uint ReadLittle(byte[] d, int i)
        {
            return (uint)(d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24);
        }

        /// <summary>Writes words big-endian (little: little-endian) into output.</summary>
        protected static void WriteWords(uint[] words, byte[] output, bool little)
        {
            for (int i = 0; i < output.Length / 4; i++)
            {
                uint w = words[i];
                for (int k = 0; k < 4; k++)
                {
                    output[4 * i + k] = (byte)(little ? w >> (8 * k) : w >> (24 - 8 * k));
                }
            }
        }

        /// <summary>Rotates left.</summary>
        protected static uint Rol(uint x, int n)
        {
            return (x << n) | (x >> (32 - n));
        }
    }
}
