"""Direct entries (ophis.vm.tier2.direct): a function whose entry block is
a leaf gets, with that block, a host function making its frame and
running the block's body, which its callers' blocks call (one host call
instead of the call-site helper's two).  The guest program tests/programs/
perf_tier2_calls_direct.py compares what programs see with python3; the
tests here check that the entries are made and used where it looks."""

import sys

import pytest

import ophis
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.tier2 import hotness, compiler


@pytest.fixture
def eager(monkeypatch):
    """Blocks made after two runs."""
    monkeypatch.setattr(hotness, 'WARM', 2)
    monkeypatch.setattr(hotness, 'HOT', 2)
    saved = hotness.ENABLED[0], compiler.STRICT[0]
    hotness.ENABLED[0] = compiler.STRICT[0] = True
    yield
    hotness.ENABLED[0], compiler.STRICT[0] = saved


def _run(source, **names):
    code = ophis.compile(source, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    namespace.update(names)
    run_code(code, namespace)
    return namespace


def _entry_block(function):
    form = decoded(function.__code__)
    return form.instrs[form.entry[0]][0], form


SOURCE = '''
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def twice(a):
    return a + a
def f(n, p):
    t = 0
    for i in range(n):
        t += twice(i) + p.get()
    return t
result = [f(k, P(3)) for k in range(12)]
'''


def test_a_leaf_entry_gets_a_direct_entry(eager):
    namespace = _run(SOURCE)
    assert namespace['result'] == [k * (k - 1) + 3 * k for k in range(12)]
    for function in (namespace['twice'], namespace['P'].get):
        block, form = _entry_block(function)
        assert block.__name__.startswith('BLOCK_') and block.leaf
        # The form's direct entry: the block's, read by its callers'
        # blocks through the function (ophis.vm.function.call_info).
        assert form.entry[1] is block.direct is not None
        assert function._entry is form.entry
    # f's own entry calls: no direct entry.
    block, form = _entry_block(namespace['f'])
    assert block.direct is None and form.entry[1] is None


class _Probe:
    # A host property the leaf reads: the host frames running it.
    def __init__(self):
        self.seen = []

    @property
    def x(self):
        leaf = sys._getframe(1)
        self.seen.append((leaf.f_code.co_name, leaf.f_back.f_code.co_name))
        return 1


def test_callers_blocks_call_the_direct_entry(eager):
    probe = _Probe()
    namespace = _run('def get(p):\n    return p.x + 1\n'
                     'def f(n, p):\n    t = 0\n'
                     '    for i in range(n):\n        t += get(p)\n'
                     '    return t\n'
                     'result = [f(k, probe) for k in range(12)]\n',
                     probe=probe)
    assert namespace['result'] == [2 * k for k in range(12)]
    # The leaf's body runs in the direct entry, called by f's block
    # (the host code of every block is named block).
    assert probe.seen[-1] == ('direct', 'block')
    assert probe.seen.count(probe.seen[-1]) > 40


def test_a_closure_entry_has_no_direct_entry(eager):
    # (Its entry is 0, before COPY_FREE_VARS: call_site runs it.)
    namespace = _run('def outer(k):\n'
                     '    def add(a):\n        return a + k\n'
                     '    return add\n'
                     'add = outer(2)\n'
                     'def f(n):\n    t = 0\n'
                     '    for i in range(n):\n        t += add(i)\n'
                     '    return t\n'
                     'result = [f(k) for k in range(12)]\n')
    assert namespace['result'] == [k * (k - 1) // 2 + 2 * k
                                   for k in range(12)]
    form = decoded(namespace['add'].__code__)
    assert form.entry[1] is None
