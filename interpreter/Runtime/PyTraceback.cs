namespace NanoPython.Runtime
{
    /// <summary>The Python view of a traceback entry (tb_lineno, tb_next).</summary>
    public sealed class PyTraceback : PyObject
    {
        // Made on first use (nanoFramework runs static initialisers when it loads the assembly).
        private static PyType s_type;

        /// <summary>The entry.</summary>
        public readonly TracebackEntry Entry;

        /// <summary>Wraps an entry.</summary>
        public PyTraceback(TracebackEntry entry)
        {
            Entry = entry;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return s_type ?? (s_type = new PyType("traceback", PyTypes.Object, 0)); }
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (name.Value)
            {
                case "tb_lineno":
                    return PyInt.Get(Entry.Line);
                case "tb_next":
                    return Entry.Next != null ? (PyObject)new PyTraceback(Entry.Next) : PyNone.Value;
            }

            return base.GetAttr(ip, name);
        }
    }
}
