"""Comprehensions and generator expressions called from compiled blocks
(ophis.vm.tier2.templates.t_call): the call of a comprehension's function
(its iterator in the self slot, CALL 0) goes through the call-site
helper, which makes a genexpr's generator there, and a builtin consumer
called with a generator in the middle of a block runs it in the loop
(templates_gen.consume_site) -- neither dispatches CALL's handler.  The
programs' semantics are compared with python3 by tests/programs/
perf_gen_blocks.py."""

import pytest

import ophis
from ophis.vm import ops_calls
from ophis.vm.frame import decoded
from ophis.vm.generators import Generator
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate
from ophis.vm.tier2 import hotness, compiler

SOURCE = '''
def f(t, i):
    a = sum(x for x in t)
    b = tuple(x + i for x in t)
    c = [x * i for x in t]
    d = max(x - i for x in t)
    e = ','.join(str(x) for x in t)
    return a, b, c, d, e

result = [f((1, 2, 3), k) for k in range(20)]
'''


@pytest.fixture
def eager(monkeypatch):
    """Blocks made after two runs (as tests/vm/test_tier2.py)."""
    monkeypatch.setattr(hotness, 'WARM', 2)
    monkeypatch.setattr(hotness, 'HOT', 2)
    saved = hotness.ENABLED[0], compiler.STRICT[0]
    hotness.ENABLED[0] = compiler.STRICT[0] = True
    yield
    hotness.ENABLED[0], compiler.STRICT[0] = saved


def _expected(i):
    t = (1, 2, 3)
    return (sum(x for x in t), tuple(x + i for x in t),
            [x * i for x in t], max(x - i for x in t),
            ','.join(str(x) for x in t))


@pytest.fixture
def hot(eager):
    names = {}
    run_code(ophis.compile(SOURCE, '<blocks>', 'exec'), names)
    assert names['result'] == [_expected(k) for k in range(20)]
    return names['f']


def _count_call_handler(function):
    """Wrap CALL's handler at every index of function where the loop would
    dispatch it; return the list of the indices it ran at."""
    instrs = decoded(function.__code__).instrs
    ran = []
    for index, (handler, arg) in enumerate(instrs):
        if handler is ops_calls.CALL:
            def counting(f, stack, arg, _index=index):
                ran.append(_index)
                return ops_calls.CALL(f, stack, arg)
            instrs[index] = (counting, arg)
    return ran


def test_blocks_are_made(hot):
    assert any(handler.__name__.startswith('BLOCK_')
               for handler, _ in decoded(hot.__code__).instrs)


def test_no_handler_dispatch_for_comprehensions(hot, monkeypatch):
    # Neither CALL's handler nor a host resumption: the comprehensions are
    # called by the block, sum(), max() and str.join run their genexprs in
    # the loop, tuple() and the listcomp need no consumer of their own.
    ran = _count_call_handler(hot)
    resumed = []
    original = Generator.__next__

    def counting(self):
        resumed.append(self)
        return original(self)
    monkeypatch.setattr(Generator, '__next__', counting)
    depth = get_tstate().depth
    for k in range(5):
        assert hot((1, 2, 3), k) == _expected(k)
    assert get_tstate().depth == depth
    assert ran == []
    assert resumed == []
