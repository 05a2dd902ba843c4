using System.Collections;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// Writes the bytecode of one code object (format: Opcodes.cs) and everything that goes with it: the constant and
    /// name tables, labels and 2-byte jump fix-ups, the exact stack depth at every instruction (MaxStack), the exception
    /// table (the innermost active handler of every instruction, merged into runs) and the compressed line table.
    /// Unreachable code after an unconditional jump takes its depth from the next label that has one.
    /// </summary>
    public sealed class Emitter
    {
        private byte[] _code = new byte[64];
        private int _len;
        private int _depth;
        private int _max;
        private bool _reachable = true;

        private readonly IntList _labelPos = new IntList();
        private readonly IntList _labelDepth = new IntList();
        private readonly IntList _fixups = new IntList();

        private readonly ArrayList _consts = new ArrayList();
        private readonly Hashtable _constIndex = new Hashtable();
        private readonly ArrayList _names = new ArrayList();
        private readonly Hashtable _nameIndex = new Hashtable();

        // Handler stack (label, depth) and the exception table runs (start, end, label, depth).
        private readonly IntList _hLabel = new IntList();
        private readonly IntList _hDepth = new IntList();
        private readonly IntList _runs = new IntList();
        private int _runStart;
        private int _runLabel = -1;
        private int _runDepth;

        // Line table source: (pc, line) pairs.
        private readonly IntList _lines = new IntList();
        private int _line;
        private readonly int _firstLine;

        /// <summary>An emitter for code whose first line is firstLine.</summary>
        public Emitter(int firstLine)
        {
            _firstLine = firstLine;
            _line = firstLine;
        }

        /// <summary>Current code size in bytes.</summary>
        public int Length
        {
            get { return _len; }
        }

        /// <summary>Current stack depth.</summary>
        public int Depth
        {
            get { return _depth; }
            set { _depth = value; }
        }

        /// <summary>Whether the next instruction can be reached.</summary>
        public bool Reachable
        {
            get { return _reachable; }
        }

        /// <summary>Number of active exception handlers.</summary>
        public int HandlerCount
        {
            get { return _hLabel.Count; }
        }

        /// <summary>The line of the following instructions.</summary>
        public void SetLine(int line)
        {
            _line = line;
        }

        /// <summary>A new, unplaced label.</summary>
        public int NewLabel()
        {
            _labelPos.Add(-1);
            _labelDepth.Add(-1);
            return _labelPos.Count - 1;
        }

        /// <summary>
        /// Places a label here. Code after it is reachable when code before it is or when a jump or handler already
        /// targets it (a label that only later backward jumps target is reached by falling into it).
        /// </summary>
        public void Mark(int label)
        {
            _labelPos[label] = _len;
            int d = _labelDepth[label];
            if (d >= 0)
            {
                _depth = d;
                _reachable = true;
            }
            else
            {
                _labelDepth[label] = _depth;
            }
        }

        /// <summary>Makes handler the innermost exception handler; an exception unwinds the stack to depth entries.</summary>
        public void PushHandler(int label, int depth)
        {
            _hLabel.Add(label);
            _hDepth.Add(depth);
            _labelDepth[label] = depth + 1;
        }

        /// <summary>Removes the innermost exception handler.</summary>
        public void PopHandler()
        {
            _hLabel.Count--;
            _hDepth.Count--;
        }

        /// <summary>A copy of the handler stack (to hide handlers while inlining finally bodies).</summary>
        public int[] SaveHandlers()
        {
            int n = _hLabel.Count;
            int[] s = new int[n * 2];
            for (int i = 0; i < n; i++)
            {
                s[2 * i] = _hLabel[i];
                s[(2 * i) + 1] = _hDepth[i];
            }

            return s;
        }

        /// <summary>Restores a handler stack saved by <see cref="SaveHandlers"/>.</summary>
        public void RestoreHandlers(int[] s)
        {
            _hLabel.Count = 0;
            _hDepth.Count = 0;
            for (int i = 0; i < s.Length; i += 2)
            {
                _hLabel.Add(s[i]);
                _hDepth.Add(s[i + 1]);
            }
        }

        /// <summary>Drops handlers above count (they must be restored with RestoreHandlers).</summary>
        public void TruncateHandlers(int count)
        {
            _hLabel.Count = count;
            _hDepth.Count = count;
        }

        private void Adjust(int delta)
        {
            _depth += delta;
            if (_depth > _max)
            {
                _max = _depth;
            }
        }

        // Bookkeeping at the start of each instruction: exception table runs and line table.
        private void BeginInstr()
        {
            int label = -1;
            int depth = 0;
            int h = _hLabel.Count;
            if (h > 0)
            {
                label = _hLabel[h - 1];
                depth = _hDepth[h - 1];
            }

            if (label != _runLabel || depth != _runDepth)
            {
                CloseRun();
                _runStart = _len;
                _runLabel = label;
                _runDepth = depth;
            }

            int n = _lines.Count;
            if (n == 0 ? _line != _firstLine : _lines[n - 1] != _line)
            {
                if (n > 0 && _lines[n - 2] == _len)
                {
                    _lines[n - 1] = _line;
                }
                else
                {
                    _lines.Add(_len);
                    _lines.Add(_line);
                }
            }
        }

        private void CloseRun()
        {
            if (_runLabel >= 0 && _len > _runStart)
            {
                _runs.Add(_runStart);
                _runs.Add(_len);
                _runs.Add(_runLabel);
                _runs.Add(_runDepth);
            }
        }

        private void Byte(int b)
        {
            if (_len == _code.Length)
            {
                byte[] c = new byte[_len * 2];
                System.Array.Copy(_code, c, _len);
                _code = c;
            }

            _code[_len++] = (byte)b;
        }

        private void Varint(int v)
        {
            uint u = (uint)v;
            while (u >= 0x80)
            {
                Byte((int)(u & 0x7F) | 0x80);
                u >>= 7;
            }

            Byte((int)u);
        }

        /// <summary>An instruction without operand (format none or multi).</summary>
        public void Op(int op)
        {
            BeginInstr();
            Byte(op);
            Adjust(StackEffect(op, 0));
            if (op == Opcodes.RETURN_VALUE || op == Opcodes.RERAISE)
            {
                _reachable = false;
            }
        }

        /// <summary>An instruction with one varint operand.</summary>
        public void OpArg(int op, int arg)
        {
            BeginInstr();
            Byte(op);
            Varint(arg);
            Adjust(StackEffect(op, arg));
            if (op == Opcodes.RAISE_VARARGS)
            {
                _reachable = false;
            }
        }

        /// <summary>An instruction with two varint operands.</summary>
        public void OpArg2(int op, int a, int b)
        {
            BeginInstr();
            Byte(op);
            Varint(a);
            Varint(b);
            Adjust(op == Opcodes.MAKE_FUNCTION ? 1 - BitCount(b & 11) : a + b);
        }

        private static int BitCount(int v)
        {
            int n = 0;
            while (v != 0)
            {
                n += v & 1;
                v >>= 1;
            }

            return n;
        }

        /// <summary>A jump to a label (placed now or later).</summary>
        public void Jump(int op, int label)
        {
            BeginInstr();
            Byte(op);
            _fixups.Add(_len);
            _fixups.Add(label);
            Byte(0);
            Byte(0);
            int target;
            switch (op)
            {
                case Opcodes.POP_JUMP_IF_FALSE:
                case Opcodes.POP_JUMP_IF_TRUE:
                    Adjust(-1);
                    target = _depth;
                    break;
                case Opcodes.JUMP_IF_FALSE_OR_POP:
                case Opcodes.JUMP_IF_TRUE_OR_POP:
                    target = _depth;
                    Adjust(-1);
                    break;
                case Opcodes.FOR_ITER:
                    target = _depth - 1;
                    Adjust(1);
                    break;
                default:
                    target = _depth;
                    _reachable = false;
                    break;
            }

            if (_labelDepth[label] < 0)
            {
                _labelDepth[label] = target;
            }
        }

        /// <summary>The stack effect of an instruction of format none, uint or multi.</summary>
        public static int StackEffect(int op, int arg)
        {
            if (op >= Opcodes.FirstMulti)
            {
                if (op < Opcodes.STORE_FAST_MULTI)
                {
                    return 1;
                }

                if (op < Opcodes.LOAD_SMALL_INT_MULTI)
                {
                    return -1;
                }

                return op < Opcodes.BINARY_OP_MULTI ? 1 : -1;
            }

            switch (op)
            {
                case Opcodes.POP_TOP:
                case Opcodes.LOAD_SUBSCR:
                case Opcodes.RETURN_VALUE:
                case Opcodes.YIELD_FROM:
                case Opcodes.PRINT_EXPR:
                case Opcodes.POP_EXCEPT:
                case Opcodes.RERAISE:
                case Opcodes.IMPORT_STAR:
                case Opcodes.STORE_NAME:
                case Opcodes.STORE_GLOBAL:
                case Opcodes.STORE_FAST:
                case Opcodes.STORE_DEREF:
                case Opcodes.DELETE_ATTR:
                case Opcodes.LIST_APPEND:
                case Opcodes.SET_ADD:
                case Opcodes.LIST_EXTEND:
                case Opcodes.SET_UPDATE:
                case Opcodes.DICT_UPDATE:
                case Opcodes.DICT_MERGE:
                case Opcodes.IMPORT_NAME:
                    return -1;
                case Opcodes.DUP_TOP:
                case Opcodes.LOAD_NONE:
                case Opcodes.LOAD_TRUE:
                case Opcodes.LOAD_FALSE:
                case Opcodes.LOAD_ELLIPSIS:
                case Opcodes.LOAD_BUILD_CLASS:
                case Opcodes.LOAD_ASSERTION_ERROR:
                case Opcodes.PUSH_EXC_INFO:
                case Opcodes.BEFORE_WITH:
                case Opcodes.WITH_EXCEPT_START:
                case Opcodes.BEFORE_ASYNC_WITH:
                case Opcodes.GET_ANEXT:
                case Opcodes.LOAD_LOCALS:
                case Opcodes.LOAD_CONST:
                case Opcodes.LOAD_NAME:
                case Opcodes.LOAD_GLOBAL:
                case Opcodes.LOAD_FAST:
                case Opcodes.LOAD_DEREF:
                case Opcodes.LOAD_CLOSURE:
                case Opcodes.LOAD_CLASSDEREF:
                case Opcodes.LOAD_METHOD:
                case Opcodes.IMPORT_FROM:
                    return 1;
                case Opcodes.DUP_TOP_TWO:
                    return 2;
                case Opcodes.STORE_SUBSCR:
                    return -3;
                case Opcodes.DELETE_SUBSCR:
                case Opcodes.END_ASYNC_FOR:
                case Opcodes.STORE_ATTR:
                case Opcodes.MAP_ADD:
                    return -2;
                case Opcodes.CALL_FUNCTION:
                    return -arg;
                case Opcodes.CALL_FUNCTION_KW:
                case Opcodes.CALL_METHOD:
                    return -arg - 1;
                case Opcodes.CALL_METHOD_KW:
                    return -arg - 2;
                case Opcodes.CALL_FUNCTION_EX:
                    return -1 - (arg & 1);
                case Opcodes.BUILD_TUPLE:
                case Opcodes.BUILD_LIST:
                case Opcodes.BUILD_SET:
                case Opcodes.BUILD_SLICE:
                case Opcodes.BUILD_STRING:
                    return 1 - arg;
                case Opcodes.BUILD_MAP:
                    return 1 - (2 * arg);
                case Opcodes.UNPACK_SEQUENCE:
                    return arg - 1;
                case Opcodes.RAISE_VARARGS:
                    return -arg;
                case Opcodes.FORMAT_VALUE:
                    return (arg & 4) != 0 ? -1 : 0;
            }

            return 0;
        }

        /// <summary>The index of a constant (strings and ints are shared by value, other objects by identity).</summary>
        public int Const(PyObject o)
        {
            object key = o;
            PyStr s = o as PyStr;
            if (s != null)
            {
                key = s.Value;
            }
            else if (o is PyInt && !(o is PyBool))
            {
                key = ((PyInt)o).Value;
            }

            object i = _constIndex[key];
            if (i != null)
            {
                return (int)i;
            }

            int n = _consts.Add(o);
            _constIndex[key] = n;
            return n;
        }

        /// <summary>The index of a name in the Names table.</summary>
        public int Name(PyStr name)
        {
            object i = _nameIndex[name];
            if (i != null)
            {
                return (int)i;
            }

            int n = _names.Add(name);
            _nameIndex[name] = n;
            return n;
        }

        /// <summary>Pushes a constant (small ints and singletons get their own opcodes).</summary>
        public void LoadConst(PyObject o)
        {
            if (o == PyNone.Value)
            {
                Op(Opcodes.LOAD_NONE);
                return;
            }

            if (o == PyBool.True)
            {
                Op(Opcodes.LOAD_TRUE);
                return;
            }

            if (o == PyBool.False)
            {
                Op(Opcodes.LOAD_FALSE);
                return;
            }

            if (o == PyEllipsis.Value)
            {
                Op(Opcodes.LOAD_ELLIPSIS);
                return;
            }

            PyInt i = o as PyInt;
            if (i != null && i.Value >= Opcodes.SmallIntMultiMin && i.Value <= Opcodes.SmallIntMultiMax)
            {
                Op(Opcodes.LOAD_SMALL_INT_MULTI + (int)i.Value - Opcodes.SmallIntMultiMin);
                return;
            }

            OpArg(Opcodes.LOAD_CONST, Const(o));
        }

        /// <summary>LOAD_FAST (the multi-opcode form for locals 0..15).</summary>
        public void LoadFast(int local)
        {
            if (local < Opcodes.FastMultiCount)
            {
                Op(Opcodes.LOAD_FAST_MULTI + local);
            }
            else
            {
                OpArg(Opcodes.LOAD_FAST, local);
            }
        }

        /// <summary>STORE_FAST (the multi-opcode form for locals 0..15).</summary>
        public void StoreFast(int local)
        {
            if (local < Opcodes.FastMultiCount)
            {
                Op(Opcodes.STORE_FAST_MULTI + local);
            }
            else
            {
                OpArg(Opcodes.STORE_FAST, local);
            }
        }

        /// <summary>Instructions that take a name operand.</summary>
        public void NameOp(int op, PyStr name)
        {
            OpArg(op, Name(name));
        }

        /// <summary>
        /// Completes the code object: resolves jumps, builds the exception and line tables. Returns false when the code
        /// is too large for 2-byte jump targets.
        /// </summary>
        public bool Finish(CodeObject co, int posOnly, int kwOnly)
        {
            CloseRun();
            if (_len > 0xFFFF)
            {
                return false;
            }

            for (int i = 0; i < _fixups.Count; i += 2)
            {
                int at = _fixups[i];
                int target = _labelPos[_fixups[i + 1]];
                _code[at] = (byte)target;
                _code[at + 1] = (byte)(target >> 8);
            }

            co.MaxStack = _max;

            PyObject[] consts = CodeObject.NoConstants;
            if (_consts.Count > 0)
            {
                consts = new PyObject[_consts.Count];
                _consts.CopyTo(consts);
            }

            co.Constants = consts;
            PyStr[] names = CodeObject.NoNames;
            if (_names.Count > 0)
            {
                names = new PyStr[_names.Count];
                _names.CopyTo(names);
            }

            co.Names = names;

            // Exception table: runs with the same handler and depth next to each other are merged.
            IntList t = new IntList();
            for (int i = 0; i < _runs.Count; i += 4)
            {
                int start = _runs[i];
                int end = _runs[i + 1];
                int handler = _labelPos[_runs[i + 2]];
                int depth = _runs[i + 3];
                int n = t.Count;
                if (n > 0 && t[n - 3] == start && t[n - 2] == handler && t[n - 1] == depth)
                {
                    t[n - 3] = end;
                    continue;
                }

                t.Add(start);
                t.Add(end);
                t.Add(handler);
                t.Add(depth);
            }

            // The bytecode with the exception and line tables after it, in one array (see CodeObject.Code).
            IntList lines = EncodeLines();
            byte[] lineBytes = new byte[lines.Count];
            for (int i = 0; i < lineBytes.Length; i++)
            {
                lineBytes[i] = (byte)lines[i];
            }

            co.Code = Pack(_code, _len, t.Items, t.Count, lineBytes, lineBytes.Length, posOnly, kwOnly, _firstLine);
            return co.Code != null;
        }

        /// <summary>
        /// Appends the tables and the trailer to bytecode: the array CodeObject.Code holds, or null when a value does
        /// not fit its 16 bits.
        /// </summary>
        public static byte[] Pack(byte[] bytecode, int length, int[] exceptions, int exceptionCount, byte[] lines, int lineCount, int posOnly, int kwOnly, int firstLine)
        {
            int entries = exceptionCount / 4;
            if (entries > 0xFFFF || lineCount > 0xFFFF || posOnly > 0xFFFF || kwOnly > 0xFFFF)
            {
                return null;
            }

            byte[] c = new byte[length + 8 * entries + lineCount + CodeObject.TrailerSize];
            System.Array.Copy(bytecode, c, length);
            int at = length;
            for (int i = 0; i < exceptionCount; i++, at += 2)
            {
                int v = exceptions[i];
                if (v < 0 || v > 0xFFFF)
                {
                    return null;
                }

                c[at] = (byte)v;
                c[at + 1] = (byte)(v >> 8);
            }

            System.Array.Copy(lines, 0, c, at, lineCount);
            at += lineCount;
            c[at] = (byte)posOnly;
            c[at + 1] = (byte)(posOnly >> 8);
            c[at + 2] = (byte)kwOnly;
            c[at + 3] = (byte)(kwOnly >> 8);
            c[at + 4] = (byte)firstLine;
            c[at + 5] = (byte)(firstLine >> 8);
            c[at + 6] = (byte)(firstLine >> 16);
            c[at + 7] = (byte)(firstLine >> 24);
            c[at + 8] = (byte)entries;
            c[at + 9] = (byte)(entries >> 8);
            c[at + 10] = (byte)lineCount;
            c[at + 11] = (byte)(lineCount >> 8);
            return c;
        }

        private IntList EncodeLines()
        {
            IntList b = new IntList();
            int pc = 0;
            int line = _firstLine;
            for (int i = 0; i < _lines.Count; i += 2)
            {
                int dpc = _lines[i] - pc;
                int dl = _lines[i + 1] - line;
                pc = _lines[i];
                line = _lines[i + 1];
                while (dpc > 255)
                {
                    b.Add(255);
                    b.Add(0);
                    dpc -= 255;
                }

                while (dl > 127 || dl < -128)
                {
                    int step = dl > 0 ? 127 : -128;
                    b.Add(dpc);
                    b.Add(step & 0xFF);
                    dpc = 0;
                    dl -= step;
                }

                b.Add(dpc);
                b.Add(dl & 0xFF);
            }

            return b;
        }
    }
}
