using System.IO.Ports;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// A UART over nanoFramework's SerialPort: MicroPython's UART(n) is "COM(n+1)", its pins routed with
    /// Configuration.SetPinFunction (COMn_TX/RX/RTS/CTS). Reads never block (BytesToRead first); DataReceived reports
    /// incoming bytes. nanoFramework has no break or transmit-done API: sendbreak() does nothing, txdone() is true.
    /// </summary>
    public sealed class Esp32Uart : IUart
    {
        private readonly int _id;
        private readonly SerialPort _port;
        private HalCallback _handler;
        private bool _subscribed;

        internal Esp32Uart(int id, UartConfig config)
        {
            _id = id;
            _port = new SerialPort("COM" + (id + 1));
            Apply(config);
            _port.Open();
        }

        /// <inheritdoc/>
        public int Available
        {
            get { return _port.BytesToRead; }
        }

        /// <inheritdoc/>
        public bool TxDone
        {
            get { return true; }
        }

        /// <summary>The DeviceFunction of a UART signal (0 TX, 1 RX, 2 RTS, 3 CTS) of COM1..COM3.</summary>
        public static DeviceFunction Function(int id, int signal)
        {
            switch (id)
            {
                case 0:
                    return signal == 0 ? DeviceFunction.COM1_TX : signal == 1 ? DeviceFunction.COM1_RX : signal == 2 ? DeviceFunction.COM1_RTS : DeviceFunction.COM1_CTS;
                case 1:
                    return signal == 0 ? DeviceFunction.COM2_TX : signal == 1 ? DeviceFunction.COM2_RX : signal == 2 ? DeviceFunction.COM2_RTS : DeviceFunction.COM2_CTS;
                default:
                    return signal == 0 ? DeviceFunction.COM3_TX : signal == 1 ? DeviceFunction.COM3_RX : signal == 2 ? DeviceFunction.COM3_RTS : DeviceFunction.COM3_CTS;
            }
        }

        /// <inheritdoc/>
        public void Configure(UartConfig config)
        {
            _port.Close();
            Apply(config);
            _port.Open();
        }

        /// <inheritdoc/>
        public int Write(byte[] data, int offset, int count)
        {
            _port.Write(data, offset, count);
            return count;
        }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            int n = _port.BytesToRead;
            if (n <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, n < count ? n : count);
        }

        /// <inheritdoc/>
        public void SendBreak()
        {
        }

        /// <inheritdoc/>
        public void SetReceiveHandler(HalCallback handler)
        {
            _handler = handler;
            if (handler != null && !_subscribed)
            {
                _port.DataReceived += OnData;
                _subscribed = true;
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            _handler = null;
            _port.Close();
            _port.Dispose();
        }

        private void Apply(UartConfig c)
        {
            int[] pins = { c.Tx, c.Rx, c.Rts, c.Cts };
            for (int i = 0; i < pins.Length; i++)
            {
                if (pins[i] >= 0)
                {
                    Configuration.SetPinFunction(pins[i], Function(_id, i));
                }
            }

            _port.BaudRate = c.Baudrate;
            _port.DataBits = c.Bits;
            _port.Parity = c.Parity < 0 ? Parity.None : c.Parity == 0 ? Parity.Even : Parity.Odd;
            _port.StopBits = c.Stop == 2 ? StopBits.Two : StopBits.One;
            _port.Handshake = (c.Flow & 1) != 0 ? Handshake.RequestToSend : Handshake.None;
            _port.InvertSignalLevels = c.Invert != 0;
            _port.ReadBufferSize = c.RxBuffer;
        }

        private void OnData(object sender, SerialDataReceivedEventArgs e)
        {
            HalCallback h = _handler;
            if (h != null)
            {
                h(_id);
            }
        }
    }
}
