using NanoPython.Board;
using NanoPython.Hal;
using NanoPython.Io;
using NanoPython.Machine;
using NanoPython.Modules;
using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// The ESP32 firmware's part of the shared boot sequence (<see cref="BoardSession"/>), MicroPython's ports/esp32
    /// main.c and _boot.py: each fresh interpreter gets the internal flash mounted at "/" (and an SD card at "/sd" when
    /// one was mounted at power-on), the machine module over the board's HAL, the board's clock, the device's heap
    /// numbers for gc.mem_free()/mem_alloc(), and the float width and recursion limit of nf.config. It knows the
    /// hardware only through the HAL interfaces, so the host tests run it over a test board and a directory.
    /// </summary>
    public sealed class Esp32BoardPort : BoardPort
    {
        private readonly FirmwareSettings _settings;
        private readonly IBoard _board;
        private readonly IFileSystem _flash;
        private readonly IFileSystem _sd;
        private readonly HeapInfo _heap;

        /// <summary>
        /// A port configured by config over board (its machine module), with flash mounted at "/" and sd (may be null) at
        /// "/sd"; heap (may be null: the interpreter's default) reports the managed heap.
        /// </summary>
        public Esp32BoardPort(BoardConfig config, IBoard board, IFileSystem flash, IFileSystem sd, HeapInfo heap)
            : base(config)
        {
            _settings = FirmwareSettings.From(Config);
            _board = board;
            _flash = flash;
            _sd = sd;
            _heap = heap;
        }

        /// <summary>The settings read from nf.config.</summary>
        public FirmwareSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>The HAL board.</summary>
        public IBoard Hardware
        {
            get { return _board; }
        }

        /// <inheritdoc/>
        public override void Setup(Interpreter ip)
        {
            ip.MaxDepth = _settings.RecursionLimit;
            NumberTower numbers = ip.Numbers as NumberTower;
            if (numbers != null)
            {
                numbers.FloatBits = _settings.FloatBits;
            }

            Vfs vfs = Vfs.Of(ip);
            if (vfs != null)
            {
                if (_flash != null)
                {
                    vfs.Mount(_flash, "/", false);
                }

                if (_sd != null)
                {
                    vfs.Mount(_sd, "/sd", false);
                }
            }

            if (_heap != null)
            {
                GcModule gc = GcModule.Of(ip);
                if (gc != null)
                {
                    gc.Heap = _heap;
                }
            }

            if (_board != null && _settings.Machine)
            {
                // The board's clock replaces the default one (MachineSetup installs it when there is none).
                ip.Clock = null;
                MachineSetup.Install(ip, _board);
            }
        }

        /// <inheritdoc/>
        public override void SoftReset(Interpreter ip)
        {
            if (_board != null && _settings.Machine)
            {
                MachineSetup.SoftReset(ip);
            }
        }
    }
}
