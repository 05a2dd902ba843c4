namespace NanoPython.Runtime
{
    /// <summary>
    /// How the object model reaches the bytecode VM, which lives in the NanoPython.Vm assembly (the two together do not
    /// fit nanoFramework's 64 KB of IL per assembly). The VM installs its implementation on each interpreter
    /// (<see cref="Interpreter.Executor"/>); the object model calls Python functions and runs frames only through it.
    /// </summary>
    public abstract class Executor
    {
        /// <summary>Calls a Python function: arguments as in <see cref="PyObject.Call"/>, self (when not null) first.</summary>
        public abstract PyObject CallFunction(Interpreter ip, PyFunction fn, PyObject[] args, int offset, int count, PyTuple kwnames, PyObject self);

        /// <summary>Calls a Python function with n (0..4) positional arguments, without an argument array when possible.</summary>
        public abstract PyObject CallFixed(Interpreter ip, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, int n);

        /// <summary>Runs a frame until it returns or yields (see Vm.Run); toThrow is raised at the frame's last instruction first.</summary>
        public abstract PyObject Run(Interpreter ip, Frame frame, PyBaseException toThrow);
    }
}
