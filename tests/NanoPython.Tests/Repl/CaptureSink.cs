using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Tests.Repl;

/// <summary>The console's wire: collects the bytes written, lets a test wait for some to appear.</summary>
public sealed class CaptureSink : OutputStream
{
    private readonly MemoryStream _buf = new MemoryStream();

    /// <summary>Everything written so far (Latin-1).</summary>
    public string Text
    {
        get
        {
            lock (_buf)
            {
                return Encoding.Latin1.GetString(_buf.ToArray());
            }
        }
    }

    /// <inheritdoc/>
    public override void Write(byte[] data, int offset, int count)
    {
        lock (_buf)
        {
            _buf.Write(data, offset, count);
            Monitor.PulseAll(_buf);
        }
    }

    /// <summary>Waits until the text ends with suffix (hang guard: fails the test) and returns it.</summary>
    public string WaitForEnd(string suffix)
    {
        DateTime limit = DateTime.UtcNow + ReplHarness.HangGuard;
        lock (_buf)
        {
            while (true)
            {
                string s = Encoding.Latin1.GetString(_buf.ToArray());
                if (s.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return s;
                }

                if (DateTime.UtcNow > limit)
                {
                    Assert.Fail("timed out waiting for " + ReplHarness.Show(suffix) + " after " + ReplHarness.Show(s));
                }

                Monitor.Wait(_buf, 100);
            }
        }
    }
}
