using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The random module: seed, getrandbits, random, uniform, randrange, randint, choice, and shuffle (not in
    /// MicroPython's default build; CPython's algorithm). One instance per interpreter holds the generator, seeded
    /// from the system at start-up as MicroPython seeds from the hardware RNG; seed(n) makes the sequence repeatable.
    /// </summary>
    public sealed class RandomModule
    {
        private readonly Xoshiro128 _rng;

        /// <summary>The module state, seeded from the system's random source.</summary>
        public RandomModule()
        {
            _rng = new Xoshiro128(SystemSeed());
        }

        private static uint SystemSeed()
        {
            return (uint)new System.Random().Next() ^ (uint)System.DateTime.UtcNow.Ticks;
        }

        /// <summary>
        /// Builds the module namespace with a new generator state: made on import, not when the module is registered,
        /// so a program that never imports random pays nothing at boot.
        /// </summary>
        public static void Create(Interpreter ip, PyModule module, PyDict d)
        {
            new RandomModule().Fill(ip, module, d);
        }

        /// <summary>Builds the module namespace.</summary>
        public void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("seed", new PyBuiltin1("seed", Seed, 0));
            d.SetName("getrandbits", new PyBuiltin1("getrandbits", GetRandBits));
            d.SetName("random", new PyBuiltin0("random", Random));
            d.SetName("uniform", new PyBuiltin2("uniform", Uniform));
            d.SetName("randrange", new PyBuiltin3("randrange", RandRange, 1));
            d.SetName("randint", new PyBuiltin2("randint", RandInt));
            d.SetName("choice", new PyBuiltin1("choice", Choice));
            d.SetName("shuffle", new PyBuiltin1("shuffle", Shuffle));
        }

        private PyObject Seed(Interpreter ip, PyObject n)
        {
            if (n == null || n is PyNone)
            {
                _rng.Seed(new uint[] { SystemSeed() });
                return PyNone.Value;
            }

            PyObject v = n.NativeBase;
            if (ip.Numbers.IsInt(v))
            {
                // The magnitude's words: seed(-n) is seed(n), as in CPython.
                int sign;
                _rng.Seed(PyBigInt.MagnitudeOf(v, out sign));
            }
            else
            {
                _rng.Seed(new uint[] { (uint)Ops.Hash(ip, n), 0x5EED });
            }

            return PyNone.Value;
        }

        private PyObject GetRandBits(Interpreter ip, PyObject k)
        {
            long bits = Ops.Index(ip, k);
            if (bits < 0)
            {
                throw new PyException(PyExc.ValueError, "number of bits must be non-negative");
            }

            if (bits <= 63)
            {
                return PyInt.Get((long)_rng.Bits((int)bits));
            }

            if (bits > PyBigInt.MaxResultBits)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            // Words from the least significant up; the top word keeps only the bits asked for.
            uint[] mag = new uint[(bits + 31) / 32];
            for (int i = 0; i < mag.Length; i++)
            {
                int left = (int)(bits - 32L * i);
                mag[i] = left >= 32 ? _rng.Next() : _rng.Next() >> (32 - left);
            }

            int top = mag.Length;
            while (top > 0 && mag[top - 1] == 0)
            {
                top--;
            }

            return PyBigInt.Create(1, BigNat.Trim(mag, top));
        }

        /// <summary>A float in [0, 1): 53 random bits, or 24 when floats are single precision (so 1.0 cannot appear).</summary>
        private double NextDouble(Interpreter ip)
        {
            if (NumberTower.IsSingle(ip))
            {
                return (_rng.Next() >> 8) / 16777216.0;
            }

            ulong a = _rng.Next() >> 5;
            ulong b = _rng.Next() >> 6;
            return (a * 67108864.0 + b) / 9007199254740992.0;
        }

        private PyObject Random(Interpreter ip)
        {
            return ip.Numbers.MakeFloat(NextDouble(ip));
        }

        private PyObject Uniform(Interpreter ip, PyObject a, PyObject b)
        {
            double x = MathArgs.ToDouble(ip, a);
            double y = MathArgs.ToDouble(ip, b);
            return ip.Numbers.MakeFloat(x + (y - x) * NextDouble(ip));
        }

        private long Below(long n)
        {
            return (long)_rng.Below((ulong)n);
        }

        private static long IntArg(Interpreter ip, PyObject o)
        {
            if (o is PyFloat)
            {
                throw new PyException(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            }

            if (!(o.NativeBase is PyInt) && ip.Numbers.IsInt(o.NativeBase))
            {
                // A big int: the generator draws at most 64 bits (Ops.Index would say IndexError).
                throw new PyException(PyExc.OverflowError, "overflow converting long int to machine word");
            }

            return Ops.Index(ip, o);
        }

        private PyObject RandRange(Interpreter ip, PyObject a, PyObject b, PyObject c)
        {
            long start = 0;
            long stop;
            long step = 1;
            if (b == null)
            {
                stop = IntArg(ip, a);
            }
            else
            {
                start = IntArg(ip, a);
                stop = IntArg(ip, b);
                if (c != null)
                {
                    step = IntArg(ip, c);
                }
            }

            long n;
            if (step == 0)
            {
                throw new PyException(PyExc.ValueError, "zero step for randrange()");
            }
            else if (step > 0)
            {
                n = (stop - start + step - 1) / step;
            }
            else
            {
                n = (stop - start + step + 1) / step;
            }

            if (n <= 0)
            {
                throw new PyException(PyExc.ValueError, "empty range for randrange()");
            }

            return PyInt.Get(start + step * Below(n));
        }

        private PyObject RandInt(Interpreter ip, PyObject a, PyObject b)
        {
            long lo = IntArg(ip, a);
            long hi = IntArg(ip, b);
            if (hi < lo)
            {
                throw new PyException(PyExc.ValueError, "empty range for randrange()");
            }

            return PyInt.Get(lo + Below(hi - lo + 1));
        }

        private PyObject Choice(Interpreter ip, PyObject seq)
        {
            int n = Ops.Len(ip, seq);
            if (n == 0)
            {
                throw new PyException(PyExc.IndexError, "Cannot choose from an empty sequence");
            }

            return Ops.GetItem(ip, seq, PyInt.Get(Below(n)));
        }

        private PyObject Shuffle(Interpreter ip, PyObject x)
        {
            PyList list = x.NativeBase as PyList;
            int n = list != null ? list.Count : Ops.Len(ip, x);
            for (int i = n - 1; i > 0; i--)
            {
                int j = (int)Below(i + 1);
                if (list != null)
                {
                    PyObject t = list.Items[i];
                    list.Items[i] = list.Items[j];
                    list.Items[j] = t;
                }
                else
                {
                    PyObject vi = Ops.GetItem(ip, x, PyInt.Get(i));
                    PyObject vj = Ops.GetItem(ip, x, PyInt.Get(j));
                    Ops.SetItem(ip, x, PyInt.Get(i), vj);
                    Ops.SetItem(ip, x, PyInt.Get(j), vi);
                }
            }

            return PyNone.Value;
        }
    }
}
