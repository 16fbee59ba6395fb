"""compile()'s interactive flags, and codeop on top of them, against the host.

codeop (and so code.InteractiveConsole and Ophis's REPL) asks compile()
with PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT whether the lines
typed so far are a statement, the beginning of one, or an error.  Each case
is compiled by the host and by ophis.compile with the same flags; the
outcomes (a code object, or the exception with its message and positions)
must be equal.  codeop.compile_command is run over the same corpus with its
``compile`` swapped for Ophis's.  A fuzz test cuts valid programs at random
points: every prefix must give what the host gives.
"""
import codeop
import os
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ophis

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ONLY_AST = 0x400
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CODEOP_FLAGS = PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT

# Partial inputs as a REPL user types them (codeop joins lines with '\n' and
# adds no final newline), and some with a final newline or an empty line.
PARTIAL = [
    # blocks, ended or not by an empty line
    'if x:', 'if x:\n', 'if x:\n\n', 'if x:\n  pass', 'if x:\n  pass\n',
    'if x:\n  pass\n\n', 'if x:\npass', 'def f():\n  return 1',
    'def f():\n  return 1\n', 'for i in range(3):\n  print(i)\n',
    'class A:\n  def f(self):\n    pass',
    'class A:\n  def f(self):\n    pass\n\n',
    'if x:\n  y = 1\n  if y:\n    pass', 'if x:\n  y = 1\n  if y:\n    pass\n',
    'try:\n  pass', 'try:\n  pass\nexcept:\n  pass',
    'try:\n  pass\nexcept:\n  pass\n', 'try:\n  pass\nfinally:',
    'if x:\n  pass\nelse:', 'while True: pass', 'while True: pass\n',
    'with open(f) as g:', 'with (a as b,', 'with (a as b,\n c as d):',
    'match x:', 'match x:\n  case 1:\n    pass', 'async def f():\n  await x',
    'async with x:', 'class C:\n  @property',
    # open brackets
    'x = (1,', 'x = (1,\n 2', 'x = [1,\n', 'x = {', 'print(1', 'd = {1:',
    'from x import (a,', 'def f(x,', 'def f(x, *,', 'x = [\n  1,\n  2',
    'x = (1,\n\n', '(', 'f(**)', 'x[]', '{**}',
    # open strings
    "x = '''abc", "x = '''abc\n", "x = '''a\nb", "x = '''a\nb\n",
    "def f():\n  x = '''\n  abc", "x = 'abc", "x = 'abc\n", "x = 'abc ",
    "f'{x", "print(f'{x", "f'{'", "'a' b'b'", "'a' b'b'\n",
    's = b"x" rb"\\', 's = "\\\nabc', 's = "abc\\\n', "x = 'a\\'bc",
    'if 1:\n    y = """multi\nline\n"""',
    "if h and \\\n        h[2] in b' \\t", 'if x:\n  y\n  # c', 'if x:\n  y\n# c',
    'if x:\n  y\n  ',
    # backslash continuations
    'x = 1 + \\', 'x = 1 + \\\n', 'a = 1 +\\\n2', 'a = 1 +\\\n', 'x = 1 +\\',
    # decorators
    '@dec', '@dec\n', '@dec\ndef f(): pass', '@dec\ndef f(): pass\n',
    # statements cut short
    'lambda:', 'x +=', 'import', 'x ==', 'x = not', 'x: int =', 'for x in',
    'x = 1 if y', 'x = 1 if y else', 'x = ~', 'x = ~ ', 'x = ,', 'x = ;',
    'x = :', 'x = .', 'x = ->', 'x = =', 'x 1', 'x y', 'x = **', 'x = !=',
    'x = $', 'x = ?', 'a.b c', "f'{x}' 1", "x = 'a' 'b' 1", "x = '''a''' b",
    # complete statements and errors
    'x = 1', 'x = 1\n', 'x = 1; y = 2', 'x = 1\ny = 2', 'x = 1\ny = 2\n',
    'print(1)', '1 + *', '1 +* 2', '1 +* 2\n', 'a b', 'a b\n', 'def f(:\n',
    'if x:\n  1 +* 2\n  pass', 'if x:\n  pass\n  else:\n',
    'if x:\n    pass\n  pass', 'if x:\n  pass\n else:', '\tif x:', '  x = 1',
    'x = )', 'x = ]', "x = '''a''' )", 'x = 0x', 'x = 1_', 'def f(*):',
    'x = yield', 'return', 'del', 'assert', 'raise', 'global x',
    'nonlocal x', 'await x', 'x = ...', 'x = 1.',
    # blank input and comments
    '', '\n', '# comment', '# c\n# d', 'x = 1 # c', '  ', '\n\n',
    # Barry as BDFL
    '1 <> 2', '1 != 2', 'from __future__ import barry_as_FLUFL\n1 <> 2',
    'from __future__ import barry_as_FLUFL\n1 != 2', "f'{1 <> 2}'",
]

FLAG_SETS = [
    CODEOP_FLAGS, PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT, 0,
    CO_FUTURE_BARRY_AS_BDFL, CO_FUTURE_BARRY_AS_BDFL | CODEOP_FLAGS,
    PyCF_ONLY_AST | CODEOP_FLAGS, PyCF_ONLY_AST,
]


def _outcome(compiler, source, mode, flags):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            result = compiler(source, '<input>', mode, flags, True)
        except SyntaxError as exc:
            return (type(exc).__name__, exc.msg, exc.lineno, exc.offset,
                    exc.text, exc.end_lineno, exc.end_offset)
        except (ValueError, TypeError) as exc:
            return (type(exc).__name__, str(exc))
    if flags & PyCF_ONLY_AST:
        import ast
        return ast.dump(result, include_attributes=True)
    return 'code', result.co_flags & 0x1FE0000


@pytest.mark.parametrize('flags', FLAG_SETS, ids=hex)
@pytest.mark.parametrize('mode', ['single', 'exec', 'eval'])
def test_compile_flags_match_host(mode, flags):
    differences = []
    for source in PARTIAL:
        expected = _outcome(compile, source, mode, flags)
        got = _outcome(ophis.compile, source, mode, flags)
        if got != expected:
            differences.append(f'{source!r}\n  host:  {expected}\n  ophis: {got}')
    assert not differences, '\n'.join(differences)


class _OphisCompile:
    """codeop's module global ``compile`` swapped for Ophis's."""

    def __enter__(self):
        self.saved = codeop.__dict__.get('compile')
        codeop.compile = ophis.compile
        return self

    def __exit__(self, *exc_info):
        if self.saved is None:
            del codeop.compile
        else:
            codeop.compile = self.saved


def _command_outcome(source, symbol='single', ophis_compiler=False):
    try:
        if ophis_compiler:
            with _OphisCompile():
                result = codeop.compile_command(source, '<input>', symbol)
        else:
            result = codeop.compile_command(source, '<input>', symbol)
    except (SyntaxError, OverflowError, ValueError) as exc:
        return (type(exc).__name__, getattr(exc, 'msg', str(exc)),
                getattr(exc, 'lineno', None), getattr(exc, 'offset', None),
                getattr(exc, 'text', None), getattr(exc, 'end_lineno', None),
                getattr(exc, 'end_offset', None))
    if result is None:
        return None
    return 'code', result.co_flags & 0x1FE0000


@pytest.mark.parametrize('symbol', ['single', 'exec', 'eval'])
def test_compile_command_matches_host(symbol):
    differences = []
    for source in PARTIAL:
        expected = _command_outcome(source, symbol)
        got = _command_outcome(source, symbol, ophis_compiler=True)
        if got != expected:
            differences.append(f'{source!r}\n  host:  {expected}\n  ophis: {got}')
    assert not differences, '\n'.join(differences)


def test_codeop_compile_keeps_future_features():
    """codeop.Compile remembers the __future__ features of what it compiled,
    from the code objects' co_flags, as the REPL does between statements."""
    outcomes = []
    for use_ophis in (False, True):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compiler = codeop.CommandCompiler()
            results = []
            for source in ('from __future__ import barry_as_FLUFL',
                           '1 <> 2', 'from __future__ import annotations',
                           'def f(x: undefined): pass\n', '1 != 2'):
                try:
                    if use_ophis:
                        with _OphisCompile():
                            code = compiler(source, '<input>', 'single')
                    else:
                        code = compiler(source, '<input>', 'single')
                    results.append(code and ('code', code.co_flags & 0x1FE0000))
                except SyntaxError as exc:
                    results.append((exc.msg, exc.lineno, exc.offset))
            results.append(compiler.compiler.flags)
        outcomes.append(results)
    assert outcomes[1] == outcomes[0]


# -- prefixes of valid programs ----------------------------------------------

EXAMPLES = int(os.environ.get('OPHIS_FUZZ_EXAMPLES', '150'))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None,
    derandomize=not os.environ.get('OPHIS_FUZZ_RANDOM'),
    suppress_health_check=list(HealthCheck), database=None)

PROGRAMS = [
    'def f(a, b=2, *args, c, **kw):\n    """doc"""\n    if a:\n'
    '        return [x * 2 for x in args if x]\n    elif b:\n'
    '        pass\n    else:\n        raise ValueError(f"{a!r:>10}")\n'
    '    return {k: v for k, v in kw.items()}\n',
    'class C(Base, metaclass=M):\n    x: int = 1\n\n    @property\n'
    '    def y(self):\n        return self.x + \\\n            2\n\n'
    '    async def z(self):\n        async with a as b:\n'
    '            await b\n',
    'try:\n    x = (1,\n         2)\nexcept (A, B) as e:\n    print(e)\n'
    'else:\n    pass\nfinally:\n    y = """multi\nline\n"""\n',
    'while True:\n    for i in range(10):\n        if i % 2:\n'
    '            continue\n        break\n    else:\n        x = i\n',
    'match command.split():\n    case [action]:\n        pass\n'
    '    case [action, obj] if obj:\n        print(action, obj)\n'
    '    case Point(x=0, y=0) | {"k": _}:\n        pass\n',
    'x = [\n    1,\n    2,  # two\n]\nwith (open(a) as f,\n      open(b) as g):\n'
    '    data = f.read() + g.read()\nlambda x, /, y=1: (yield)\n',
    '@decorator(arg)\n@other\ndef g():\n    global q\n    q = 1\n'
    '    del q[0], q.a\n    assert q, "msg"\n    return not q or q <= 2\n',
    'import os.path as p\nfrom . import (a,\n    b)\ns = b"x" rb"\\y" f"{1}{2!s}"\n'
    'if x:\n\n    pass\n# comment\nz = {**a, "b": [*c]}\n',
]


@st.composite
def _prefixes(draw):
    program = draw(st.sampled_from(PROGRAMS))
    cut = draw(st.integers(min_value=0, max_value=len(program)))
    return program[:cut]


@SETTINGS
@given(_prefixes(), st.sampled_from(['single', 'exec']))
def test_prefixes_of_valid_programs(source, symbol):
    """A prefix of a valid program gives None (more input needed), a code
    object, or exactly the host's SyntaxError."""
    expected = _command_outcome(source, symbol)
    got = _command_outcome(source, symbol, ophis_compiler=True)
    assert got == expected


@SETTINGS
@given(_prefixes())
def test_prefixes_with_codeop_flags(source):
    for mode in ('single', 'exec'):
        expected = _outcome(compile, source, mode, CODEOP_FLAGS)
        got = _outcome(ophis.compile, source, mode, CODEOP_FLAGS)
        assert got == expected, mode


@SETTINGS
@given(_prefixes())
def test_line_prefixes_as_typed(source):
    """What the REPL asks: the lines typed so far, without their final
    newline, and then the same with an empty line after them."""
    lines = source.split('\n')
    typed = '\n'.join(lines[:-1]) if len(lines) > 1 else lines[0]
    for text in (typed, typed + '\n'):
        expected = _command_outcome(text)
        got = _command_outcome(text, ophis_compiler=True)
        assert got == expected, repr(text)
