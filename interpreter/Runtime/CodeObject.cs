namespace NanoPython.Runtime
{
    /// <summary>
    /// Compiled code of a module, function, class body, lambda or comprehension. The bytecode format, the exception
    /// table and the line table are specified in Opcodes.cs. Created by the compiler; immutable afterwards except for
    /// the caches at the bottom.
    /// </summary>
    public sealed class CodeObject : PyObject
    {
        /// <summary>Arguments are gathered in *args.</summary>
        public const int FlagVarArgs = 0x04;

        /// <summary>Keyword arguments are gathered in **kwargs.</summary>
        public const int FlagVarKeywords = 0x08;

        /// <summary>Nested in a function (has free variables or is a closure).</summary>
        public const int FlagNested = 0x10;

        /// <summary>A generator function.</summary>
        public const int FlagGenerator = 0x20;

        /// <summary>An async def (coroutine) function.</summary>
        public const int FlagCoroutine = 0x80;

        /// <summary>Module or class body code: names live in a dict (LOAD_NAME/STORE_NAME), not in fast locals.</summary>
        public const int FlagDictLocals = 0x1000;

        /// <summary>Has keyword-only parameters (<see cref="KwOnlyArgCount"/> &gt; 0).</summary>
        public const int FlagKwOnly = 0x2000;

        /// <summary>Bytes at the end of <see cref="Code"/> after the line table (see there).</summary>
        public const int TrailerSize = 12;

        /// <summary>
        /// The bytecode (<see cref="CodeLength"/> bytes from offset 0), followed by the code's tables, so that one array
        /// holds what three did (each array has a 20-byte header on nanoFramework):
        /// [bytecode][exception table: 8 bytes per entry, start, end, handler and depth as little-endian 16-bit values]
        /// [line table: (pcDelta, lineDelta) byte pairs], then a 12-byte trailer of little-endian values: positional-only
        /// and keyword-only parameter counts (16 bits each), the first line (32 bits), the number of exception entries
        /// and the length of the line table (16 bits each). What is read only on slow paths lives there, not in fields.
        /// </summary>
        public byte[] Code;

        /// <summary>The constants (LOAD_CONST, MAKE_FUNCTION code objects, kwnames tuples).</summary>
        public PyObject[] Constants;

        /// <summary>Interned names for attributes, globals and dict-local names.</summary>
        public PyStr[] Names;

        /// <summary>Fast local names, arguments first.</summary>
        public PyStr[] VarNames;

        /// <summary>Locals captured by nested functions.</summary>
        public PyStr[] CellNames;

        /// <summary>Variables taken from the enclosing function.</summary>
        public PyStr[] FreeNames;

        /// <summary>For each cell, the index of the argument it holds, or -1.</summary>
        public int[] CellArgIndex;

        /// <summary>Number of positional parameters (positional-only included).</summary>
        public int ArgCount;

        /// <summary>Flag bits (FlagVarArgs...).</summary>
        public int Flags;

        /// <summary>Exact maximum depth of the value stack.</summary>
        public int MaxStack;

        /// <summary>Function name.</summary>
        public PyStr Name;

        /// <summary>
        /// What the qualified name adds before <see cref="Name"/> ("C" for a method of C, "f.&lt;locals&gt;" inside f),
        /// or null at module level. Sibling functions share it, so a method costs no string of its own.
        /// </summary>
        public PyStr QualPrefix;

        /// <summary>Source file name.</summary>
        public PyStr FileName;

        /// <summary>The VM's caches for this code, made when it first runs (see <see cref="CodeCache"/>).</summary>
        public CodeCache Cache;

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Code; }
        }

        /// <summary>The qualified name (CPython's __qualname__), built when asked for (reprs and error messages).</summary>
        public PyStr QualName
        {
            get { return QualPrefix == null ? Name : new PyStr(QualPrefix.Value + "." + Name.Value); }
        }

        /// <summary>Shared empty name list (most code objects have no cells or free variables).</summary>
        public static readonly PyStr[] NoNames = new PyStr[0];

        /// <summary>Shared empty constant list.</summary>
        public static readonly PyObject[] NoConstants = new PyObject[0];

        /// <summary>Shared empty int list (cell argument indexes).</summary>
        public static readonly int[] NoInts = new int[0];

        /// <summary>Number of fast locals.</summary>
        public int NLocals
        {
            get { return VarNames.Length; }
        }

        /// <summary>Number of cells plus free variables.</summary>
        public int NCellsAndFrees
        {
            get { return CellNames.Length + FreeNames.Length; }
        }

        /// <summary>True for generator and coroutine code.</summary>
        public bool IsGenerator
        {
            get { return (Flags & (FlagGenerator | FlagCoroutine)) != 0; }
        }

        /// <summary>The length of the bytecode (the tables follow it in <see cref="Code"/>).</summary>
        public int CodeLength
        {
            get
            {
                byte[] c = Code;
                int n = c.Length;
                return n - TrailerSize - 8 * U16(c, n - 4) - U16(c, n - 2);
            }
        }

        /// <summary>Number of positional-only parameters.</summary>
        public int PosOnlyArgCount
        {
            get { return U16(Code, Code.Length - TrailerSize); }
        }

        /// <summary>Number of keyword-only parameters.</summary>
        public int KwOnlyArgCount
        {
            get { return U16(Code, Code.Length - TrailerSize + 2); }
        }

        /// <summary>Line of the first instruction.</summary>
        public int FirstLine
        {
            get
            {
                byte[] c = Code;
                int at = c.Length - TrailerSize + 4;
                return c[at] | (c[at + 1] << 8) | (c[at + 2] << 16) | (c[at + 3] << 24);
            }
        }

        /// <summary>The source line of the instruction at a byte offset.</summary>
        public int LineOf(int pc)
        {
            byte[] c = Code;
            int end = c.Length - TrailerSize;
            int i = end - U16(c, c.Length - 2);
            int line = FirstLine;
            int addr = 0;
            for (; i + 1 < end; i += 2)
            {
                int next = addr + c[i];
                if (next > pc)
                {
                    break;
                }

                addr = next;
                line += (sbyte)c[i + 1];
            }

            return line;
        }

        /// <summary>The handler of the exception table entry covering pc, or -1; depth receives the stack depth.</summary>
        public int FindHandler(int pc, out int depth)
        {
            byte[] c = Code;
            int entries = U16(c, c.Length - 4);
            int at = c.Length - TrailerSize - U16(c, c.Length - 2) - 8 * entries;
            for (int e = 0; e < entries; e++, at += 8)
            {
                if (pc >= U16(c, at) && pc < U16(c, at + 2))
                {
                    depth = U16(c, at + 6);
                    return U16(c, at + 4);
                }
            }

            depth = 0;
            return -1;
        }

        /// <summary>The little-endian 16-bit value at c[at].</summary>
        public static int U16(byte[] c, int at)
        {
            return c[at] | (c[at + 1] << 8);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<code object " + Name.Value + " at 0x" + Ops.IdHex(this) + ", file \"" + FileName.Value + "\", line " + FirstLine + ">";
        }
    }
}
