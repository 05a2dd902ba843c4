using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.HostPort;

/// <summary>
/// A serial-terminal client of the board's pseudo-terminal that speaks the raw REPL protocol the way pyboard.py and
/// mpremote do (enter with "\r\u0003\u0003" and "\r\u0001", raw-paste with window flow control, "OK"/"\u0004" framing). It
/// opens the slave as a plain file, like pyserial does, and reads it on a background thread.
/// </summary>
public sealed class PtyClient : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly FileStream _read;
    private readonly FileStream _write;
    private readonly MemoryStream _received = new MemoryStream();
    private readonly object _lock = new object();
    private int _consumed;
    private bool _closed;

    /// <summary>Opens the slave at path (/dev/pts/N).</summary>
    public PtyClient(string path)
    {
        _read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        _write = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
        Thread t = new Thread(ReadLoop);
        t.IsBackground = true;
        t.Start();
    }

    /// <summary>Sends bytes (Latin-1 string).</summary>
    public void Write(string s)
    {
        Write(Encoding.Latin1.GetBytes(s));
    }

    /// <summary>Sends bytes.</summary>
    public void Write(byte[] b)
    {
        _write.Write(b, 0, b.Length);
        _write.Flush();
    }

    /// <summary>Reads until ending appears; returns what came before it and consumes both (pyboard's read_until).</summary>
    public string ReadUntil(string ending)
    {
        DateTime limit = DateTime.UtcNow + HangGuard;
        lock (_lock)
        {
            while (true)
            {
                string s = Encoding.Latin1.GetString(_received.GetBuffer(), _consumed, (int)_received.Length - _consumed);
                int at = s.IndexOf(ending, StringComparison.Ordinal);
                if (at >= 0)
                {
                    _consumed += at + ending.Length;
                    return s.Substring(0, at);
                }

                if (DateTime.UtcNow > limit || _closed)
                {
                    Assert.Fail("expected " + Repl.ReplHarness.Show(ending) + " from the board, got " + Repl.ReplHarness.Show(s));
                }

                Monitor.Wait(_lock, 100);
            }
        }
    }

    /// <summary>Reads exactly n bytes.</summary>
    public string ReadExactly(int n)
    {
        DateTime limit = DateTime.UtcNow + HangGuard;
        lock (_lock)
        {
            while (_received.Length - _consumed < n)
            {
                if (DateTime.UtcNow > limit || _closed)
                {
                    Assert.Fail("expected " + n + " bytes from the board");
                }

                Monitor.Wait(_lock, 100);
            }

            string s = Encoding.Latin1.GetString(_received.GetBuffer(), _consumed, n);
            _consumed += n;
            return s;
        }
    }

    /// <summary>Bytes received and not consumed yet.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return (int)_received.Length - _consumed;
            }
        }
    }

    /// <summary>Drops everything received so far (pyboard flushes input before entering the raw REPL).</summary>
    public void Flush()
    {
        lock (_lock)
        {
            _consumed = (int)_received.Length;
        }
    }

    /// <summary>pyboard's enter_raw_repl(soft_reset): interrupt, raw mode, optionally soft reset.</summary>
    public void EnterRawRepl(bool softReset)
    {
        Write("\r\u0003\u0003");
        Thread.Sleep(50);
        Flush();
        Write("\r\u0001");
        if (softReset)
        {
            ReadUntil("raw REPL; CTRL-B to exit\r\n>");
            Write("\u0004");
            ReadUntil("soft reboot\r\n");
        }

        ReadUntil("raw REPL; CTRL-B to exit\r\n");
    }

    /// <summary>
    /// pyboard's exec_raw_no_follow with raw-paste: waits for the "&gt;" prompt, enters raw-paste, sends the program
    /// within the device's window, ends it with "\u0004" and waits for the acknowledgement.
    /// </summary>
    public void ExecNoFollow(string program)
    {
        ReadUntil(">");
        Write("\u0005A\u0001");
        string reply = ReadExactly(2);
        Assert.AreEqual("R\u0001", reply, "raw-paste not accepted");
        string w = ReadExactly(2);
        int window = w[0] | (w[1] << 8);
        Assert.AreEqual(128, window);
        int remain = window;
        byte[] data = Encoding.UTF8.GetBytes(program);
        int i = 0;
        while (i < data.Length)
        {
            while (remain == 0 || Waiting > 0)
            {
                string c = ReadExactly(1);
                if (c == "\u0001")
                {
                    remain += window;
                }
                else if (c == "\u0004")
                {
                    Write("\u0004");
                    return;
                }
                else
                {
                    Assert.Fail("unexpected byte during raw paste: " + Repl.ReplHarness.Show(c));
                }
            }

            int n = Math.Min(remain, data.Length - i);
            byte[] chunk = new byte[n];
            Array.Copy(data, i, chunk, 0, n);
            Write(chunk);
            remain -= n;
            i += n;
        }

        Write("\u0004");
        string ack = ReadUntil("\u0004");
        Assert.AreEqual(string.Empty, ack.Replace("\u0001", string.Empty), "raw paste end not acknowledged cleanly");
    }

    /// <summary>pyboard's follow: the program's output up to "\u0004" and the error text up to the next "\u0004".</summary>
    public (string Output, string Error) Follow()
    {
        string output = ReadUntil("\u0004");
        string error = ReadUntil("\u0004");
        return (output, error);
    }

    /// <summary>Runs a program and returns its output; fails when it raised.</summary>
    public string Exec(string program)
    {
        ExecNoFollow(program);
        (string output, string error) = Follow();
        Assert.AreEqual(string.Empty, error, "the program failed: " + program);
        return output;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _write.Dispose();
        _read.Dispose();
    }

    private void ReadLoop()
    {
        byte[] buf = new byte[4096];
        try
        {
            while (true)
            {
                int n = _read.Read(buf, 0, buf.Length);
                if (n <= 0)
                {
                    break;
                }

                lock (_lock)
                {
                    _received.Write(buf, 0, n);
                    Monitor.PulseAll(_lock);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        lock (_lock)
        {
            _closed = true;
            Monitor.PulseAll(_lock);
        }
    }
}
