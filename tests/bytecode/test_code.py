"""The code object against the host's: the tables' formats, the derived
views (co_lines, co_positions, co_lnotab, localsplus) and the interface."""

import copy
import dis
import math
import opcode
import sys
import types

import pytest

from ophis.bytecode import exceptiontable, linetable
from ophis.bytecode.code import Code, CO_FAST_CELL, CO_FAST_FREE, \
    CO_FAST_LOCAL

LIB = sys.base_prefix + '/lib/python3.11'
SAMPLE_MODULES = ('argparse', 'asyncio/base_events', 'dataclasses',
                  'functools', 'typing', 'json/decoder', 'contextlib')


def host_codes(source, filename='<test>'):
    stack = [compile(source, filename, 'exec')]
    while stack:
        code = stack.pop()
        yield code
        stack.extend(c for c in code.co_consts
                     if isinstance(c, types.CodeType))


def sample_codes():
    for name in SAMPLE_MODULES:
        path = f'{LIB}/{name}.py'
        with open(path, 'rb') as f:
            yield from host_codes(f.read(), path)


def tricky_source():
    # Long lines, big line jumps, multi-line expressions, wide columns.
    return ('def f(a, b, *c, d, **e):\n'
            '    def g():\n'
            '        return a, d, x\n'
            '    x = [\n        1,\n        2]\n'
            + '\n' * 300 +
            '    y = ' + ' + '.join(['a'] * 60) + '\n'
            '    try:\n        pass\n    except E as err:\n        raise\n'
            '    return (a\n            +\n    b)\n')


def as_ophis(code):
    return Code(code.co_argcount, code.co_posonlyargcount,
                code.co_kwonlyargcount, code.co_nlocals, code.co_stacksize,
                code.co_flags, code.co_code, code.co_consts, code.co_names,
                code.co_varnames, code.co_filename, code.co_name,
                code.co_qualname, code.co_firstlineno, code.co_linetable,
                code.co_exceptiontable, code.co_freevars, code.co_cellvars)


def all_samples():
    yield from sample_codes()
    yield from host_codes(tricky_source())


def test_derived_views_match_host():
    count = 0
    for host in all_samples():
        mine = as_ophis(host)
        assert list(mine.co_lines()) == list(host.co_lines()), host
        assert list(mine.co_positions()) == list(host.co_positions()), host
        assert mine.co_lnotab == host.co_lnotab, host
        assert mine.co_cellvars == host.co_cellvars
        assert mine.co_freevars == host.co_freevars
        assert mine.co_varnames == host.co_varnames
        count += 1
    assert count > 500


def instruction_runs(code):
    """One run per host instruction (its EXTENDED_ARG prefixes and inline
    caches included), with the instruction's position: 3.11's assembler
    writes one entry per instruction and never merges them."""
    positions = list(code.co_positions())
    raw = code.co_code
    runs = []
    index = 0
    while index < len(raw) // 2:
        start = index
        while raw[2 * index] == dis.opmap['EXTENDED_ARG']:
            index += 1
        op = raw[2 * index]
        index += 1 + opcode._inline_cache_entries[op]
        runs.append((index - start, *positions[start]))
    return runs


def test_linetable_encoding_matches_host():
    for host in all_samples():
        table = linetable.encode(instruction_runs(host), host.co_firstlineno)
        assert table == host.co_linetable, host


def test_exception_table_round_trip():
    seen = 0
    for host in all_samples():
        entries = exceptiontable.decode(host.co_exceptiontable)
        assert exceptiontable.encode(entries) == host.co_exceptiontable
        seen += len(entries)
    assert seen > 100


def test_exception_table_large_values():
    entries = [(0, 70000, 1 << 29, 300, True), (70000, 70001, 5, 0, False)]
    assert exceptiontable.decode(exceptiontable.encode(entries)) == entries


def test_localsplus():
    def f(b, a):
        c = 1
        def g():
            return a, b, c
        return g
    host = f.__code__
    mine = as_ophis(host)
    assert mine.co_localsplusnames == ('b', 'a', 'g', 'c')
    assert mine.co_localspluskinds == bytes([
        CO_FAST_LOCAL | CO_FAST_CELL, CO_FAST_LOCAL | CO_FAST_CELL,
        CO_FAST_LOCAL, CO_FAST_CELL])
    inner = as_ophis(host.co_consts[2] if isinstance(host.co_consts[2],
                     types.CodeType) else
                     [c for c in host.co_consts
                      if isinstance(c, types.CodeType)][0])
    assert inner.co_localsplusnames == ('a', 'b', 'c')
    assert inner.co_localspluskinds == bytes([CO_FAST_FREE] * 3)


@pytest.mark.parametrize('cellvars', [('c', 'b', 'a'), ('zz', 'a'),
                                      ('a', 'a'), ()])
def test_cellvars_order_as_host(cellvars):
    def f(b, a):
        return lambda: (a, b)
    host = f.__code__.replace(co_cellvars=cellvars)
    mine = as_ophis(f.__code__).replace(co_cellvars=cellvars)
    assert mine.co_cellvars == host.co_cellvars
    assert mine.co_varnames == host.co_varnames


def construct(factory, args):
    try:
        factory(*args)
    except Exception as exc:
        return type(exc), str(exc).split(': ', 1)[-1] \
            if isinstance(exc, SystemError) else str(exc)
    return None


BASE = [0, 0, 0, 1, 0, 0, b'', (), (), ('a',), 'f', 'n', 'q', 1, b'', b'',
        (), ()]


@pytest.mark.parametrize('index, value', [
    (3, 2), (6, ''), (7, []), (8, (1,)), (6, b'\x00'), (1, 1), (4, -1),
    (5, -1), (0, -1), (2, -1), (0, 2), (9, ('a', 3)), (10, b'f'),
    (0, 'x'), (16, ('x',)),
])
def test_constructor_errors(index, value):
    args = list(BASE)
    args[index] = value
    host = construct(types.CodeType, args)
    mine = construct(Code, args)
    if host is not None and host[0] is SystemError:
        assert mine is not None and mine[0] is SystemError
    else:
        assert mine == host


def test_argument_count():
    with pytest.raises(TypeError):
        Code(*BASE, 5)


def test_replace_and_equality():
    source = 'def f(x, *, y=1):\n    return x + y\n'
    host = [c for c in host_codes(source) if c.co_name == 'f'][0]
    one, two = as_ophis(host), as_ophis(host)
    assert one == two and hash(one) == hash(two) and one is not two
    assert one.replace() == one
    assert one.replace(co_name='g') != one
    assert one.replace(co_name='g').co_name == 'g'
    assert one.replace(co_varnames=('x', 'y', 'z')).co_nlocals == 3
    assert copy.copy(one) is one and copy.deepcopy(one) is one
    with pytest.raises(TypeError):
        one.replace(co_bogus=1)


@pytest.mark.parametrize('left, right', [
    ((1,), (1.0,)), ((0.0,), (-0.0,)), ((True,), (1,)),
    ((complex(0.0, -0.0),), (complex(0.0, 0.0),)),
    ((complex(-0.0, 0.0),), (complex(0.0, 0.0),)),
    (((1, 2),), ((1.0, 2),)), ((frozenset({1}),), (frozenset({1.0}),)),
    ((1,), (1,)), (('a', (0.0, b'x')), ('a', (0.0, b'x'))),
])
def test_constants_compare_as_host(left, right):
    def make(factory, consts):
        return factory(*BASE[:7], consts, *BASE[8:])
    host = make(types.CodeType, left) == make(types.CodeType, right)
    mine = make(Code, left) == make(Code, right)
    assert mine == host


def test_nested_code_constants_compare_structurally():
    def make(factory, inner):
        return factory(*BASE[:7], (inner,), *BASE[8:])
    a = make(Code, make(Code, ()))
    b = make(Code, make(Code, ()))
    assert a == b and hash(a) == hash(b)
    assert a != make(Code, make(Code, (1,)))


def test_repr():
    code = Code(*BASE[:13], 3, b'', b'')
    assert repr(code).startswith('<code object n at 0x')
    assert repr(code).endswith(', file "f", line 3>')
    zero = Code(*BASE[:13], 0, b'', b'')
    assert repr(zero).endswith(', file "f", line -1>')
    host = types.CodeType(*BASE[:13], 3, b'', b'')
    strip = lambda r: r.split(' at ')[0] + r.split(',', 1)[1]  # noqa: E731
    assert strip(repr(code)) == strip(repr(host))


def test_positions_follow_the_table():
    # As CPython's: the location table alone decides how many positions
    # there are, whatever the code's length (test_code
    # test_co_positions_empty_linetable).
    code = Code(*BASE[:6], b"\x01\x00" * 3, *BASE[7:13], 1, b"", b"")
    host = types.CodeType(*BASE[:6], b"\x09\x00" * 3, *BASE[7:13], 1, b"",
                          b"")
    assert list(code.co_positions()) == list(host.co_positions()) == []
    assert list(code.co_lines()) == list(host.co_lines()) == []
    table = b"\x80\x00" * 5
    code = code.replace(co_linetable=table)
    host = host.replace(co_linetable=table)
    assert list(code.co_positions()) == list(host.co_positions())
    assert len(list(code.co_positions())) == 5


def test_nan_constants_unequal():
    def make(consts):
        return Code(*BASE[:7], consts, *BASE[8:])
    assert make((math.nan,)) != make((float('nan'),))
