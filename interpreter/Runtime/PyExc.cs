namespace NanoPython.Runtime
{
    /// <summary>The built-in exception types (CPython's hierarchy; instances are <see cref="PyBaseException"/>).</summary>
    public static class PyExc
    {
        private const int B = PyType.FlagBaseType;

        /// <summary>BaseException.</summary>
        public static readonly PyType BaseException = new PyType("BaseException", PyTypes.Object, B | PyType.FlagException);

        /// <summary>SystemExit.</summary>
        public static readonly PyType SystemExit = new PyType("SystemExit", BaseException, B);

        /// <summary>KeyboardInterrupt.</summary>
        public static readonly PyType KeyboardInterrupt = new PyType("KeyboardInterrupt", BaseException, B);

        /// <summary>GeneratorExit.</summary>
        public static readonly PyType GeneratorExit = new PyType("GeneratorExit", BaseException, B);

        /// <summary>Exception.</summary>
        public static readonly PyType Exception = new PyType("Exception", BaseException, B);

        /// <summary>StopIteration.</summary>
        public static readonly PyType StopIteration = new PyType("StopIteration", Exception, B);

        /// <summary>StopAsyncIteration.</summary>
        public static readonly PyType StopAsyncIteration = new PyType("StopAsyncIteration", Exception, B);

        /// <summary>ArithmeticError.</summary>
        public static readonly PyType ArithmeticError = new PyType("ArithmeticError", Exception, B);

        /// <summary>FloatingPointError.</summary>
        public static readonly PyType FloatingPointError = new PyType("FloatingPointError", ArithmeticError, B);

        /// <summary>OverflowError.</summary>
        public static readonly PyType OverflowError = new PyType("OverflowError", ArithmeticError, B);

        /// <summary>ZeroDivisionError.</summary>
        public static readonly PyType ZeroDivisionError = new PyType("ZeroDivisionError", ArithmeticError, B);

        /// <summary>AssertionError.</summary>
        public static readonly PyType AssertionError = new PyType("AssertionError", Exception, B);

        /// <summary>AttributeError.</summary>
        public static readonly PyType AttributeError = new PyType("AttributeError", Exception, B);

        /// <summary>BufferError.</summary>
        public static readonly PyType BufferError = new PyType("BufferError", Exception, B);

        /// <summary>EOFError.</summary>
        public static readonly PyType EOFError = new PyType("EOFError", Exception, B);

        /// <summary>ImportError.</summary>
        public static readonly PyType ImportError = new PyType("ImportError", Exception, B);

        /// <summary>ModuleNotFoundError.</summary>
        public static readonly PyType ModuleNotFoundError = new PyType("ModuleNotFoundError", ImportError, B);

        /// <summary>LookupError.</summary>
        public static readonly PyType LookupError = new PyType("LookupError", Exception, B);

        /// <summary>IndexError.</summary>
        public static readonly PyType IndexError = new PyType("IndexError", LookupError, B);

        /// <summary>KeyError.</summary>
        public static readonly PyType KeyError = new PyType("KeyError", LookupError, B);

        /// <summary>MemoryError.</summary>
        public static readonly PyType MemoryError = new PyType("MemoryError", Exception, B);

        /// <summary>NameError.</summary>
        public static readonly PyType NameError = new PyType("NameError", Exception, B);

        /// <summary>UnboundLocalError.</summary>
        public static readonly PyType UnboundLocalError = new PyType("UnboundLocalError", NameError, B);

        /// <summary>OSError.</summary>
        public static readonly PyType OSError = new PyType("OSError", Exception, B);

        /// <summary>RuntimeError.</summary>
        public static readonly PyType RuntimeError = new PyType("RuntimeError", Exception, B);

        /// <summary>NotImplementedError.</summary>
        public static readonly PyType NotImplementedError = new PyType("NotImplementedError", RuntimeError, B);

        /// <summary>RecursionError.</summary>
        public static readonly PyType RecursionError = new PyType("RecursionError", RuntimeError, B);

        /// <summary>SyntaxError.</summary>
        public static readonly PyType SyntaxError = new PyType("SyntaxError", Exception, B);

        /// <summary>IndentationError.</summary>
        public static readonly PyType IndentationError = new PyType("IndentationError", SyntaxError, B);

        /// <summary>TabError.</summary>
        public static readonly PyType TabError = new PyType("TabError", IndentationError, B);

        /// <summary>SystemError.</summary>
        public static readonly PyType SystemError = new PyType("SystemError", Exception, B);

        /// <summary>TypeError.</summary>
        public static readonly PyType TypeError = new PyType("TypeError", Exception, B);

        /// <summary>ValueError.</summary>
        public static readonly PyType ValueError = new PyType("ValueError", Exception, B);

        /// <summary>UnicodeError.</summary>
        public static readonly PyType UnicodeError = new PyType("UnicodeError", ValueError, B);

        /// <summary>UnicodeDecodeError.</summary>
        public static readonly PyType UnicodeDecodeError = new PyType("UnicodeDecodeError", UnicodeError, B);

        /// <summary>UnicodeEncodeError.</summary>
        public static readonly PyType UnicodeEncodeError = new PyType("UnicodeEncodeError", UnicodeError, B);

        /// <summary>Warning.</summary>
        public static readonly PyType Warning = new PyType("Warning", Exception, B);

        /// <summary>UserWarning.</summary>
        public static readonly PyType UserWarning = new PyType("UserWarning", Warning, B);

        /// <summary>DeprecationWarning.</summary>
        public static readonly PyType DeprecationWarning = new PyType("DeprecationWarning", Warning, B);

        /// <summary>RuntimeWarning.</summary>
        public static readonly PyType RuntimeWarning = new PyType("RuntimeWarning", Warning, B);

        /// <summary>Every built-in exception type, for the builtins module.</summary>
        public static PyType[] All()
        {
            return new PyType[]
            {
                BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
                ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
                BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
                NameError, UnboundLocalError, OSError, RuntimeError, NotImplementedError, RecursionError, SyntaxError,
                IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
                UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
            };
        }
    }
}
