namespace NanoPython.Hal
{
    /// <summary>
    /// Called by the HAL when a pin sees an edge it was asked to report (<see cref="HalPin.EdgeRising"/> or
    /// <see cref="HalPin.EdgeFalling"/>). It may run on any thread (an interrupt dispatcher, a timer thread, the
    /// simulator's clock); it must only queue work, never run Python code.
    /// </summary>
    public delegate void PinEdgeHandler(int pin, int edge);
}
