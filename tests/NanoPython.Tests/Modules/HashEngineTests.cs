using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Modules;

namespace NanoPython.Tests;

/// <summary>
/// The hashlib engines (own implementations, since the device has no System.Security.Cryptography): the published
/// test vectors, and agreement with .NET's implementations for random data fed in random pieces.
/// </summary>
[TestClass]
public class HashEngineTests
{
    private static string Hex(byte[] b)
    {
        return Convert.ToHexString(b).ToLowerInvariant();
    }

    private static string Hash(HashEngine e, string text)
    {
        byte[] b = Encoding.ASCII.GetBytes(text);
        e.Update(b, 0, b.Length);
        return Hex(e.Digest());
    }

    [TestMethod]
    [DataRow("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [DataRow("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [DataRow("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Hash_Sha256_MatchesFipsVectors(string input, string expected)
    {
        Assert.AreEqual(expected, Hash(new Sha256Engine(), input));
    }

    [TestMethod]
    [DataRow("", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [DataRow("abc", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [DataRow("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1")]
    public void Hash_Sha1_MatchesFipsVectors(string input, string expected)
    {
        Assert.AreEqual(expected, Hash(new Sha1Engine(), input));
    }

    [TestMethod]
    [DataRow("", "d41d8cd98f00b204e9800998ecf8427e")]
    [DataRow("a", "0cc175b9c0f1b6a831c399e269772661")]
    [DataRow("abc", "900150983cd24fb0d6963f7d28e17f72")]
    [DataRow("message digest", "f96b697d7cb7938d525a2f31aaf161d0")]
    [DataRow("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a")]
    public void Hash_Md5_MatchesRfc1321Vectors(string input, string expected)
    {
        Assert.AreEqual(expected, Hash(new Md5Engine(), input));
    }

    [TestMethod]
    public void Hash_MillionAs_MatchesVector()
    {
        byte[] a = new byte[1000];
        Array.Fill(a, (byte)'a');
        HashEngine e = new Sha256Engine();
        for (int i = 0; i < 1000; i++)
        {
            e.Update(a, 0, a.Length);
        }

        Assert.AreEqual("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hex(e.Digest()));
    }

    [TestMethod]
    public void Hash_RandomPieces_AgreeWithDotNet()
    {
        Random r = new Random(1234);
        for (int round = 0; round < 60; round++)
        {
            byte[] data = new byte[r.Next(0, 700)];
            r.NextBytes(data);
            HashEngine[] engines = { new Sha256Engine(), new Sha1Engine(), new Md5Engine() };
            foreach (HashEngine e in engines)
            {
                int at = 0;
                while (at < data.Length)
                {
                    int n = Math.Min(r.Next(0, 130), data.Length - at);
                    e.Update(data, at, n);
                    at += n;
                }
            }

            Assert.AreEqual(Hex(SHA256.HashData(data)), Hex(engines[0].Digest()), "sha256 of " + data.Length + " bytes");
            Assert.AreEqual(Hex(SHA1.HashData(data)), Hex(engines[1].Digest()), "sha1 of " + data.Length + " bytes");
            Assert.AreEqual(Hex(MD5.HashData(data)), Hex(engines[2].Digest()), "md5 of " + data.Length + " bytes");
        }
    }

    [TestMethod]
    public void Hash_DigestThenUpdateAndCopy_AreIndependent()
    {
        HashEngine e = new Sha256Engine();
        byte[] ab = Encoding.ASCII.GetBytes("ab");
        e.Update(ab, 0, 1);
        HashEngine copy = e.Copy();
        string first = Hex(e.Digest());
        Assert.AreEqual(first, Hex(e.Digest()), "digest() does not finalise");
        e.Update(ab, 1, 1);
        Assert.AreEqual(Hex(SHA256.HashData(ab)), Hex(e.Digest()));
        Assert.AreEqual(first, Hex(copy.Digest()), "a copy is unaffected by updates of the original");
    }
}
