using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>The array module: the array type (<see cref="PyArray"/>) and typecodes.</summary>
    public static class ArrayModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            PyArray.Install();
            d.SetName("array", PyArray.ArrayType);
            d.SetName("typecodes", new PyStr(PyArray.TypeCodes));
        }
    }
}
