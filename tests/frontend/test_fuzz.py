"""Random and mutated sources: Ophis gives the host's tree or the host's error.

The only outcomes allowed are a tree equal to ast.parse's (positions
included), or the exception ast.parse raises (a SyntaxError with the same
class, message, positions and text; MemoryError and RecursionError for
nesting past CPython's limits; nothing else). Examples are derandomized so
that CI sees the same ones every run; OPHIS_FUZZ_RANDOM=1 draws new ones and
OPHIS_FUZZ_EXAMPLES=N sets how many per strategy.
"""
import ast
import os
import sysconfig
import time
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ophis
from tests.frontend.ast_compare import error_fields, first_difference

EXAMPLES = int(os.environ.get('OPHIS_FUZZ_EXAMPLES', '150'))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None,
    derandomize=not os.environ.get('OPHIS_FUZZ_RANDOM'),
    suppress_health_check=list(HealthCheck), database=None)

STDLIB = sysconfig.get_paths()['stdlib']


def _outcome(parse, source):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            return 'tree', parse(source)
        except SyntaxError as exc:
            return 'error', error_fields(exc)
        except (MemoryError, RecursionError) as exc:
            return 'error', type(exc).__name__
        except ValueError as exc:
            return 'error', ('ValueError', str(exc))


def check(source):
    expected = _outcome(ast.parse, source)
    actual = _outcome(ophis.parse, source)  # any other exception fails the test
    if expected[0] == 'tree' and actual[0] == 'tree':
        difference = first_difference(expected[1], actual[1])
        assert difference is None, f'{source!r}: {difference}'
    else:
        assert actual == expected, repr(source)


# -- the standard library, cut and mutated ------------------------------------

def _library_files():
    files = []
    for directory, dirs, names in os.walk(STDLIB):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith('.py'))
    return files


FILES = _library_files()
_CACHE = {}


def _read(index):
    path = FILES[index % len(FILES)]
    if path not in _CACHE:
        with open(path, 'rb') as f:
            data = f.read()
        # Files are big: keep a window so that a test stays quick.
        _CACHE[path] = data
    return _CACHE[path]


@st.composite
def library_window(draw):
    data = _read(draw(st.integers(0, len(FILES) - 1)))
    lines = data.split(b'\n')
    start = draw(st.integers(0, max(0, len(lines) - 1)))
    count = draw(st.integers(1, 60))
    return b'\n'.join(lines[start:start + count])


@SETTINGS
@given(library_window(), st.data())
def test_truncated_library_files(window, data):
    cut = data.draw(st.integers(0, len(window)))
    check(window[:cut])


@SETTINGS
@given(library_window(), st.data())
def test_mutated_library_files(window, data):
    source = bytearray(window)
    for _ in range(data.draw(st.integers(1, 3))):
        if not source:
            break
        where = data.draw(st.integers(0, len(source) - 1))
        action = data.draw(st.sampled_from(['delete', 'insert', 'replace', 'swap']))
        char = data.draw(st.sampled_from(list(b'()[]{}:,;.=+-*/\\\'"#@ \t\n\r\x00\x0cxyz0123')
                                         + [0xc3, 0xa9, 0xff, 0xe2]))
        if action == 'delete':
            del source[where]
        elif action == 'insert':
            source.insert(where, char)
        elif action == 'replace':
            source[where] = char
        elif where + 1 < len(source):
            source[where], source[where + 1] = source[where + 1], source[where]
    check(bytes(source))


# -- token soups ----------------------------------------------------------------

_WORDS = [
    'x', 'y', 'f', 'match', 'case', '_', 'print', 'async', 'await', 'type',
    'if', 'elif', 'else', 'for', 'while', 'in', 'not', 'is', 'and', 'or',
    'def', 'class', 'return', 'yield', 'lambda', 'try', 'except', 'finally',
    'with', 'as', 'from', 'import', 'global', 'nonlocal', 'del', 'pass',
    'break', 'continue', 'raise', 'assert', 'None', 'True', 'False',
    '0', '1', '1.5', '2j', '0x1f', '1_000', "'s'", '"t"', "f'{x}'", "b'b'",
    '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '=', ':=', '->',
    '+', '-', '*', '**', '/', '//', '%', '@', '|', '&', '^', '~', '<<', '>>',
    '<', '>', '==', '!=', '<=', '>=', '+=', '*=', '**=', '@', '!',
    '\n', '\n    ', '\n        ', '\n  ', '\\\n', '#c\n',
]


@SETTINGS
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([' ', '']))
def test_token_soup(words, sep):
    check(sep.join(words))


_STATEMENTS = [
    'x = 1', 'f(x)', 'if x:', 'else:', 'elif y:', 'for x in y:', 'while x:',
    'def f(a, b=1, *c, d, **e):', 'class A(B):', 'try:', 'except E as e:',
    'except* E:', 'finally:', 'with a as b:', 'match x:', 'case [1, *r]:',
    'case {"k": v, **r}:', 'case C(a, b=2) if g:', 'return x', 'pass',
    'yield x', 'raise E from e', 'import a.b as c', 'from . import (a, b)',
    '@dec', 'async def f():', 'await x', 'lambda x: x', 'x: int = 1',
    'a, *b = c', '(a := 1)', 'del a[0], b.c', 'global a', 'assert x, y',
]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(_STATEMENTS), st.integers(0, 3)),
                max_size=12))
def test_statement_soup(lines):
    check(''.join('    ' * depth + text + '\n' for text, depth in lines))


# -- indentation with tabs and spaces -------------------------------------------

@SETTINGS
@given(st.lists(st.tuples(st.text('\t \x0c', max_size=6),
                          st.sampled_from(['if x:', 'pass', 'y = 1', 'else:', '',
                                           '# c', 'def f():'])),
                max_size=8))
def test_mixed_indentation(lines):
    check(''.join(ws + text + '\n' for ws, text in lines))


# -- NUL bytes and invalid UTF-8 ----------------------------------------------

@SETTINGS
@given(st.binary(max_size=40), st.sampled_from([b'', b'# coding: latin-1\n',
                                                 b'\xef\xbb\xbf', b'x = ']))
def test_random_bytes(data, prefix):
    check(prefix + data)


@SETTINGS
@given(st.text(max_size=30))
def test_random_text(text):
    check(text)


# -- nesting past CPython's limits, huge literals ------------------------------

_NESTERS = [
    ('(', ')'), ('[', ']'), ('{', '}'), ('-', ''), ('not ', ''), ('~', ''),
    ('2**', ''), ('lambda: ', ''), ('x if x else ', ''), ('f(', ')'),
    ('x[', ']'), ('(-', ')'), ('[x, ', ']'), ('{1: ', '}'), ('await ', ''),
    ('*', ''), ('x.y' + '.y' * 10 + ' + ', ''), ('f"{', '}"'),
]

# Depths well inside, or well past, each limit (CPython's 200 open brackets,
# its parser stack of 6000 frames, the AST depth of three times the
# recursion limit): Ophis mirrors the limits, not every frame of CPython's
# parser, so it is not held to the exact depth where one starts.
_DEPTHS = [1, 2, 10, 60, 150, 199, 201, 300, 1000, 2000, 3500, 8000, 40000]


@settings(max_examples=max(20, EXAMPLES // 3), deadline=None,
          derandomize=not os.environ.get('OPHIS_FUZZ_RANDOM'),
          suppress_health_check=list(HealthCheck), database=None)
@given(st.sampled_from(_NESTERS), st.sampled_from(_DEPTHS), st.sampled_from(['x', '1', '']))
def test_deep_nesting(nester, depth, core):
    opener, closer = nester
    check(opener * depth + core + closer * depth)


_TEMPLATES = [
    '{o}a{c} = 1', '{o}a{c}, b = 1', 'del {o}a{c}', 'for {o}a{c} in x: pass',
    'with x as {o}a{c}: pass', 'match x:\n    case {o}1{c}: pass',
    'match x:\n    case {o}a{c}: pass', 'x = {o}1{c}', 'f({o}1{c})', 'x[{o}1{c}]',
    'lambda: {o}1{c}', '{o}yield{c}', 'x = {o}1{c} if {o}2{c} else 3', 'f"{{{o}1{c}}}"',
    '[{o}x{c} for x in y]', 'def f(a={o}1{c}): pass', '{o}a{c}: int = 1', '{o}a{c} += 1',
]


@settings(max_examples=max(20, EXAMPLES // 2), deadline=None,
          derandomize=not os.environ.get('OPHIS_FUZZ_RANDOM'),
          suppress_health_check=list(HealthCheck), database=None)
@given(st.sampled_from(_TEMPLATES), st.sampled_from(['(', '[']),
       st.sampled_from([1, 3, 30, 120, 250]), st.sampled_from([0, 1, -1]))
def test_nested_brackets_in_every_context(template, opener, depth, unbalance):
    # Nested brackets where several alternatives could start: a parser that
    # does not memoize the right rules takes exponential time here.
    closer = {'(': ')', '[': ']'}[opener]
    start = time.perf_counter()
    check(template.format(o=opener * depth, c=closer * (depth + unbalance)))
    assert time.perf_counter() - start < 20


@SETTINGS
@given(st.sampled_from(['1', '9', '0x', '1.', '"a', "b'", 'x,', '[1],', 'f(),']),
       st.integers(1, 6000))
def test_huge_literals(unit, count):
    if unit in ('"a', "b'"):
        source = unit + 'x' * count + unit[-1] if unit[0] != '"' else '"' + 'a' * count + '"'
    elif unit == '0x':
        source = '0x' + 'f' * count
    elif unit == '1.':
        source = '1.' + '5' * count
    else:
        source = unit * count
    check(source)
