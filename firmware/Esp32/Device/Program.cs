using System.Diagnostics;
using System.Threading;
using nanoFramework.Runtime.Native;
using NanoPython.Board;
using NanoPython.Hal;
using NanoPython.Hal.Esp32;
using NanoPython.Modules;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// The nanoPython firmware application (MicroPython's ports/esp32 main.c): reads the nf.config compiled into it,
    /// opens the REPL's serial port, mounts the flash (writing the default boot.py on an empty one) and an optional SD
    /// card, creates the ESP32 HAL board once, and runs the shared board session: boot.py, main.py, the REPL and soft
    /// resets, forever. machine.reset() reboots the chip through the HAL (Power.RebootDevice).
    /// </summary>
    public class Program
    {
        /// <summary>The application's entry point.</summary>
        public static void Main()
        {
            // The free managed heap before the interpreter exists: gc.mem_free() + gc.mem_alloc() add up to it.
            long heapBytes = GC.Run(true);

            BoardConfig config = BoardConfig.Parse(NfConfigText.Text);
            FirmwareSettings settings = FirmwareSettings.From(config);
            SerialConsole console;
            try
            {
                console = SerialConsole.Open(settings);
            }
            catch (System.Exception e)
            {
                // Only the debugger can tell: nf.config names a port or pins this chip does not have.
                Debug.WriteLine("nanoPython: cannot open the REPL port COM" + settings.ReplPort.ToString() + ": " + e.Message);
                Thread.Sleep(Timeout.Infinite);
                return;
            }

            Power.OnRebootEvent += console.FlushOutput;
            IFileSystem flash = Drives.Internal();
            if (flash != null)
            {
                InitialSetup.Run(flash, console.Output);
            }

            IFileSystem sd = Drives.SdCard(settings);
            Esp32Board board = new Esp32Board(config.Get("board.name", "Generic ESP32 module"), config.Get("board.mcu", "ESP32"), settings.UniqueId, settings.CpuHz);
            Esp32BoardPort port = new Esp32BoardPort(config, board, flash, sd, new NativeHeapInfo(heapBytes));
            new BoardSession(port, console.Input, console.Output).Run();

            // The session only returns when its console closes, which a UART never does: start afresh.
            console.FlushOutput();
            Power.RebootDevice();
        }
    }
}
