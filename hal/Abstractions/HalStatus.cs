namespace NanoPython.Hal
{
    /// <summary>
    /// Results of HAL operations that can fail without it being a programming error (a device that does not answer,
    /// a bus that times out). Operations return a count (0 or more) on success and one of these negative values (the
    /// negated errno MicroPython raises) on failure, so that drivers never rely on exceptions for expected outcomes.
    /// </summary>
    public static class HalStatus
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>I/O error (an unknown bus error): -EIO.</summary>
        public const int IoError = -5;

        /// <summary>No device answered (I2C address NACK, no 1-Wire presence): -ENODEV.</summary>
        public const int NoDevice = -19;

        /// <summary>Invalid argument (a pin or setting the hardware cannot use): -EINVAL.</summary>
        public const int InvalidArgument = -22;

        /// <summary>The operation is not supported on this board: -EOPNOTSUPP.</summary>
        public const int NotSupported = -95;

        /// <summary>Timeout (clock stretching too long, no answer from a sensor): -ETIMEDOUT.</summary>
        public const int Timeout = -110;
    }
}
