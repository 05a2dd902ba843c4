using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>Device tests of str: methods, formatting, slicing, Unicode (the runtime's strings are UTF-8 on nanoFramework).</summary>
    [TestClass]
    public class StrTests
    {
        [TestMethod]
        [DataRow("'a,b,,c'.split(',')", "['a', 'b', '', 'c']")]
        [DataRow("'  a b  '.split()", "['a', 'b']")]
        [DataRow("'a-b-c'.rsplit('-', 1)", "['a-b', 'c']")]
        [DataRow("'-'.join(['x', 'y', 'z'])", "'x-y-z'")]
        [DataRow("'hello'.replace('l', 'L', 1)", "'heLlo'")]
        [DataRow("'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z')", "(2, 3, -1)")]
        [DataRow("'  pad '.strip(), 'xxhixx'.strip('x')", "('pad', 'hi')")]
        [DataRow("'Hello'.upper(), 'Hello'.lower(), 'hello world'.title()", "('HELLO', 'hello', 'Hello World')")]
        [DataRow("'abc'.startswith(('x', 'a')), 'abc'.endswith('bc')", "(True, True)")]
        [DataRow("'a1'.isalnum(), '12'.isdigit(), ' '.isspace()", "(True, True, True)")]
        [DataRow("'x'.center(5, '*'), '7'.zfill(3), 'ab'.ljust(4) + '|'", "('**x**', '007', 'ab  |')")]
        [DataRow("'a=1'.partition('='), 'abc'.count('')", "(('a', '=', '1'), 4)")]
        [DataRow("'abcdef'[::2], 'abcdef'[-2:], 'abc'[::-1]", "('ace', 'ef', 'cba')")]
        public void Str_Methods_MatchCPython(string expression, string expected)
        {
            Assert.AreEqual(expected, Py.Eval(expression), expression);
        }

        [TestMethod]
        [DataRow("'%d-%s-%r-%5.2f' % (3, 'a', 'b', 3.14159)", "\"3-a-'b'- 3.14\"")]
        [DataRow("'{} {:>4} {:x} {name}'.format(1, 'r', 255, name='n')", "'1    r ff n'")]
        [DataRow("f'{6 * 7:05d} {\"q\"!r}'", "\"00042 'q'\"")]
        [DataRow("'{:,}'.format(1234567)", "'1,234,567'")]
        public void Str_Formatting_MatchesCPython(string expression, string expected)
        {
            Assert.AreEqual(expected, Py.Eval(expression), expression);
        }

        [TestMethod]
        public void Str_Unicode_IndexesCodePoints()
        {
            Assert.AreEqual("(4, '\\xe9', 'h\\xe9', b'h\\xc3\\xa9llo')", Py.Eval("len('h\u00e9\u20acx'), 'h\u00e9llo'[1], 'h\u00e9llo'[:2], 'h\u00e9llo'.encode()"));
            Assert.AreEqual("(233, '\\u20ac')", Py.Eval("ord('\u00e9'), chr(0x20ac)"));
        }

        [TestMethod]
        public void Str_Errors_AreRaised()
        {
            Assert.AreEqual("IndexError: string index out of range", Py.Error("'abc'[5]"));
            Assert.AreEqual("ValueError: substring not found", Py.Error("'abc'.index('z')"));
            Assert.StartsWith("TypeError: ", Py.Error("'a' + 1"));
        }
    }
}
