using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>The methods and constructor of complex, and reading complex numbers from text.</summary>
    public static class ComplexMethods
    {
        // + - * / **
        private const int ComplexOperators = 0x4F;

        private static ArgSpec s_newSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_newSpec ?? (s_newSpec = new ArgSpec("complex", "real, imag", 0)); }
        }

        // Longest first: "infinity" must win over its prefix "inf".
        private static readonly string[] s_words = { "infinity", "inf", "nan" };

        /// <summary>Fills complex's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            NumberDunders.Add(t, d, ComplexOperators);
            d.SetName(Names.real, IntMethods.Property(t, "real", Real));
            d.SetName(Names.imag, IntMethods.Property(t, "imag", Imag));
        }

        private static PyObject Real(Interpreter ip, PyObject self)
        {
            return new PyFloat(((PyComplex)self).Real);
        }

        private static PyObject Imag(Interpreter ip, PyObject self)
        {
            return new PyFloat(((PyComplex)self).Imag);
        }

        /// <summary>complex(real=0, imag=0) and complex(string).</summary>
        public static PyObject NewComplex(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            NewSpec.Parse(ip, args, offset, count, kwnames, a);
            PyObject r = a[0];
            PyObject i = a[1];
            PyObject v;
            if (r == null)
            {
                r = PyInt.Zero;
            }

            if (r is PyStr || (r is PyInstance && r.NativeBase is PyStr))
            {
                if (i != null)
                {
                    throw new PyException(PyExc.TypeError, "complex() can't take second arg if first is a string");
                }

                v = Parse(ip, Ops.ExpectStr(r, "complex() argument"));
            }
            else
            {
                if (i is PyStr)
                {
                    throw new PyException(PyExc.TypeError, "complex() second arg can't be a string");
                }

                double crr;
                double cri;
                bool crComplex = Part(ip, r, "complex() first argument must be a string or a number, not '", out crr, out cri);
                double cir = cri;
                double cii = 0;
                bool ciComplex = false;
                if (i != null)
                {
                    ciComplex = Part(ip, i, "complex() second argument must be a number, not '", out cir, out cii);
                }

                if (ciComplex)
                {
                    crr -= cii;
                }

                if (crComplex && i != null)
                {
                    cir += cri;
                }

                v = ip.Numbers.MakeComplex(crr, cir);
            }

            return NumberConvert.Wrap(cls, PyComplex.ComplexType, v);
        }

        /// <summary>A complex argument: true when it is complex (both parts set), false for a real (re set, im 0).</summary>
        private static bool Part(Interpreter ip, PyObject o, string error, out double re, out double im)
        {
            im = 0;
            PyComplex c = o as PyComplex;
            if (c == null && o is PyInstance)
            {
                PyObject m = Ops.FindPythonOverride(o.Type, Names.__complex__);
                if (m != null)
                {
                    PyObject r = Ops.CallMethod1(ip, m, o);
                    c = r.NativeBase as PyComplex;
                    if (c == null)
                    {
                        throw new PyException(PyExc.TypeError, "__complex__ returned non-complex (type " + r.Type.Name.Value + ")");
                    }
                }
                else
                {
                    c = o.NativeBase as PyComplex;
                }
            }

            if (c != null)
            {
                re = c.Real;
                im = c.Imag;
                return true;
            }

            if (!(o is PyFloat || PyBigInt.IsInt(o) || o is PyInstance))
            {
                throw new PyException(PyExc.TypeError, error + o.Type.Name.Value + "'");
            }

            try
            {
                re = NumberConvert.ToDouble(ip, o);
            }
            catch (PyException e)
            {
                if (o is PyInstance && e.Value.IsInstance(PyExc.TypeError))
                {
                    throw new PyException(PyExc.TypeError, error + o.Type.Name.Value + "'");
                }

                throw;
            }

            return false;
        }

        /// <summary>complex(s): "x", "yj", "x+yj" (also "x+j", "-j", "j"), optionally in parentheses, with whitespace around.</summary>
        public static PyObject Parse(Interpreter ip, string s)
        {
            bool single = NumberTower.IsSingle(ip);
            int i = SkipSpace(s, 0);
            int n = s.Length;
            bool bracket = i < n && s[i] == '(';
            if (bracket)
            {
                i = SkipSpace(s, i + 1);
            }

            double x = 0;
            double y = 0;
            int end = ScanFloat(s, i);
            if (end != i)
            {
                double z = ParsePart(s, i, end, single);
                i = end;
                if (i < n && (s[i] == '+' || s[i] == '-'))
                {
                    x = z;
                    end = ScanFloat(s, i);
                    if (end != i)
                    {
                        y = ParsePart(s, i, end, single);
                        i = end;
                    }
                    else
                    {
                        y = s[i] == '+' ? 1.0 : -1.0;
                        i++;
                    }

                    i = ExpectJ(s, i);
                }
                else if (i < n && (s[i] | 0x20) == 'j')
                {
                    y = z;
                    i++;
                }
                else
                {
                    x = z;
                }
            }
            else
            {
                y = 1.0;
                if (i < n && (s[i] == '+' || s[i] == '-'))
                {
                    y = s[i] == '+' ? 1.0 : -1.0;
                    i++;
                }

                i = ExpectJ(s, i);
            }

            i = SkipSpace(s, i);
            if (bracket)
            {
                if (i >= n || s[i] != ')')
                {
                    throw Malformed();
                }

                i = SkipSpace(s, i + 1);
            }

            if (i != n)
            {
                throw Malformed();
            }

            return ip.Numbers.MakeComplex(x, y);
        }

        private static PyException Malformed()
        {
            return new PyException(PyExc.ValueError, "complex() arg is a malformed string");
        }

        private static int ExpectJ(string s, int i)
        {
            if (i >= s.Length || (s[i] | 0x20) != 'j')
            {
                throw Malformed();
            }

            return i + 1;
        }

        private static int SkipSpace(string s, int i)
        {
            while (i < s.Length && StrUtil.IsSpace(s[i]))
            {
                i++;
            }

            return i;
        }

        private static double ParsePart(string s, int start, int end, bool single)
        {
            double d;
            if (!FloatParser.TryParse(s.Substring(start, end - start), single, out d))
            {
                throw Malformed();
            }

            return d;
        }

        /// <summary>The end of the longest float at s[i..] (sign, digits with underscores, point, exponent, inf, nan); i when none.</summary>
        private static int ScanFloat(string s, int i)
        {
            int n = s.Length;
            int p = i;
            if (p < n && (s[p] == '+' || s[p] == '-'))
            {
                p++;
            }

            for (int w = 0; w < s_words.Length; w++)
            {
                string word = s_words[w];
                if (p + word.Length <= n && s.Substring(p, word.Length).ToLower() == word)
                {
                    return p + word.Length;
                }
            }

            int digits = 0;
            int q = Digits(s, p, ref digits);
            if (q < n && s[q] == '.')
            {
                q = Digits(s, q + 1, ref digits);
            }

            if (digits == 0)
            {
                return i;
            }

            if (q < n && (s[q] | 0x20) == 'e')
            {
                int r = q + 1;
                if (r < n && (s[r] == '+' || s[r] == '-'))
                {
                    r++;
                }

                int expDigits = 0;
                r = Digits(s, r, ref expDigits);
                if (expDigits > 0)
                {
                    q = r;
                }
            }

            return q;
        }

        private static int Digits(string s, int i, ref int count)
        {
            int n = s.Length;
            while (i < n)
            {
                if (StrUtil.IsDigit(s[i]))
                {
                    count++;
                    i++;
                }
                else if (s[i] == '_' && i > 0 && StrUtil.IsDigit(s[i - 1]) && i + 1 < n && StrUtil.IsDigit(s[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            return i;
        }
    }
}
