using System;
using NanoPython.Hal.Simulated;
using NanoPython.Machine;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// The simulated ESP32 (hal/Simulated) under the board session, with the machine module (interpreter/Machine) installed
/// into every fresh interpreter. One board lives for the whole session: pin levels, the RTC and devices survive soft
/// resets as on real hardware; machine.reset() (and deepsleep, the watchdog) make the session start over as after
/// power-on (<see cref="TakeHardReset"/>).
/// </summary>
public sealed class BoardHardware
{
    private readonly SimulatedBoard _board;
    private int _pendingReset;

    private BoardHardware(SimulatedBoard board)
    {
        _board = board;
        _board.ResetRequested += cause => _pendingReset = cause;
    }

    /// <summary>The simulated board.</summary>
    public SimulatedBoard Board => _board;

    /// <summary>
    /// The board of --board FILE (null: the built-in DevKit) in real time; with trace, hardware activity is logged to
    /// stderr. Throws (with a message for the user) when the description cannot be loaded.
    /// </summary>
    public static BoardHardware Create(string boardFile, bool trace, bool rawTerminal)
    {
        SimulatedBoard board = SimulatedBoard.Load(boardFile, false);
        if (trace)
        {
            if (rawTerminal)
            {
                // stderr shares the raw terminal: lines need their carriage return.
                Console.Error.NewLine = "\r\n";
            }

            board.Trace.Echo = Console.Error;
        }

        return new BoardHardware(board);
    }

    /// <summary>Installs the machine module and the board's clock into a fresh interpreter.</summary>
    public void Install(Interpreter ip)
    {
        // The board's clock, not the default one: machine timers and time.sleep share its time base.
        ip.Clock = null;
        MachineSetup.Install(ip, _board);
    }

    /// <summary>The interpreter is dropped for a soft reset: IRQ handlers, timers, PWM and buses stop; pins keep their state.</summary>
    public void SoftReset(Interpreter ip)
    {
        try
        {
            // Drops the IRQ handlers and soft-resets the board (IBoard.SoftReset).
            MachineSetup.SoftReset(ip);
        }
        catch (PyException)
        {
            // machine was never installed on this interpreter (a failure before Install): reset the board directly.
            _board.SoftReset();
        }
    }

    /// <summary>True once after the board asked for a hard reset; the board is reset then (pins back to their reset state).</summary>
    public bool TakeHardReset()
    {
        int cause = _pendingReset;
        if (cause == 0)
        {
            return false;
        }

        _pendingReset = 0;
        _board.HardReset(cause);
        return true;
    }
}
