using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Firmware.Esp32;
using NanoPython.Runtime;

namespace NanoPython.Tests.Firmware;

/// <summary>The firmware's console buffer: chunks at line ends, when full, on flush, and after a delay for partial lines.</summary>
[TestClass]
public sealed class ChunkedSinkTests
{
    [TestMethod]
    public void Sink_PartialLine_WaitsForTheLineEnd()
    {
        Wire w = new Wire();
        ChunkedSink s = new ChunkedSink(w, 64, 0);
        Write(s, "ab");
        Write(s, "c");
        Assert.AreEqual(0, w.Writes.Count);
        Write(s, "d\r\n");
        CollectionAssert.AreEqual(new[] { "abcd\r\n" }, w.Writes);
    }

    [TestMethod]
    public void Sink_FullBuffer_IsWrittenAtOnce()
    {
        Wire w = new Wire();
        ChunkedSink s = new ChunkedSink(w, 16, 0);
        for (int i = 0; i < 20; i++)
        {
            Write(s, "x");
        }

        CollectionAssert.AreEqual(new[] { new string('x', 16) }, w.Writes);
        Assert.AreEqual(4, s.Pending);
        s.Flush();
        Assert.AreEqual("xxxx", w.Writes[1]);
        Assert.AreEqual(0, s.Pending);
    }

    [TestMethod]
    public void Sink_LargeWrite_GoesStraightToTheWireAfterWhatWasPending()
    {
        Wire w = new Wire();
        ChunkedSink s = new ChunkedSink(w, 16, 0);
        Write(s, "ab");
        Write(s, new string('y', 40));
        CollectionAssert.AreEqual(new[] { "ab", new string('y', 40) }, w.Writes);
    }

    [TestMethod]
    public void Sink_Flush_WithNothingPending_DoesNotWrite()
    {
        Wire w = new Wire();
        ChunkedSink s = new ChunkedSink(w, 16, 0);
        s.Flush();
        Assert.AreEqual(0, w.Writes.Count);
        Assert.AreEqual(0, s.Chunks);
    }

    [TestMethod]
    public void Sink_PartialLine_IsWrittenAfterTheDelay()
    {
        Wire w = new Wire();
        ChunkedSink s = new ChunkedSink(w, 64, 10);
        Write(s, "...");
        DateTime limit = DateTime.UtcNow.AddSeconds(30);
        while (w.Count == 0 && DateTime.UtcNow < limit)
        {
            Thread.Sleep(5);
        }

        CollectionAssert.AreEqual(new[] { "..." }, w.Writes);
    }

    [TestMethod]
    public void Sink_FailingWire_DropsTheOutput()
    {
        ChunkedSink s = new ChunkedSink(new Broken(), 16, 0);
        Write(s, "line\n");
        Write(s, new string('z', 50));
        Assert.AreEqual(2, s.Chunks);
    }

    [TestMethod]
    public void Console_ReadThatBlocks_FlushesTheOutputFirst()
    {
        Wire w = new Wire();
        ChunkedSink s = new ChunkedSink(w, 64, 0);
        ConsoleInput input = new ConsoleInput();
        input.Output = new ConsoleOutput(s);
        input.Output.Write("prompt> ");
        Assert.AreEqual(0, w.Count);
        Assert.AreEqual(ConsoleInput.TimedOut, input.Read(1));
        CollectionAssert.AreEqual(new[] { "prompt> " }, w.Writes);
    }

    private static void Write(ChunkedSink s, string text)
    {
        byte[] b = Encoding.ASCII.GetBytes(text);
        s.Write(b, 0, b.Length);
    }

    private sealed class Wire : OutputStream
    {
        public List<string> Writes { get; } = new List<string>();

        public int Count
        {
            get
            {
                lock (Writes)
                {
                    return Writes.Count;
                }
            }
        }

        public override void Write(byte[] data, int offset, int count)
        {
            lock (Writes)
            {
                Writes.Add(Encoding.ASCII.GetString(data, offset, count));
            }
        }
    }

    private sealed class Broken : OutputStream
    {
        public override void Write(byte[] data, int offset, int count)
        {
            throw new InvalidOperationException("the port is gone");
        }
    }
}
