"""Deep recursion gives RecursionError, never a host crash (decision 8),
even at a recursion limit of 100,000 and through host code (recursion via
__init__ called by type.__call__, which crashes CPython itself)."""

from tests.vm.ophis_runner import run_ophis

DEEP = '''
import sys
sys.setrecursionlimit(100000)
n = 0
class A:
    def __init__(self):
        global n
        n += 1
        A()
try:
    A()
except RecursionError as e:
    print('init', n > 1000, e)
n = 0
def f():
    global n
    n += 1
    f()
try:
    f()
except RecursionError as e:
    print('plain', n)
def g(k):
    return sorted([k], key=lambda x: g(x + 1))
try:
    g(0)
except RecursionError as e:
    print('key', e)
'''


def test_no_crash_at_limit_100000(tmp_path):
    result = run_ophis(DEEP, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == 'init True maximum recursion depth exceeded'
    # Plain Ophis-to-Ophis recursion counts exactly as CPython: the module
    # frame, then 99,999 calls.
    assert lines[1] == 'plain 99999'
    assert lines[2].startswith('key maximum recursion depth exceeded')
