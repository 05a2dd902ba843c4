using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// What a port (the ESP32 firmware, the host's simulated board, a test) adds to the shared boot sequence of
    /// <see cref="BoardSession"/>: the board's names, and the hardware, clock and file system it installs into each
    /// fresh interpreter. The session calls <see cref="Setup"/> at every start (power-on and each soft reset) before
    /// boot.py runs, and <see cref="SoftReset"/> when the interpreter is about to be dropped.
    /// </summary>
    public abstract class BoardPort
    {
        /// <summary>Build date shown in the banner when the port gives none (the release date of this version).</summary>
        public const string DefaultBuildDate = "2025-06-01";

        private readonly BoardConfig _config;

        /// <summary>A port configured by nf.config.</summary>
        protected BoardPort(BoardConfig config)
        {
            _config = config ?? BoardConfig.Parse(string.Empty);
        }

        /// <summary>The board configuration (nf.config).</summary>
        public BoardConfig Config
        {
            get { return _config; }
        }

        /// <summary>board.name: the board in the banner and sys.implementation._machine.</summary>
        public virtual string BoardName
        {
            get { return _config.Get("board.name", "Generic ESP32 module"); }
        }

        /// <summary>board.mcu: the MCU in the banner.</summary>
        public virtual string Mcu
        {
            get { return _config.Get("board.mcu", "ESP32"); }
        }

        /// <summary>The build date of the banner (yyyy-mm-dd).</summary>
        public virtual string BuildDate
        {
            get { return DefaultBuildDate; }
        }

        /// <summary>sys.platform.</summary>
        public virtual string Platform
        {
            get { return "esp32"; }
        }

        /// <summary>sys.implementation._build (MicroPython's board build name).</summary>
        public virtual string BuildName
        {
            get { return "ESP32_GENERIC"; }
        }

        /// <summary>
        /// Prepares a fresh interpreter (its sys.path is already ['', '.frozen', '/lib']): install the clock, the file
        /// system (ip.ModuleSource, from which boot.py and main.py are read), the machine module over the HAL.
        /// </summary>
        public abstract void Setup(Interpreter ip);

        /// <summary>The interpreter is being dropped for a soft reset: stop timers, IRQs and buses (pins keep their state).</summary>
        public virtual void SoftReset(Interpreter ip)
        {
        }

        /// <summary>
        /// True (once) when the program asked for a hard reset (machine.reset() raises SystemExit after asking): the
        /// session then starts over as after power-on, in the friendly REPL and without "MPY: soft reboot".
        /// </summary>
        public virtual bool TakeHardReset()
        {
            return false;
        }
    }
}
