"""Block formation in the second tier (ophis.vm.tier2.compiler.find_blocks
and the Emitter's exits): a block leaving for a lone JUMP_FORWARD leaves
for its target; a code object's leading RESUME stays out of blocks (calls
start after it), a closure's RESUME after MAKE_CELL/COPY_FREE_VARS is in
one.  tests/programs/perf_tier2_blocks_joins.py compares what such blocks
do with python3 (tracebacks after a join and in closures, f_lineno,
signals, tracing, cells)."""

import pytest

import ophis
from ophis.bytecode import instructions as I
from ophis.vm import ops_basic as B, ops_control as C
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.tier2 import compiler, hotness

from tests.vm.test_tier2_templates import FakeFrame


class Form:
    """What find_blocks reads of a decoded form."""

    def __init__(self, listing, handlers=()):
        self.ops = [(opcode, arg) for opcode, _, arg in listing]
        self.handlers = list(handlers)


def _base(listing):
    return [(handler, arg) for _, handler, arg in listing]


def test_a_leading_resume_stays_out_of_blocks():
    resume = (I.RESUME, C.RESUME, 0)
    body = [(I.LOAD_FAST, B.LOAD_FAST, 0), (I.STORE_FAST, B.STORE_FAST, 1),
            (I.LOAD_CONST, B.LOAD_CONST, None),
            (I.RETURN_VALUE, C.RETURN_VALUE, 0)]
    listing = [resume] + body
    assert compiler.find_blocks(Form(listing), _base(listing)) == [(1, 5)]
    # A closure's entry: the RESUME after MAKE_CELL is in the block.
    listing = [(I.MAKE_CELL, B.MAKE_CELL, 0), resume] + body
    assert compiler.find_blocks(Form(listing), _base(listing)) == [(0, 6)]


@pytest.mark.parametrize('flag', [0, 1])
def test_an_exit_to_a_lone_jump_forward_takes_it(flag):
    # 0-1: if L[0] (to 3 when false, the then-branch's JUMP_FORWARD,
    # which a nested ``if`` reaches); 2: 'a'; 3: JUMP_FORWARD 5; 4: 'b'.
    base = [(B.LOAD_FAST, 0), (C.POP_JUMP_IF_FALSE, 3),
            (B.LOAD_CONST, 'a'), (C.JUMP_FORWARD, 5), (B.LOAD_CONST, 'b'),
            (C.RETURN_VALUE, 0)]
    source, _ = compiler.block_source(base, 0, 3)
    assert 'return 3' not in source
    block = compiler.compile_block(base, 0, 3)
    stack = []
    result = block(FakeFrame([flag, None]), stack, None)
    # Both ways the block leaves for the JUMP_FORWARD's target.
    assert result == 5
    assert stack == (['a'] if flag else [])


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setattr(hotness, 'WARM', 2)
    monkeypatch.setattr(hotness, 'HOT', 2)
    saved = hotness.ENABLED[0], compiler.STRICT[0]
    hotness.ENABLED[0] = compiler.STRICT[0] = True
    yield
    hotness.ENABLED[0], compiler.STRICT[0] = saved


JOINS = '''
def make(k):
    step = k & 3
    def inner(x):
        return x + step
    return inner

def f(n):
    total = 0
    for i in range(n):
        if i & 1:
            total += 1
        total += i & 3
        value = 2 if i & 4 else 5
        total += value * make(i)(i)
    return total

result = [f(k) for k in range(40)]
'''


def test_blocks_with_joins_and_closures_run_as_python3(eager):
    host = {}
    exec(JOINS, host)
    code = ophis.compile(JOINS, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    assert namespace['result'] == host['result']
    form = decoded(namespace['f'].__code__)
    spans = []
    for handler, _ in form.instrs:
        if handler.__name__.startswith('BLOCK_'):
            spans.append(tuple(map(int, handler.__name__.split('_')[1:])))
    assert spans
    # The closure's entry (MAKE_CELL/COPY_FREE_VARS, RESUME) is one block.
    inner = decoded(namespace['make'](1).__code__)
    first = inner.instrs[0][0].__name__
    assert first.startswith('BLOCK_0_'), first
