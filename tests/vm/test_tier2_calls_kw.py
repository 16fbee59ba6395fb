"""The second tier (ophis.vm.tier2) through CALL_KW and CALL_FUNCTION_EX:
a compiled block calls an Ophis function or bound method with keyword or
star arguments through the call-site helpers (ophis.vm.tier2.callsite.
call_site_kw, call_site_ex), which bind the arguments and run a leaf
callee's entry block directly; the block goes on after the call.  The
guest programs tests/programs/perf_tier2_calls_kw.py and
perf_tier2_calls_star.py compare what programs see with python3."""

import sys

import pytest

import ophis
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.tier2 import hotness, compiler
from ophis.vm.breaker import BLOCK_FILE, CALLSITE_FILE


@pytest.fixture
def eager(monkeypatch):
    """Blocks made after two runs (as tests/vm/test_tier2.py)."""
    monkeypatch.setattr(hotness, 'WARM', 2)
    monkeypatch.setattr(hotness, 'HOT', 2)
    saved = hotness.ENABLED[0], compiler.STRICT[0]
    hotness.ENABLED[0] = compiler.STRICT[0] = True
    yield
    hotness.ENABLED[0], compiler.STRICT[0] = saved


class _Probe:
    # A host property a leaf callee reads: the host frames that run the
    # leaf's block and what called it.
    def __init__(self):
        self.seen = []

    @property
    def x(self):
        frame = sys._getframe(1)
        files = []
        for _ in range(4):
            files.append(frame.f_code.co_filename)
            frame = frame.f_back
        self.seen.append(tuple(files))
        return 1


def _run(source, probe):
    code = ophis.compile(source, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__,
                 'probe': probe}
    run_code(code, namespace)
    return namespace


# A block runs its leaf callee itself: the leaf's block, the helper that
# binds (and _enter, which runs it), the caller's block.
DIRECT = (BLOCK_FILE, CALLSITE_FILE, CALLSITE_FILE, BLOCK_FILE)

SOURCES = {
    'keyword': 'def get(p, k=0, *, m=1):\n    return p.x + k * m\n'
               'def f(n, p):\n    t = 0\n'
               '    for i in range(n):\n        t += get(p, k=1, m=2)\n'
               '        t += 1\n'
               '    return t\n',
    'method keyword': 'class C:\n'
                      '    def get(self, p, k=0):\n'
                      '        return p.x + k * 2\n'
                      'def f(n, p):\n    t = 0\n    c = C()\n'
                      '    for i in range(n):\n        t += c.get(p, k=1)\n'
                      '        t += 1\n'
                      '    return t\n',
    'star': 'def get(p, k, m):\n    return p.x + k * m\n'
            'def f(n, p):\n    t = 0\n    a = (1, 2)\n'
            '    for i in range(n):\n        t += get(p, *a)\n'
            '        t += 1\n'
            '    return t\n',
    'star kwargs': 'def get(p, k, m=0):\n    return p.x + k * m\n'
                   'def f(n, p):\n    t = 0\n    a = [1]\n'
                   '    kw = {"m": 2}\n'
                   '    for i in range(n):\n        t += get(p, *a, **kw)\n'
                   '        t += 1\n'
                   '    return t\n',
}


@pytest.mark.parametrize('kind', sorted(SOURCES))
def test_a_block_runs_a_leaf_called_with_keywords_itself(eager, kind):
    probe = _Probe()
    namespace = _run(SOURCES[kind] +
                     'result = [f(k, probe) for k in range(12)]\n', probe)
    assert namespace['result'] == [4 * k for k in range(12)]
    assert probe.seen[-1] == DIRECT
    assert probe.seen.count(DIRECT) > 40
    # One block over the call and what follows it (the block goes on
    # after the call).
    used = set()
    for handler, _ in decoded(namespace['f'].__code__).instrs:
        if handler.__name__.startswith('BLOCK_'):
            used.update(handler.__code__.co_freevars)
    assert ('call_site_ex' if 'star' in kind else 'call_site_kw') in used


def test_calls_the_helpers_leave_run_the_handler(eager):
    # A builtin or a class called with keywords, a non-tuple iterable
    # after *, a non-dict mapping after **: the instruction's own handler
    # (a side exit), the same results.
    source = ('class M:\n'
              '    def keys(self):\n        return ["m"]\n'
              '    def __getitem__(self, key):\n        return 3\n'
              'class K:\n    def __init__(self, a, b=0):\n'
              '        self.v = a + b\n'
              'def get(k, m=1):\n    return k * m\n'
              'def f(n):\n    t = 0\n    m = M()\n'
              '    for i in range(n):\n'
              '        t += int("11", base=2) + K(1, b=2).v\n'
              '        t += get(*range(1, 2)) + get(1, **m)\n'
              '        t += sorted([3, 1], reverse=True)[0]\n'
              '    return t\n'
              'result = [f(k) for k in range(12)]\n')
    namespace = _run(source, None)
    assert namespace['result'] == [13 * k for k in range(12)]
    # (Through blocks that take the calls first.)
    used = set()
    for handler, _ in decoded(namespace['f'].__code__).instrs:
        if handler.__name__.startswith('BLOCK_'):
            used.update(handler.__code__.co_freevars)
    assert {'call_site_kw', 'call_site_ex', 'HANDLER'} <= used
