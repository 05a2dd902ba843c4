using System;
using System.Collections;
using System.Device.I2c;
using nanoFramework.Hardware.Esp32;

namespace NanoPython.Hal.Esp32
{
    /// <summary>
    /// A hardware I2C controller over nanoFramework's I2cDevice (one per address, created on first use). Transfer
    /// results map to HAL statuses without exceptions: FullTransfer/PartialTransfer give the byte count,
    /// SlaveAddressNotAcknowledged NoDevice, ClockStretchTimeout Timeout, UnknownError IoError. nanoFramework has no
    /// separate START/STOP: a write with stop=false is kept and sent with the next read from the same address as one
    /// write-read transaction (repeated START); any other operation sends it first.
    /// </summary>
    public sealed class Esp32I2cBus : II2cBus
    {
        private readonly int _busId;
        private readonly I2cBusSpeed _speed;
        private readonly Hashtable _devices = new Hashtable();
        private byte[] _pending;
        private int _pendingAddress = -1;

        internal Esp32I2cBus(int id, int scl, int sda, int freq)
        {
            // MicroPython's I2C(0)/I2C(1) are nanoFramework's buses 1 and 2.
            _busId = id + 1;
            Configuration.SetPinFunction(scl, id == 0 ? DeviceFunction.I2C1_CLOCK : DeviceFunction.I2C2_CLOCK);
            Configuration.SetPinFunction(sda, id == 0 ? DeviceFunction.I2C1_DATA : DeviceFunction.I2C2_DATA);
            _speed = freq <= 100000 ? I2cBusSpeed.StandardMode : freq <= 400000 ? I2cBusSpeed.FastMode : I2cBusSpeed.FastModePlus;
        }

        /// <summary>The HAL result of a transfer: the byte count, or a negative status.</summary>
        public static int Map(I2cTransferResult r, int requested)
        {
            switch (r.Status)
            {
                case I2cTransferStatus.FullTransfer:
                    return requested;
                case I2cTransferStatus.PartialTransfer:
                    return (int)r.BytesTransferred;
                case I2cTransferStatus.SlaveAddressNotAcknowledged:
                    return HalStatus.NoDevice;
                case I2cTransferStatus.ClockStretchTimeout:
                    return HalStatus.Timeout;
                default:
                    return HalStatus.IoError;
            }
        }

        /// <inheritdoc/>
        public int Write(int address, byte[] data, int offset, int count, bool stop)
        {
            int flushed = Flush();
            if (flushed < 0)
            {
                return flushed;
            }

            if (!stop)
            {
                _pending = new byte[count];
                System.Array.Copy(data, offset, _pending, 0, count);
                _pendingAddress = address;
                return count;
            }

            return Map(Device(address).Write(new SpanByte(data, offset, count)), count);
        }

        /// <inheritdoc/>
        public int Read(int address, byte[] buffer, int offset, int count, bool stop)
        {
            if (_pending != null && _pendingAddress == address)
            {
                byte[] w = _pending;
                _pending = null;
                _pendingAddress = -1;
                return WriteRead(address, w, 0, w.Length, buffer, offset, count);
            }

            int flushed = Flush();
            if (flushed < 0)
            {
                return flushed;
            }

            return Map(Device(address).Read(new SpanByte(buffer, offset, count)), count);
        }

        /// <inheritdoc/>
        public int WriteRead(int address, byte[] write, int writeOffset, int writeCount, byte[] read, int readOffset, int readCount)
        {
            int flushed = Flush();
            if (flushed < 0)
            {
                return flushed;
            }

            I2cTransferResult r = Device(address).WriteRead(new SpanByte(write, writeOffset, writeCount), new SpanByte(read, readOffset, readCount));
            int n = Map(r, writeCount + readCount);
            return n < 0 ? n : n >= writeCount + readCount ? readCount : 0;
        }

        /// <inheritdoc/>
        public bool Probe(int address)
        {
            Flush();
            byte[] one = new byte[1];
            return Map(Device(address).Read(new SpanByte(one)), 1) >= 0;
        }

        /// <inheritdoc/>
        public void Close()
        {
            Flush();
            foreach (object d in _devices.Values)
            {
                ((I2cDevice)d).Dispose();
            }

            _devices.Clear();
        }

        private int Flush()
        {
            if (_pending == null)
            {
                return 0;
            }

            byte[] w = _pending;
            int a = _pendingAddress;
            _pending = null;
            _pendingAddress = -1;
            return Map(Device(a).Write(new SpanByte(w)), w.Length);
        }

        private I2cDevice Device(int address)
        {
            I2cDevice d = (I2cDevice)_devices[address];
            if (d == null)
            {
                d = new I2cDevice(new I2cConnectionSettings(_busId, address, _speed));
                _devices[address] = d;
            }

            return d;
        }
    }
}
