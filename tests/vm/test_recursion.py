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


THREADED = '''
import sys, threading
sys.setrecursionlimit(100000)
class A:
    def __add__(self, other):
        return self + other
    @property
    def p(self):
        return self.p
def run(label, action):
    try:
        action()
    except RecursionError as e:
        print(label, e)
def body():
    run('thread add', lambda: A() + 1)
    run('thread property', lambda: A().p)
thread = threading.Thread(target=body)
thread.start()
thread.join()
run('main add', lambda: A() + 1)
'''


def test_no_crash_in_a_thread_at_limit_100000(tmp_path):
    # A thread's host stack is sized from the stack limit the process
    # started with, not from the larger one the ophis command gives the
    # main thread: recursion through host operators in a thread must stop
    # within the thread's own stack (it overflowed it before).
    result = run_ophis(THREADED, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        'thread add maximum recursion depth exceeded',
        'thread property maximum recursion depth exceeded',
        'main add maximum recursion depth exceeded']
