namespace NanoPython.Runtime
{
    /// <summary>
    /// The parts of a <see cref="PyFunction"/> most functions never have: keyword-only defaults, an assigned __name__ or
    /// __qualname__, and attributes. Kept apart so that a plain function is five fields, not eight (every field is a
    /// 12-byte heap block on nanoFramework), and made when the first of them is set.
    /// </summary>
    internal sealed class FunctionExtras
    {
        /// <summary>Defaults of keyword-only parameters, or null.</summary>
        public PyDict KwDefaults;

        /// <summary>__name__ when assigned, or null (the code's name).</summary>
        public PyStr Name;

        /// <summary>__qualname__ when assigned, or null (the code's).</summary>
        public PyStr QualName;

        /// <summary>The function's attributes (__dict__), or null.</summary>
        public PyDict Dict;
    }
}
