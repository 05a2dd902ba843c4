using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// Registers MicroPython's everyday modules on an interpreter: json, collections, random, heapq, array, math,
    /// cmath and platform (re lives in NanoPython.Re to keep this assembly under the IL limit; the factory registers
    /// it). Each is created on its first import; `import ujson` finds json (the importer's u-prefix aliases).
    /// </summary>
    public static class StdlibSetup
    {
        /// <summary>Registers the modules; each is created on its first import.</summary>
        public static void Install(Interpreter ip)
        {
            ip.RegisterModule("json", JsonModule.Fill);
            ip.RegisterModule("collections", CollectionsModule.Fill);
            ip.RegisterModule("random", RandomModule.Create);
            ip.RegisterModule("heapq", HeapqModule.Fill);
            ip.RegisterModule("array", ArrayModule.Fill);
            ip.RegisterModule("math", MathModule.Fill);
            ip.RegisterModule("cmath", CmathModule.Fill);
            ip.RegisterModule("platform", PlatformModule.Fill);
        }
    }
}
