using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

/// <summary>Helpers shared by the compiler tests: compiling, capturing SyntaxErrors, listing tokens, walking code objects.</summary>
internal static class CompilerTestSupport
{
    /// <summary>An interpreter with the compiler and test number hooks installed.</summary>
    public static Interpreter NewInterpreter()
    {
        Interpreter ip = new Interpreter();
        ip.Numbers = new TestNumbers();
        CompilerSetup.Install(ip);
        return ip;
    }

    /// <summary>Compiles source (exec mode by default) and verifies the stack discipline of every code object.</summary>
    public static CodeObject Compile(string source, int mode = CompileMode.Exec)
    {
        Interpreter ip = NewInterpreter();
        CodeObject co = ip.Compiler.Compile(ip, source, "<test>", mode);
        foreach (CodeObject c in AllCode(co))
        {
            string problem = StackVerifier.Verify(c);
            Assert.IsNull(problem, problem + "\n" + Disassembler.Disassemble(c));
        }

        return co;
    }

    /// <summary>The exception raised when compiling source (fails the test when it compiles).</summary>
    public static PyBaseException CompileError(string source, int mode = CompileMode.Exec)
    {
        Interpreter ip = NewInterpreter();
        try
        {
            ip.Compiler.Compile(ip, source, "<test>", mode);
        }
        catch (PyException e)
        {
            return e.Value;
        }

        Assert.Fail("expected a compile error for: " + source);
        return null;
    }

    /// <summary>The message (args[0]) of an exception.</summary>
    public static string Message(PyBaseException e)
    {
        return ((PyStr)e.Args.Items[0]).Value;
    }

    /// <summary>Line and offset of a SyntaxError (its args[1] details tuple).</summary>
    public static (int Line, int Offset, string Text) Location(PyBaseException e)
    {
        PyTuple info = (PyTuple)e.Args.Items[1];
        return ((int)((PyInt)info.Items[1]).Value, (int)((PyInt)info.Items[2]).Value, ((PyStr)info.Items[3]).Value);
    }

    /// <summary>The code object and all the code objects nested in its constants.</summary>
    public static List<CodeObject> AllCode(CodeObject co)
    {
        List<CodeObject> all = new List<CodeObject>();
        Collect(co, all);
        return all;
    }

    private static void Collect(CodeObject co, List<CodeObject> all)
    {
        all.Add(co);
        foreach (PyObject c in co.Constants)
        {
            if (c is CodeObject nested)
            {
                Collect(nested, all);
            }
        }
    }

    /// <summary>The tokens of a source as "KIND" or "KIND:value" strings (NAME:x, NUMBER:1, OP:+, STRING:'s').</summary>
    public static List<string> Tokens(string source)
    {
        Interpreter ip = NewInterpreter();
        Lexer lx = new Lexer(new SourceText(source, "<test>"), ip.Numbers);
        List<string> r = new List<string>();
        for (int guard = 0; guard < 10000; guard++)
        {
            lx.Next();
            r.Add(Describe(lx, ip));
            if (lx.Kind == Token.EndMarker)
            {
                break;
            }
        }

        return r;
    }

    private static string Describe(Lexer lx, Interpreter ip)
    {
        switch (lx.Kind)
        {
            case Token.EndMarker:
                return "END";
            case Token.Newline:
                return "NEWLINE";
            case Token.Indent:
                return "INDENT";
            case Token.Dedent:
                return "DEDENT";
            case Token.Name:
                return "NAME:" + (string)lx.Value;
            case Token.Number:
                return "NUMBER:" + Disassembler.ConstText((PyObject)lx.Value);
            case Token.String:
                if ((lx.StrFlags & Token.StrFormat) != 0)
                {
                    return "FSTRING:" + lx.Source.Text.Substring(lx.BodyStart, lx.BodyEnd - lx.BodyStart);
                }

                if (lx.Value is byte[] b)
                {
                    return "BYTES:b" + Show(System.Text.Encoding.Latin1.GetString(b), true);
                }

                return "STRING:" + Show((string)lx.Value);
        }

        if (lx.Kind >= Token.FirstKeyword)
        {
            return "KW:" + Lexer.KeywordText(lx.Kind);
        }

        return "OP:" + OpText(lx.Kind);
    }

    // A quoted form of a string independent of the runtime's repr: \n \t \\ \' and other controls as \xNN.
    private static string Show(string v, bool bytes = false)
    {
        System.Text.StringBuilder sb = new System.Text.StringBuilder("'");
        foreach (char c in v)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                default:
                    if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80))
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2"));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    private static string OpText(int kind)
    {
        if (kind >= Token.Plus && kind <= Token.At)
        {
            return BinaryOp.Symbols[kind - Token.Plus];
        }

        if (kind >= Token.PlusEqual && kind <= Token.AtEqual)
        {
            return BinaryOp.Symbols[kind - Token.PlusEqual] + "=";
        }

        if (kind >= Token.Less && kind <= Token.GreaterEqual)
        {
            return CompareOp.Symbols[kind - Token.Less];
        }

        switch (kind)
        {
            case Token.LPar: return "(";
            case Token.RPar: return ")";
            case Token.LSqb: return "[";
            case Token.RSqb: return "]";
            case Token.LBrace: return "{";
            case Token.RBrace: return "}";
            case Token.Colon: return ":";
            case Token.Comma: return ",";
            case Token.Semi: return ";";
            case Token.Dot: return ".";
            case Token.Ellipsis: return "...";
            case Token.Arrow: return "->";
            case Token.ColonEqual: return ":=";
            case Token.Equal: return "=";
            case Token.Tilde: return "~";
        }

        return "?" + kind;
    }
}
