using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NanoPython.Tests.Compiler;

[TestClass]
public sealed class LexerTests
{
    private static string Join(List<string> tokens)
    {
        return string.Join(" ", tokens);
    }

    [TestMethod]
    public void Lexer_SimpleStatement_ProducesNamesOperatorsAndNewline()
    {
        Assert.AreEqual("NAME:x OP:= NUMBER:1 OP:+ NAME:y NEWLINE END", Join(CompilerTestSupport.Tokens("x = 1 + y")));
    }

    [TestMethod]
    public void Lexer_Indentation_ProducesIndentAndDedent()
    {
        string src = "if x:\n    a\n    if y:\n        b\nc\n";
        Assert.AreEqual("KW:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE KW:if NAME:y OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT DEDENT NAME:c NEWLINE END",
            Join(CompilerTestSupport.Tokens(src)));
    }

    [TestMethod]
    public void Lexer_BlankAndCommentLines_AreIgnored()
    {
        string src = "a\n\n   # comment\n\t\nb # trailing\n";
        Assert.AreEqual("NAME:a NEWLINE NAME:b NEWLINE END", Join(CompilerTestSupport.Tokens(src)));
    }

    [TestMethod]
    public void Lexer_DedentsAtEndOfInput_AreEmitted()
    {
        Assert.AreEqual("KW:def NAME:f OP:( OP:) OP:: NEWLINE INDENT KW:pass NEWLINE DEDENT END", Join(CompilerTestSupport.Tokens("def f():\n  pass")));
    }

    [TestMethod]
    public void Lexer_Tabs_CountToNextMultipleOfEight()
    {
        // A tab then 8 spaces on consistent lines: tab = column 8.
        string src = "if x:\n\ta\n\tif y:\n\t\tb\n";
        Assert.AreEqual("KW:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE KW:if NAME:y OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT DEDENT END",
            Join(CompilerTestSupport.Tokens(src)));
    }

    [TestMethod]
    public void Lexer_BracketsAndBackslash_JoinLines()
    {
        Assert.AreEqual("NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) OP:+ NUMBER:3 NEWLINE END",
            Join(CompilerTestSupport.Tokens("x = (1,\n   2) \\\n + 3\n")));
    }

    [TestMethod]
    public void Lexer_IntegerLiterals_AllBasesWithUnderscores()
    {
        Assert.AreEqual("NUMBER:255 NUMBER:15 NUMBER:10 NUMBER:1000000 NUMBER:0 NUMBER:0 NUMBER:255 NEWLINE END",
            Join(CompilerTestSupport.Tokens("0x_FF 0o17 0b1010 1_000_000 0 00 0XfF")));
    }

    [TestMethod]
    public void Lexer_FloatAndImaginaryLiterals_AreParsed()
    {
        List<string> t = CompilerTestSupport.Tokens("1.5 1. .5 1e3 1E-2 1_0.5 3j 1.5J");
        Assert.AreEqual(10, t.Count);
        Assert.AreEqual("NUMBER:1.5 NUMBER:1 NUMBER:0.5 NUMBER:1000 NUMBER:0.01 NUMBER:10.5", string.Join(" ", t.GetRange(0, 6)));
        Assert.IsInstanceOfType(CompilerTestSupport.Compile("x = 1.").Constants[0], typeof(PyFloat));
        Assert.AreEqual("NUMBER:'complex:3'", t[6]);
        Assert.AreEqual("NUMBER:'complex:1.5'", t[7]);
    }

    [TestMethod]
    public void Lexer_BigInteger_GoesToNumberHooks()
    {
        Assert.AreEqual("NUMBER:'bigint:10:123456789012345678901234567890'", CompilerTestSupport.Tokens("123456789012345678901234567890")[0]);
        Assert.AreEqual("NUMBER:9223372036854775807", CompilerTestSupport.Tokens("0x7fffffffffffffff")[0]);
    }

    [TestMethod]
    public void Lexer_Operators_AllRecognised()
    {
        string src = "+ - * / // % ** << >> & ^ | @ += -= *= /= //= %= **= <<= >>= &= ^= |= @= < <= == != > >= -> := ... . ~ = ; : ,";
        Assert.AreEqual("OP:+ OP:- OP:* OP:/ OP:// OP:% OP:** OP:<< OP:>> OP:& OP:^ OP:| OP:@ OP:+= OP:-= OP:*= OP:/= OP://= OP:%= OP:**= OP:<<= OP:>>= OP:&= OP:^= OP:|= OP:@= OP:< OP:<= OP:== OP:!= OP:> OP:>= OP:-> OP::= OP:... OP:. OP:~ OP:= OP:; OP:: OP:, NEWLINE END",
            Join(CompilerTestSupport.Tokens(src)));
    }

    [TestMethod]
    public void Lexer_Keywords_AreNotNames()
    {
        Assert.AreEqual("KW:async KW:await KW:lambda KW:nonlocal NAME:match NAME:case NAME:print NEWLINE END",
            Join(CompilerTestSupport.Tokens("async await lambda nonlocal match case print")));
    }

    [TestMethod]
    public void Lexer_StringEscapes_AreDecoded()
    {
        Assert.AreEqual("STRING:'a\\nb\\tc\\\\\\'\"\\x07\\x08\\x0c\\x0b\\x00A\\x01AÿĀ😀'",
            CompilerTestSupport.Tokens(@"'a\nb\tc\\\'\""\a\b\f\v\0\101\1\x41\xff\u0100\U0001F600'")[0]);
    }

    [TestMethod]
    public void Lexer_UnknownEscape_KeepsBackslash()
    {
        Assert.AreEqual("STRING:'\\\\q\\\\d'", CompilerTestSupport.Tokens(@"'\q\d'")[0]);
    }

    [TestMethod]
    public void Lexer_RawAndBytesPrefixes_AllCombinations()
    {
        List<string> t = CompilerTestSupport.Tokens(@"r'\n' R'\n' b'\n' B'x' br'\n' Rb'\n' bR'\n' rB'\n' u'x' U'x'");
        Assert.AreEqual("STRING:'\\\\n'", t[0]);
        Assert.AreEqual("STRING:'\\\\n'", t[1]);
        Assert.AreEqual("BYTES:b'\\n'", t[2]);
        Assert.AreEqual("BYTES:b'x'", t[3]);
        for (int i = 4; i < 8; i++)
        {
            Assert.AreEqual("BYTES:b'\\\\n'", t[i]);
        }

        Assert.AreEqual("STRING:'x'", t[8]);
        Assert.AreEqual("STRING:'x'", t[9]);
    }

    [TestMethod]
    public void Lexer_BytesEscapes_AreByteValues()
    {
        Assert.AreEqual("BYTES:b'\\xff\\x00A\\\\u1234'", CompilerTestSupport.Tokens(@"b'\xff\0\101\u1234'")[0]);
    }

    [TestMethod]
    public void Lexer_TripleQuotedStrings_SpanLines()
    {
        List<string> t = CompilerTestSupport.Tokens("x = '''a\n'b'\n''' + \"\"\"c\"\"\"\ny");
        Assert.AreEqual("STRING:'a\\n\\'b\\'\\n'", t[2]);
        Assert.AreEqual("STRING:'c'", t[4]);
        Assert.AreEqual("NAME:y", t[6]);
    }

    [TestMethod]
    public void Lexer_BackslashNewlineInString_IsContinuation()
    {
        Assert.AreEqual("STRING:'ab'", CompilerTestSupport.Tokens("'a\\\nb'")[0]);
    }

    [TestMethod]
    public void Lexer_FString_KeepsRawBody()
    {
        Assert.AreEqual("FSTRING:{x!r:>{w}} \"q\"", CompilerTestSupport.Tokens("f'{x!r:>{w}} \"q\"'")[0]);
        Assert.AreEqual("FSTRING:{a}", CompilerTestSupport.Tokens("rF'{a}'")[0]);
    }

    [TestMethod]
    public void Lexer_NonAsciiIdentifiersAndStrings_AreAccepted()
    {
        Assert.AreEqual("NAME:été OP:= STRING:'ünïcödé' NEWLINE END", Join(CompilerTestSupport.Tokens("été = 'ünïcödé'")));
    }

    [TestMethod]
    public void Lexer_NumberFollowedByKeyword_IsAllowed()
    {
        Assert.AreEqual("NUMBER:1 KW:if NAME:x KW:else NUMBER:2 NEWLINE END", Join(CompilerTestSupport.Tokens("1if x else 2")));
    }

    [TestMethod]
    public void Lexer_CrLfLineEndings_AreNewlines()
    {
        Assert.AreEqual("NAME:a NEWLINE NAME:b NEWLINE END", Join(CompilerTestSupport.Tokens("a\r\nb\r")));
    }

    [TestMethod]
    public void Lexer_TokenPositions_AreLineAndColumn()
    {
        Interpreter ip = CompilerTestSupport.NewInterpreter();
        Lexer lx = new Lexer(new SourceText("a = 1\n  \nfoo(bar)", "<test>"), ip.Numbers);
        lx.Next();
        Assert.AreEqual((1, 0), (lx.Line, lx.Col));
        lx.Next();
        lx.Next();
        Assert.AreEqual((1, 4), (lx.Line, lx.Col));
        lx.Next();
        lx.Next();
        Assert.AreEqual((3, 0), (lx.Line, lx.Col));
        lx.Next();
        lx.Next();
        Assert.AreEqual((3, 4), (lx.Line, lx.Col));
    }

    [TestMethod]
    public void Lexer_KeywordTable_IsSortedAndMatchesTokens()
    {
        // ORDER: Token keywords
        string[] expected = { "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield" };
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.AreEqual(i, Lexer.KeywordIndex(expected[i]));
            Assert.AreEqual(expected[i], Lexer.KeywordText(Token.FirstKeyword + i));
        }

        Assert.AreEqual(Token.Yield, Token.FirstKeyword + expected.Length - 1);
    }

    [TestMethod]
    public void Lexer_OperatorTokens_FollowBinaryOpAndCompareOpOrder()
    {
        // ORDER: BinaryOp, ORDER: CompareOp
        int[] binaryTokens = { Token.Plus, Token.Minus, Token.Star, Token.Slash, Token.DoubleSlash, Token.Percent, Token.DoubleStar, Token.LShift, Token.RShift, Token.Amper, Token.Circumflex, Token.VBar, Token.At };
        int[] binaryOps = { BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.TrueDivide, BinaryOp.FloorDivide, BinaryOp.Modulo, BinaryOp.Power, BinaryOp.LShift, BinaryOp.RShift, BinaryOp.And, BinaryOp.Xor, BinaryOp.Or, BinaryOp.MatMul };
        for (int i = 0; i < binaryTokens.Length; i++)
        {
            Assert.AreEqual(binaryOps[i], binaryTokens[i] - Token.Plus);
            Assert.AreEqual(binaryOps[i], binaryTokens[i] + (Token.PlusEqual - Token.Plus) - Token.PlusEqual);
        }

        int[] compareTokens = { Token.Less, Token.LessEqual, Token.EqEqual, Token.NotEqual, Token.Greater, Token.GreaterEqual };
        int[] compareOps = { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge };
        for (int i = 0; i < compareTokens.Length; i++)
        {
            Assert.AreEqual(compareOps[i], compareTokens[i] - Token.Less);
        }

        int[] augmented = { Token.PlusEqual, Token.AtEqual };
        Assert.AreEqual(BinaryOp.Count - 1, augmented[1] - augmented[0]);
    }
}
