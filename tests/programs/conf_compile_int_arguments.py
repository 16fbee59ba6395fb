# compile()'s flags, dont_inherit and optimize are C ints: any object with
# __index__ (called once each, in order), a TypeError otherwise, an
# OverflowError out of range.  (test_call
# FastCallTests.test_fastcall_clearing_dict.)
import gc

calls = []


class Index:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value

    def __index__(self):
        calls.append(self.name)
        return self.value


cases = [
    (Index('flags'),),
    (Index('flags'), Index('dont_inherit', 1), Index('optimize', 2)),
    (1.5,), (0, 1.5), (0, 0, 1.5), ('x',), (2**40,), (0, 2**40),
    (0, 0, 2**40), (True,), (0, 0, 3), (-2**31,),
]
for args in cases:
    calls.clear()
    try:
        code = compile('x = 1', '<s>', 'exec', *args)
        print(len(args), 'compiled', calls)
    except (TypeError, ValueError, OverflowError) as exc:
        print(len(args), type(exc).__name__, exc, calls)


# The keyword arguments' dict emptied by __index__ while compile runs.
class IntWithDict:
    __slots__ = ['kwargs']

    def __init__(self, **kwargs):
        self.kwargs = kwargs

    def __index__(self):
        self.kwargs.clear()
        gc.collect()
        return 0


x = IntWithDict(optimize=IntWithDict())
print(type(compile('pass', '', 'exec', x, **x.kwargs)).__name__)
