using nanoFramework.TestFramework;
using NanoPython.Board;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>
    /// Device tests of the board session: the same REPL and boot sequence that the firmware runs on its serial port,
    /// here over an in-memory console (typed-ahead input, then the console closes).
    /// </summary>
    [TestClass]
    public class ReplTests
    {
        private static string Session(string input)
        {
            CaptureOutput wire = new CaptureOutput();
            ConsoleInput console = new ConsoleInput();
            byte[] bytes = new byte[input.Length];
            for (int i = 0; i < input.Length; i++)
            {
                bytes[i] = (byte)input[i];
            }

            console.Receive(bytes, 0, bytes.Length);
            console.Close();
            new BoardSession(new ReplTestPort(), console, new ConsoleOutput(wire)).Run();
            return wire.Text;
        }

        [TestMethod]
        public void Repl_Friendly_BannerEchoAndResult()
        {
            string s = Session("1 + 1\r");
            Assert.StartsWith("MicroPython v", s);
            Assert.Contains("; Test board with ESP32\r\nType \"help()\" for more information.\r\n>>> ", s);
            Assert.EndsWith(">>> 1 + 1\r\n2\r\n>>> ", s);
        }

        [TestMethod]
        public void Repl_CompoundStatement_ContinuesWithDots()
        {
            string s = Session("for i in range(2):\rprint(i)\r\r\r\r");
            Assert.Contains("... ", s);
            Assert.EndsWith("0\r\n1\r\n>>> ", s);
        }

        [TestMethod]
        public void Repl_Raw_RunsAndTerminatesWithEot()
        {
            string s = Session("\u0001print(6 * 7)\u0004");
            Assert.EndsWith("raw REPL; CTRL-B to exit\r\n>OK42\r\n\u0004\u0004>", s);
        }

        [TestMethod]
        public void Repl_Exception_PrintsTracebackAndPrompt()
        {
            string s = Session("1/0\r");
            Assert.EndsWith("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: division by zero\r\n>>> ", s);
        }

        [TestMethod]
        public void Repl_CtrlD_SoftResets()
        {
            string s = Session("x = 1\r\u0004x\r");
            Assert.Contains("MPY: soft reboot\r\n", s);
            Assert.Contains("NameError: name 'x' is not defined", s);
        }
    }
}
