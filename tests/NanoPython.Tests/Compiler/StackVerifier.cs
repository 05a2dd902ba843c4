using System.Collections.Generic;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>
/// Checks the emitted bytecode of one code object by abstract interpretation of the stack depth: every path from the
/// entry and from every exception handler must agree on the depth at each instruction, the depth must never go
/// negative nor exceed MaxStack, jumps must land on instruction boundaries, and exception-table entries must be
/// well formed (sorted, non-overlapping, depth not above the stack at any covered reachable instruction). The stack
/// effects are written out here independently of the emitter, so the two check each other.
/// </summary>
internal static class StackVerifier
{
    /// <summary>Null when the code is consistent, else a description of the first problem.</summary>
    public static string Verify(CodeObject co)
    {
        return Verify(co, out _);
    }

    /// <summary>As <see cref="Verify(CodeObject)"/>; maxDepth receives the deepest stack reached on any path.</summary>
    public static string Verify(CodeObject co, out int maxDepth)
    {
        maxDepth = 0;
        byte[] code = co.Code;
        Dictionary<int, Disassembler.Instruction> ins = new Dictionary<int, Disassembler.Instruction>();
        int pc = 0;
        while (pc < co.CodeLength)
        {
            if (!Disassembler.IsOpcode(code[pc]))
            {
                return "undefined opcode " + code[pc] + " at " + pc;
            }

            Disassembler.Instruction i = Disassembler.Decode(code, pc);
            if (i.Next > co.CodeLength)
            {
                return "truncated instruction at " + pc;
            }

            ins[pc] = i;
            pc = i.Next;
        }

        int[] table = Disassembler.ExceptionTable(co) ?? new int[0];
        if (table.Length % 4 != 0)
        {
            return "exception table length";
        }

        for (int e = 0; e < table.Length; e += 4)
        {
            if (table[e] >= table[e + 1] || !ins.ContainsKey(table[e]) || (table[e + 1] != code.Length && !ins.ContainsKey(table[e + 1])) || !ins.ContainsKey(table[e + 2]))
            {
                return "bad exception entry " + e / 4;
            }

            if (e > 0 && table[e] < table[e - 3])
            {
                return "overlapping or unsorted exception entries at " + e / 4;
            }
        }

        Dictionary<int, int> depth = new Dictionary<int, int>();
        Stack<int> work = new Stack<int>();
        string problem = Flow(0, 0, ins, depth, work, co);
        if (problem != null)
        {
            return problem;
        }

        // Handlers are entered from any covered instruction: with the entry's depth + 1 (the exception).
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int e = 0; e < table.Length; e += 4)
            {
                bool covered = false;
                for (int p = table[e]; p < table[e + 1]; p = ins[p].Next)
                {
                    if (depth.TryGetValue(p, out int d))
                    {
                        covered = true;
                        if (d < table[e + 3])
                        {
                            return "instruction " + p + " at depth " + d + " is covered by handler entry " + e / 4 + " with depth " + table[e + 3];
                        }
                    }
                }

                if (covered && !depth.ContainsKey(table[e + 2]))
                {
                    problem = Flow(table[e + 2], table[e + 3] + 1, ins, depth, work, co);
                    if (problem != null)
                    {
                        return problem;
                    }

                    changed = true;
                }
                else if (covered && depth[table[e + 2]] != table[e + 3] + 1)
                {
                    return "handler " + table[e + 2] + " entered at depth " + (table[e + 3] + 1) + " and " + depth[table[e + 2]];
                }
            }
        }

        foreach (KeyValuePair<int, int> kv in depth)
        {
            Effect(ins[kv.Key].Op, ins[kv.Key].Arg, ins[kv.Key].Arg2, out int delta);
            int op = ins[kv.Key].Op;
            int peak = op == Opcodes.FOR_ITER ? kv.Value + 1 : kv.Value + System.Math.Max(delta, 0);
            maxDepth = System.Math.Max(maxDepth, peak);
        }

        return null;
    }

    private static string Flow(int start, int startDepth, Dictionary<int, Disassembler.Instruction> ins, Dictionary<int, int> depth, Stack<int> work, CodeObject co)
    {
        string p = Reach(start, startDepth, ins, depth, work);
        if (p != null)
        {
            return p;
        }

        while (work.Count > 0)
        {
            int pc = work.Pop();
            Disassembler.Instruction i = ins[pc];
            int d = depth[pc];
            int op = i.Op;
            int after;
            if (!Effect(op, i.Arg, i.Arg2, out int delta))
            {
                return "no stack effect known for opcode " + op;
            }

            after = d + delta;
            if (after < 0)
            {
                return "stack underflow after " + Disassembler.OpName(op) + " at " + pc;
            }

            if (after > co.MaxStack || d > co.MaxStack)
            {
                return "stack depth " + after + " exceeds MaxStack " + co.MaxStack + " at " + pc;
            }

            switch (op)
            {
                case Opcodes.RETURN_VALUE:
                case Opcodes.RERAISE:
                case Opcodes.RAISE_VARARGS:
                    continue;
                case Opcodes.JUMP:
                case Opcodes.JUMP_BACK:
                    p = Reach(i.Arg, d, ins, depth, work);
                    break;
                case Opcodes.POP_JUMP_IF_FALSE:
                case Opcodes.POP_JUMP_IF_TRUE:
                    p = Reach(i.Arg, d - 1, ins, depth, work) ?? Reach(i.Next, d - 1, ins, depth, work);
                    break;
                case Opcodes.JUMP_IF_FALSE_OR_POP:
                case Opcodes.JUMP_IF_TRUE_OR_POP:
                    p = Reach(i.Arg, d, ins, depth, work) ?? Reach(i.Next, d - 1, ins, depth, work);
                    break;
                case Opcodes.FOR_ITER:
                    p = Reach(i.Arg, d - 1, ins, depth, work) ?? Reach(i.Next, d + 1, ins, depth, work);
                    break;
                default:
                    p = Reach(i.Next, after, ins, depth, work);
                    break;
            }

            if (p != null)
            {
                return p;
            }
        }

        return null;
    }

    private static string Reach(int pc, int d, Dictionary<int, Disassembler.Instruction> ins, Dictionary<int, int> depth, Stack<int> work)
    {
        if (!ins.ContainsKey(pc))
        {
            return "control reaches " + pc + ", which is not an instruction start";
        }

        if (d < 0)
        {
            return "negative depth at " + pc;
        }

        if (depth.TryGetValue(pc, out int old))
        {
            return old == d ? null : "depth conflict at " + pc + ": " + old + " and " + d;
        }

        depth[pc] = d;
        work.Push(pc);
        return null;
    }

    // Stack effects as documented in Opcodes.cs (for jumps: the fall-through effect).
    private static bool Effect(int op, int arg, int arg2, out int delta)
    {
        if (op >= Opcodes.LOAD_FAST_MULTI && op < Opcodes.LOAD_FAST_MULTI + 16)
        {
            delta = 1;
            return true;
        }

        if (op >= Opcodes.STORE_FAST_MULTI && op < Opcodes.STORE_FAST_MULTI + 16)
        {
            delta = -1;
            return true;
        }

        if (op >= Opcodes.LOAD_SMALL_INT_MULTI && op < Opcodes.LOAD_SMALL_INT_MULTI + 32)
        {
            delta = 1;
            return true;
        }

        if ((op >= Opcodes.BINARY_OP_MULTI && op < Opcodes.BINARY_OP_MULTI + 26) || (op >= Opcodes.COMPARE_OP_MULTI && op < Opcodes.COMPARE_OP_MULTI + 10))
        {
            delta = -1;
            return true;
        }

        switch (op)
        {
            case Opcodes.NOP: case Opcodes.ROT_TWO: case Opcodes.ROT_THREE: case Opcodes.UNARY_POSITIVE:
            case Opcodes.UNARY_NEGATIVE: case Opcodes.UNARY_NOT: case Opcodes.UNARY_INVERT: case Opcodes.GET_ITER:
            case Opcodes.YIELD_VALUE: case Opcodes.GET_YIELD_FROM_ITER: case Opcodes.GET_AWAITABLE:
            case Opcodes.CHECK_EXC_MATCH: case Opcodes.GET_AITER: case Opcodes.LIST_TO_TUPLE: case Opcodes.DELETE_NAME:
            case Opcodes.DELETE_GLOBAL: case Opcodes.DELETE_FAST: case Opcodes.DELETE_DEREF: case Opcodes.LOAD_ATTR:
            case Opcodes.JUMP: case Opcodes.JUMP_BACK:
                delta = 0;
                return true;
            case Opcodes.POP_TOP: case Opcodes.LOAD_SUBSCR: case Opcodes.RETURN_VALUE: case Opcodes.YIELD_FROM:
            case Opcodes.PRINT_EXPR: case Opcodes.POP_EXCEPT: case Opcodes.RERAISE: case Opcodes.IMPORT_STAR:
            case Opcodes.STORE_NAME: case Opcodes.STORE_GLOBAL: case Opcodes.STORE_FAST: case Opcodes.STORE_DEREF:
            case Opcodes.DELETE_ATTR: case Opcodes.LIST_APPEND: case Opcodes.SET_ADD: case Opcodes.LIST_EXTEND:
            case Opcodes.SET_UPDATE: case Opcodes.DICT_UPDATE: case Opcodes.DICT_MERGE: case Opcodes.IMPORT_NAME:
            case Opcodes.POP_JUMP_IF_FALSE: case Opcodes.POP_JUMP_IF_TRUE: case Opcodes.JUMP_IF_FALSE_OR_POP:
            case Opcodes.JUMP_IF_TRUE_OR_POP:
                delta = -1;
                return true;
            case Opcodes.DUP_TOP: case Opcodes.LOAD_NONE: case Opcodes.LOAD_TRUE: case Opcodes.LOAD_FALSE:
            case Opcodes.LOAD_ELLIPSIS: case Opcodes.LOAD_BUILD_CLASS: case Opcodes.LOAD_ASSERTION_ERROR:
            case Opcodes.PUSH_EXC_INFO: case Opcodes.BEFORE_WITH: case Opcodes.WITH_EXCEPT_START:
            case Opcodes.BEFORE_ASYNC_WITH: case Opcodes.GET_ANEXT: case Opcodes.LOAD_LOCALS: case Opcodes.LOAD_CONST:
            case Opcodes.LOAD_NAME: case Opcodes.LOAD_GLOBAL: case Opcodes.LOAD_FAST: case Opcodes.LOAD_DEREF:
            case Opcodes.LOAD_CLOSURE: case Opcodes.LOAD_CLASSDEREF: case Opcodes.LOAD_METHOD: case Opcodes.IMPORT_FROM:
            case Opcodes.FOR_ITER:
                delta = 1;
                return true;
            case Opcodes.DUP_TOP_TWO:
                delta = 2;
                return true;
            case Opcodes.STORE_SUBSCR:
                delta = -3;
                return true;
            case Opcodes.DELETE_SUBSCR: case Opcodes.END_ASYNC_FOR: case Opcodes.STORE_ATTR: case Opcodes.MAP_ADD:
                delta = -2;
                return true;
            case Opcodes.CALL_FUNCTION:
                delta = -arg;
                return true;
            case Opcodes.CALL_FUNCTION_KW:
            case Opcodes.CALL_METHOD:
                delta = -arg - 1;
                return true;
            case Opcodes.CALL_METHOD_KW:
                delta = -arg - 2;
                return true;
            case Opcodes.CALL_FUNCTION_EX:
                delta = (arg & 1) != 0 ? -2 : -1;
                return true;
            case Opcodes.BUILD_TUPLE: case Opcodes.BUILD_LIST: case Opcodes.BUILD_SET: case Opcodes.BUILD_STRING:
                delta = 1 - arg;
                return true;
            case Opcodes.BUILD_SLICE:
                delta = 1 - arg;
                return arg == 2 || arg == 3;
            case Opcodes.BUILD_MAP:
                delta = 1 - 2 * arg;
                return true;
            case Opcodes.UNPACK_SEQUENCE:
                delta = arg - 1;
                return true;
            case Opcodes.UNPACK_EX:
                delta = arg + arg2;
                return true;
            case Opcodes.RAISE_VARARGS:
                delta = -arg;
                return arg <= 2;
            case Opcodes.FORMAT_VALUE:
                delta = (arg & 4) != 0 ? -1 : 0;
                return true;
            case Opcodes.MAKE_FUNCTION:
                delta = 1 - ((arg2 & 1) + ((arg2 >> 1) & 1) + ((arg2 >> 3) & 1));
                return true;
        }

        delta = 0;
        return false;
    }
}
