using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using NanoPython.Board;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// The REPL's serial console: the UART of nf.config's repl.port, its pins routed with Configuration.SetPinFunction
    /// (on classic ESP32 COM1 belongs to the nanoFramework debugger, so the REPL is COM2 on GPIO16/17 by default).
    /// Received bytes go from SerialPort.DataReceived into the <see cref="ConsoleInput"/> queue; WatchChar = Ctrl-C
    /// raises the event as soon as an interrupt arrives, and ConsoleInput turns it into KeyboardInterrupt while Python
    /// code runs. Output goes through a <see cref="ChunkedSink"/> and the cooking <see cref="ConsoleOutput"/>.
    /// </summary>
    internal sealed class SerialConsole
    {
        // The UART driver's receive buffer: a raw-REPL chunk (256 bytes) and more can arrive before the handler runs.
        private const int ReceiveBufferBytes = 1024;

        private readonly SerialPort _port;
        private readonly ConsoleInput _input = new ConsoleInput();
        private readonly ChunkedSink _sink;
        private readonly ConsoleOutput _output;
        private readonly byte[] _rx = new byte[64];

        private SerialConsole(SerialPort port)
        {
            _port = port;
            _sink = new ChunkedSink(new SerialWire(port), ChunkedSink.DefaultSize, ChunkedSink.DefaultDelayMs);
            _output = new ConsoleOutput(_sink);
        }

        /// <summary>The bytes typed on the console.</summary>
        public ConsoleInput Input
        {
            get { return _input; }
        }

        /// <summary>The console's (cooked) output.</summary>
        public ConsoleOutput Output
        {
            get { return _output; }
        }

        /// <summary>Opens the REPL's port as settings say (exceptions of SerialPort pass through).</summary>
        public static SerialConsole Open(FirmwareSettings settings)
        {
            int n = settings.ReplPort;
            if (settings.ReplRxPin >= 0)
            {
                Configuration.SetPinFunction(settings.ReplRxPin, n == 1 ? DeviceFunction.COM1_RX : n == 3 ? DeviceFunction.COM3_RX : DeviceFunction.COM2_RX);
            }

            if (settings.ReplTxPin >= 0)
            {
                Configuration.SetPinFunction(settings.ReplTxPin, n == 1 ? DeviceFunction.COM1_TX : n == 3 ? DeviceFunction.COM3_TX : DeviceFunction.COM2_TX);
            }

            SerialPort port = new SerialPort("COM" + n.ToString(), settings.ReplBaud);
            port.ReadBufferSize = ReceiveBufferBytes;
            SerialConsole console = new SerialConsole(port);
            port.WatchChar = (char)3;
            port.DataReceived += console.OnData;
            port.Open();
            return console;
        }

        /// <summary>Sends what is buffered (before a reboot).</summary>
        public void FlushOutput()
        {
            _sink.Flush();
        }

        // Runs on the driver's event thread, for ordinary bytes and for the watch character alike: both are queued (or,
        // for Ctrl-C while code runs, turned into an interrupt) by ConsoleInput.
        private void OnData(object sender, SerialDataReceivedEventArgs e)
        {
            lock (_rx)
            {
                while (true)
                {
                    int n = _port.BytesToRead;
                    if (n <= 0)
                    {
                        return;
                    }

                    int got = _port.Read(_rx, 0, n < _rx.Length ? n : _rx.Length);
                    if (got <= 0)
                    {
                        return;
                    }

                    _input.Receive(_rx, 0, got);
                }
            }
        }
    }
}
