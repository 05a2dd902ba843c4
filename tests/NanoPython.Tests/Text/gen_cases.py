#!/usr/bin/env python3
"""Generate TextCases.g.cs: the expected values of the text test tables, computed by CPython.

Each case is a Python expression; its expected value is ascii() of the result, or "!Type: message" when CPython
raises (the message escaped with backslashreplace). A leading '~' on a case marks a deliberate difference in the
error message only: the C# side compares the exception type there. The C# evaluator (TextExpr.cs) understands
literals, builtins, the subclasses S(str), B(bytes), BA(bytearray), calls, attributes, subscripts and the operators
% + * == != < in.

Usage: python3 tests/NanoPython.Tests/Text/gen_cases.py   (rewrites TextCases.g.cs next to this script)
"""

import os
import sys


class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


GROUPS = {}

GROUPS["StrSearch"] = r"""
'hello world'.find('o')
'hello world'.find('o', 5)
'hello world'.find('o', 5, 7)
'hello world'.find('o', -4)
'hello world'.find('o', -100, -4)
'hello world'.find('z')
'hello'.find('')
'hello'.find('', 5)
'hello'.find('', 6)
'hello'.find('', 3, 2)
'hello'.find('l', None, None)
'hello'.find('lo', 1, 5)
'hello'.find('lo', 1, 4)
'hello'.find('hello!')
~'hello'.find()
~'hello'.find('l', 1, 2, 3)
'hello'.find(1)
'hello'.find('l', 1.5)
'hello'.find('l', True)
'hello world'.rfind('o')
'hello world'.rfind('o', 0, 5)
'hello world'.rfind('')
'hello world'.rfind('', 3, 5)
'hello world'.rfind('x')
'hello'.rfind('l', -2)
'hello'.index('l')
'hello'.index('z')
'hello'.rindex('l')
'hello'.rindex('h', 1)
'aaaa'.count('a')
'aaaa'.count('aa')
'aaaa'.count('')
'aaaa'.count('', 2)
'aaaa'.count('', 5)
'aaaa'.count('a', 1, 3)
'aaaa'.count('a', 3, 1)
'abcabc'.count('bc', -3)
'hello'.count(1)
'hello'.startswith('he')
'hello'.startswith('lo')
'hello'.startswith(('x', 'he'))
'hello'.startswith(())
'hello'.startswith('l', 2)
'hello'.startswith('l', 2, 2)
'hello'.startswith('', 5)
'hello'.startswith('', 6)
'hello'.startswith('', 3, 2)
'hello'.startswith(1)
'hello'.startswith(('h', 1))
'hello'.startswith(('x', 1))
'hello'.endswith('lo')
'hello'.endswith('lo', 0, 4)
'hello'.endswith('ll', 0, 4)
'hello'.endswith(('x', 'o'))
'hello'.endswith('', 5)
'hello'.endswith('he', -10, 2)
'hello'.endswith([])
'ell' in 'hello'
'xyz' in 'hello'
'' in 'hello'
"""

GROUPS["StrSplit"] = r"""
'a b  c'.split()
'  a b  c  '.split()
'  a b  c  '.split(None, 1)
'  a b  c  '.split(maxsplit=1)
'  a b  c  '.split(maxsplit=0)
'a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\xa0i\u3000j'.split()
''.split()
'   '.split()
'a,b,,c'.split(',')
'a,b,,c'.split(',', 1)
'a,b,,c'.split(',', -1)
'a,b,,c'.split(sep=',', maxsplit=2)
',a,'.split(',')
''.split(',')
'a--b--c'.split('--')
'abc'.split('')
'abc'.split(1)
'abc'.split(',', 'x')
~'abc'.split(',', 1, 2)
'abc'.split(x=1)
'a b  c'.rsplit()
'  a b  c  '.rsplit(None, 1)
'  a b  c  '.rsplit(maxsplit=0)
'a,b,,c'.rsplit(',', 1)
'a,b,,c'.rsplit(',')
'aaa'.rsplit('aa', 1)
'aaa'.split('aa', 1)
'a\nb\r\nc\rd'.splitlines()
'a\nb\r\nc\rd\n'.splitlines(True)
'a\nb\r\nc\rd\n'.splitlines(keepends=True)
'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines()
''.splitlines()
'\n'.splitlines()
'\n\n'.splitlines(True)
'abc'.splitlines('x')
'a,b,c'.partition(',')
'a,b,c'.rpartition(',')
'abc'.partition(',')
'abc'.rpartition(',')
'abc'.partition('')
'abc'.partition(1)
'a::b::c'.partition('::')
'a::b::c'.rpartition('::')
','.join(['a', 'b', 'c'])
','.join([])
','.join(['a'])
''.join(('x', 'y'))
', '.join('abc')
','.join(['a', 1])
','.join(['a', S('b')])
','.join(1)
'-'.join(iter(['p', 'q']))
"""

GROUPS["StrEdit"] = r"""
'  ab  '.strip()
'  ab  '.lstrip()
'  ab  '.rstrip()
'\t\n ab \x0b\x0c\r'.strip()
'\xa0\u3000ab\u2000'.strip()
'xxabxx'.strip('x')
'xyabyx'.strip('xy')
'ab'.strip('')
'ab'.strip(None)
'aaa'.strip('a')
'ab'.strip(1)
'ab'.lstrip(1)
~'ab'.strip('a', 'b')
'hello'.replace('l', 'L')
'hello'.replace('l', 'L', 1)
'hello'.replace('l', 'L', 0)
'hello'.replace('l', 'L', -1)
'hello'.replace('', '-')
'hello'.replace('', '-', 2)
''.replace('', 'x')
'hello'.replace('x', 'y')
'aaa'.replace('aa', 'b')
'hello'.replace(1, 'x')
'hello'.replace('l', 1)
'hello'.replace('l', 'x', 'y')
~'hello'.replace('l')
'ab'.center(6)
'ab'.center(5)
'abc'.center(6)
'abc'.center(5, '*')
'abc'.center(2)
'abc'.center(-1)
'ab'.center(5, 'xy')
'ab'.center(5, 1)
'ab'.center('5')
~'ab'.center()
'ab'.ljust(5)
'ab'.ljust(5, '-')
'ab'.rjust(5)
'ab'.rjust(5, '0')
'ab'.rjust(1)
'42'.zfill(5)
'-42'.zfill(5)
'+42'.zfill(5)
'abc'.zfill(2)
''.zfill(3)
'-'.zfill(3)
'42'.zfill('5')
'a\tb\tc'.expandtabs()
'a\tb\tc'.expandtabs(4)
'ab\tc\nd\te'.expandtabs(4)
'a\tb'.expandtabs(0)
'a\tb'.expandtabs(-1)
'a\r\tb'.expandtabs(tabsize=3)
'a\tb'.expandtabs('x')
'prefix-body'.removeprefix('prefix-')
'prefix-body'.removeprefix('x')
'prefix-body'.removeprefix('')
'body.txt'.removesuffix('.txt')
'body.txt'.removesuffix('.py')
'ab'.removeprefix(1)
'ab'.removesuffix(1)
'ab' * 3
'ab' * 0
'ab' * -1
3 * 'ab'
'ab' + 'cd'
~'ab' + 1
"""

GROUPS["StrCase"] = r"""
'Hello World 123'.upper()
'Hello World 123'.lower()
'hello world'.capitalize()
'HELLO WORLD'.capitalize()
'123abc'.capitalize()
''.capitalize()
'hello world'.title()
"they're bill's friends".title()
'hello_world-foo bar2baz'.title()
'Hello World'.swapcase()
'ß'.upper()
'ß'.lower()
'ß'.swapcase()
'ß'.casefold()
'ß'.title()
'ß'.capitalize()
'ﬁ'.upper()
'ﬁ'.title()
'İ'.lower()
'ΑΣ'.lower()
'ΑΣ ΒΣ'.lower()
'Σ'.lower()
'ΑΣΑ'.lower()
'Ἀ'.lower()
'ǅ'.upper()
'ǅ'.lower()
'ǆ'.title()
'ǅ'.swapcase()
'ŉ'.upper()
'µ'.upper()
'ÿ'.upper()
'ı'.upper()
'ſ'.upper()
'ſ'.casefold()
'ÀÉÎÕÜ'.lower()
'àéîõü'.upper()
'Ελληνικά'.upper()
'ΕΛΛΗΝΙΚΆ'.lower()
'Кириллица'.upper()
'КИРИЛЛИЦА'.lower()
'Ꭰ'.casefold()
'ꭰ'.upper()
'Straße'.casefold()
'ǰ'.upper()
'ﬀ'.casefold()
'ა'.title()
'Ⅻ'.lower()
'ⓐ'.upper()
'Ａ'.lower()
'123'.isdigit()
'١٢٣'.isdigit()
'²'.isdigit()
'²'.isdecimal()
'½'.isdigit()
'½'.isnumeric()
'一'.isnumeric()
'Ⅻ'.isnumeric()
''.isdigit()
'12a'.isdigit()
'abc'.isalpha()
'abc1'.isalpha()
'éñ'.isalpha()
'ªº'.isalpha()
'中文'.isalpha()
'ab12'.isalnum()
'ab 12'.isalnum()
'½a'.isalnum()
' \t\n'.isspace()
'\x1c\x1d\x1e\x1f\x85\xa0'.isspace()
'\u200b'.isspace()
''.isspace()
'ABC'.isupper()
'ABc'.isupper()
'AB1'.isupper()
'123'.isupper()
'ǅ'.isupper()
'abc'.islower()
'abC'.islower()
'ab1'.islower()
'ß'.islower()
'ª'.islower()
'ǅ'.islower()
'Hello World'.istitle()
'Hello world'.istitle()
'HEllo'.istitle()
'ǅungla'.istitle()
'123 Abc'.istitle()
''.istitle()
'abc'.isascii()
'abé'.isascii()
''.isascii()
'abc'.isidentifier()
'_x1'.isidentifier()
'1x'.isidentifier()
'é'.isidentifier()
''.isidentifier()
'a b'.isidentifier()
'abc'.isprintable()
'a\nb'.isprintable()
'\x7f'.isprintable()
'\xa0'.isprintable()
'\xad'.isprintable()
'é€'.isprintable()
''.isprintable()
'\u2028'.isprintable()
'\ue000'.isprintable()
'\u0378'.isprintable()
'0123456789'.isdecimal()
'٣'.isdecimal()
'abc'.isdecimal()
'Ⅻ'.isdecimal()
"""

GROUPS["StrUnicode"] = r"""
len('a\U0001F600b')
'a\U0001F600b'.find('b')
'a\U0001F600b\U0001F600'.rfind('\U0001F600')
'a\U0001F600b'.index('b')
'\U0001F600\U0001F600a'.count('')
'\U0001F600\U0001F600a'.count('a', 1)
'a\U0001F600b'.find('b', 2)
'a\U0001F600b'.find('b', 3)
'a\U0001F600b'.startswith('b', 2)
'a\U0001F600b'.endswith('\U0001F600', 0, 2)
'\U0001F600'.upper()
'\U0001F600abc'.upper()
'a\U0001F600 b'.title()
'\U0001F600'.isalpha()
'\U0001F600'.isprintable()
'x\U0001F600x'.center(7)
'\U0001F600'.center(3, '\U0001F601')
'ab'.center(4, '\U0001F601')
'\U0001F600'.ljust(3)
'\U0001F600'.zfill(3)
'\U0001F600a\U0001F600'.strip('\U0001F600')
'\U0001F600a\U0001F601'.strip('\U0001F601\U0001F600')
'a\U0001F600b'.split('\U0001F600')
'a\U0001F600b'.partition('\U0001F600')
'a\U0001F600b'.replace('', '-')
'a\U0001F600b'.replace('\U0001F600', 'x')
'\U0001F600\tb'.expandtabs(4)
'a\U0001F600b'[1]
'a\U0001F600b'[1:]
'a\U0001F600b'[::-1]
'{:>4}'.format('\U0001F600')
'{:.1}'.format('\U0001F600b')
'%3s|' % '\U0001F600'
'%.1s|' % '\U0001F600b'
'%c' % 0x1F600
'%c' % '\U0001F600'
'\U0001F600'.encode()
'\U0001F600'.encode('utf-8').decode()
ord('\U0001F600')
chr(0x1F600)
ascii('\U0001F600')
'\U0001F600'.isascii()
"""

GROUPS["StrCodec"] = r"""
'héllo'.encode()
'héllo'.encode('utf-8')
'héllo'.encode('UTF-8')
'héllo'.encode('utf8')
'héllo'.encode('latin-1')
'héllo'.encode('iso-8859-1')
'héllo'.encode('ascii')
'héllo€x'.encode('ascii')
'é€'.encode('ascii')
'€'.encode('latin-1')
'é€'.encode('ascii', 'replace')
'é€'.encode('ascii', 'ignore')
'é€x'.encode('ascii', 'backslashreplace')
'é€'.encode('ascii', 'xmlcharrefreplace')
'\U0001F600'.encode('ascii', 'backslashreplace')
'é'.encode('ascii', 'bogus')
'e'.encode('ascii', 'bogus')
'é'.encode('bogus')
'é'.encode(encoding='latin1', errors='strict')
'é'.encode(None)
'é'.encode('utf-8', 1)
'\ud800'.encode()
'a\ud800b'.encode('utf-8', 'replace')
'a\ud800b'.encode('utf-8', 'ignore')
''.encode()
b'h\xc3\xa9llo'.decode()
b'h\xc3\xa9llo'.decode('utf-8')
b'h\xe9llo'.decode('latin-1')
b'hello'.decode('ascii')
b'\xff'.decode()
b'a\xe2\x82'.decode()
b'a\xe2\x82b'.decode()
b'\xe0\x80\x80'.decode()
b'\xe2\x28\xa1'.decode()
b'\xf0\x9f\x98'.decode()
b'\xe2\x82'.decode('utf-8', 'replace')
b'\xed\xa0\x80'.decode('utf-8', 'replace')
b'\xf0\x9f\x98'.decode('utf-8', 'replace')
b'\xc0\x80'.decode('utf-8', 'replace')
b'\xf4\x90\x80\x80'.decode('utf-8', 'replace')
b'a\xffb'.decode('utf-8', 'ignore')
b'a\xffb'.decode('utf-8', 'backslashreplace')
b'\xff'.decode('ascii')
b'\xff\xfe'.decode('ascii')
b'a\xffb'.decode('ascii', 'replace')
b'\xf0\x9f\x98\x80'.decode()
b'\xef\xbb\xbfx'.decode()
b'x'.decode('bogus')
b'\xff'.decode('utf-8', 'bogus')
b'x'.decode(1)
bytearray(b'\xc3\xa9').decode()
memoryview(b'\xc3\xa9').tobytes().decode()
str(b'abc', 'ascii')
str(b'\xff', 'utf-8', 'replace')
str(b'abc', encoding='utf-8')
str(b'abc', errors='strict')
str(bytearray(b'abc'), 'utf-8')
str(memoryview(b'abc'), 'utf-8')
str('abc', 'utf-8')
str(1, 'utf-8')
str(b'abc')
"""

GROUPS["StrFormat"] = r"""
'{} {}'.format('a', 'b')
'{1} {0}'.format('a', 'b')
'{0} {0}'.format('a')
'{x} {y}'.format(x=1, y='z')
'{0[1]}'.format(['a', 'b'])
'{0[k]}'.format({'k': 'v'})
'{a[0]}'.format(a=['q'])
'{0[1][0]}'.format([0, ['n']])
'{0.real}'.format(5)
'{0!r}'.format('a')
'{0!s}'.format('a')
'{0!a}'.format('é')
'{0!r:>6}'.format('a')
'{:>5}'.format('a')
'{:<5}|'.format('a')
'{:^5}|'.format('a')
'{:*^6}'.format('ab')
'{:.2}'.format('abcdef')
'{:5.2}|'.format('abcdef')
'{:s}'.format('a')
'{:{w}}|'.format('a', w=4)
'{:{}}|'.format('a', 4)
'{:{}{}}|'.format('a', '>', 4)
'{0:{1}}'.format('a', '>3')
'{{}}'.format()
'{{{0}}}'.format(1)
'{{x}}'.format()
'a}}b'.format()
'{'.format()
'x{'.format()
'}'.format()
'a}b'.format()
'{0'.format(1)
'{0!r'.format(1)
'{0:'.format(1)
'{}{0}'.format(1)
'{0}{}'.format(1)
'{1}'.format(1)
'{}{}'.format(1)
'{0}'.format()
'{a}'.format(b=1)
'{0[}]}'.format({'}': 1})
'{0[]}'.format([1])
'{0.}'.format(5)
'{0[0]x}'.format([1])
'{0!x}'.format('a')
'{0!rr}'.format('a')
'{0!}'.format('a')
'{:{:{}}}'.format('a', 5, 1)
'{ 0}'.format(1)
'{0 }'.format(1)
'{00}'.format(5)
'{-1}'.format(5)
'{0.nope}'.format(5)
'{0[5]}'.format([1])
'{a{b}'.format(a=1)
'{:d}'.format('a')
'{:=5}'.format('a')
'{:+5}'.format('a')
'{:,}'.format('a')
'{0}'.format(None)
'{0}'.format(True)
'{0}-{1}'.format(b'x', [1, 'a'])
'{x}'.format_map({'x': 'm'})
'{x[0]}'.format_map({'x': 'mn'})
'{}'.format_map({})
'{y}'.format_map({'x': 1})
'{0:>3}'.format(S('a'))
'{:%}'.format('a')
'{99999999999999999999}'.format(1)
"""

GROUPS["FormatNumbers"] = r"""
'{:5d}|'.format(42)
'{:<5d}|'.format(42)
'{:05d}'.format(-42)
'{:+d}'.format(42)
'{:x} {:X} {:o} {:b}'.format(255, 255, 8, 5)
'{:#x} {:#o} {:#b}'.format(255, 8, 5)
'{:,}'.format(1234567)
'{:_}'.format(1234567)
'{:.2f}'.format(3.14159)
'{:10.3e}'.format(1234.5)
'{:g}'.format(0.00001)
'{:%}'.format(0.25)
'{0:{1}.{2}f}'.format(3.14159, 8, 2)
'{:c}'.format(65)
'{}'.format(1.5)
'{!r}'.format(1.5)
'{:d}'.format(1.5)
'{:s}'.format(1)
format(42, '5d')
format(3.5, '.2f')
format(True, 'd')
format(10**20, ',')
"""

GROUPS["FormatStr"] = r"""
format('ab')
format('ab', '')
format('ab', '5')
format('ab', '<5')
format('ab', '>5')
format('ab', '^5')
format('ab', '^6')
format('ab', 'x^6')
format('ab', '05')
format('ab', '^05')
format('ab', '<05')
format('ab', 'x<05')
format('ab', '0<5')
format('abc', '.2')
format('abc', '5.2')
format('abc', '.0')
format('abc', 's')
format('abc', '10s')
format('ab', '=5')
format('ab', '0=5')
format('ab', '+5')
format('ab', ' 5')
format('ab', '#5')
format('ab', ',')
format('ab', '_')
format('ab', 'd')
format('ab', 'x')
format('ab', 'z5')
format('ab', '.')
format('ab', '5x5')
format('ab', 1)
format(S('ab'), '>4')
format(None)
format(None, '>5')
format([1], '')
'ab'.__format__('>4')
'ab'.__format__(1)
"""

GROUPS["PercentStr"] = r"""
'%s' % 'a'
'%s' % ('a',)
'%s %s' % ('a', 'b')
'%s' % (('a', 'b'),)
'%s' % [1, 2]
'%s' % None
'%s' % True
'%r' % 'a'
'%a' % 'é'
'%5s|' % 'ab'
'%-5s|' % 'ab'
'%.1s|' % 'ab'
'%5.1s|' % 'ab'
'%*s|' % (4, 'ab')
'%-*s|' % (4, 'ab')
'%*s|' % (-4, 'ab')
'%.*s|' % (1, 'ab')
'%.*s|' % (-1, 'ab')
'%05s' % 'a'
'%+s' % 'a'
'%c' % 'a'
'%c' % 65
'%c' % 'é'
'%3c|' % 'a'
'%-3c|' % 65
'%c' % 'ab'
'%c' % 1.5
'%c' % 0x110000
'%c' % -1
'%%' % ()
'100%%' % ()
'%(a)s-%(b)s' % {'a': 1, 'b': 'x'}
'%(a)s' % {'b': 1}
'%(a)s' % 1
'%(a(b))s' % {'a(b)': 1}
'%(a' % {'a': 1}
'%(a)s %s' % {'a': 1}
'%s %(a)s' % {'a': 1}
'%s %s' % ('a',)
'%s' % ('a', 'b')
'%s' % ()
'abc' % ()
'abc' % 5
'abc' % [1]
'abc' % {}
'abc' % b'x'
'%' % ()
'%y' % 1
'ab%yz' % 1
'%5%' % ()
'%5%' % (1,)
'%*s' % ('a', 'b')
'%*s' % (3.5, 'a')
'%ls' % 'a'
'%hs' % 'a'
"""

GROUPS["PercentNumbers"] = r"""
'%d' % 42
'%i' % -42
'%u' % 42
'%d' % True
'%d' % 3.7
'%d' % -3.7
'%d' % 10**30
'%5d|' % 42
'%-5d|' % 42
'%05d' % 42
'%05d' % -42
'%+d' % 42
'% d' % 42
'% d' % -42
'%+05d' % 3
'%-05d|' % 3
'% 05d' % 3
'%-+5d|' % 3
'%.3d' % 5
'%.3d' % -5
'%08.3d' % -5
'%x' % 255
'%X' % 255
'%#x' % 255
'%#X' % 255
'%#010x' % 255
'%.3x' % 255
'%#08.3x' % 5
'%o' % 8
'%#o' % 8
'%#.3o' % 8
'%#5x|' % 255
'%#-8o|' % 8
'%x' % -255
'%o' % -8
'%x' % 10**30
'%x' % True
'%f' % 3.14159
'%.2f' % 3.14159
'%.0f' % 2.5
'%10.3f|' % 3.14159
'%-10.3f|' % 3.14159
'%010.3f' % -3.14159
'%+.2f' % 1.0
'% .2f' % 1.0
'%.2f' % 1
'%f' % True
'%e' % 12345.678
'%E' % 12345.678
'%.2e' % 0.000123
'%g' % 100000.0
'%g' % 1000000.0
'%G' % 1e-10
'%#g' % 1.0
'%g' % 0.0001
'%F' % 1.5
'%010f' % float('inf')
'%-010f|' % float('nan')
'%f' % float('-inf')
'%.1f%%' % 12.34
'%d' % '3'
'%x' % 3.0
'%x' % '3'
'%f' % '3'
'%d' % None
'%e' % [1]
'%i' % float('inf')
'%d%%' % 50
'%(n)05d' % {'n': 7}
'%*d' % (5, 3)
'%-*d|' % (-5, 3)
'%.*f' % (2, 3.14159)
"""

GROUPS["StrTranslate"] = r"""
'abc'.translate({97: 'X', 98: None, 99: 100})
'abc'.translate({97: 'XY'})
'abc'.translate({})
'abc'.translate({97: 1.5})
'abc'.translate([None, 'q'])
'abc'.translate({97: 0x110000})
'abc'.translate({97: -1})
'abc'.translate(1)
str.maketrans('ab', 'xy')
str.maketrans('ab', 'xyz')
str.maketrans('ab', 'xy', 'c')
str.maketrans({'a': 1, 98: 'b'})
str.maketrans({'ab': 1})
str.maketrans({1.5: 1})
str.maketrans('a')
'hello'.translate(str.maketrans('lo', '01', 'h'))
'a\U0001F600'.translate({0x1F600: 'E'})
"""

GROUPS["Bytes"] = r"""
b'hello'.find(b'l')
b'hello'.find(108)
b'hello'.find(300)
b'hello'.find('l')
b'hello'.find(1.0)
b'hello'.find(bytearray(b'll'))
b'hello'.find(memoryview(b'lo'))
b'hello'.rfind(108)
b'hello'.index(b'z')
b'hello'.rindex(108)
b'hello'.count(108)
b'hello'.count(b'l', 3)
b'hello'.startswith(b'he')
b'hello'.startswith((b'x', bytearray(b'h')))
b'hello'.startswith('h')
b'hello'.startswith(('h',))
b'hello'.endswith(b'lo')
b'a b  c'.split()
b'a\x1cb'.split()
b'a,b,,c'.split(b',')
b'a,b,,c'.split(b',', 1)
b'a,b'.split(',')
b'a,b,,c'.rsplit(b',', 1)
b' a b '.rsplit()
b'a\nb\r\nc\x0bd'.splitlines()
b'a\nb\r\n'.splitlines(True)
b'a,b'.partition(b',')
b'a,b'.rpartition(b',')
b'ab'.partition(b',')
b','.join([b'a', bytearray(b'b'), memoryview(b'c')])
b','.join([b'a', 'b'])
b''.join([])
b'  ab  '.strip()
b'\xa0ab\xa0'.strip()
b'xxabxx'.strip(b'x')
b'ab'.strip('a')
b'  ab  '.lstrip()
b'  ab  '.rstrip()
b'hello'.replace(b'l', b'L')
b'hello'.replace(b'l', b'L', 1)
b'hello'.replace(b'', b'-')
b'hello'.replace('l', b'')
b'ab'.center(6)
b'ab'.center(5, b'*')
b'ab'.center(5, b'ab')
b'ab'.center(5, '*')
b'ab'.ljust(4, b'.')
b'ab'.rjust(4)
b'-42'.zfill(5)
b'a\tb'.expandtabs(4)
b'Hello World'.upper()
b'Hello World'.lower()
b'hello world'.capitalize()
b'hello world'.title()
b'Hello'.swapcase()
b'\xe9a'.upper()
b'123'.isdigit()
b'abc'.isalpha()
b'\xe9'.isalpha()
b'ab1'.isalnum()
b' \t\n\x0b\x0c\r'.isspace()
b'\x1c'.isspace()
b'ABC'.isupper()
b'abc'.islower()
b'Hello World'.istitle()
b'abc'.isascii()
b'\x80'.isascii()
b''.isalpha()
b'prefix-body'.removeprefix(b'prefix-')
b'body.txt'.removesuffix(b'.txt')
b'ab'.removeprefix('a')
b'\x01\x02\xff'.hex()
b'\x01\x02\x03'.hex(':')
b'\x01\x02\x03'.hex(':', 2)
b'\x01\x02\x03'.hex(':', -2)
b'\x01\x02\x03'.hex(b'-')
b'\x01\x02\x03'.hex(sep='-', bytes_per_sep=1)
b'\x01\x02\x03'.hex(':', 0)
b''.hex(':')
b'ab'.hex('')
b'ab'.hex('::')
b'ab'.hex('\xe9')
bytes.fromhex('01 02  0a FF')
bytes.fromhex('')
bytes.fromhex(' 01')
bytes.fromhex('0')
bytes.fromhex('zz')
bytes.fromhex('0 1')
bytes.fromhex('01\t02\n')
bytes.fromhex(1)
bytearray.fromhex('0102')
B.fromhex('41')
bytes.maketrans(b'ab', b'xy')[97:99]
bytes.maketrans(b'ab', b'x')
b'abc'.translate(bytes.maketrans(b'ab', b'xy'))
b'abc'.translate(None, b'b')
b'abc'.translate(None, delete=b'a')
b'abc'.translate(b'x')
b'abc'[1]
b'abc'[-1]
b'abc'[1:]
b'abc'[::-1]
b'ab' + b'cd'
b'ab' + bytearray(b'cd')
b'ab' + memoryview(b'cd')
b'ab' * 2
98 in b'abc'
b'bc' in b'abc'
b'\x00\x01\'"\\\x7f\x80\xff'
b"it's"
b'say "hi"'
b'both \' and "'
b'ab' == b'ab'
b'ab' == bytearray(b'ab')
b'ab' < b'b'
b'ab' == 'ab'
"""

GROUPS["ByteArray"] = r"""
bytearray(b'hello').find(b'l')
bytearray(b'hello').split(b'l')
bytearray(b'a,b').partition(b',')
bytearray(b'  ab  ').strip()
bytearray(b'hello').replace(b'l', b'L')
bytearray(b'ab').center(6)
bytearray(b'ab').upper()
bytearray(b'ab').zfill(4)
bytearray(b',').join([b'a', b'b'])
bytearray(b'hello').hex()
bytearray(b'abc').translate(None, b'a')
bytearray(b'abc')[1]
bytearray(b'abc')[1:]
bytearray(b'abc') + b'd'
bytearray(b'ab') * 2
bytearray(b'ab').copy()
bytearray(b'ab') == b'ab'
bytearray(b'a').pop(5)
bytearray().pop()
bytearray(b'abc').pop()
bytearray(b'abc').pop(0)
bytearray(b'abc').pop(-1)
bytearray(b'a').remove(2)
bytearray(b'a').remove(300)
bytearray().append(300)
bytearray().append('a')
bytearray().extend('ab')
bytearray().extend(5)
bytearray().extend([1, 'a'])
bytearray().extend([300])
bytearray(b'a').insert(0, 300)
"""

GROUPS["Constructors"] = r"""
str()
str('abc')
str(123)
str(None)
str([1, 'a'])
str(b'ab')
str(object=b'ab', encoding='ascii')
~str(1, 2, 3, 4)
str(x=1)
S('abc')
type(S('abc')) == S
isinstance(S('abc'), str)
S('abc').upper()
S('abc') + 'd'
len(S('abc'))
S('abc') == 'abc'
S('a,b').split(',')
'x'.join([S('a'), S('b')])
str(S('abc'))
bytes()
bytes(3)
bytes(0)
bytes(-1)
bytes([1, 2, 255])
bytes([1, 2, 300])
bytes([1, 'a'])
bytes([1.5])
bytes((65, 66))
bytes(range(3))
bytes(iter([1, 2]))
bytes(b'abc')
bytes(bytearray(b'abc'))
bytes(memoryview(b'abc'))
bytes('abc')
bytes('abc', 'ascii')
bytes('é', 'utf-8')
bytes('é', 'ascii')
bytes('é', 'ascii', 'replace')
bytes('é', encoding='latin-1')
bytes(1, 'ascii')
bytes(b'a', 'ascii')
bytes([1, 2], errors='x')
bytes(encoding='utf-8')
bytes(1.5)
bytes(None)
bytes(x=1)
B(b'ab')
B(b'ab').upper()
type(B(b'ab')) == B
len(B(b'abc'))
bytearray()
bytearray(3)
bytearray(b'abc')
bytearray([1, 2])
bytearray('abc', 'ascii')
bytearray(memoryview(b'xy'))
bytearray(1.5)
bytearray('a')
bytearray(-1)
bytearray([256])
bytearray(b'x', 'utf-8')
type(BA(b'ab')) == BA
BA(b'ab').upper()
memoryview(b'ab')[0]
memoryview('a')
memoryview(1)
~memoryview()
"""

GROUPS["Builtins"] = r"""
chr(65)
chr(0xe9)
chr(0x20ac)
chr(0x1F600)
chr(0)
chr(-1)
chr(0x110000)
chr(1.5)
chr('a')
chr(True)
ord('A')
ord('é')
ord('\U0001F600')
ord(b'A')
ord(bytearray(b'\xff'))
ord(1)
ord('ab')
ord('')
ord(b'ab')
ord(b'')
ord(memoryview(b'a'))
ord(S('x'))
ascii('abc')
ascii('é€\U0001F600')
ascii(b'\xff')
ascii(['é', b'x'])
ascii(1)
ascii('\n')
format('ab', '>4')
format('ab')
format('ab', 1)
"""

GROUPS["MemoryView"] = r"""
memoryview(b'abc').tobytes()
memoryview(b'abc').tolist()
memoryview(b'abc').hex()
memoryview(b'abc').hex(':')
memoryview(b'abc').readonly
memoryview(bytearray(b'abc')).readonly
memoryview(b'abc').nbytes
memoryview(b'abc').format
memoryview(b'abc').itemsize
memoryview(b'abc').ndim
memoryview(b'abc').shape
memoryview(b'abc').strides
memoryview(b'abc').obj
memoryview(b'abc').contiguous
memoryview(b'abc')[::2].contiguous
memoryview(b'abc').suboffsets
memoryview(b'abc')[0]
memoryview(b'abc')[-1]
memoryview(b'abc')[5]
memoryview(b'abc')['a']
memoryview(b'abc')[1.0]
memoryview(b'abc')[1:].tobytes()
memoryview(b'abcdef')[::2].tobytes()
memoryview(b'abcdef')[::-2].tolist()
memoryview(b'abcdef')[1:5][1:3].tobytes()
memoryview(b'abcdef')[::2][::-1].tobytes()
memoryview(b'abcdef')[4:1].tobytes()
len(memoryview(b'abc'))
len(memoryview(b'abcdef')[1:4])
list(memoryview(b'abc'))
memoryview(memoryview(b'abc')[1:]).tobytes()
memoryview(b'abc') == b'abc'
memoryview(b'abc') == bytearray(b'abc')
memoryview(b'abc') == memoryview(b'abc')
memoryview(b'abc') == b'abd'
memoryview(b'abc') == 'abc'
memoryview(b'abc') != b'abc'
b'abc' == memoryview(b'abc')
memoryview(b'ab') < memoryview(b'ab')
hash(memoryview(b'abc')) == hash(b'abc')
hash(memoryview(bytearray(b'a')))
98 in memoryview(b'abc')
b'x' + memoryview(b'abc')
bytearray(b'x') + memoryview(b'abc')
memoryview(b'abc') + b'x'
bytes(memoryview(b'abcdef')[::2])
bytearray(memoryview(b'abc')[1:])
b'-'.join([memoryview(b'a'), memoryview(b'bcd')[1:]])
memoryview(bytearray(b'abcd')).cast('h').tolist()
memoryview(bytearray(b'abcd')).cast('H').itemsize
memoryview(bytearray(b'\x01\x00\x00\x00\xff\xff\xff\xff')).cast('i').tolist()
memoryview(bytearray(b'\xff\xff\xff\xff')).cast('I').tolist()
memoryview(bytearray(b'\x00\x00\x80\x3f')).cast('f').tolist()
memoryview(b'\xff\x01').cast('b').tolist()
memoryview(b'ab').cast('c').tolist()
memoryview(b'\x00\x01').cast('?').tolist()
memoryview(b'abc').cast('h')
memoryview(bytearray(b'abcd')).cast('h').cast('i')
memoryview(bytearray(b'abcd')).cast('h').cast('B').tolist()
memoryview(b'abcd')[::2].cast('B')
memoryview(b'abcd').cast('x')
memoryview(b'abcd').cast(1)
memoryview(b'ab').toreadonly().readonly
memoryview(bytearray(b'ab')).toreadonly().readonly
memoryview(b'abc').tobytes('C')
"""


UNICODE_FUNCTIONS = ["upper", "lower", "title", "casefold", "swapcase", "isalpha", "isdecimal", "isdigit",
                     "isnumeric", "isprintable", "isupper", "islower", "istitle", "isspace", "isalnum"]


def unicode_hashes():
    """FNV-1a (32-bit, over UTF-16 units) of f(chr(c)) for every BMP code point but the surrogates, by 4096-block.

    Each result is followed by a 0 unit; predicates contribute '1' or '0'."""
    rows = []
    for name in UNICODE_FUNCTIONS:
        for block in range(16):
            h = 2166136261
            for c in range(block * 4096, block * 4096 + 4096):
                if 0xD800 <= c <= 0xDFFF:
                    continue
                r = getattr(chr(c), name)()
                text = ("1" if r else "0") if isinstance(r, bool) else r
                units = text.encode("utf-16-le")
                for i in range(0, len(units), 2):
                    h = ((h ^ (units[i] | units[i + 1] << 8)) * 16777619) & 0xFFFFFFFF
                h = (h * 16777619) & 0xFFFFFFFF
            rows.append((name, str(block), "%08x" % h))
    return rows


def expected(expr):
    try:
        v = eval(expr)
        return ascii(v)
    except Exception as e:  # noqa: BLE001 - every Python error is a table value
        msg = str(e).encode("ascii", "backslashreplace").decode("ascii")
        return "!" + type(e).__name__ + ": " + msg


def cs_string(s):
    return '@"' + s.replace('"', '""') + '"'


def main():
    out = [
        "// <auto-generated>",
        "// Generated by tests/NanoPython.Tests/Text/gen_cases.py with CPython %d.%d.%d. Do not edit."
        % sys.version_info[:3],
        "// </auto-generated>",
        "",
        "namespace NanoPython.Tests.Text",
        "{",
        "    /// <summary>Expressions and the ascii() of their CPython values (\"!Type: message\" for errors).</summary>",
        "    internal static class TextCases",
        "    {",
    ]
    total = 0
    for name, text in GROUPS.items():
        cases = [line for line in text.split("\n") if line.strip()]
        out.append("        public static readonly string[,] %s =" % name)
        out.append("        {")
        for case in cases:
            expr = case[1:] if case.startswith("~") else case
            out.append("            { %s, %s }," % (cs_string(case), cs_string(expected(expr))))
            total += 1
        out.append("        };")
        out.append("")
    out.append("        /// <summary>FNV-1a hashes of f(chr(c)) per 4096-code-point block of the BMP (see unicode_hashes).</summary>")
    out.append("        public static readonly string[,] UnicodeBlockHashes =")
    out.append("        {")
    for row in unicode_hashes():
        out.append('            { "%s", "%s", "%s" },' % row)
    out.append("        };")
    out.append("    }")
    out.append("}")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "TextCases.g.cs")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path, total, "cases")


if __name__ == "__main__":
    main()
