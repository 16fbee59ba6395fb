# How many levels recursion through the host's operators and hooks gets
# before RecursionError, and the message: CPython counts one level for a
# special method reached by a vectorcall (operators, subscripts, attribute
# hooks, descriptors, callbacks) and two where its C code checks the depth
# itself (comparisons, a callable instance's __call__, class calls).
import sys
sys.setrecursionlimit(200)

def probe(label, action):
    global n
    n = 0
    try:
        action()
    except RecursionError as e:
        print(label, n, e)

class Add:
    def __add__(s, o):
        global n; n += 1; return s + o
class RAdd:
    def __radd__(s, o):
        global n; n += 1; return 1 + s
class Get:
    def __getitem__(s, i):
        global n; n += 1; return s[i]
class Set:
    def __setitem__(s, k, v):
        global n; n += 1; s[k] = v
class Eq:
    def __eq__(s, o):
        global n; n += 1; return s == o
class Lt:
    def __lt__(s, o):
        global n; n += 1; return s < o
class Bool:
    def __bool__(s):
        global n; n += 1; return not s
class Call:
    def __call__(s):
        global n; n += 1; return s()
class Attr:
    def __getattr__(s, k):
        global n; n += 1; return s.x
class Prop:
    @property
    def p(s):
        global n; n += 1; return s.p
class Contains:
    def __contains__(s, o):
        global n; n += 1; return o in s
class Index:
    def __index__(s):
        global n; n += 1; return [1][s]
class Neg:
    def __neg__(s):
        global n; n += 1; return -s
class Desc:
    def __get__(s, i, o):
        global n; n += 1; return i.d
class HasDesc:
    d = Desc()
class Init:
    def __init__(s):
        global n; n += 1; Init()
def mapper(x):
    global n; n += 1; return list(map(mapper, [x]))
def gen():
    global n; n += 1
    yield from gen()

probe('add', lambda: Add() + 1)
probe('radd', lambda: 1 + RAdd())
probe('getitem', lambda: Get()[0])
probe('setitem', lambda: Set().__setitem__(1, 2))
probe('eq', lambda: Eq() == 1)
probe('lt', lambda: Lt() < 1)
probe('bool', lambda: not Bool())
probe('call', lambda: Call()())
probe('getattr', lambda: Attr().y)
probe('property', lambda: Prop().p)
probe('contains', lambda: 1 in Contains())
probe('index', lambda: [1][Index()])
probe('neg', lambda: -Neg())
probe('descriptor', lambda: HasDesc().d)
probe('init', lambda: Init())
probe('map', lambda: mapper(1))
probe('yield from', lambda: list(gen()))
