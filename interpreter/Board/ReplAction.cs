namespace NanoPython.Board
{
    /// <summary>What <see cref="Repl.Feed"/> asks its driver to do after a byte.</summary>
    public static class ReplAction
    {
        /// <summary>Nothing: keep feeding bytes.</summary>
        public const int None = 0;

        /// <summary>Run <see cref="Repl.Source"/> (compile mode <see cref="Repl.SourceMode"/>), then call <see cref="Repl.EndExecution"/>.</summary>
        public const int Execute = 1;

        /// <summary>Soft reset (Ctrl-D on an empty friendly line, Ctrl-D on an empty raw buffer).</summary>
        public const int SoftReset = 2;
    }
}
