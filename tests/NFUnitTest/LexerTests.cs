using nanoFramework.TestFramework;
using NanoPython.Compiler;
using NanoPython.Runtime;

namespace NFUnitTest
{
    /// <summary>Device tests of the lexer: token kinds and values, indentation, numbers, strings, errors.</summary>
    [TestClass]
    public class LexerTests
    {
        // The kinds of all tokens of source, as numbers joined by spaces (Token constants).
        private static string Kinds(string source)
        {
            Interpreter ip = Py.New(new CaptureOutput());
            Lexer lx = new Lexer(new SourceText(source, "<test>"), ip.Numbers);
            string r = string.Empty;
            for (int guard = 0; guard < 1000; guard++)
            {
                lx.Next();
                r = r.Length == 0 ? lx.Kind.ToString() : r + " " + lx.Kind.ToString();
                if (lx.Kind == Token.EndMarker)
                {
                    break;
                }
            }

            return r;
        }

        private static Lexer First(string source)
        {
            Interpreter ip = Py.New(new CaptureOutput());
            Lexer lx = new Lexer(new SourceText(source, "<test>"), ip.Numbers);
            lx.Next();
            return lx;
        }

        [TestMethod]
        public void Lexer_Assignment_NamesOperatorsNumbers()
        {
            // NAME = NUMBER + NAME NEWLINE END
            Assert.AreEqual("4 23 5 30 4 1 0", Kinds("x = 1 + y"));
        }

        [TestMethod]
        public void Lexer_Blocks_IndentAndDedent()
        {
            // if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE END
            Assert.AreEqual("90 4 16 1 2 4 1 3 4 1 0", Kinds("if x:\n    a\nb\n"));
        }

        [TestMethod]
        public void Lexer_CommentsAndBrackets_JoinOrSkipLines()
        {
            Assert.AreEqual("4 1 4 1 0", Kinds("a  # comment\n\n   # only a comment\nb\n"));
            Assert.AreEqual("4 23 10 5 17 5 11 1 0", Kinds("x = (1,\n     2)\n"));
        }

        [TestMethod]
        public void Lexer_IntegerLiterals_AllBases()
        {
            Assert.AreEqual(255L, ((PyInt)First("0xff").Value).Value);
            Assert.AreEqual(15L, ((PyInt)First("0o17").Value).Value);
            Assert.AreEqual(10L, ((PyInt)First("0b1010").Value).Value);
            Assert.AreEqual(1000000L, ((PyInt)First("1_000_000").Value).Value);
        }

        [TestMethod]
        public void Lexer_BigInteger_IsNotTruncated()
        {
            Interpreter ip = Py.New(new CaptureOutput());
            Lexer lx = new Lexer(new SourceText("123456789012345678901234567890", "<test>"), ip.Numbers);
            lx.Next();
            Assert.AreEqual("123456789012345678901234567890", Ops.Repr(ip, (PyObject)lx.Value));
        }

        [TestMethod]
        public void Lexer_StringEscapes_AreDecoded()
        {
            Lexer lx = First("'a\\tb\\x41\\u00e9\\n'");
            Assert.AreEqual(Token.String, lx.Kind);
            Assert.AreEqual("a\tbA\u00e9\n", (string)lx.Value);
            Assert.AreEqual("x\\n", (string)First("r'x\\n'").Value);
            Assert.AreEqual(3, ((byte[])First("b'\\x00ab'").Value).Length);
        }

        [TestMethod]
        public void Lexer_Keywords_AreRecognised()
        {
            Assert.AreEqual(Token.While, Token.FirstKeyword + Lexer.KeywordIndex("while"));
            Assert.AreEqual(-1, Lexer.KeywordIndex("whilst"));
            Assert.AreEqual("lambda", Lexer.KeywordText(Token.Lambda));
        }

        [TestMethod]
        public void Lexer_BadInput_RaisesSyntaxError()
        {
            Assert.StartsWith("SyntaxError: unterminated string literal", Py.Error("x = 'abc"));
            Assert.StartsWith("IndentationError: ", Py.Error("if x:\n    a\n  b\n"));
        }
    }
}
