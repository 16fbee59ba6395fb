"""The whole standard library through Ophis's compiler, against the host.

* From the host's trees: every code object has the host's co_name,
  co_qualname, co_firstlineno, argument counts, co_varnames, co_cellvars,
  co_freevars and co_flags, and passes the consistency checks; its lines
  come in the host's order, and every instruction that can raise has the
  host's position (line and columns, for tracebacks); every scope of the
  symbol table classifies every name as the host's ``symtable`` module
  does; every code object survives a marshal round trip unchanged.
* From source (ophis.compile, Ophis's own parser): a file compiles where
  the host's compile() compiles it, and raises the same SyntaxError where
  it does not.

The files are split into chunks so that pytest-xdist can share them out.
"""

import ast
import symtable as host_symtable
import types
import warnings

import pytest

import ophis
from ophis.bytecode import marshal as ophis_marshal
from ophis.bytecode.code import Code
from ophis.compiler import future, symtable
from tests.bytecode.test_marshal import canonical
from tests.compiler.support import check_code, line_sequence, \
    observed_positions, stdlib_files, walk_codes

FILES = stdlib_files()
CHUNKS = 8
ATTRS = ('co_name', 'co_qualname', 'co_firstlineno', 'co_argcount',
         'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals',
         'co_varnames', 'co_cellvars', 'co_freevars', 'co_flags')


def chunk(index):
    return FILES[index::CHUNKS]


def _read(path):
    with open(path, 'rb') as f:
        return f.read()


def _host_tree(source, path):
    try:
        return ast.parse(source, path)
    except (SyntaxError, ValueError):
        return None


def _compare_codes(host, mine, path):
    hosts = walk_codes(host)
    mines = walk_codes(mine)
    assert [c.co_name for c in mines] == [c.co_name for c in hosts], path
    for h, m in zip(hosts, mines):
        for attr in ATTRS:
            assert getattr(m, attr) == getattr(h, attr), (
                path, h.co_qualname, h.co_firstlineno, attr)
        check_code(m)


def _symbols(scope):
    return {name: flags | (scope.scopes.get(name, 0) << 11)
            for name, flags in scope.symbols.items()}


def _compare_tables(host, mine, path):
    assert host.name == mine.name, path
    assert host.symbols == _symbols(mine), (path, host.name, host.lineno)
    assert len(host.children) == len(mine.children), (path, host.name)
    for h, m in zip(host.children, mine.children):
        _compare_tables(h, m, path)


@pytest.mark.slow
@pytest.mark.parametrize('index', range(CHUNKS))
def test_stdlib_from_host_trees(index):
    checked = 0
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for path in chunk(index):
            source = _read(path)
            tree = _host_tree(source, path)
            if tree is None:
                continue
            host = _outcome(compile, tree, path)
            mine = _outcome(ophis.compile, tree, path)
            if not isinstance(host, types.CodeType):
                assert mine == host, path
                continue
            _compare_codes(host, mine, path)
            # Every code object survives a marshal round trip unchanged.
            back = ophis_marshal.loads(ophis_marshal.dumps(mine))
            assert canonical(back) == canonical(mine), path
            for h, m in zip(walk_codes(host), walk_codes(mine)):
                assert line_sequence(m) == line_sequence(h), (
                    path, h.co_qualname, h.co_firstlineno)
                assert observed_positions(m) == observed_positions(h), (
                    path, h.co_qualname, h.co_firstlineno)
            features = future.parse_future(tree, path)[0]
            table = symtable.build(tree, path, features)
            host_table = host_symtable.symtable(source, path, 'exec')
            _compare_tables(host_table._table, table.top, path)
            checked += 1
    assert checked > len(chunk(index)) * 0.9


def _outcome(function, source, path):
    try:
        result = function(source, path, 'exec', dont_inherit=True)
    except SyntaxError as exc:
        return (type(exc), exc.msg, exc.lineno, exc.offset, exc.end_lineno,
                exc.end_offset, exc.text)
    except (ValueError, UnicodeDecodeError) as exc:
        return (type(exc), str(exc))
    return result


@pytest.mark.slow
@pytest.mark.parametrize('index', range(CHUNKS))
def test_stdlib_from_source(index):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for path in chunk(index):
            source = _read(path)
            host = _outcome(compile, source, path)
            mine = _outcome(ophis.compile, source, path)
            if isinstance(host, types.CodeType):
                assert isinstance(mine, Code), (path, mine)
                _compare_codes(host, mine, path)
            else:
                assert mine == host, path
