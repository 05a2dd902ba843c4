namespace NanoPython.Hal
{
    /// <summary>
    /// Optional: a board that can be controlled from outside the program, as the simulated board is (press a button,
    /// turn a potentiometer, show the display). The machine module exposes it as the `_board` module when the board
    /// implements it; real boards do not.
    /// </summary>
    public interface IBoardControl
    {
        /// <summary>Runs one command line; returns its answer (empty when it has none). Bad commands raise an exception with a clear message.</summary>
        string Command(string line);
    }
}
