using System;
using System.IO;
using NanoPython.Board;
using NanoPython.Firmware.Esp32;
using NanoPython.Hal;
using NanoPython.Host;
using NanoPython.Modules;
using NanoPython.Tests.Repl;
using NFUnitTest;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// The ESP32 firmware's start-up on the host, as Program.Main does it on the device but with the hardware swapped for
/// test doubles: the nf.config compiled into the firmware, a temporary directory as the internal flash (and optionally
/// another as the SD card), the device-test HAL board (tests/NFUnitTest/MachineTestBoard) and a console whose output
/// goes through the firmware's <see cref="ChunkedSink"/>.
/// </summary>
public sealed class Esp32Firmware : IDisposable
{
    /// <summary>A firmware over a fresh (empty) flash directory, configured by configText (null: the embedded nf.config).</summary>
    public Esp32Firmware(string configText = null, bool withSd = false, HeapInfo heap = null)
    {
        FlashDir = Directory.CreateTempSubdirectory("nanopy-flash-").FullName;
        Flash = new FlashDirectoryFileSystem(FlashDir, 2 * 1024 * 1024);
        if (withSd)
        {
            SdDir = Directory.CreateTempSubdirectory("nanopy-sd-").FullName;
            Sd = new FlashDirectoryFileSystem(SdDir, 16 * 1024 * 1024);
        }

        Board = new MachineTestBoard();
        Config = BoardConfig.Parse(configText ?? NfConfigTextOf());
        Port = new Esp32BoardPort(Config, Board, Flash, Sd, heap);
        Wire = new CaptureSink();
        Sink = new ChunkedSink(Wire, ChunkedSink.DefaultSize, 0);
        Output = new ConsoleOutput(Sink);
    }

    /// <summary>The flash directory.</summary>
    public string FlashDir { get; }

    /// <summary>The SD card directory (null without a card).</summary>
    public string SdDir { get; }

    /// <summary>The flash file system.</summary>
    public IFileSystem Flash { get; }

    /// <summary>The SD card file system (null without a card).</summary>
    public IFileSystem Sd { get; }

    /// <summary>The HAL test board.</summary>
    public MachineTestBoard Board { get; }

    /// <summary>The parsed configuration.</summary>
    public BoardConfig Config { get; }

    /// <summary>The port under test.</summary>
    public Esp32BoardPort Port { get; }

    /// <summary>The bytes that reached the wire.</summary>
    public CaptureSink Wire { get; }

    /// <summary>The firmware's output buffer in front of the wire.</summary>
    public ChunkedSink Sink { get; }

    /// <summary>The console output.</summary>
    public ConsoleOutput Output { get; }

    /// <summary>The nf.config text compiled into the firmware.</summary>
    public static string NfConfigTextOf()
    {
        // Interned as the literal it is on the device (Program.cs reads NfConfigText.Text, which stays in flash);
        // reflection hands out a fresh copy of a const.
        return string.Intern((string)typeof(Esp32BoardPort).Assembly.GetType("NanoPython.Firmware.Esp32.NfConfigText", true)
            .GetField("Text").GetValue(null));
    }

    /// <summary>Power-on as Program.Main: initial setup, then the session with input typed ahead; returns the wire's text.</summary>
    public string Boot(string input)
    {
        InitialSetup.Run(Flash, Output);
        ConsoleInput console = new ConsoleInput();
        byte[] b = ReplHarness.Bytes(input);
        console.Receive(b, 0, b.Length);
        console.Close();
        BoardSession session = new BoardSession(Port, console, Output);
        ReplHarness.RunGuarded(session.Run);
        return Wire.Text;
    }

    /// <summary>Removes the directories.</summary>
    public void Dispose()
    {
        TryDelete(FlashDir);
        TryDelete(SdDir);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (dir != null)
            {
                Directory.Delete(dir, true);
            }
        }
        catch (IOException)
        {
        }
    }
}
