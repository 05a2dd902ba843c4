using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>
    /// What differs between MicroPython's ports and follows from the port the interpreter plays: the unix port in
    /// script mode (sys.platform 'linux': time since 1970, float time.time(), 64-bit native struct sizes) or the esp32
    /// port in the board session and on the device (time since 2000, integer time.time(), 32-bit sizes).
    /// </summary>
    public static class PortInfo
    {
        /// <summary>Seconds from 1970-01-01 to 2000-01-01, MicroPython's embedded epoch.</summary>
        public const long Epoch2000 = 946684800;

        /// <summary>True when the interpreter plays MicroPython's unix port (sys.platform 'linux').</summary>
        public static bool IsUnix(Interpreter ip)
        {
            return ip.Platform == "linux";
        }

        /// <summary>Seconds from 1970-01-01 UTC to the port's epoch (0 on unix, 946684800 on a board).</summary>
        public static long EpochOffset(Interpreter ip)
        {
            return IsUnix(ip) ? 0 : Epoch2000;
        }
    }
}
