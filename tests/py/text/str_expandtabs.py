# str.expandtabs with tab sizes and line breaks
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a\tb\tc'.expandtabs())
t(lambda: 'a\tb\tc'.expandtabs(4))
t(lambda: 'ab\tc\nd\te'.expandtabs(4))
t(lambda: 'a\tb'.expandtabs(0))
t(lambda: 'a\tb'.expandtabs(-1))
t(lambda: 'a\r\tb'.expandtabs(tabsize=3))
t(lambda: '\t'.expandtabs(1))
t(lambda: 'a\tb'.expandtabs('x'))
