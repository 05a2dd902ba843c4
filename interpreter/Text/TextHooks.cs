using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// The formatting services the runtime core calls (str % args, bytes % args, format(value, spec) of built-in
    /// values). Numbers are formatted by the Numbers assembly (Interpreter.Numbers.FormatNumber); str is formatted here.
    /// </summary>
    public sealed class TextHooks : RuntimeHooks
    {
        /// <summary>The shared instance (the hooks keep no state).</summary>
        public static readonly TextHooks Instance = new TextHooks();

        /// <inheritdoc/>
        public override PyObject FormatPercent(Interpreter ip, PyStr format, PyObject args)
        {
            return PercentFormatter.Format(ip, format, args);
        }

        /// <inheritdoc/>
        public override PyObject FormatPercentBytes(Interpreter ip, PyObject format, PyObject args)
        {
            return PercentFormatter.Format(ip, format.NativeBase, args);
        }

        /// <inheritdoc/>
        public override string FormatBuiltin(Interpreter ip, PyObject value, string spec)
        {
            PyStr s = value as PyStr;
            if (s != null)
            {
                return spec.Length == 0 ? s.Value : FormatStr(s.Value, spec);
            }

            if (spec.Length == 0)
            {
                // format(x, '') is str(x) for every built-in value.
                return null;
            }

            if (value is PyInt || value is PyFloat || ip.Numbers.IsInt(value))
            {
                return ip.Numbers.FormatNumber(ip, value, FormatSpec.Parse(spec));
            }

            // Another number type (complex) or no number at all: only a number reports a malformed spec.
            FormatSpec fs;
            try
            {
                fs = FormatSpec.Parse(spec);
            }
            catch (PyException)
            {
                if (ip.Numbers.FormatNumber(ip, value, new FormatSpec()) != null)
                {
                    throw;
                }

                return null;
            }

            return ip.Numbers.FormatNumber(ip, value, fs);
        }

        /// <summary>format(str, spec): fill, alignment (left by default), width and precision (truncation) in code points.</summary>
        public static string FormatStr(string value, string spec)
        {
            if (spec.Length == 0)
            {
                return value;
            }

            FormatSpec fs;
            try
            {
                fs = FormatSpec.Parse(spec);
            }
            catch (PyException e)
            {
                // CPython names the type in this one message; FormatSpec does not know it.
                // Ordinal prefix test: string.StartsWith is culture-sensitive on .NET.
                string m = e.Value.StrNoHooks();
                const string Invalid = "Invalid format specifier";
                if (m.Length >= Invalid.Length && m.Substring(0, Invalid.Length) == Invalid)
                {
                    throw TextErrors.Value(m + " for object of type 'str'");
                }

                throw;
            }

            if (fs.Grouping != '\0')
            {
                throw TextErrors.Value("Cannot specify '" + fs.Grouping + "' with 's'.");
            }

            if (fs.Kind != '\0' && fs.Kind != 's')
            {
                throw TextErrors.Value("Unknown format code '" + fs.Kind + "' for object of type 'str'");
            }

            if (fs.Sign != '\0')
            {
                throw TextErrors.Value(fs.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
            }

            if (fs.NoNegativeZero)
            {
                throw TextErrors.Value(TextErrors.StrNegativeZero);
            }

            if (fs.Alternate)
            {
                throw TextErrors.Value(TextErrors.StrAlternateForm);
            }

            // FormatSpec turns a bare '0' flag into '=' alignment (the numeric meaning); only an explicit '=' is an error.
            bool explicitFill = spec.Length >= 2 && IsAlign(spec[1]);
            bool explicitAlign = explicitFill || IsAlign(spec[0]);
            char align = fs.Align;
            if (align == '=')
            {
                if (explicitAlign)
                {
                    throw TextErrors.Value(TextErrors.StrEqualsAlignment);
                }

                align = '<';
            }

            char fill = fs.ZeroPad && !explicitFill ? '0' : fs.Fill;
            TextView v = TextView.OfStr(new PyStr(value));
            int end = v.Length;
            int len = v.CodePointLength;
            if (fs.Precision >= 0 && fs.Precision < len)
            {
                end = v.ToUnit(fs.Precision);
                len = fs.Precision;
            }

            int pad = fs.Width - len;
            if (pad <= 0)
            {
                return end == v.Length ? value : new string(v.Chars, 0, end);
            }

            int left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
            TextBuilder tb = new TextBuilder(end + pad);
            tb.Append(fill, left);
            tb.Append(v.Chars, 0, end);
            tb.Append(fill, pad - left);
            return tb.ToString();
        }

        private static bool IsAlign(char c)
        {
            return c == '<' || c == '>' || c == '^' || c == '=';
        }
    }
}
