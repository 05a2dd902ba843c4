namespace NanoPython.Runtime
{
    /*
     * nanoPython bytecode specification
     * =================================
     *
     * A CodeObject holds `byte[] Code`. An instruction is one opcode byte followed by its operands:
     *
     *   format   operands                                   opcode range
     *   ------   ----------------------------------------   ------------------------------------------
     *   none     -                                          0x00..0x2F
     *   uint     one unsigned varint                        0x30..0x5F
     *   uint2    two unsigned varints                       0x60..0x67
     *   jump     2-byte little-endian absolute target       0x68..0x6F
     *   multi    the operand is in the opcode byte          0x70..0xDF
     *
     * Varint: 7 bits per byte, least significant group first, high bit set on every byte but the last
     * (0..127 take one byte). Jump targets are absolute byte offsets into Code, so a code object is at most
     * 65535 bytes (the compiler raises SyntaxError "code too large" beyond that).
     *
     * Multi-opcodes carry their argument in the opcode byte (MicroPython's trick for the hottest operations):
     *   LOAD_FAST_MULTI  + n   (n = 0..15)   push local n
     *   STORE_FAST_MULTI + n   (n = 0..15)   pop into local n
     *   LOAD_SMALL_INT_MULTI + (v + 16)      push int v, v = -16..15
     *   BINARY_OP_MULTI  + op  (op: BinaryOp.*, 0..25; 13..25 are the in-place forms)
     *   COMPARE_OP_MULTI + op  (op: CompareOp.*, 0..9)
     *
     * Stack notation: [.. a b] means b is on top (TOS), a is TOS1. "pops a b, pushes r".
     * Names operand (`name`) indexes CodeObject.Names (interned PyStr). `local` indexes the fast locals
     * (CodeObject.VarNames). `cell` indexes cells then free variables: 0..NCells-1 are CellNames,
     * NCells.. are FreeNames. `const` indexes CodeObject.Constants.
     *
     * Frames. A frame's slot array is [locals (NLocals)] [cells + frees] [value stack (MaxStack)]; the emitter
     * computes MaxStack exactly. Arguments come first among the locals, in this order: positional parameters
     * (ArgCount, positional-only ones first), keyword-only parameters (KwOnlyArgCount), *args if FlagVarArgs,
     * **kwargs if FlagVarKeywords. A cell that shadows an argument is listed in CellArgIndex (local index, or -1):
     * the frame creates it holding the argument's value.
     *
     * Exceptions. The exception table (after the bytecode in CodeObject.Code; CodeObject.ExceptionTable decodes
     * it for tools) is a list of 4-value entries (start, end, handler, depth): an
     * exception raised by an instruction whose start offset lies in [start, end) truncates the value stack to
     * `depth` entries, pushes the exception object and jumps to `handler`. Entries never overlap (the compiler
     * records the innermost active handler of every instruction and merges runs), so the VM takes the first
     * entry that contains the faulting offset. With no entry, the exception leaves the frame.
     *
     * The "handled exception" of a frame (what a bare `raise` re-raises and what becomes __context__ of a new
     * exception) is set by PUSH_EXC_INFO and restored by POP_EXCEPT; lookups walk the frame's Back chain.
     *
     * Line table (after the exception table in CodeObject.Code; CodeObject.LineTable copies it out): byte pairs (pcDelta 0..255, lineDelta as signed byte -128..127).
     * Start with pc = 0, line = FirstLine; for each pair, pc += pcDelta and line += lineDelta; the line of an
     * instruction at offset A is the line after the last pair whose accumulated pc is <= A. Bigger steps are
     * split into several pairs ((255, 0)..., (0, 127)...).
     *
     * Compilation schemes the VM relies on (the compiler follows these exactly):
     *
     *   try/except:   body [handler H]; JUMP else
     *                 H: PUSH_EXC_INFO [handler C]; for each clause: <type>; CHECK_EXC_MATCH;
     *                    POP_JUMP_IF_FALSE next; STORE name | POP_TOP; <clause body>; POP_EXCEPT; JUMP end
     *                    (with `as name`: the body is protected by a handler that sets name = None, deletes it
     *                    and re-raises; the normal path also sets None and deletes it)
     *                 next: ... last: RERAISE
     *                 C: ROT_TWO; POP_EXCEPT; RERAISE          (stack at C: [.. prev exc2])
     *                 else: <else body>; end:
     *   try/finally:  body [handler H]; <finally>; JUMP end
     *                 H: PUSH_EXC_INFO [handler C]; <finally>; RERAISE
     *                 C: ROT_TWO; POP_EXCEPT; RERAISE; end:
     *                 return/break/continue inside the body emit the finally body inline (outside H's range,
     *                 keeping a pending return value on the stack) before leaving.
     *   with:         <mgr>; BEFORE_WITH; STORE target | POP_TOP; body [handler H];
     *                 LOAD_NONE; LOAD_NONE; LOAD_NONE; CALL_FUNCTION 3; POP_TOP; JUMP end
     *                 H: PUSH_EXC_INFO [handler C]; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
     *                 suppress: POP_TOP; POP_EXCEPT; POP_TOP; JUMP end
     *                 C: ROT_TWO; POP_EXCEPT; RERAISE; end:
     *   for:          <iterable>; GET_ITER; top: FOR_ITER done; STORE target; body; JUMP_BACK top; done: <else>
     *                 (break pops the iterator first)
     *   while:        top: <cond>; POP_JUMP_IF_FALSE else; body; JUMP_BACK top; else: <else>
     *   yield from:   <expr>; GET_YIELD_FROM_ITER; LOAD_NONE; YIELD_FROM
     *   await:        <expr>; GET_AWAITABLE; LOAD_NONE; YIELD_FROM
     *   comprehension / generator expression: a nested function (argument `.0` is the outermost iterator):
     *                 MAKE_FUNCTION; <outermost iterable>; GET_ITER; CALL_FUNCTION 1
     *   zero-argument super(): compiled as super(__class__, <first argument>), with __class__ a free variable.
     *   class body:   a function run by __build_class__ with a fresh namespace dict as its locals (LOAD_NAME /
     *                 STORE_NAME); it returns the `__class__` cell (LOAD_CLOSURE; RETURN_VALUE) when a method
     *                 needs it, else None.
     *   assert:       <test>; POP_JUMP_IF_TRUE ok; LOAD_ASSERTION_ERROR; [<msg>; CALL_FUNCTION 1]; RAISE_VARARGS 1
     */

    /// <summary>
    /// Opcode values and their operand formats. One constant per opcode; the trailing comment gives its operands and
    /// stack effect. <see cref="OpcodeInfo"/> derives formats from the ranges, for the emitter, disassembler and tests.
    /// </summary>
    public static class Opcodes
    {
        // ---- format none (0x00..0x2F) ----
        public const byte NOP = 0x00;                 // -
        public const byte POP_TOP = 0x01;             // pops a
        public const byte ROT_TWO = 0x02;             // [.. a b] -> [.. b a]
        public const byte ROT_THREE = 0x03;           // [.. a b c] -> [.. c a b]
        public const byte DUP_TOP = 0x04;             // [.. a] -> [.. a a]
        public const byte DUP_TOP_TWO = 0x05;         // [.. a b] -> [.. a b a b]
        public const byte LOAD_NONE = 0x06;           // pushes None
        public const byte LOAD_TRUE = 0x07;           // pushes True
        public const byte LOAD_FALSE = 0x08;          // pushes False
        public const byte LOAD_ELLIPSIS = 0x09;       // pushes Ellipsis
        public const byte UNARY_POSITIVE = 0x0A;      // pops a, pushes +a
        public const byte UNARY_NEGATIVE = 0x0B;      // pops a, pushes -a
        public const byte UNARY_NOT = 0x0C;           // pops a, pushes not a
        public const byte UNARY_INVERT = 0x0D;        // pops a, pushes ~a
        public const byte LOAD_SUBSCR = 0x0E;         // pops container key, pushes container[key]
        public const byte STORE_SUBSCR = 0x0F;        // pops value container key; container[key] = value
        public const byte DELETE_SUBSCR = 0x10;       // pops container key; del container[key]
        public const byte GET_ITER = 0x11;            // pops a, pushes iter(a)
        public const byte RETURN_VALUE = 0x12;        // pops a; returns a from the frame
        public const byte YIELD_VALUE = 0x13;         // pops a; suspends the generator yielding a; on resume pushes the sent value
        public const byte YIELD_FROM = 0x14;          // [.. subiter value]: sends value (next() when None) to subiter; if it
                                                      // yields y, the frame yields y and re-executes YIELD_FROM on resume
                                                      // with the sent value pushed; when it returns r: pops both, pushes r
        public const byte GET_YIELD_FROM_ITER = 0x15; // pops a, pushes iter(a) (a generator or coroutine is kept as is)
        public const byte GET_AWAITABLE = 0x16;       // pops a, pushes a.__await__() (coroutines: a itself)
        public const byte LOAD_BUILD_CLASS = 0x17;    // pushes builtins.__build_class__
        public const byte LOAD_ASSERTION_ERROR = 0x18;// pushes AssertionError
        public const byte PRINT_EXPR = 0x19;          // pops a; REPL echo: if a is not None, prints repr(a) and sets builtins._
        public const byte PUSH_EXC_INFO = 0x1A;       // [.. exc] -> [.. prev exc]; the frame's handled exception becomes exc
                                                      // (prev: the previous handled exception, None if there was none)
        public const byte POP_EXCEPT = 0x1B;          // pops prev; the frame's handled exception becomes prev
        public const byte RERAISE = 0x1C;             // pops exc; raises it again, keeping its traceback
        public const byte CHECK_EXC_MATCH = 0x1D;     // [.. exc type] -> [.. exc bool]: isinstance(exc, type); type may be a tuple
        public const byte BEFORE_WITH = 0x1E;         // pops mgr; pushes bound mgr.__exit__, then mgr.__enter__()
        public const byte WITH_EXCEPT_START = 0x1F;   // [.. exit prev exc] -> [.. exit prev exc r], r = exit(type(exc), exc, tb)
        public const byte BEFORE_ASYNC_WITH = 0x20;   // pops mgr; pushes bound mgr.__aexit__, then mgr.__aenter__() (awaitable)
        public const byte GET_AITER = 0x21;           // pops a, pushes a.__aiter__()
        public const byte GET_ANEXT = 0x22;           // [.. aiter] -> [.. aiter awaitable], awaitable = aiter.__anext__()
        public const byte END_ASYNC_FOR = 0x23;       // [.. aiter exc]: StopAsyncIteration: pops both; anything else re-raised
        public const byte IMPORT_STAR = 0x24;         // pops module; copies its public names into the current namespace
        public const byte LIST_TO_TUPLE = 0x25;       // pops list, pushes tuple(list)
        public const byte LOAD_LOCALS = 0x26;         // pushes the frame's locals dict (class bodies)

        // ---- format uint (0x30..0x5F): one varint operand ----
        public const byte LOAD_CONST = 0x30;          // const; pushes Constants[const]
        public const byte LOAD_NAME = 0x31;           // name; pushes the locals-dict, globals or builtins value
        public const byte STORE_NAME = 0x32;          // name; pops into the locals dict (the globals at module level)
        public const byte DELETE_NAME = 0x33;         // name
        public const byte LOAD_GLOBAL = 0x34;         // name; pushes the globals or builtins value
        public const byte STORE_GLOBAL = 0x35;        // name; pops into globals
        public const byte DELETE_GLOBAL = 0x36;       // name
        public const byte LOAD_FAST = 0x37;           // local; pushes the local (UnboundLocalError when unset)
        public const byte STORE_FAST = 0x38;          // local; pops into the local
        public const byte DELETE_FAST = 0x39;         // local
        public const byte LOAD_DEREF = 0x3A;          // cell; pushes the cell's value (NameError when empty)
        public const byte STORE_DEREF = 0x3B;         // cell; pops into the cell
        public const byte DELETE_DEREF = 0x3C;        // cell
        public const byte LOAD_CLOSURE = 0x3D;        // cell; pushes the cell object itself
        public const byte LOAD_CLASSDEREF = 0x3E;     // cell; class bodies: the locals dict first, then the cell
        public const byte LOAD_ATTR = 0x3F;           // name; pops obj, pushes obj.name
        public const byte STORE_ATTR = 0x40;          // name; pops value obj; obj.name = value
        public const byte DELETE_ATTR = 0x41;         // name; pops obj; del obj.name
        public const byte LOAD_METHOD = 0x42;         // name; pops obj; pushes (func, obj) for a plain function found on the
                                                      // type, else (obj.name, null)
        public const byte CALL_FUNCTION = 0x43;       // n; [.. f a1..an] -> [.. f(a1..an)]
        public const byte CALL_FUNCTION_KW = 0x44;    // n; [.. f a1..an kwnames] -> [.. result]: the last len(kwnames) of the
                                                      // n arguments are keyword arguments named by the const tuple kwnames
        public const byte CALL_METHOD = 0x45;         // n; [.. x y a1..an] -> [.. r]: y != null: r = x(y, a1..an), else x(a1..an)
        public const byte CALL_METHOD_KW = 0x46;      // n; [.. x y a1..an kwnames] -> [.. r], CALL_METHOD with keywords
        public const byte CALL_FUNCTION_EX = 0x47;    // flags; [.. f args(tuple) kwargs(dict, when flags & 1)] -> f(*args, **kw)
        public const byte BUILD_TUPLE = 0x48;         // n; pops n, pushes a tuple
        public const byte BUILD_LIST = 0x49;          // n; pops n, pushes a list
        public const byte BUILD_SET = 0x4A;           // n; pops n, pushes a set
        public const byte BUILD_MAP = 0x4B;           // n; pops k1 v1 .. kn vn, pushes a dict
        public const byte BUILD_SLICE = 0x4C;         // n (2 or 3); pops start stop [step], pushes a slice
        public const byte BUILD_STRING = 0x4D;        // n; pops n strs, pushes their concatenation
        public const byte LIST_APPEND = 0x4E;         // i; pops v; stack[-i] (after the pop) is a list: appends v
        public const byte SET_ADD = 0x4F;             // i; pops v; adds v to the set stack[-i]
        public const byte MAP_ADD = 0x50;             // i; pops k v; stack[-i][k] = v
        public const byte LIST_EXTEND = 0x51;         // i; pops iterable; extends the list stack[-i]
        public const byte SET_UPDATE = 0x52;          // i; pops iterable; updates the set stack[-i]
        public const byte DICT_UPDATE = 0x53;         // i; pops mapping; updates the dict stack[-i] ({**m} literals)
        public const byte DICT_MERGE = 0x54;          // i; pops mapping; merges into the dict stack[-i], TypeError on a
                                                      // repeated key (f(**a, **b) calls)
        public const byte UNPACK_SEQUENCE = 0x55;     // n; pops seq, pushes its n items, the first on top
        public const byte RAISE_VARARGS = 0x56;       // n; 0: re-raise the handled exception; 1: pops exc, raises it;
                                                      // 2: pops exc cause, raises exc from cause
        public const byte FORMAT_VALUE = 0x57;        // flags; flags & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii),
                                                      // flags & 4: a format spec str is on top; pops [value (spec)], pushes str
        public const byte IMPORT_NAME = 0x58;         // name; [.. level fromlist] -> [.. module] (as __import__)
        public const byte IMPORT_FROM = 0x59;         // name; [.. module] -> [.. module value]: the attribute, or the
                                                      // submodule module.name; ImportError when neither exists

        // ---- format uint2 (0x60..0x67): two varint operands ----
        public const byte MAKE_FUNCTION = 0x60;       // const flags; pops, deepest first, (defaults tuple if flags & 1)
                                                      // (kwdefaults dict if flags & 2) (closure tuple of cells if flags & 8);
                                                      // pushes a function of the code object Constants[const]
        public const byte UNPACK_EX = 0x61;           // before after; pops seq, pushes its items with the starred middle as a
                                                      // list: the first item ends on top

        // ---- format jump (0x68..0x6F): 2-byte little-endian absolute target ----
        public const byte JUMP = 0x68;                // target; jumps (no interrupt check)
        public const byte JUMP_BACK = 0x69;           // target; loop back-edge: checks pending interrupts and scheduled work
        public const byte POP_JUMP_IF_FALSE = 0x6A;   // target; pops a; jumps when a is false
        public const byte POP_JUMP_IF_TRUE = 0x6B;    // target; pops a; jumps when a is true
        public const byte JUMP_IF_FALSE_OR_POP = 0x6C;// target; false TOS: jumps keeping it; true: pops it
        public const byte JUMP_IF_TRUE_OR_POP = 0x6D; // target; true TOS: jumps keeping it; false: pops it
        public const byte FOR_ITER = 0x6E;            // target; [.. it] -> [.. it next(it)]; exhausted: pops it and jumps

        // ---- multi-opcodes (0x70..0xDF) ----
        public const byte LOAD_FAST_MULTI = 0x70;     // 0x70..0x7F: pushes local (op - 0x70)
        public const byte STORE_FAST_MULTI = 0x80;    // 0x80..0x8F: pops into local (op - 0x80)
        public const byte LOAD_SMALL_INT_MULTI = 0x90;// 0x90..0xAF: pushes int (op - 0x90 - 16), -16..15
        public const byte BINARY_OP_MULTI = 0xB0;     // 0xB0..0xC9: pops a b, pushes a op b (op = BinaryOp.*, 0..25)
        public const byte COMPARE_OP_MULTI = 0xD0;    // 0xD0..0xD9: pops a b, pushes a op b (op = CompareOp.*, 0..9)

        /// <summary>First opcode with one varint operand.</summary>
        public const byte FirstUint = 0x30;

        /// <summary>First opcode with two varint operands.</summary>
        public const byte FirstUint2 = 0x60;

        /// <summary>First opcode with a 2-byte jump target.</summary>
        public const byte FirstJump = 0x68;

        /// <summary>First multi-opcode.</summary>
        public const byte FirstMulti = 0x70;

        /// <summary>Number of locals addressable by the LOAD_FAST/STORE_FAST multi-opcodes.</summary>
        public const int FastMultiCount = 16;

        /// <summary>Smallest int loadable with LOAD_SMALL_INT_MULTI.</summary>
        public const int SmallIntMultiMin = -16;

        /// <summary>Largest int loadable with LOAD_SMALL_INT_MULTI.</summary>
        public const int SmallIntMultiMax = 15;

        /// <summary>MAKE_FUNCTION flag: a tuple of positional defaults is on the stack.</summary>
        public const int MakeFunctionDefaults = 1;

        /// <summary>MAKE_FUNCTION flag: a dict of keyword-only defaults is on the stack.</summary>
        public const int MakeFunctionKwDefaults = 2;

        /// <summary>MAKE_FUNCTION flag: a tuple of closure cells is on the stack.</summary>
        public const int MakeFunctionClosure = 8;
    }
}
