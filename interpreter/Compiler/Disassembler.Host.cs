using System;
using System.Reflection;
using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// Host-only disassembler: prints a code object and, recursively, the code objects among its constants (offset,
    /// line, opcode name, operands resolved to names and constants, exception table, line table). Opcode names come
    /// from the constants of <see cref="Opcodes"/> by reflection and formats from the opcode ranges, so nothing is
    /// duplicated. Used for debugging and by the golden tests.
    /// </summary>
    public static class Disassembler
    {
        /// <summary>The exception table as (start, end, handler, depth) quadruples, or null when it is empty.</summary>
        public static int[] ExceptionTable(CodeObject co)
        {
            byte[] c = co.Code;
            int entries = CodeObject.U16(c, c.Length - 4);
            if (entries == 0)
            {
                return null;
            }

            int at = co.CodeLength;
            int[] t = new int[4 * entries];
            for (int i = 0; i < t.Length; i++)
            {
                t[i] = CodeObject.U16(c, at + 2 * i);
            }

            return t;
        }

        /// <summary>The line table's (pcDelta, lineDelta) byte pairs.</summary>
        public static byte[] LineTable(CodeObject co)
        {
            byte[] c = co.Code;
            int n = CodeObject.U16(c, c.Length - 2);
            byte[] t = new byte[n];
            System.Array.Copy(c, c.Length - CodeObject.TrailerSize - n, t, 0, n);
            return t;
        }

        private static readonly string[] s_names = BuildNames();

        /// <summary>The name of an opcode byte (multi-opcodes as NAME_MULTI+n).</summary>
        public static string OpName(int op)
        {
            if (s_names[op] != null)
            {
                return s_names[op];
            }

            if (op >= Opcodes.COMPARE_OP_MULTI && op < Opcodes.COMPARE_OP_MULTI + CompareOp.Count)
            {
                return "COMPARE_OP_MULTI";
            }

            if (op >= Opcodes.BINARY_OP_MULTI && op < Opcodes.BINARY_OP_MULTI + (2 * BinaryOp.Count))
            {
                return "BINARY_OP_MULTI";
            }

            if (op >= Opcodes.LOAD_SMALL_INT_MULTI && op < Opcodes.BINARY_OP_MULTI)
            {
                return "LOAD_SMALL_INT_MULTI";
            }

            if (op >= Opcodes.STORE_FAST_MULTI && op < Opcodes.LOAD_SMALL_INT_MULTI)
            {
                return "STORE_FAST_MULTI";
            }

            if (op >= Opcodes.LOAD_FAST_MULTI && op < Opcodes.STORE_FAST_MULTI)
            {
                return "LOAD_FAST_MULTI";
            }

            return null;
        }

        /// <summary>True when the byte is a defined opcode.</summary>
        public static bool IsOpcode(int op)
        {
            return OpName(op) != null;
        }

        private static string[] BuildNames()
        {
            string[] names = new string[256];
            foreach (FieldInfo f in typeof(Opcodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (f.IsLiteral && f.FieldType == typeof(byte) && f.Name.ToUpper(System.Globalization.CultureInfo.InvariantCulture) == f.Name)
                {
                    names[(byte)f.GetValue(null)] = f.Name;
                }
            }

            return names;
        }

        /// <summary>One decoded instruction.</summary>
        public struct Instruction
        {
            /// <summary>Offset of the opcode.</summary>
            public int Offset;

            /// <summary>The opcode byte.</summary>
            public int Op;

            /// <summary>First operand (varint, jump target or the multi-opcode argument); -1 if none.</summary>
            public int Arg;

            /// <summary>Second operand (uint2 format), else -1.</summary>
            public int Arg2;

            /// <summary>Offset of the next instruction.</summary>
            public int Next;
        }

        /// <summary>Decodes the instruction at an offset (throws on malformed code).</summary>
        public static Instruction Decode(byte[] code, int pc)
        {
            Instruction ins = new Instruction { Offset = pc, Op = code[pc], Arg = -1, Arg2 = -1 };
            int op = code[pc++];
            if (op >= Opcodes.FirstMulti)
            {
                if (op >= Opcodes.COMPARE_OP_MULTI)
                {
                    ins.Arg = op - Opcodes.COMPARE_OP_MULTI;
                }
                else if (op >= Opcodes.BINARY_OP_MULTI)
                {
                    ins.Arg = op - Opcodes.BINARY_OP_MULTI;
                }
                else if (op >= Opcodes.LOAD_SMALL_INT_MULTI)
                {
                    ins.Arg = op - Opcodes.LOAD_SMALL_INT_MULTI + Opcodes.SmallIntMultiMin;
                }
                else if (op >= Opcodes.STORE_FAST_MULTI)
                {
                    ins.Arg = op - Opcodes.STORE_FAST_MULTI;
                }
                else
                {
                    ins.Arg = op - Opcodes.LOAD_FAST_MULTI;
                }
            }
            else if (op >= Opcodes.FirstJump)
            {
                ins.Arg = code[pc] | (code[pc + 1] << 8);
                pc += 2;
            }
            else if (op >= Opcodes.FirstUint2)
            {
                ins.Arg = ReadVarint(code, ref pc);
                ins.Arg2 = ReadVarint(code, ref pc);
            }
            else if (op >= Opcodes.FirstUint)
            {
                ins.Arg = ReadVarint(code, ref pc);
            }

            ins.Next = pc;
            return ins;
        }

        private static int ReadVarint(byte[] code, ref int pc)
        {
            int v = 0;
            int shift = 0;
            while (true)
            {
                int b = code[pc++];
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return v;
                }

                shift += 7;
            }
        }

        /// <summary>Disassembles a code object and its nested code objects.</summary>
        public static string Disassemble(CodeObject co)
        {
            StringBuilder sb = new StringBuilder();
            Disassemble(co, sb);
            return sb.ToString();
        }

        private static void Disassemble(CodeObject co, StringBuilder sb)
        {
            sb.Append("code ").Append(co.QualName.Value).Append(" (line ").Append(co.FirstLine).Append(")\n");
            sb.Append("  args ").Append(co.ArgCount).Append(" posonly ").Append(co.PosOnlyArgCount).Append(" kwonly ")
                .Append(co.KwOnlyArgCount).Append(" flags 0x").Append(co.Flags.ToString("x")).Append(" stack ").Append(co.MaxStack).Append('\n');
            AppendNames(sb, "  varnames", co.VarNames);
            AppendNames(sb, "  cellnames", co.CellNames);
            AppendNames(sb, "  freenames", co.FreeNames);
            if (co.CellArgIndex != null && co.CellArgIndex.Length > 0)
            {
                sb.Append("  cellargs");
                foreach (int c in co.CellArgIndex)
                {
                    sb.Append(' ').Append(c);
                }

                sb.Append('\n');
            }

            byte[] code = co.Code;
            int pc = 0;
            int lastLine = -1;
            while (pc < co.CodeLength)
            {
                Instruction ins = Decode(code, pc);
                int line = co.LineOf(pc);
                sb.Append(line != lastLine ? line.ToString().PadLeft(4) : "    ");
                lastLine = line;
                sb.Append(' ').Append(pc.ToString().PadLeft(5)).Append(' ').Append(OpName(ins.Op) ?? ("?" + ins.Op));
                string operand = Operand(co, ins);
                if (operand.Length > 0)
                {
                    sb.Append(' ').Append(operand);
                }

                sb.Append('\n');
                pc = ins.Next;
            }

            int[] exceptions = ExceptionTable(co);
            if (exceptions != null)
            {
                sb.Append("  exceptions:\n");
                for (int i = 0; i + 3 < exceptions.Length; i += 4)
                {
                    sb.Append("    ").Append(exceptions[i]).Append(" to ").Append(exceptions[i + 1])
                        .Append(" -> ").Append(exceptions[i + 2]).Append(" [").Append(exceptions[i + 3]).Append("]\n");
                }
            }

            foreach (PyObject c in co.Constants)
            {
                CodeObject nested = c as CodeObject;
                if (nested != null)
                {
                    sb.Append('\n');
                    Disassemble(nested, sb);
                }
            }
        }

        private static void AppendNames(StringBuilder sb, string label, PyStr[] names)
        {
            if (names == null || names.Length == 0)
            {
                return;
            }

            sb.Append(label);
            foreach (PyStr s in names)
            {
                sb.Append(' ').Append(s.Value);
            }

            sb.Append('\n');
        }

        private static string Operand(CodeObject co, Instruction ins)
        {
            int op = ins.Op;
            if (op >= Opcodes.FirstMulti)
            {
                if (op >= Opcodes.COMPARE_OP_MULTI)
                {
                    return CompareOp.Symbols[ins.Arg];
                }

                if (op >= Opcodes.BINARY_OP_MULTI)
                {
                    return ins.Arg >= BinaryOp.Count ? BinaryOp.Symbols[ins.Arg - BinaryOp.Count] + "=" : BinaryOp.Symbols[ins.Arg];
                }

                if (op >= Opcodes.LOAD_SMALL_INT_MULTI)
                {
                    return ins.Arg.ToString();
                }

                return ins.Arg + " (" + Local(co, ins.Arg) + ")";
            }

            if (op >= Opcodes.FirstJump)
            {
                return "-> " + ins.Arg;
            }

            if (op >= Opcodes.FirstUint2)
            {
                if (op == Opcodes.MAKE_FUNCTION)
                {
                    return ins.Arg + " (" + ConstText(co, ins.Arg) + ") flags " + ins.Arg2;
                }

                return ins.Arg + " " + ins.Arg2;
            }

            if (op < Opcodes.FirstUint)
            {
                return string.Empty;
            }

            int a = ins.Arg;
            switch (op)
            {
                case Opcodes.LOAD_CONST:
                    return a + " (" + ConstText(co, a) + ")";
                case Opcodes.LOAD_NAME:
                case Opcodes.STORE_NAME:
                case Opcodes.DELETE_NAME:
                case Opcodes.LOAD_GLOBAL:
                case Opcodes.STORE_GLOBAL:
                case Opcodes.DELETE_GLOBAL:
                case Opcodes.LOAD_ATTR:
                case Opcodes.STORE_ATTR:
                case Opcodes.DELETE_ATTR:
                case Opcodes.LOAD_METHOD:
                case Opcodes.IMPORT_NAME:
                case Opcodes.IMPORT_FROM:
                    return a + " (" + (a < co.Names.Length ? co.Names[a].Value : "?") + ")";
                case Opcodes.LOAD_FAST:
                case Opcodes.STORE_FAST:
                case Opcodes.DELETE_FAST:
                    return a + " (" + Local(co, a) + ")";
                case Opcodes.LOAD_DEREF:
                case Opcodes.STORE_DEREF:
                case Opcodes.DELETE_DEREF:
                case Opcodes.LOAD_CLOSURE:
                case Opcodes.LOAD_CLASSDEREF:
                    return a + " (" + CellName(co, a) + ")";
                case Opcodes.FORMAT_VALUE:
                    return a.ToString();
            }

            return a.ToString();
        }

        private static string Local(CodeObject co, int i)
        {
            return i < co.VarNames.Length ? co.VarNames[i].Value : "?";
        }

        private static string CellName(CodeObject co, int i)
        {
            if (i < co.CellNames.Length)
            {
                return co.CellNames[i].Value;
            }

            i -= co.CellNames.Length;
            return i < co.FreeNames.Length ? co.FreeNames[i].Value : "?";
        }

        /// <summary>A short text for a constant (repr-like, not needing an interpreter).</summary>
        public static string ConstText(CodeObject co, int i)
        {
            if (i >= co.Constants.Length)
            {
                return "?";
            }

            return ConstText(co.Constants[i]);
        }

        /// <summary>A short text for a constant object.</summary>
        public static string ConstText(PyObject o)
        {
            switch (o)
            {
                case CodeObject c:
                    return "<code " + c.QualName.Value + ">";
                case PyStr s:
                    return PyStr.ReprOf(s.Value);
                case PyBool b:
                    return b == PyBool.True ? "True" : "False";
                case PyInt n:
                    return n.Value.ToString();
                case PyFloat f:
                    return f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                case PyBytes b:
                    return PyBytes.ReprOf(b.Data, 0, b.Data.Length);
                case PyTuple t:
                {
                    StringBuilder sb = new StringBuilder("(");
                    for (int i = 0; i < t.Items.Length; i++)
                    {
                        sb.Append(i > 0 ? ", " : string.Empty).Append(ConstText(t.Items[i]));
                    }

                    return sb.Append(t.Items.Length == 1 ? ",)" : ")").ToString();
                }
            }

            if (o == PyNone.Value)
            {
                return "None";
            }

            if (o == PyEllipsis.Value)
            {
                return "Ellipsis";
            }

            return o.GetType().Name;
        }
    }
}
