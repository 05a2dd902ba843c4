using NanoPython.Board;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>A board port for the device REPL tests: fixed names and date, no files, no hardware.</summary>
    public sealed class ReplTestPort : BoardPort
    {
        /// <summary>A port named "Test board with ESP32".</summary>
        public ReplTestPort()
            : base(BoardConfig.Parse("board.name = Test board\nboard.mcu = ESP32\n"))
        {
        }

        /// <inheritdoc/>
        public override void Setup(Interpreter ip)
        {
        }
    }
}
