using System;
using System.Reflection;
using System.Reflection.Emit;

namespace NanoPython.Tools.NfCheck;

/// <summary>
/// Operand types of every IL opcode, taken from <see cref="OpCodes"/> so that the scanner steps over operands
/// exactly as the runtime decodes them (ECMA-335 partition III) instead of guessing from a hand-written table.
/// </summary>
internal static class IlOpcodeTable
{
    /// <summary>Two-byte opcodes start with this prefix byte.</summary>
    public const int TwoBytePrefix = 0xFE;

    /// <summary><c>localloc</c> (what <c>stackalloc</c> compiles to).</summary>
    public const int Localloc = 0xFE0F;

    /// <summary><c>calli</c> (an indirect call through a function pointer).</summary>
    public const int Calli = 0x29;

    /// <summary><c>mkrefany</c> (<c>__makeref</c>: builds a TypedReference).</summary>
    public const int Mkrefany = 0xC6;

    /// <summary><c>refanyval</c> (<c>__refvalue</c>).</summary>
    public const int Refanyval = 0xC2;

    /// <summary><c>refanytype</c> (<c>__reftype</c>).</summary>
    public const int Refanytype = 0xFE1D;

    private static readonly OperandType[] s_oneByte = new OperandType[256];
    private static readonly OperandType[] s_twoByte = new OperandType[256];
    private static readonly bool[] s_oneByteKnown = new bool[256];
    private static readonly bool[] s_twoByteKnown = new bool[256];

    static IlOpcodeTable()
    {
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.FieldType != typeof(OpCode))
            {
                continue;
            }

            var opCode = (OpCode)field.GetValue(null);
            int value = (ushort)opCode.Value;
            if (opCode.Size == 1)
            {
                s_oneByte[value] = opCode.OperandType;
                s_oneByteKnown[value] = true;
            }
            else
            {
                s_twoByte[value & 0xFF] = opCode.OperandType;
                s_twoByteKnown[value & 0xFF] = true;
            }
        }
    }

    /// <summary>The operand type of an opcode (one byte, or 0xFE00 | second byte).</summary>
    public static OperandType GetOperandType(int opcode)
    {
        bool twoByte = (opcode >> 8) == TwoBytePrefix;
        int index = opcode & 0xFF;
        if (twoByte ? !s_twoByteKnown[index] : !s_oneByteKnown[index])
        {
            throw new BadImageFormatException("unknown IL opcode 0x" + opcode.ToString("X"));
        }

        return twoByte ? s_twoByte[index] : s_oneByte[index];
    }
}
