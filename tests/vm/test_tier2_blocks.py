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
from ophis.vm import ops_basic as B, ops_control as C, ops_calls as K
from ophis.vm import ops_generators as G
from ophis.vm.signals import RETURN_AT
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
    # which a nested ``if`` reaches); 2: 'a'; 3: JUMP_FORWARD 5; 4: 'b';
    # 5: an instruction without a template (no tail to run there).
    base = [(B.LOAD_FAST, 0), (C.POP_JUMP_IF_FALSE, 3),
            (B.LOAD_CONST, 'a'), (C.JUMP_FORWARD, 5), (B.LOAD_CONST, 'b'),
            (B.DELETE_FAST, 1), (C.RETURN_VALUE, 0)]
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


@pytest.mark.parametrize('flag', [0, 1])
def test_an_exit_to_a_short_tail_runs_it(flag):
    # 0-1: if L[0] (to 4 when false); 2: 'a'; 3: JUMP_FORWARD 5; 4: 'b';
    # 5: RETURN_VALUE, the join: a tail of one instruction, which both
    # exits of the block 0-4 run themselves.
    base = [(B.LOAD_FAST, 0), (C.POP_JUMP_IF_FALSE, 4),
            (B.LOAD_CONST, 'a'), (C.JUMP_FORWARD, 5), (B.LOAD_CONST, 'b'),
            (C.RETURN_VALUE, 0)]
    source, _ = compiler.block_source(base, 0, 4)
    assert source.count('return RETURN_AT') == 2
    block = compiler.compile_block(base, 0, 4)
    stack = []
    frame = FakeFrame([flag, None])
    assert block(frame, stack, None) is RETURN_AT
    assert stack == (['a'] if flag else ['b'])
    assert frame.pc == 6


def test_a_tail_is_short_and_keeps_a_generators_returns_out():
    jump = [(B.LOAD_FAST, 0), (C.POP_JUMP_IF_FALSE, 3),
            (B.LOAD_CONST, 'a')]
    # Longer than MAX_TAIL before its return: the block leaves for it.
    long_tail = [(B.NOP, 0)] * compiler.MAX_TAIL + [(C.RETURN_VALUE, 0)]
    source, _ = compiler.block_source(jump + long_tail, 0, 3)
    assert 'return 3' in source and 'RETURN_AT' not in source.split('\n', 1)[1]
    # A generator's return runs its handler (GEN_RETURN): no tail.
    base = [(G.RETURN_GENERATOR, 0)] + [
        (handler, arg + 1 if handler is C.POP_JUMP_IF_FALSE else arg)
        for handler, arg in jump] + [(C.RETURN_VALUE, 0)]
    source, _ = compiler.block_source(base, 1, 4)
    assert 'return 4' in source and 'RETURN_AT' not in source.split('\n', 1)[1]


def test_a_one_instruction_continuation_before_a_tail_is_a_block():
    # t = t.run() at a while loop's end: 3 (STORE_FAST) is all that
    # follows the CALL before the loop's condition (4-6, a join).
    listing = [(I.LOAD_FAST, B.LOAD_FAST, 0), (I.PUSH_NULL, B.PUSH_NULL, 0),
               (I.CALL, K.CALL, 0), (I.STORE_FAST, B.STORE_FAST, 1),
               (I.LOAD_FAST, B.LOAD_FAST, 1),
               (I.POP_JUMP_IF_NONE, C.POP_JUMP_IF_NONE, 7),
               (I.JUMP_BACKWARD, C.JUMP_BACKWARD, 4),
               (I.RETURN_CONST, C.RETURN_CONST, None)]
    blocks = compiler.find_blocks(Form(listing), _base(listing))
    assert (3, 4) in blocks
    # Its exit runs the condition (4-6) itself: back to the loop's head
    # (4) or on to the return (7).
    source, _ = compiler.block_source(_base(listing), 3, 4)
    assert 'is None' in source and 'return 7' in source
    # Without the tail (its condition longer than MAX_TAIL) it is not.
    listing[4:5] = [(I.NOP, B.NOP, 0)] * compiler.MAX_TAIL + [listing[4]]
    blocks = compiler.find_blocks(Form(listing), _base(listing))
    assert not any(start == 3 for start, _ in blocks)


TAILS = '''
class Task:
    def __init__(self, n, link):
        self.n = n
        self.link = link

    def holding(self):
        return self.n % 3 == 0 and self.n < 60

    def run(self):
        self.n += 1
        return self.link if self.n < 120 else None


def schedule(t):
    steps = 0
    while t is not None:
        steps += 1
        if t.holding():
            t.n += 1
            t = t.link
        else:
            t = t.run()
    return steps


def counts(cells, v):
    return sum((1 if v in cell else 0) for cell in cells)


def walk(k):
    a = Task(k, None)
    a.link = Task(k + 1, a)
    cells = [{i, i + k} for i in range(6)]
    return schedule(a), counts(cells, 3), list(x if x & 1 else -x
                                               for x in range(k))

result = [walk(k) for k in range(40)]
'''


def test_blocks_with_tails_run_as_python3(eager):
    host = {}
    exec(TAILS, host)
    code = ophis.compile(TAILS, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    assert namespace['result'] == host['result']
    names = [handler.__name__
             for handler, _ in decoded(namespace['schedule'].__code__).instrs]
    assert any(name.startswith('BLOCK_') for name in names)


def test_a_lone_return_after_a_call_is_no_continuation():
    # return f() followed by a tail (4-5): the block ends at its return,
    # so the return after the CALL stays the loop's (a block of one
    # instruction would save no dispatch).
    listing = [(I.LOAD_FAST, B.LOAD_FAST, 0), (I.PUSH_NULL, B.PUSH_NULL, 0),
               (I.CALL, K.CALL, 0), (I.RETURN_VALUE, C.RETURN_VALUE, 0),
               (I.LOAD_CONST, B.LOAD_CONST, None),
               (I.RETURN_VALUE, C.RETURN_VALUE, 0)]
    blocks = compiler.find_blocks(Form(listing), _base(listing))
    assert (0, 4) in blocks and not any(start == 3 for start, _ in blocks)
