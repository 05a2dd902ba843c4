using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NanoPython.Tests.Repl;

/// <summary>A board running on its own thread, for input that must arrive while code runs (Ctrl-C).</summary>
public sealed class LiveBoard : IDisposable
{
    private readonly Thread _thread;
    private Exception _failure;

    /// <summary>Starts a board on port.</summary>
    public LiveBoard(TestPort port = null)
    {
        Sink = new CaptureSink();
        Input = new ConsoleInput();
        Session = new BoardSession(port ?? new TestPort(), Input, new ConsoleOutput(Sink));
        _thread = new Thread(
            () =>
            {
                try
                {
                    Session.Run();
                }
                catch (Exception e)
                {
                    _failure = e;
                }
            },
            64 * 1024 * 1024);
        _thread.IsBackground = true;
        _thread.Start();
    }

    /// <summary>The console's output.</summary>
    public CaptureSink Sink { get; }

    /// <summary>The console's input.</summary>
    public ConsoleInput Input { get; }

    /// <summary>The session.</summary>
    public BoardSession Session { get; }

    /// <summary>Sends bytes as a terminal would.</summary>
    public void Send(string s)
    {
        byte[] b = ReplHarness.Bytes(s);
        Input.Receive(b, 0, b.Length);
    }

    /// <summary>Waits until Python code is running (so that Ctrl-C interrupts it rather than being a key).</summary>
    public void WaitUntilExecuting()
    {
        DateTime limit = DateTime.UtcNow + ReplHarness.HangGuard;
        while (!Input.Executing)
        {
            if (DateTime.UtcNow > limit)
            {
                Assert.Fail("code did not start running; output: " + ReplHarness.Show(Sink.Text));
            }

            Thread.Sleep(1);
        }
    }

    /// <summary>Closes the console and waits for the session to end.</summary>
    public void Dispose()
    {
        Input.Close();
        Session.Interpreter?.Interrupt();
        if (!_thread.Join(ReplHarness.HangGuard))
        {
            Assert.Fail("the board session did not end");
        }

        if (_failure != null)
        {
            throw new InvalidOperationException("the board session failed", _failure);
        }
    }
}
