"""-X no_debug_ranges and PYTHONNODEBUGRANGES: code objects keep lines
only (no columns, end line = line) however they are made -- compiled,
unmarshalled, replace()d, built by the code type -- so tracebacks have no
^^^ markers; compared with python3."""

import pytest

from tests.cli.harness import assert_same, clean_env

PROGRAM = '''\
import sys, marshal, traceback

def f(x):
    return x.a + 1

def positions(code):
    """Whether every position is a line without columns (the bytecode
    differs between the implementations, so not the positions themselves)."""
    found = list(code.co_positions())
    return bool(found) and all(
        col is None and end_col is None and (line is None or line == end)
        for line, end, col, end_col in found)

code = compile('a = b +\\\\\\n  c\\nd = [e for e in a]', 's', 'exec')
print('compiled', positions(code), list(code.co_lines())[-1][2])
print('nested', positions(code.co_consts[1]) if hasattr(code.co_consts[1],
      'co_positions') else None)
print('function', positions(f.__code__))
print('replaced', positions(f.__code__.replace(co_name='g')))
with open(sys.argv[1], 'rb') as file:
    print('unmarshalled', positions(marshal.load(file)))
try:
    f(1)
except AttributeError:
    traceback.print_exc(file=sys.stdout)
def g():
    return {}['key'] + f(2)
g()
'''

# Written without the option: its columns are dropped when it is loaded.
WRITER = '''\
import sys, marshal
def h(x):
    return x.y.z + 2
with open(sys.argv[1], 'wb') as file:
    marshal.dump(h.__code__, file)
'''


@pytest.mark.parametrize('how', ['option', 'environment', 'neither'])
def test_no_debug_ranges(tmp_path, how):
    (tmp_path / 'prog.py').write_text(PROGRAM)
    (tmp_path / 'writer.py').write_text(WRITER)
    # Each interpreter reads the code its own marshal wrote.
    from tests.cli import harness
    for command, name in ((harness.PYTHON, 'python.marshal'),
                          (harness.OPHIS, 'ophis.marshal')):
        result = harness.run(command, ['writer.py', name], cwd=tmp_path)
        assert result[0] == 0, result
    options = ['-X', 'no_debug_ranges'] if how == 'option' else []
    env = clean_env(PYTHONNODEBUGRANGES='1') if how == 'environment' \
        else clean_env()
    expected = harness.run(harness.PYTHON,
                           options + ['prog.py', 'python.marshal'],
                           env=env, cwd=tmp_path)
    actual = harness.run(harness.OPHIS,
                         options + ['prog.py', 'ophis.marshal'],
                         env=env, cwd=tmp_path)
    assert ('^' in expected[2]) == (how == 'neither')
    assert actual == expected


def test_interactive_and_c(tmp_path):
    source = 'def f():\n    return 1 / 0\nf()\n'
    assert_same(['-X', 'no_debug_ranges', '-c', source], cwd=tmp_path)
    assert_same(['-X', 'no_debug_ranges', '-'], cwd=tmp_path,
                stdin=source.encode())
