using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// The error messages of the text types (CPython's wording) and the helpers that raise them, in one place so a terse
    /// device build can shorten them.
    /// </summary>
    internal static class TextErrors
    {
        // CPython's texts, the fixed ones; messages built from values are composed where they are raised.
        internal const string SubstringNotFound = "substring not found";
        internal const string SubsectionNotFound = "subsection not found";
        internal const string EmptySeparator = "empty separator";
        internal const string FillCharLength = "The fill character must be exactly one character long";
        internal const string NotEnoughArguments = "not enough arguments for format string";
        internal const string NotAllConverted = "not all arguments converted during string formatting";
        internal const string IncompleteFormat = "incomplete format";
        internal const string FormatNeedsMapping = "format requires a mapping";
        internal const string StarWantsInt = "* wants int";
        internal const string SingleCloseBrace = "Single '}' encountered in format string";
        internal const string SingleOpenBrace = "Single '{' encountered in format string";
        internal const string ManualToAuto = "cannot switch from manual field specification to automatic field numbering";
        internal const string SepLength1 = "sep must be length 1.";
        internal const string SepAscii = "sep must be ASCII.";
        internal const string TranslationTableLength = "translation table must be 256 characters long";
        internal const string BytesMakeTransLengths = "maketrans arguments must have same length";
        internal const string PopFromEmpty = "pop from empty bytearray";
        internal const string PopIndexOutOfRange = "pop index out of range";
        internal const string ValueNotInByteArray = "value not found in bytearray";
        internal const string CastFormatUnknown = "memoryview: destination format must be a native single character format prefixed with an optional '@'";
        internal const string CastNotContiguous = "memoryview: casts are restricted to C-contiguous views";
        internal const string CastNonByteFormats = "memoryview: cannot cast between two non-byte formats";
        internal const string CastLengthNotMultiple = "memoryview: length is not a multiple of itemsize";
        internal const string IncompleteFormatKey = "incomplete format key";
        internal const string WidthTooBig = "width too big";
        internal const string CharArgRange256 = "%c arg not in range(256)";
        internal const string CharRequiresByte = "%c requires an integer in range(256) or a single byte";
        internal const string CharArgRange = "%c arg not in range(0x110000)";
        internal const string CharRequiresIntOrChar = "%c requires int or char";
        internal const string ViewResized = "memoryview: underlying buffer was resized";
        internal const string ViewReleased = "operation forbidden on released memoryview object";
        internal const string ViewWritableHash = "cannot hash writable memoryview object";
        internal const string ViewInvalidKey = "memoryview: invalid slice key";
        internal const string ViewIndexOutOfRange = "index out of bounds on dimension 1";
        internal const string ReadOnlyMemory = "cannot modify read-only memory";
        internal const string ViewAssignmentShape = "memoryview assignment: lvalue and rvalue have different structures";
        internal const string SpecRecursion = "Max string recursion exceeded";
        internal const string BraceInFieldName = "unexpected '{' in field name";
        internal const string ConversionAtEnd = "end of string while looking for conversion specifier";
        internal const string ExpectedColon = "expected ':' after conversion specifier";
        internal const string UnmatchedBraceInSpec = "unmatched '{' in format spec";
        internal const string ExpectedCloseBrace = "expected '}' before end of string";
        internal const string PositionalInFormatMap = "Format string contains positional fields";
        internal const string MissingBracket = "Missing ']' in format string";
        internal const string FieldAfterBracket = "Only '.' or '[' may follow ']' in format field specifier";
        internal const string EmptyAttribute = "Empty attribute in format string";
        internal const string TooManyDigits = "Too many decimal digits in format string";
        internal const string FormatNeedsSelf = "descriptor 'format' of 'str' object needs an argument";
        internal const string MappingRange = "character mapping must be in range(0x110000)";
        internal const string MappingResultType = "character mapping must return integer, None or str";
        internal const string MakeTransOneArgument = "if you give only one argument to maketrans it must be a dict";
        internal const string TranslateKeyLength = "string keys in translate table must be of length 1";
        internal const string TranslateKeyType = "keys in translate table must be strings or integers";
        internal const string MakeTransLengths = "the first two maketrans arguments must have equal length";
        internal const string ChrRange = "chr() arg not in range(0x110000)";
        internal const string DecodingStr = "decoding str is not supported";
        internal const string StrWithoutEncoding = "string argument without an encoding";
        internal const string NegativeCount = "negative count";
        internal const string StrNegativeZero = "Negative zero coercion (z) not allowed in string format specifier";
        internal const string StrAlternateForm = "Alternate form (#) not allowed in string format specifier";
        internal const string StrEqualsAlignment = "'=' alignment not allowed in string format specifier";
        internal const string ByteRange = "byte must be in range(0, 256)";
        internal const string CanOnlyJoinIterable = "can only join an iterable";
        internal const string AutoToManual = "cannot switch from automatic field numbering to manual field specification";

        /// <summary>The Python type name of an object.</summary>
        internal static string TypeName(PyObject o)
        {
            return o.Type.Name.Value;
        }

        /// <summary>TypeError(message).</summary>
        internal static PyException Type(string message)
        {
            return new PyException(PyExc.TypeError, message);
        }

        /// <summary>ValueError(message).</summary>
        internal static PyException Value(string message)
        {
            return new PyException(PyExc.ValueError, message);
        }

        /// <summary>TypeError: a bytes-like object is required, not 'T'.</summary>
        internal static PyException BytesLikeRequired(PyObject o)
        {
            return Type("a bytes-like object is required, not '" + TypeName(o) + "'");
        }

        /// <summary>TypeError: &lt;prefix&gt;T (prefix such as "must be str, not ").</summary>
        internal static PyException Expected(string prefix, PyObject o)
        {
            return Type(prefix + TypeName(o));
        }

        /// <summary>TypeError: f() takes at least/at most n arguments (m given), counted without self.</summary>
        internal static PyException Arity(string function, string bound, int n, int given)
        {
            return Type(function + "() takes " + bound + " " + n + " argument" + (n == 1 ? string.Empty : "s") + " (" + given + " given)");
        }
    }
}
