namespace NanoPython.Stdlib
{
    /// <summary>
    /// The math functions System.Math lacks on nanoFramework, written from the primitives it has (Exp, Log, Sqrt,
    /// Sin, Cos, Pow) or from the bits of the double: expm1, log1p, log2, the inverse hyperbolic functions, erf, erfc,
    /// gamma, lgamma (CPython's own algorithms), frexp, ldexp (musl's scalbn), copysign and exact floor/ceil/trunc.
    /// </summary>
    /// <remarks>
    /// On the host System.Math is double precision, so these are accurate to a few units in the last place. Stock
    /// ESP32 firmware computes System.Math in single precision; everything built on it is then good to about 7
    /// digits, which matches the device's default single-precision Python floats. The bit-level functions (frexp,
    /// ldexp, copysign, floor, ceil, trunc) are exact everywhere.
    /// </remarks>
    public static class Libm
    {
        /// <summary>ln 2.</summary>
        public const double Ln2 = 0.6931471805599453094;

        private const double SqrtPi = 1.772453850905516027298167483341145182798;
        private const double LogPi = 1.144729885849400174143427351353058711647;
        private const double LanczosG = 6.024680040776729583740234375;
        private const double LanczosGMinusHalf = 5.524680040776729583740234375;
        private const int ErfSeriesTerms = 25;
        private const int ErfcContfracTerms = 50;

        // Lanczos approximation (N = 13, g = 6.0246...) as in CPython's mathmodule.c: numerator coefficients, and the
        // denominator x (x + 1) ... (x + 11) expanded.
        private static double[] s_lanczosNum;

        private static double[] LanczosNum()
        {
            return new double[]
            {
                23531376880.410759688572007674451636754734846804940,
                42919803642.649098768957899047001988850926355848959,
                35711959237.355668049440185451547166705960488635843,
                17921034426.037209699919755754458931112671403265390,
                6039542586.3520280050642916443072979210699388420708,
                1439720407.3117216736632230727949123939715485786772,
                248874557.86205415651146038641322942321632125127801,
                31426415.585400194380614231628318205362874684987640,
                2876370.6289353724412254090516208496135991145378768,
                186056.26539522349504029498971604569928220784236328,
                8071.6720023658162106380029022722506138218516325024,
                210.82427775157934587250973392071336271166969580291,
                2.5066282746310002701649081771338373386264310793408,
            };
        }

        private static double[] s_lanczosDen;

        private static double[] LanczosDen()
        {
            return new double[]
            {
                0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
            };
        }

        /// <summary>True for a finite value.</summary>
        public static bool IsFinite(double x)
        {
            return !double.IsNaN(x) && !double.IsInfinity(x);
        }

        /// <summary>|x| with the sign of y.</summary>
        public static double CopySign(double x, double y)
        {
            long bx = System.BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
            long by = System.BitConverter.DoubleToInt64Bits(y) & long.MinValue;
            return System.BitConverter.Int64BitsToDouble(bx | by);
        }

        /// <summary>x rounded towards zero (exact).</summary>
        public static double Trunc(double x)
        {
            // Beyond 2^52 every double is an integer (and infinities and NaN stay as they are).
            if (!(x > -4503599627370496.0 && x < 4503599627370496.0))
            {
                return x;
            }

            double t = (long)x;
            return t == 0 ? CopySign(0, x) : t;
        }

        /// <summary>The largest integer not above x (exact).</summary>
        public static double Floor(double x)
        {
            double t = Trunc(x);
            return t > x ? t - 1 : t;
        }

        /// <summary>The smallest integer not below x (exact).</summary>
        public static double Ceil(double x)
        {
            double t = Trunc(x);
            return t < x ? t + 1 : t;
        }

        /// <summary>The mantissa m (0.5 &lt;= |m| &lt; 1) of x = m * 2^exp; x itself for 0, infinities and NaN.</summary>
        public static double Frexp(double x, out int exp)
        {
            exp = 0;
            if (x == 0 || !IsFinite(x))
            {
                return x;
            }

            long bits = System.BitConverter.DoubleToInt64Bits(x);
            int e = (int)((bits >> 52) & 0x7FF);
            if (e == 0)
            {
                // Subnormal: scale into the normal range first.
                x *= 18014398509481984.0;
                bits = System.BitConverter.DoubleToInt64Bits(x);
                e = (int)((bits >> 52) & 0x7FF);
                exp = -54;
            }

            exp += e - 1022;
            bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
            return System.BitConverter.Int64BitsToDouble(bits);
        }

        /// <summary>x * 2^n with a single rounding (musl's scalbn).</summary>
        public static double Ldexp(double x, long n)
        {
            double y = x;
            if (n > 1023)
            {
                y *= 8.98846567431158e307;
                n -= 1023;
                if (n > 1023)
                {
                    y *= 8.98846567431158e307;
                    n -= 1023;
                    if (n > 1023)
                    {
                        n = 1023;
                    }
                }
            }
            else if (n < -1022)
            {
                // 2^-969: keeps the final n below -53 so subnormal results are rounded once.
                y *= 2.0041683600089728e-292;
                n += 1022 - 53;
                if (n < -1022)
                {
                    y *= 2.0041683600089728e-292;
                    n += 1022 - 53;
                    if (n < -1022)
                    {
                        n = -1022;
                    }
                }
            }

            return y * System.BitConverter.Int64BitsToDouble((0x3FFL + n) << 52);
        }

        /// <summary>exp(x) - 1, accurate near 0 (Kahan's method).</summary>
        public static double Expm1(double x)
        {
            if (!IsFinite(x))
            {
                return double.IsNegativeInfinity(x) ? -1.0 : x;
            }

            double u = System.Math.Exp(x);
            if (u == 1.0)
            {
                return x;
            }

            double um1 = u - 1.0;
            if (um1 == -1.0)
            {
                return -1.0;
            }

            if (double.IsInfinity(u))
            {
                return u;
            }

            return um1 * x / System.Math.Log(u);
        }

        /// <summary>log(1 + x), accurate near 0 (Kahan's method).</summary>
        public static double Log1p(double x)
        {
            if (double.IsPositiveInfinity(x))
            {
                return x;
            }

            double u = 1.0 + x;
            if (u == 1.0)
            {
                return x;
            }

            return System.Math.Log(u) * x / (u - 1.0);
        }

        /// <summary>log2(x), exact for powers of two.</summary>
        public static double Log2(double x)
        {
            if (!(x > 0) || double.IsInfinity(x))
            {
                return System.Math.Log(x);
            }

            int e;
            double m = Frexp(x, out e);
            if (m == 0.5)
            {
                return e - 1;
            }

            // m in [sqrt(1/2), sqrt(2)) keeps log(m) small and accurate.
            if (m < 0.7071067811865476)
            {
                m *= 2;
                e--;
            }

            return e + System.Math.Log(m) / Ln2;
        }

        /// <summary>Inverse hyperbolic cosine (fdlibm's reductions).</summary>
        public static double Acosh(double x)
        {
            if (x < 1)
            {
                return double.NaN;
            }

            if (x >= 268435456.0)
            {
                return double.IsInfinity(x) ? x : System.Math.Log(x) + Ln2;
            }

            if (x > 2)
            {
                return System.Math.Log(2 * x - 1 / (x + System.Math.Sqrt(x * x - 1)));
            }

            double t = x - 1;
            return Log1p(t + System.Math.Sqrt(2 * t + t * t));
        }

        /// <summary>Inverse hyperbolic sine (fdlibm's reductions).</summary>
        public static double Asinh(double x)
        {
            if (!IsFinite(x))
            {
                return x;
            }

            double a = x < 0 ? -x : x;
            double r;
            if (a >= 268435456.0)
            {
                r = System.Math.Log(a) + Ln2;
            }
            else if (a > 2)
            {
                r = System.Math.Log(2 * a + 1 / (System.Math.Sqrt(a * a + 1) + a));
            }
            else
            {
                double t = a * a;
                r = Log1p(a + t / (1 + System.Math.Sqrt(1 + t)));
            }

            return CopySign(r, x);
        }

        /// <summary>Inverse hyperbolic tangent (fdlibm's reductions).</summary>
        public static double Atanh(double x)
        {
            double a = x < 0 ? -x : x;
            if (a > 1 || double.IsNaN(x))
            {
                return double.NaN;
            }

            if (a == 1)
            {
                return CopySign(double.PositiveInfinity, x);
            }

            double r;
            if (a < 0.5)
            {
                double t = a + a;
                r = 0.5 * Log1p(t + t * a / (1 - a));
            }
            else
            {
                r = 0.5 * Log1p((a + a) / (1 - a));
            }

            return CopySign(r, x);
        }

        /// <summary>The error function (CPython's series and continued fraction).</summary>
        public static double Erf(double x)
        {
            if (double.IsNaN(x))
            {
                return x;
            }

            double a = x < 0 ? -x : x;
            if (a < 1.5)
            {
                return ErfSeries(x);
            }

            double cf = ErfcContfrac(a);
            return x > 0 ? 1.0 - cf : cf - 1.0;
        }

        /// <summary>The complementary error function 1 - erf(x).</summary>
        public static double Erfc(double x)
        {
            if (double.IsNaN(x))
            {
                return x;
            }

            double a = x < 0 ? -x : x;
            if (a < 1.5)
            {
                return 1.0 - ErfSeries(x);
            }

            double cf = ErfcContfrac(a);
            return x > 0 ? cf : 2.0 - cf;
        }

        private static double ErfSeries(double x)
        {
            double x2 = x * x;
            double acc = 0.0;
            double fk = ErfSeriesTerms + 0.5;
            for (int i = 0; i < ErfSeriesTerms; i++)
            {
                acc = 2.0 + x2 * acc / fk;
                fk -= 1.0;
            }

            return acc * x * System.Math.Exp(-x2) / SqrtPi;
        }

        private static double ErfcContfrac(double x)
        {
            if (x >= 30.0)
            {
                return 0.0;
            }

            double x2 = x * x;
            double a = 0.0;
            double da = 0.5;
            double p = 1.0;
            double pLast = 0.0;
            double q = da + x2;
            double qLast = 1.0;
            for (int i = 0; i < ErfcContfracTerms; i++)
            {
                a += da;
                da += 2.0;
                double b = da + x2;
                double t = p;
                p = b * p - a * pLast;
                pLast = t;
                t = q;
                q = b * q - a * qLast;
                qLast = t;
            }

            return p / q * x * System.Math.Exp(-x2) / SqrtPi;
        }

        private static double LanczosSum(double x)
        {
            double num = 0.0;
            double den = 0.0;
            // The tables are made on the first call: as static initialisers they would take RAM from boot on the device.
            if (s_lanczosDen == null)
            {
                s_lanczosNum = LanczosNum();
                s_lanczosDen = LanczosDen();
            }

            int n = s_lanczosNum.Length;
            if (x < 5.0)
            {
                for (int i = n - 1; i >= 0; i--)
                {
                    num = num * x + s_lanczosNum[i];
                    den = den * x + s_lanczosDen[i];
                }
            }
            else
            {
                // In 1/x for large x: no overflow, better accuracy.
                for (int i = 0; i < n; i++)
                {
                    num = num / x + s_lanczosNum[i];
                    den = den / x + s_lanczosDen[i];
                }
            }

            return num / den;
        }

        // sin(pi x) with the argument reduced exactly first.
        private static double SinPi(double x)
        {
            double y = (x < 0 ? -x : x) % 2.0;
            int n = (int)Floor(2.0 * y + 0.5);
            double r;
            switch (n)
            {
                case 0:
                    r = System.Math.Sin(System.Math.PI * y);
                    break;
                case 1:
                    r = System.Math.Cos(System.Math.PI * (y - 0.5));
                    break;
                case 2:
                    r = System.Math.Sin(System.Math.PI * (1.0 - y));
                    break;
                case 3:
                    r = -System.Math.Cos(System.Math.PI * (y - 1.5));
                    break;
                default:
                    r = System.Math.Sin(System.Math.PI * (y - 2.0));
                    break;
            }

            return CopySign(1.0, x) * r;
        }

        /// <summary>The gamma function; NaN for non-positive integers, infinity at 0 and on overflow.</summary>
        public static double Gamma(double x)
        {
            if (!IsFinite(x))
            {
                return double.IsNaN(x) || x > 0 ? x : double.NaN;
            }

            if (x == 0)
            {
                return CopySign(double.PositiveInfinity, x);
            }

            if (x == Floor(x))
            {
                if (x < 0)
                {
                    return double.NaN;
                }

                if (x <= 23)
                {
                    // Exact factorials.
                    double f = 1;
                    for (int i = 2; i < (int)x; i++)
                    {
                        f *= i;
                    }

                    return f;
                }
            }

            double absx = x < 0 ? -x : x;
            if (absx < 1e-20)
            {
                return 1.0 / x;
            }

            if (absx > 200.0)
            {
                return x < 0 ? 0.0 / SinPi(x) : double.PositiveInfinity;
            }

            double y = absx + LanczosGMinusHalf;
            double z;
            if (absx > LanczosGMinusHalf)
            {
                double q = y - absx;
                z = q - LanczosGMinusHalf;
            }
            else
            {
                double q = y - LanczosGMinusHalf;
                z = q - absx;
            }

            z = z * LanczosG / y;
            double r;
            if (x < 0.0)
            {
                r = -System.Math.PI / SinPi(absx) / absx * System.Math.Exp(y) / LanczosSum(absx);
                r -= z * r;
                if (absx < 140.0)
                {
                    r /= System.Math.Pow(y, absx - 0.5);
                }
                else
                {
                    double sqrtpow = System.Math.Pow(y, absx / 2.0 - 0.25);
                    r /= sqrtpow;
                    r /= sqrtpow;
                }
            }
            else
            {
                r = LanczosSum(absx) / System.Math.Exp(y);
                r += z * r;
                if (absx < 140.0)
                {
                    r *= System.Math.Pow(y, absx - 0.5);
                }
                else
                {
                    double sqrtpow = System.Math.Pow(y, absx / 2.0 - 0.25);
                    r *= sqrtpow;
                    r *= sqrtpow;
                }
            }

            return r;
        }

        /// <summary>log|gamma(x)|; infinity at non-positive integers.</summary>
        public static double LGamma(double x)
        {
            if (!IsFinite(x))
            {
                return double.IsNaN(x) ? x : double.PositiveInfinity;
            }

            if (x == Floor(x) && x <= 2.0)
            {
                return x <= 0.0 ? double.PositiveInfinity : 0.0;
            }

            double absx = x < 0 ? -x : x;
            if (absx < 1e-20)
            {
                return -System.Math.Log(absx);
            }

            double r = System.Math.Log(LanczosSum(absx)) - LanczosG;
            r += (absx - 0.5) * (System.Math.Log(absx + LanczosG - 0.5) - 1);
            if (x < 0.0)
            {
                // Reflection formula.
                double s = SinPi(absx);
                r = LogPi - System.Math.Log(s < 0 ? -s : s) - System.Math.Log(absx) - r;
            }

            return r;
        }
    }
}
