using System;
using System.IO;
using System.IO.Compression;

namespace NanoPython.Hal.Simulated;

/// <summary>
/// A minimal PNG writer (8-bit greyscale or RGB, no interlace, filter 0 on every row), enough to picture the simulated
/// displays. The image data is zlib-compressed with System.IO.Compression's ZLibStream; chunk CRCs are computed here.
/// </summary>
public static class PngEncoder
{
    private static readonly uint[] s_crcTable = BuildCrcTable();

    /// <summary>Encodes width x height pixels of 3 bytes (R, G, B), row by row.</summary>
    public static byte[] EncodeRgb(int width, int height, byte[] rgb)
    {
        return Encode(width, height, rgb, 3, 2);
    }

    /// <summary>Encodes width x height pixels of 1 byte (grey level), row by row.</summary>
    public static byte[] EncodeGray(int width, int height, byte[] gray)
    {
        return Encode(width, height, gray, 1, 0);
    }

    /// <summary>The CRC-32 (ISO 3309, as PNG uses) of data[offset, offset + count).</summary>
    public static uint Crc32(byte[] data, int offset, int count)
    {
        uint c = 0xFFFFFFFF;
        for (int i = 0; i < count; i++)
        {
            c = s_crcTable[(c ^ data[offset + i]) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFF;
    }

    private static byte[] Encode(int width, int height, byte[] pixels, int bytesPerPixel, byte colorType)
    {
        if (width <= 0 || height <= 0 || pixels.Length < width * height * bytesPerPixel)
        {
            throw new ArgumentException("bad image size");
        }

        MemoryStream png = new MemoryStream();
        png.Write(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });

        byte[] ihdr = new byte[13];
        PutBigEndian(ihdr, 0, (uint)width);
        PutBigEndian(ihdr, 4, (uint)height);
        ihdr[8] = 8;
        ihdr[9] = colorType;
        WriteChunk(png, "IHDR", ihdr);

        int stride = width * bytesPerPixel;
        byte[] raw = new byte[(stride + 1) * height];
        for (int y = 0; y < height; y++)
        {
            raw[y * (stride + 1)] = 0;
            Array.Copy(pixels, y * stride, raw, y * (stride + 1) + 1, stride);
        }

        MemoryStream z = new MemoryStream();
        using (ZLibStream zs = new ZLibStream(z, CompressionLevel.Optimal, true))
        {
            zs.Write(raw, 0, raw.Length);
        }

        WriteChunk(png, "IDAT", z.ToArray());
        WriteChunk(png, "IEND", new byte[0]);
        return png.ToArray();
    }

    private static void WriteChunk(Stream s, string type, byte[] data)
    {
        byte[] header = new byte[8];
        PutBigEndian(header, 0, (uint)data.Length);
        for (int i = 0; i < 4; i++)
        {
            header[4 + i] = (byte)type[i];
        }

        byte[] crcInput = new byte[4 + data.Length];
        Array.Copy(header, 4, crcInput, 0, 4);
        Array.Copy(data, 0, crcInput, 4, data.Length);
        byte[] crc = new byte[4];
        PutBigEndian(crc, 0, Crc32(crcInput, 0, crcInput.Length));
        s.Write(header, 0, 8);
        s.Write(data, 0, data.Length);
        s.Write(crc, 0, 4);
    }

    private static void PutBigEndian(byte[] b, int offset, uint v)
    {
        b[offset] = (byte)(v >> 24);
        b[offset + 1] = (byte)(v >> 16);
        b[offset + 2] = (byte)(v >> 8);
        b[offset + 3] = (byte)v;
    }

    private static uint[] BuildCrcTable()
    {
        uint[] t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            t[n] = c;
        }

        return t;
    }
}
