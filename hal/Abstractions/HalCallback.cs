namespace NanoPython.Hal
{
    /// <summary>
    /// A notification from the hardware: a timer expired (source = timer id), bytes arrived on a UART (source = UART
    /// id), the board is about to reset itself (source = the reset cause). It may run on any thread; it must only queue
    /// work, never run Python code.
    /// </summary>
    public delegate void HalCallback(int source);
}
