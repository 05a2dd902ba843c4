using System;
using NanoPython.Runtime;

namespace NanoPython.Tests.Builtins
{
    /// <summary>
    /// A host-side function that binds like a Python function when stored in a user class (so tests can give classes
    /// dunder methods without a compiler): calls receive self first.
    /// </summary>
    internal sealed class HostMethod : PyObject
    {
        private readonly Func<PyObject[], PyObject> _body;

        public HostMethod(Func<PyObject[], PyObject> body) => _body = body;

        public override PyType Type => PyTypes.Function;

        public override bool IsCallable => true;

        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner) => instance == null ? this : new PyBoundMethod(this, instance);

        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[count];
            Array.Copy(args, offset, a, 0, count);
            return _body(a);
        }
    }
}
