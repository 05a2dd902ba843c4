namespace NanoPython.Runtime
{
    /// <summary>Unary operator numbers for <see cref="PyObject.UnaryOp"/>.</summary>
    // ORDER: UnaryOp
    public static class UnaryOp
    {
        public const int Positive = 0;   // +a  (__pos__)
        public const int Negative = 1;   // -a  (__neg__)
        public const int Invert = 2;     // ~a  (__invert__)
    }
}
