namespace NanoPython.Runtime
{
    /// <summary>A native function of no argument.</summary>
    public delegate PyObject Native0(Interpreter ip);

    /// <summary>A native function of one argument.</summary>
    public delegate PyObject Native1(Interpreter ip, PyObject a);

    /// <summary>A native function of two arguments (optional trailing ones arrive as null).</summary>
    public delegate PyObject Native2(Interpreter ip, PyObject a, PyObject b);

    /// <summary>A native function of three arguments (optional trailing ones arrive as null).</summary>
    public delegate PyObject Native3(Interpreter ip, PyObject a, PyObject b, PyObject c);

    /// <summary>
    /// A native function of any arguments: positional ones are args[offset..offset+count-len(kwnames)), keyword values
    /// follow, named by kwnames (null when none). Parse them with ArgSpec.
    /// </summary>
    public delegate PyObject NativeN(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames);
}
