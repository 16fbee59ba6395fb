"""Code objects and every constant type through ophis.bytecode.marshal."""

import marshal as host_marshal
import math

import pytest

import ophis
from ophis.bytecode import marshal
from ophis.bytecode.code import Code


def canonical(value):
    """A form of value in which equal things compare equal: floats by
    their repr (nan, -0.0), code objects by all their fields."""
    kind = type(value)
    if kind is float:
        return ('float', repr(value))
    if kind is complex:
        return ('complex', repr(value.real), repr(value.imag))
    if kind is tuple:
        return ('tuple',) + tuple(canonical(v) for v in value)
    if kind is list:
        return ('list',) + tuple(canonical(v) for v in value)
    if kind is dict:
        return ('dict', frozenset((canonical(k), canonical(v))
                                  for k, v in value.items()))
    if kind is frozenset:
        return ('frozenset', frozenset(canonical(v) for v in value))
    if kind is Code:
        return ('code',) + tuple(
            canonical(getattr(value, f)) for f in (
                'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
                'co_nlocals', 'co_stacksize', 'co_flags', 'co_code',
                'co_consts', 'co_names', 'co_varnames', 'co_filename',
                'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
                'co_exceptiontable', 'co_freevars', 'co_cellvars',
                'co_localsplusnames', 'co_localspluskinds'))
    return (kind.__name__, value)


def round_trip(value):
    return marshal.loads(marshal.dumps(value))


CONSTANTS = [
    None, True, False, 0, 1, -1, 2 ** 31, -2 ** 63, 10 ** 100, -(10 ** 300),
    0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 1e-310, complex(0, -0.0),
    complex(-0.0, 0.0), complex(math.nan, math.inf), 3j, '', 'text',
    'caf\xe9 \u20ac \U0001f40d', '\udc80 lone \ud800 surrogates', b'',
    b'\x00\xff bytes', (), (1, ('a', (None,))), frozenset(),
    frozenset({1, 'a', (2, 3)}), Ellipsis, ('ophis-code', 1),
    ('ophis-plain', 2), (('ophis-code', 3),),
]


def _test_id(value):
    # A set's repr follows string hashes, which differ between the xdist
    # workers (each its own hash seed): every worker must name the tests
    # alike.
    if isinstance(value, frozenset):
        return 'frozenset({%s})' % ', '.join(sorted(map(repr, value)))
    return repr(value)


@pytest.mark.parametrize('value', CONSTANTS, ids=_test_id)
def test_plain_values(value):
    assert canonical(round_trip(value)) == canonical(value)


@pytest.mark.parametrize('value', CONSTANTS, ids=_test_id)
def test_plain_values_are_the_hosts_bytes(value):
    for version in range(host_marshal.version + 1):
        assert marshal.dumps(value, version) == \
            host_marshal.dumps(value, version)


def test_code_in_containers():
    code = ophis.compile('x = 1', 'c.py', 'exec')
    value = [code, ('ophis-code', code), {'k': (code, 'ophis-plain')},
             ('ophis-plain',), frozenset({code})]
    data = marshal.dumps(value)
    assert data[:1] == marshal.TYPE_OPHIS
    with pytest.raises(ValueError, match='unknown type code'):
        host_marshal.loads(data)
    assert canonical(marshal.loads(data)) == canonical(value)


def test_code_with_every_constant():
    code = ophis.compile('x = 1', 'c.py', 'exec')
    code = code.replace(co_consts=tuple(CONSTANTS) + (code,))
    back = round_trip(code)
    assert type(back) is Code
    assert canonical(back) == canonical(code)
    assert back.co_consts[-1] == code.co_consts[-1]


def test_nested_code_and_cells():
    source = ('def outer(a, b=1):\n'
              '    def inner():\n'
              '        return a, [c for c in b]\n'
              '    class K:\n'
              '        def m(self):\n'
              '            return __class__\n'
              '    return inner, K\n')
    code = ophis.compile(source, 'n.py', 'exec')
    back = round_trip(code)
    assert canonical(back) == canonical(code)
    assert back == code


@pytest.mark.parametrize('data', [
    b'', b'\xff', marshal.TYPE_OPHIS,
    marshal.TYPE_OPHIS + host_marshal.dumps(('ophis-code', (1, 2))),
    marshal.TYPE_OPHIS + host_marshal.dumps(
        ('ophis-code', ('ophis-code',) + (0,) * 19)),
    marshal.dumps(ophis.compile('x', 's', 'exec'))[:-3],
])
def test_bad_data(data):
    with pytest.raises((ValueError, EOFError, TypeError)):
        marshal.loads(data)


@pytest.mark.parametrize('version', range(host_marshal.version + 1))
def test_shared_code_objects(version):
    """A code object (or container) that occurs twice loads as one object
    from versions 3 up, which share references, as the host's marshal
    does for its own code objects."""
    code = ophis.compile('x = 1', 'c.py', 'exec')
    items = [code]
    back = marshal.loads(marshal.dumps((code, code, items, items), version))
    host_code = compile('x = 1', 'c.py', 'exec')
    host_back = host_marshal.loads(host_marshal.dumps(
        (host_code, host_code, [host_code], [host_code]), version))
    assert (back[0] is back[1]) == (host_back[0] is host_back[1])
    assert (back[2] is back[3]) == (version >= 3)
