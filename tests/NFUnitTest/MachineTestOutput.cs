using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>An output stream that discards what the device tests print.</summary>
    public sealed class MachineTestOutput : OutputStream
    {
        public override void Write(byte[] data, int offset, int count)
        {
        }
    }
}
