using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// MicroPython's esp32 inisetup.py for nanoPython: on a flash that holds nothing yet (nanoFramework formats the
    /// LittleFS partition I:\ itself when it cannot mount it), print "Performing initial setup" and write the default
    /// boot.py. Runs once per power-on, before the first interpreter starts.
    /// </summary>
    public static class InitialSetup
    {
        /// <summary>The boot.py written on an empty flash (MicroPython's inisetup.py writes the same text).</summary>
        public const string BootPy =
            "# This file is executed on every boot (including wake-boot from deepsleep)\n" +
            "#import esp\n" +
            "#esp.osdebug(None)\n" +
            "#import webrepl\n" +
            "#webrepl.start()\n";

        /// <summary>The line printed when the setup runs.</summary>
        public const string Message = "Performing initial setup\n";

        /// <summary>
        /// Writes boot.py when flash has no file and no directory; reports it on console (may be null). Returns whether
        /// it wrote the file. A file system error is reported and leaves the flash as it is: the board still starts.
        /// </summary>
        public static bool Run(IFileSystem flash, OutputStream console)
        {
            try
            {
                if (flash.ListDirectory(string.Empty).Length > 0)
                {
                    return false;
                }

                if (console != null)
                {
                    console.Write(Message);
                }

                FileSystemFile f = flash.Open("boot.py", FileSystemOpenMode.Write | FileSystemOpenMode.Create | FileSystemOpenMode.Truncate);
                try
                {
                    byte[] text = StrUtil.EncodeUtf8(BootPy);
                    f.Write(text, 0, text.Length);
                    f.Flush();
                }
                finally
                {
                    f.Close();
                }

                return true;
            }
            catch (FileSystemException e)
            {
                if (console != null)
                {
                    console.Write("initial setup failed: errno " + e.Errno.ToString() + "\n");
                }

                return false;
            }
        }
    }
}
