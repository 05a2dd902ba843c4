# json edge cases: tuple and dict subclasses, bytes input, number forms, nesting, duplicate keys, bad arguments
import json
from collections import namedtuple, OrderedDict
def t(src):
    try: print(src, '->', repr(eval(src)))
    except Exception as e: print(src, '!!', type(e).__name__)
t("json.dumps(namedtuple('P','x y')(1,2))")
t("json.dumps(OrderedDict([('b',1),('a',2)]))")
t("json.loads(bytearray(b'[1]'))")
t("json.dumps([[[[[[1]]]]]])")
class S(str): pass
class I(int): pass
t("json.dumps({S('k'): I(5)})")
t("json.dumps(1.0), json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789.0)")
t("json.loads('1e400')")
t("json.loads('-0')")
t("json.loads('-0.0')")
t("json.loads(' {\"a\" : [ ] } ')")
t("json.loads('\"\\\\ud800\"')")
t("json.dumps('\\ud800') if False else 0")
t("json.loads('[' * 100 + ']' * 100)")
t("json.dumps([1], separators=(',',))")
t("json.dumps([1], separators=None)")
t("json.loads('{\"a\":1,\"a\":2}')")
t("json.loads(5)")
t("json.dumps(b'x')")
