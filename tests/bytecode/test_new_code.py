"""ophis.bytecode.code.new_code, the constructor's fast path for fields
read back from a .pyc: the same code objects as Code(...), and Code's
errors for fields it would refuse."""

import pytest

import ophis
from ophis.bytecode.code import Code, new_code

FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
          'co_nlocals', 'co_stacksize', 'co_flags', 'co_code', 'co_consts',
          'co_names', 'co_varnames', 'co_filename', 'co_name',
          'co_qualname', 'co_firstlineno', 'co_linetable',
          'co_exceptiontable', 'co_freevars', 'co_cellvars')

SOURCE = '''
import sys
def outer(a, b=1, /, c=2, *args, d, **kw):
    x = [a for a in args]
    def inner(y):
        nonlocal x
        return a, x, y, (lambda: b)
    class C:
        def m(self):
            return super().m(), __class__
    return inner, C
async def agen(p):
    yield p
'''


def codes(code):
    yield code
    for const in code.co_consts:
        if type(const) is Code:
            yield from codes(const)


def args_of(code):
    return [getattr(code, field) for field in FIELDS]


def every_attribute(code):
    return [getattr(code, f) for f in FIELDS] + [
        code.co_localsplusnames, code.co_localspluskinds]


def test_same_code_objects_as_the_constructor():
    module = ophis.compile(SOURCE, 'm.py', 'exec')
    seen = 0
    for code in codes(module):
        fast = new_code(*args_of(code))
        slow = Code(*args_of(code))
        assert type(fast) is Code
        assert every_attribute(fast) == every_attribute(slow)
        assert fast == slow and hash(fast) == hash(slow)
        seen += 1
    assert seen >= 7


def test_cell_order_is_the_constructors():
    # A cell that is an argument comes first, whatever order the lists say.
    code = ophis.compile('def f(a, b):\n    return lambda: (b, a)\n',
                         'm.py', 'exec').co_consts[0]
    args = args_of(code)
    args[FIELDS.index('co_cellvars')] = ('b', 'a', 'b')
    fast, slow = new_code(*args), Code(*args)
    assert every_attribute(fast) == every_attribute(slow)


def error_of(function, args):
    try:
        function(*args)
    except Exception as error:
        return type(error), str(error)
    return None


@pytest.mark.parametrize('field,value', [
    ('co_argcount', -1), ('co_argcount', 1.5), ('co_argcount', True),
    ('co_posonlyargcount', 5), ('co_kwonlyargcount', -1),
    ('co_nlocals', 7), ('co_stacksize', -1), ('co_flags', -1),
    ('co_code', b'\x00'), ('co_code', bytearray(b'\x00\x00')),
    ('co_code', 'ab'), ('co_consts', [None]), ('co_names', ['a']),
    ('co_names', ('a', 1)), ('co_varnames', ('a', 2, 'c')),
    ('co_filename', b'f'), ('co_name', None), ('co_qualname', 3),
    ('co_firstlineno', '1'), ('co_linetable', 'x'),
    ('co_exceptiontable', None), ('co_freevars', ('v', 1)),
    ('co_cellvars', ('c', None)), ('co_cellvars', ['c']),
])
def test_unusual_fields_get_the_constructors_result(field, value):
    code = ophis.compile('def f(a, b, c):\n    return a\n', 'm.py',
                         'exec').co_consts[0]
    args = args_of(code)
    args[FIELDS.index(field)] = value
    expected = error_of(Code, args)
    assert error_of(new_code, args) == expected
    if expected is None:
        assert every_attribute(new_code(*args)) == \
            every_attribute(Code(*args))


def test_cells_and_free_variables_laid_out_as_the_constructor():
    # Every combination of locals, cells and free variables over a few
    # names (repeats, a cell or free variable that is also a local, both
    # a cell and free): new_code's slots, kinds and read-back lists are
    # the constructor's, whichever of its paths it takes.
    import itertools
    code = ophis.compile('def f(a, b):\n    return a\n', 'm.py',
                         'exec').co_consts[0]
    lists = [()] + [tuple(p) for n in (1, 2, 3)
                    for p in itertools.product('abc', repeat=n)]
    short = [names for names in lists if len(names) <= 2]
    seen = 0
    for varnames in (('a', 'b'), ('a', 'b', 'c')):
        for cellvars in lists:
            for freevars in short:
                args = args_of(code)
                args[FIELDS.index('co_varnames')] = varnames
                args[FIELDS.index('co_nlocals')] = len(varnames)
                args[FIELDS.index('co_cellvars')] = cellvars
                args[FIELDS.index('co_freevars')] = freevars
                assert every_attribute(new_code(*args)) == \
                    every_attribute(Code(*args)), (varnames, cellvars,
                                                   freevars)
                seen += 1
    assert seen > 500
