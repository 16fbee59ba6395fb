"""What the second tier's warm-up costs (ophis.vm.tier2.hotness and the
compiling in ophis.vm.tier2.compiler): a block whose entry the block
before it now runs through is not compiled for nothing, and a block's
source is written once and names only what it uses.  What blocks do is
tested in test_tier2.py, test_tier2_blocks.py and the perf_tier2_*
programs."""

import pytest

import ophis
from ophis.bytecode import instructions as I
from ophis.vm import ops_basic as B, ops_control as C
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.tier2 import compiler, hotness

from tests.vm.test_tier2_templates import FakeFrame


@pytest.fixture
def eager(monkeypatch):
    """Code warm after two runs, a block compiled after its eighth, a
    block the one before it runs through after two more (a quarter of
    HOT; the pass that compiles the one before still runs through it)."""
    monkeypatch.setattr(hotness, 'WARM', 2)
    monkeypatch.setattr(hotness, 'HOT', 8)
    saved = hotness.ENABLED[0], compiler.STRICT[0]
    hotness.ENABLED[0] = compiler.STRICT[0] = True
    yield
    hotness.ENABLED[0], compiler.STRICT[0] = saved


def _run(source):
    code = ophis.compile(source, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    return namespace


def _compiled(function):
    """The (start, end) of function's compiled blocks."""
    found = []
    for handler, _ in decoded(function.__code__).instrs:
        name = getattr(handler, '__name__', '')
        if name.startswith('BLOCK_'):
            found.append(tuple(int(n) for n in name.split('_')[1:]))
    return found


def _after_call(function):
    """The index after function's last CALL (where a continuation block
    starts)."""
    ops = decoded(function.__code__).ops
    return max(i for i, (op, _) in enumerate(ops) if op == I.CALL) + 1


CONTINUED = '''
def leaf(x):
    return x + 1

def far(x):
    del x
    return 1

def loop(n, callee):
    total = 0
    for i in range(n):
        total = total + callee(i) * 2
        total = total - i
    return total

for k in range(10):
    leaf(k)
    far(k)
'''


def test_a_continuation_the_block_always_runs_through_is_not_compiled(
        eager):
    namespace = _run(CONTINUED)
    loop = namespace['loop']
    assert loop(40, namespace['leaf']) == sum(i + 2 for i in range(40))
    after = _after_call(loop)
    starts = [start for start, _ in _compiled(loop)]
    # The loop's body is compiled, its call of the leaf run directly; the
    # block after the call (which counted the same runs until the body
    # was compiled) is never reached again, and is not compiled.
    assert any(start < after < end for start, end in _compiled(loop))
    assert after not in starts
    assert hotness._heating in [handler for handler, _ in
                                decoded(loop.__code__).instrs]
    # far's first instruction has no template: its frame runs in the
    # loop, which comes back to the caller after the call, where the
    # continuation counts a quarter of HOT again.
    assert loop(40, namespace['far']) == sum(2 - i for i in range(40))
    assert after in [start for start, _ in _compiled(loop)]


class _Form:
    """What hotness._install reads and writes of a decoded form."""

    def __init__(self, base):
        self.unfused = base
        self.instrs = list(base)
        self.plain = None
        self.entry = [1, None]


def test_a_tail_the_block_runs_has_its_count_started_again(eager):
    # 0-1: if L[0] (to 4 when false); 2-3: 'a', return; 4-6: a tail
    # (L[1], POP_TOP, return None), which the block's exit to 4 runs.
    base = [(B.LOAD_FAST, 0), (C.POP_JUMP_IF_FALSE, 4),
            (B.LOAD_CONST, 'a'), (C.RETURN_VALUE, 0),
            (B.LOAD_FAST, 1), (B.POP_TOP, 0), (C.RETURN_CONST, None)]
    form = _Form(base)
    for start, end in ((0, 4), (4, 7)):
        form.instrs[start] = (hotness._heating,
                              [1, form, start, end, base[start]])
    hotness._install(form, 0, 4, base[0])
    assert form.instrs[0][0].__name__ == 'BLOCK_0_4'
    assert form.instrs[0][0].inlined == (4,)
    # The tail's block had one run to go; it counts a quarter of HOT
    # again, from the paths that still reach it.
    assert form.instrs[4][0] is hotness._heating
    assert form.instrs[4][1][0] == 2
    stack = []
    assert form.instrs[0][0](FakeFrame([0, 'b']), stack, None) \
        == compiler.RETURN_AT
    assert stack == [None]


def test_a_block_consuming_nothing_runs_its_templates_once(monkeypatch):
    calls = []
    plain = compiler._run_templates

    def counting(base, start, end, depth, *rest):
        calls.append(depth)
        return plain(base, start, end, depth, *rest)
    monkeypatch.setattr(compiler, '_run_templates', counting)
    base = [(B.LOAD_FAST, 0), (B.STORE_FAST, 1), (B.LOAD_FAST, 1),
            (B.STORE_FAST, 2), (B.DELETE_FAST, 0)]
    block = compiler.compile_block(base, 0, 4)
    assert calls == [0]
    frame = FakeFrame([5, None, None])
    assert block(frame, [], None) == 4
    assert frame.localsplus[:3] == [5, 5, 5]
    # A block consuming two values from the stack: the first pass finds
    # the depth, the second writes the text.
    del calls[:]
    base = [(B.STORE_FAST, 0), (B.STORE_FAST, 1), (B.DELETE_FAST, 0)]
    block = compiler.compile_block(base, 0, 2)
    assert calls == [0, 2]
    frame = FakeFrame([None, None])
    assert block(frame, [3, 4], None) == 2
    assert frame.localsplus[:2] == [4, 3]


def test_make_takes_only_the_names_the_block_uses():
    base = [(B.LOAD_FAST, 0), (B.STORE_FAST, 1), (B.DELETE_FAST, 0)]
    source, e = compiler.block_source(base, 0, 2)
    head = source.split('\n', 1)[0]
    names = head[len('def make('):-len('):')].split(', ')
    # What every block names (its exception path) and nothing else.
    assert names == ['unwind', 'BaseException', 'locals', 'LIVE']
    assert e.names == names


TWO_CALLS = '''
def far(x):
    del x
    return 1

def loop(n):
    total = 0
    for i in range(n):
        total = total + far(i) * 2
        total = total - far(i)
        total = total + i
    return total
'''


def test_each_block_installed_starts_the_later_continuations_again(
        eager, monkeypatch):
    monkeypatch.setattr(hotness, 'HOT', 1000)
    namespace = _run(TWO_CALLS)
    loop = namespace['loop']
    assert loop(10) == sum(1 + i for i in range(10))
    form = decoded(loop.__code__)
    stubs = {arg[2]: arg for handler, arg in form.instrs
             if handler is hotness._heating}
    calls = [i for i, (op, _) in enumerate(form.ops) if op == I.CALL]
    first, second = calls[-2] + 1, calls[-1] + 1
    # The body's block (from the loop's FOR_ITER), and the continuations
    # after its two calls, all ending at the loop's end.
    head = min(start for start, arg in stubs.items()
               if arg[3] == stubs[first][3])
    assert form.ops[head][0] == I.FOR_ITER
    assert stubs[second][3] == stubs[first][3]
    for arg in stubs.values():
        arg[0] = 5
    # The body installed: both continuations count a quarter of HOT
    # again.
    hotness._install(*stubs[head][1:])
    assert stubs[first][0] == stubs[second][0] == 250
    # The first continuation installed: the one after it, again.
    stubs[second][0] = 5
    hotness._install(*stubs[first][1:])
    assert form.instrs[first][0].__name__.startswith('BLOCK_')
    assert stubs[second][0] == 250
    assert loop(10) == sum(1 + i for i in range(10))
