namespace NanoPython.Runtime
{
    /// <summary>The <see cref="Executor"/> of the bytecode VM.</summary>
    public sealed class VmExecutor : Executor
    {
        /// <summary>The shared instance (the VM keeps no state of its own).</summary>
        public static readonly VmExecutor Instance = new VmExecutor();

        private VmExecutor()
        {
        }

        /// <inheritdoc/>
        public override PyObject CallFunction(Interpreter ip, PyFunction fn, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject self)
        {
            return Vm.CallFunction(ip, fn, args, offset, count, kwnames, self);
        }

        /// <inheritdoc/>
        public override PyObject CallFixed(Interpreter ip, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, int n)
        {
            return Vm.CallFixed(ip, fn, a, b, c, d, n);
        }

        /// <inheritdoc/>
        public override PyObject Run(Interpreter ip, Frame frame, PyBaseException toThrow)
        {
            return Vm.Run(ip, frame, toThrow);
        }
    }
}
