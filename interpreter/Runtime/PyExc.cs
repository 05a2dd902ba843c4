namespace NanoPython.Runtime
{
    /// <summary>
    /// The built-in exception types (CPython's hierarchy; instances are <see cref="PyBaseException"/>). Each type is
    /// created on first use (nanoFramework runs static initialisers when it loads an assembly, and most programs never
    /// meet most of these types): a property reads a slot of one array and builds the type, with its bases, when the
    /// slot is empty. The builtins namespace gets them the same way (<see cref="Install"/>).
    /// </summary>
    public static class PyExc
    {
        private const int B = PyType.FlagBaseType;

        /// <summary>The names of the types in index order (a literal: it stays in flash on a device).</summary>
        private const string AllNames =
            "BaseException SystemExit KeyboardInterrupt GeneratorExit Exception StopIteration " +
            "StopAsyncIteration ArithmeticError FloatingPointError OverflowError ZeroDivisionError " +
            "AssertionError AttributeError BufferError EOFError ImportError ModuleNotFoundError LookupError " +
            "IndexError KeyError MemoryError NameError UnboundLocalError OSError RuntimeError " +
            "NotImplementedError RecursionError SyntaxError IndentationError TabError SystemError TypeError " +
            "ValueError UnicodeError UnicodeDecodeError UnicodeEncodeError Warning UserWarning " +
            "DeprecationWarning RuntimeWarning";

        private static readonly PyType[] s_types = new PyType[40];

        /// <summary>BaseException.</summary>
        public static PyType BaseException
        {
            get { return s_types[0] ?? Create(0); }
        }

        /// <summary>SystemExit.</summary>
        public static PyType SystemExit
        {
            get { return s_types[1] ?? Create(1); }
        }

        /// <summary>KeyboardInterrupt.</summary>
        public static PyType KeyboardInterrupt
        {
            get { return s_types[2] ?? Create(2); }
        }

        /// <summary>GeneratorExit.</summary>
        public static PyType GeneratorExit
        {
            get { return s_types[3] ?? Create(3); }
        }

        /// <summary>Exception.</summary>
        public static PyType Exception
        {
            get { return s_types[4] ?? Create(4); }
        }

        /// <summary>StopIteration.</summary>
        public static PyType StopIteration
        {
            get { return s_types[5] ?? Create(5); }
        }

        /// <summary>StopAsyncIteration.</summary>
        public static PyType StopAsyncIteration
        {
            get { return s_types[6] ?? Create(6); }
        }

        /// <summary>ArithmeticError.</summary>
        public static PyType ArithmeticError
        {
            get { return s_types[7] ?? Create(7); }
        }

        /// <summary>FloatingPointError.</summary>
        public static PyType FloatingPointError
        {
            get { return s_types[8] ?? Create(8); }
        }

        /// <summary>OverflowError.</summary>
        public static PyType OverflowError
        {
            get { return s_types[9] ?? Create(9); }
        }

        /// <summary>ZeroDivisionError.</summary>
        public static PyType ZeroDivisionError
        {
            get { return s_types[10] ?? Create(10); }
        }

        /// <summary>AssertionError.</summary>
        public static PyType AssertionError
        {
            get { return s_types[11] ?? Create(11); }
        }

        /// <summary>AttributeError.</summary>
        public static PyType AttributeError
        {
            get { return s_types[12] ?? Create(12); }
        }

        /// <summary>BufferError.</summary>
        public static PyType BufferError
        {
            get { return s_types[13] ?? Create(13); }
        }

        /// <summary>EOFError.</summary>
        public static PyType EOFError
        {
            get { return s_types[14] ?? Create(14); }
        }

        /// <summary>ImportError.</summary>
        public static PyType ImportError
        {
            get { return s_types[15] ?? Create(15); }
        }

        /// <summary>ModuleNotFoundError.</summary>
        public static PyType ModuleNotFoundError
        {
            get { return s_types[16] ?? Create(16); }
        }

        /// <summary>LookupError.</summary>
        public static PyType LookupError
        {
            get { return s_types[17] ?? Create(17); }
        }

        /// <summary>IndexError.</summary>
        public static PyType IndexError
        {
            get { return s_types[18] ?? Create(18); }
        }

        /// <summary>KeyError.</summary>
        public static PyType KeyError
        {
            get { return s_types[19] ?? Create(19); }
        }

        /// <summary>MemoryError.</summary>
        public static PyType MemoryError
        {
            get { return s_types[20] ?? Create(20); }
        }

        /// <summary>NameError.</summary>
        public static PyType NameError
        {
            get { return s_types[21] ?? Create(21); }
        }

        /// <summary>UnboundLocalError.</summary>
        public static PyType UnboundLocalError
        {
            get { return s_types[22] ?? Create(22); }
        }

        /// <summary>OSError.</summary>
        public static PyType OSError
        {
            get { return s_types[23] ?? Create(23); }
        }

        /// <summary>RuntimeError.</summary>
        public static PyType RuntimeError
        {
            get { return s_types[24] ?? Create(24); }
        }

        /// <summary>NotImplementedError.</summary>
        public static PyType NotImplementedError
        {
            get { return s_types[25] ?? Create(25); }
        }

        /// <summary>RecursionError.</summary>
        public static PyType RecursionError
        {
            get { return s_types[26] ?? Create(26); }
        }

        /// <summary>SyntaxError.</summary>
        public static PyType SyntaxError
        {
            get { return s_types[27] ?? Create(27); }
        }

        /// <summary>IndentationError.</summary>
        public static PyType IndentationError
        {
            get { return s_types[28] ?? Create(28); }
        }

        /// <summary>TabError.</summary>
        public static PyType TabError
        {
            get { return s_types[29] ?? Create(29); }
        }

        /// <summary>SystemError.</summary>
        public static PyType SystemError
        {
            get { return s_types[30] ?? Create(30); }
        }

        /// <summary>TypeError.</summary>
        public static PyType TypeError
        {
            get { return s_types[31] ?? Create(31); }
        }

        /// <summary>ValueError.</summary>
        public static PyType ValueError
        {
            get { return s_types[32] ?? Create(32); }
        }

        /// <summary>UnicodeError.</summary>
        public static PyType UnicodeError
        {
            get { return s_types[33] ?? Create(33); }
        }

        /// <summary>UnicodeDecodeError.</summary>
        public static PyType UnicodeDecodeError
        {
            get { return s_types[34] ?? Create(34); }
        }

        /// <summary>UnicodeEncodeError.</summary>
        public static PyType UnicodeEncodeError
        {
            get { return s_types[35] ?? Create(35); }
        }

        /// <summary>Warning.</summary>
        public static PyType Warning
        {
            get { return s_types[36] ?? Create(36); }
        }

        /// <summary>UserWarning.</summary>
        public static PyType UserWarning
        {
            get { return s_types[37] ?? Create(37); }
        }

        /// <summary>DeprecationWarning.</summary>
        public static PyType DeprecationWarning
        {
            get { return s_types[38] ?? Create(38); }
        }

        /// <summary>RuntimeWarning.</summary>
        public static PyType RuntimeWarning
        {
            get { return s_types[39] ?? Create(39); }
        }

        /// <summary>Every built-in exception type (all created).</summary>
        public static PyType[] All()
        {
            PyType[] all = new PyType[s_types.Length];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = s_types[i] ?? Create(i);
            }

            return all;
        }

        /// <summary>Makes the exception types builtins of an interpreter, each created when first looked up.</summary>
        public static void Install(Interpreter ip)
        {
            ip.AddLazyBuiltins(AllNames, ByIndex);
        }

        private static PyObject ByIndex(Interpreter ip, int index)
        {
            return s_types[index] ?? Create(index);
        }

        // Builds type i (its base first, outside the lock) unless another thread did.
        private static PyType Create(int i)
        {
            PyType t;
            switch (i)
            {
                case 0:
                    t = new PyType("BaseException", PyTypes.Object, B | PyType.FlagException);
                    break;
                case 1:
                    t = new PyType("SystemExit", BaseException, B);
                    break;
                case 2:
                    t = new PyType("KeyboardInterrupt", BaseException, B);
                    break;
                case 3:
                    t = new PyType("GeneratorExit", BaseException, B);
                    break;
                case 4:
                    t = new PyType("Exception", BaseException, B);
                    break;
                case 5:
                    t = new PyType("StopIteration", Exception, B);
                    break;
                case 6:
                    t = new PyType("StopAsyncIteration", Exception, B);
                    break;
                case 7:
                    t = new PyType("ArithmeticError", Exception, B);
                    break;
                case 8:
                    t = new PyType("FloatingPointError", ArithmeticError, B);
                    break;
                case 9:
                    t = new PyType("OverflowError", ArithmeticError, B);
                    break;
                case 10:
                    t = new PyType("ZeroDivisionError", ArithmeticError, B);
                    break;
                case 11:
                    t = new PyType("AssertionError", Exception, B);
                    break;
                case 12:
                    t = new PyType("AttributeError", Exception, B);
                    break;
                case 13:
                    t = new PyType("BufferError", Exception, B);
                    break;
                case 14:
                    t = new PyType("EOFError", Exception, B);
                    break;
                case 15:
                    t = new PyType("ImportError", Exception, B);
                    break;
                case 16:
                    t = new PyType("ModuleNotFoundError", ImportError, B);
                    break;
                case 17:
                    t = new PyType("LookupError", Exception, B);
                    break;
                case 18:
                    t = new PyType("IndexError", LookupError, B);
                    break;
                case 19:
                    t = new PyType("KeyError", LookupError, B);
                    break;
                case 20:
                    t = new PyType("MemoryError", Exception, B);
                    break;
                case 21:
                    t = new PyType("NameError", Exception, B);
                    break;
                case 22:
                    t = new PyType("UnboundLocalError", NameError, B);
                    break;
                case 23:
                    t = new PyType("OSError", Exception, B);
                    break;
                case 24:
                    t = new PyType("RuntimeError", Exception, B);
                    break;
                case 25:
                    t = new PyType("NotImplementedError", RuntimeError, B);
                    break;
                case 26:
                    t = new PyType("RecursionError", RuntimeError, B);
                    break;
                case 27:
                    t = new PyType("SyntaxError", Exception, B);
                    break;
                case 28:
                    t = new PyType("IndentationError", SyntaxError, B);
                    break;
                case 29:
                    t = new PyType("TabError", IndentationError, B);
                    break;
                case 30:
                    t = new PyType("SystemError", Exception, B);
                    break;
                case 31:
                    t = new PyType("TypeError", Exception, B);
                    break;
                case 32:
                    t = new PyType("ValueError", Exception, B);
                    break;
                case 33:
                    t = new PyType("UnicodeError", ValueError, B);
                    break;
                case 34:
                    t = new PyType("UnicodeDecodeError", UnicodeError, B);
                    break;
                case 35:
                    t = new PyType("UnicodeEncodeError", UnicodeError, B);
                    break;
                case 36:
                    t = new PyType("Warning", Exception, B);
                    break;
                case 37:
                    t = new PyType("UserWarning", Warning, B);
                    break;
                case 38:
                    t = new PyType("DeprecationWarning", Warning, B);
                    break;
                case 39:
                    t = new PyType("RuntimeWarning", Warning, B);
                    break;
                default:
                    return null;
            }

            return LazyTypes.Publish(s_types, i, t);
        }
    }
}
