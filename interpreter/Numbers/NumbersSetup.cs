using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>Installs the numeric tower (big ints, float printing and parsing, complex, the number types' methods).</summary>
    public static class NumbersSetup
    {
        private static readonly object s_lock = new object();
        private static bool s_installed;

        /// <summary>Installs the numbers into an interpreter (per-process registrations happen once) with 64-bit floats.</summary>
        public static void Install(Interpreter ip)
        {
            Install(ip, 64);
        }

        /// <summary>
        /// Installs the numbers into an interpreter; floatBits is 64 (doubles) or 32 (every float rounded to single
        /// precision, as MicroPython on the ESP32).
        /// </summary>
        public static void Install(Interpreter ip, int floatBits)
        {
            lock (s_lock)
            {
                if (!s_installed)
                {
                    s_installed = true;
                    PyTypes.Int.New = IntMethods.NewInt;
                    PyTypes.Bool.New = IntMethods.NewBool;
                    PyTypes.Float.New = FloatMethods.NewFloat;
                    PyType.AddFiller(Fill);
                }
            }

            NumberTower tower = new NumberTower();
            tower.FloatBits = floatBits == 32 ? 32 : 64;
            ip.Numbers = tower;
            PyDict b = ip.Builtins;
            b.SetName(Names.@int, PyTypes.Int);
            b.SetName(Names.@float, PyTypes.Float);
            b.SetName(Names.@bool, PyTypes.Bool);
            ip.AddLazyBuiltins("complex", PyComplex.ComplexBuiltin);
            NumberBuiltins.Install(ip);
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, PyTypes.Int))
            {
                IntMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Float))
            {
                FloatMethods.Fill(t, d);
            }
            else if (PyComplex.IsComplexType(t))
            {
                ComplexMethods.Fill(t, d);
            }
        }
    }
}
