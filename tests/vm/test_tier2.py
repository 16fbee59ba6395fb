"""The second tier (ophis.vm.tier2): blocks are found, compiled and run
once hot; their results, exceptions (traceback lines and carets at every
position of a block, exception-table handlers), f_lineno and tracing are
the host's.  The guest programs tests/programs/perf_tier2_*.py (compared
with python3 by the corpus runner) cover tracing started in a hot loop, a
debugger's jump into a block, signals and threads; the tests here check
that blocks are really made where those programs look."""

import functools
import os
import pathlib
import subprocess
import sys

import pytest

import ophis
from ophis.vm import tracing
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate
from ophis.vm.tier2 import hotness, compiler

from tests.vm.ophis_runner import run_ophis

PROGRAMS = pathlib.Path(__file__).parent.parent / 'programs'


@pytest.fixture
def eager(monkeypatch):
    """Blocks made after two runs (the hook tests use)."""
    monkeypatch.setattr(hotness, 'WARM', 2)
    monkeypatch.setattr(hotness, 'HOT', 2)
    saved = hotness.ENABLED[0], compiler.STRICT[0]
    hotness.ENABLED[0] = compiler.STRICT[0] = True
    yield
    hotness.ENABLED[0], compiler.STRICT[0] = saved


def _run(source):
    code = ophis.compile(source, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    return namespace


def _blocks(function):
    return [handler.__name__ for handler, _ in
            decoded(function.__code__).instrs
            if handler.__name__.startswith('BLOCK_')]


LOOP = '''
class P:
    def __init__(self, x):
        self.x = x

def f(n, p):
    total = 0
    items = [1, 2, 3]
    for i in range(n):
        a = p.x * i + items[i % 3]
        if a > 10:
            total += a
        else:
            total -= 1
        items[0] = len(items) + i
        x, y = items[0], i
        total = total + x - y
    return total, items

result = [f(k, P(1.5)) for k in range(30)]
'''


def test_blocks_are_formed_and_run(eager):
    host = {}
    exec(LOOP, host)
    namespace = _run(LOOP)
    assert namespace['result'] == host['result']
    names = _blocks(namespace['f'])
    assert len(names) >= 2
    # The loop's body runs as a block from FOR_ITER to JUMP_BACKWARD.
    form = decoded(namespace['f'].__code__)
    ops = form.ops
    backward = [i for i, (op, _) in enumerate(ops)
                if op == ophis.bytecode.instructions.JUMP_BACKWARD]
    assert any(name.endswith(f'_{backward[0] + 1}') for name in names)


def test_default_thresholds_leave_cold_code_alone(monkeypatch):
    warm, hot = hotness.DEFAULT
    assert (warm, hot) == (128, 64)
    monkeypatch.setattr(hotness, 'WARM', warm)
    monkeypatch.setattr(hotness, 'HOT', hot)
    saved = hotness.ENABLED[0]
    hotness.ENABLED[0] = True
    try:
        namespace = _run('def g(x):\n    y = x + 1\n    return y * 2\n'
                         'r = [g(k) for k in range(150)]\n')
    finally:
        hotness.ENABLED[0] = saved
    # Warm after 128 calls, its block not run 64 times since.
    assert namespace['r'] == [(k + 1) * 2 for k in range(150)]
    assert _blocks(namespace['g']) == []


def test_tracing_runs_the_plain_instructions_and_blocks_come_back(eager):
    namespace = _run(LOOP)
    f = namespace['f']
    form = decoded(f.__code__)
    assert _blocks(f)
    events = []

    def tracer(frame, event, arg):
        events.append(event)
        return tracer
    tstate = get_tstate()
    tracing.set_trace(tstate, tracer)
    try:
        assert not _blocks(f)
        assert all(handler is tracing.TRACE_STEP
                   for handler, _ in form.instrs)
        host = {}
        exec(LOOP, host)
        assert f(3, namespace['P'](2)) == host['f'](3, host['P'](2))
    finally:
        tracing.set_trace(tstate, None)
    assert 'line' in events
    assert not _blocks(f)
    for k in range(10):
        f(k, namespace['P'](2))
    assert _blocks(f)


def test_jump_into_the_middle_of_a_block(eager):
    # A while loop's back edge lands on the condition, in no block of its
    # own; the loop body's block starts after it.
    source = ('def f(n):\n    total = 0\n    i = 0\n    while i < n:\n'
              '        total += i * 2\n        i += 1\n    return total\n'
              'result = [f(k) for k in range(20)]\n')
    host = {}
    exec(source, host)
    assert _run(source)['result'] == host['result']


def test_superinstruction_before_a_block_is_taken_apart(eager):
    # RESUME__LOAD_FAST would skip the block that starts at the LOAD_FAST.
    namespace = _run('def f(a, b):\n    c = a + b\n    return c * a\n'
                     'r = [f(k, 2) for k in range(10)]\n')
    assert namespace['r'] == [(k + 2) * k for k in range(10)]
    instrs = decoded(namespace['f'].__code__).instrs
    assert instrs[1][0].__name__.startswith('BLOCK_1_')
    assert instrs[0][0].__name__ == 'RESUME'


# --- exceptions at every position of a block ------------------------------------

POSITIONS = '''
import traceback

class Box:
    def __init__(self, v):
        self.v = v

def block(a, b, c, d, e):
    x = a.v + b[0]
    y = (x *
         c)
    z = y - d.v
    items = [x, y, z]
    items[e] = z // d.v
    return items[e]

for k in range(1000):
    block(Box(1), [2], 3, Box(4), 1)

cases = [
    (1, [2], 3, Box(4), 1),          # a.v
    (Box(1), 2, 3, Box(4), 1),       # b[0]
    (Box('s'), ['t'], {}, Box(4), 1), # x * c
    (Box(1), [2], 3, 5, 1),          # d.v
    (Box(1), [2], 3, Box(0), 1),     # z // d.v
    (Box(1), [2], 3, Box(4), 7),     # items[e] =
    (Box(1), [2], 3, Box(4), 'k'),   # items[e] = (TypeError)
    (Box(1), [2], 3, Box('q'), 1),   # y - d.v
]
for args in cases:
    try:
        try:
            block(*args)
        finally:
            marker = 'finally ran'
    except Exception:
        print(marker)
        print('\\n'.join(traceback.format_exc().splitlines()[3:]))
'''


def test_exceptions_at_every_position(tmp_path):
    got = run_ophis(POSITIONS, tmp_path)
    expected = subprocess.run([sys.executable, str(tmp_path / 'program.py')],
                              capture_output=True, text=True, cwd=tmp_path)
    assert got.stderr == expected.stderr
    assert got.stdout == expected.stdout
    assert expected.stdout.count('^') > 8


def test_the_programs_make_blocks(eager):
    # The shapes of the guest programs' hot functions give blocks.
    for name in ('perf_tier2_exceptions.py', 'perf_tier2_tracing.py',
                 'perf_tier2_signals.py', 'perf_tier2_calls.py',
                 'perf_tier2_leaf.py', 'perf_tier2_threaded_jumps.py'):
        code = ophis.compile((PROGRAMS / name).read_text(), name, 'exec')
        for const in code.co_consts:
            if hasattr(const, 'co_code') and const.co_name in (
                    'arith', 'subscr', 'truth', 'caught', 'multi_line',
                    'body', 'straight', 'spin', 'work', 'through',
                    'mixed', 'keep_loop', 'multi_line', 'traced_loop',
                    'interrupt_loop', 'plain', 'looking', 'finalizing',
                    'get', 'scaled', 'look', 'keeper', 'consume',
                    'count_odd', 'classify', 'while_if'):
                form = decoded(const)
                form.lines
                hotness._warm(hotness._Warming(form, []))
                found = compiler.find_blocks(form, form.unfused)
                assert found, const.co_name
                for start, end in found:
                    assert compiler.compile_block(form.unfused, start, end)


CALLS = '''
class P:
    def __init__(self, x):
        self.x = x
    def get(self, k):
        return self.x + k

def add(a, b):
    return a + b

def f(n, p):
    total = 0
    for i in range(n):
        total += add(i, 2) * p.get(i)
        m = p.get
        total -= m(1)
    return total

result = [f(k, P(3)) for k in range(30)]
'''


def _block_functions(function):
    return [handler for handler, _ in decoded(function.__code__).instrs
            if handler.__name__.startswith('BLOCK_')]


def test_calls_and_returns_inside_blocks(eager):
    # A block calls the Ophis functions and bound methods through the
    # call-site helper (ophis.vm.tier2.callsite) and returns the frame's
    # value (RETURN_AT); the names a block's code uses are its closure's.
    host = {}
    exec(CALLS, host)
    namespace = _run(CALLS)
    assert namespace['result'] == host['result']
    used = set()
    for block in _block_functions(namespace['f']):
        used.update(block.__code__.co_freevars)
    assert 'call_site' in used and 'RETURN_AT' in used
    returns = set()
    for name in ('add', 'P'):
        function = namespace[name]
        function = getattr(function, 'get', function)
        for block in _block_functions(function):
            returns.update(block.__code__.co_freevars)
    assert 'RETURN_AT' in returns


def test_leaf_blocks_are_marked_and_called_directly(eager):
    # A block that makes no frame is a leaf (its entry's argument LEAF);
    # a block calling it runs it itself, the callee's frame pushed and
    # popped as the loop would (the depth and tstate.frame back after).
    host = {}
    exec(CALLS, host)
    depth = get_tstate().depth
    namespace = _run(CALLS)
    assert namespace['result'] == host['result']
    assert get_tstate().depth == depth
    for function in (namespace['add'], namespace['P'].get):
        entries = [(handler, arg) for handler, arg in
                   decoded(function.__code__).instrs
                   if handler.__name__.startswith('BLOCK_')]
        assert entries and entries[0][1] is compiler.LEAF
        assert entries[0][0].leaf
    callers = [block for block in _block_functions(namespace['f'])
               if not block.leaf]
    assert callers
    used = set()
    for block in callers:
        used.update(block.__code__.co_freevars)
    # (The leaf run by the call-site helper, ophis.vm.tier2.callsite.)
    assert {'call_site', 'UNHANDLED'} <= used


class _HostProbe:
    # A host property a leaf reads: which host frames run the leaf's block
    # and what called it (a block: a direct call; the loop otherwise).
    def __init__(self):
        self.seen = []

    @property
    def x(self):
        leaf = sys._getframe(1)
        back = leaf.f_back
        self.seen.append((leaf.f_code.co_filename, back.f_code.co_filename,
                          back.f_back.f_code.co_filename))
        return 1


def test_a_block_runs_its_leaf_callee_itself(eager):
    from ophis.vm.breaker import BLOCK_FILE, CALLSITE_FILE
    probe = _HostProbe()
    code = ophis.compile('def get(p):\n    return p.x + 1\n'
                         'def f(n, p):\n    t = 0\n'
                         '    for i in range(n):\n        t += get(p)\n'
                         '    return t\n'
                         'result = [f(k, probe) for k in range(12)]\n',
                         '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__,
                 'probe': probe}
    run_code(code, namespace)
    assert namespace['result'] == [2 * k for k in range(12)]
    # (No host frame between the two blocks: the leaf's direct entry,
    # ophis.vm.tier2.direct, is the block's call; then the loop.)
    from ophis.vm import loop
    direct = (BLOCK_FILE, BLOCK_FILE, loop.__file__)
    assert probe.seen[-1] == direct
    assert probe.seen.count(direct) > 40


def test_a_calling_entry_block_is_run_two_levels_deep(eager):
    # An entry block that calls (compiler.CALLS) is run by the call-site
    # helper too, and so is one it calls (callsite.NESTED_ONCE); their
    # calls of leaves are direct again, so a leaf's block runs under up to
    # three helper calls, and no deeper: a calling entry at the third
    # level (mid3 -> mid2 -> mid) goes through the loop.
    from ophis.vm.breaker import BLOCK_FILE, CALLSITE_FILE

    class Probe:
        seen = []

        @property
        def x(self):
            frame = sys._getframe(1)
            files = []
            for _ in range(7):
                files.append(frame.f_code.co_filename)
                frame = frame.f_back
            self.seen.append(tuple(files))
            return 1

    probe = Probe()
    code = ophis.compile('def get(p):\n    return p.x + 1\n'
                         'def mid(p):\n    return get(p) * 2\n'
                         'def mid2(p):\n    return mid(p) + 1\n'
                         'def mid3(p):\n    return mid2(p) + 1\n'
                         'def f(n, p, g):\n    t = 0\n'
                         '    for i in range(n):\n        t += g(p)\n'
                         '    return t\n'
                         'def run(g):\n'
                         '    del probe.seen[:]\n'
                         '    return [f(k, probe, g) for k in range(12)]\n',
                         '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__,
                 'probe': probe}
    depth = get_tstate().depth
    run_code(code, namespace)
    run = namespace['run']
    # get's direct entry (ophis.vm.tier2.direct), mid's block, the
    # helper, f's block (then the loop); with mid2, mid2's block and a
    # helper more.
    two = (BLOCK_FILE, BLOCK_FILE, CALLSITE_FILE, BLOCK_FILE)
    three = two[:2] + (CALLSITE_FILE, BLOCK_FILE) * 2
    for g, total, levels in ((namespace['mid'], 4, two),
                             (namespace['mid2'], 5, three),
                             (namespace['mid3'], 6, None)):
        assert run(g) == [total * k for k in range(12)]
        assert get_tstate().depth == depth
        if levels is not None:
            assert [s[:len(levels)] for s in probe.seen].count(levels) > 40
            assert probe.seen[-1][:len(levels)] == levels
        else:
            # mid's frame in the loop, whose block runs get directly.
            assert probe.seen[-1][:2] == two[:2]
            assert probe.seen[-1][2] != CALLSITE_FILE
            assert three not in probe.seen[-12:]
    for name in ('mid', 'mid2', 'mid3'):
        entries = [(handler, arg) for handler, arg in
                   decoded(namespace[name].__code__).instrs
                   if handler.__name__.startswith('BLOCK_')]
        assert entries and entries[0][1] is compiler.CALLS


def test_recursion_depth_through_block_calls(eager):
    # The loop's depth check applies to a frame a block made (the depth
    # itself is compared with python3's by tests/programs/
    # perf_tier2_calls.py, whose host frames below are the same).
    source = '''
seen = [0]
def deep(n, limit):
    if n >= limit:
        return n
    seen[0] = n
    return deep(n + 1, limit)
for _ in range(5):
    deep(0, 20)
try:
    deep(0, 10 ** 9)
except RecursionError as exc:
    message = str(exc)
'''
    host = {}
    exec(source, host)
    depth = get_tstate().depth
    namespace = _run(source)
    used = set()
    for block in _block_functions(namespace['deep']):
        used.update(block.__code__.co_freevars)
    assert 'call_site' in used
    assert namespace['message'] == host['message']
    assert namespace['seen'][0] > 900
    assert get_tstate().depth == depth


def test_block_read_before_its_first_pc_store():
    # Another thread's dump (faulthandler's watchdog) can read a block's
    # host frame before the block has stored its pc: the reader goes on to
    # the frames below instead of failing on None (CI: the watchdog died
    # with "unsupported operand type(s) for +: 'NoneType' and 'int'").
    from ophis.vm import frame as frame_module
    from ophis.vm.breaker import BLOCK_FILE
    source = ('def block(f, stack, arg):\n'
              '    if arg:\n'
              '        pc = 0\n'
              '    return sys._getframe()\n')
    # With no loop below holding the frame (a leaf block another block
    # called), the block's index is the frame's pc, where it was entered.
    namespace = {'sys': sys}
    exec(compile(source, BLOCK_FILE, 'exec'), namespace)

    class Running:
        pc = 5
    running = Running()
    host_frame = namespace['block'](running, None, False)
    assert 'pc' not in host_frame.f_locals
    assert frame_module._running_pc(host_frame, running) == 6
    assert frame_module._running_pc(host_frame, object()) is None
    stored = namespace['block'](running, None, True)
    assert frame_module._running_pc(stored, running) == 1


def test_a_lone_return_is_a_leaf_block(eager):
    # The target of an and/or that is only the return is a block of its
    # own, a leaf, which a caller's block runs after the callee's first
    # block (tests/programs/perf_tier2_leaf.py compares the results).
    source = ('def g(a, b):\n    return a or b\n'
              'def f(n):\n    t = 0\n    for i in range(n):\n'
              '        t += g(i & 1, 5)\n    return t\n'
              'result = [f(k) for k in range(12)]\n')
    host = {}
    exec(source, host)
    namespace = _run(source)
    assert namespace['result'] == host['result']
    lone = []
    for handler, arg in decoded(namespace['g'].__code__).instrs:
        name = handler.__name__
        if name.startswith('BLOCK_'):
            start, end = map(int, name.split('_')[1:])
            if end - start == 1:
                lone.append(arg)
    assert lone == [compiler.LEAF]


def test_a_signal_at_a_blocks_own_call_waits_for_the_next_check():
    # ophis.vm.breaker runs a program's signal handler at once when the
    # host interrupts a compiled block in a call of the program's own
    # callable (a builtin blocked in time.sleep), and otherwise only
    # records it: at the block's bookkeeping calls (the frame it makes, a
    # leaf callee it runs, reference counts) CPython would run it at its
    # next check, not at the caller's CALL.
    from ophis.vm import breaker
    from ophis.vm.hostrefs import host_getframe
    seen = []

    def probe(*args):
        # Called through a C function (partial), as the host's signal
        # machinery calls breaker._record: the block's frame is at its
        # CALL (a Python callee would find it past the CALL's caches).
        seen.append(breaker._calls_guest(host_getframe(1)))

    probe = functools.partial(probe)

    source = ('def make(helper):\n'
              '    def block(s0, s1, F):\n'
              '        s2 = s0(s1)\n'
              '        X = helper(F)\n'
              '        s3 = s0()\n'
              '        return X\n'
              '    return block\n')
    namespace = {}
    exec(compile(source, breaker.BLOCK_FILE, 'exec'), namespace)
    namespace['make'](probe)(probe, 1, None)
    assert seen == [True, False, True]


LEAF_SIGNAL = '''
import signal, sys, traceback
def on_alarm(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, on_alarm)
def f(x):
    return x + 1
def spin():
    x = 0
    while True:
        x = f(x)
for _ in range(6):
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        spin()
    except KeyboardInterrupt:
        print([(e.name, e.lineno)
               for e in traceback.extract_tb(sys.exc_info()[2])][1:-1])
'''


def test_a_signal_in_a_loop_calling_a_leaf_lands_where_python3_can(
        tmp_path):
    # CPython checks at the loop's backward jump (spin at line 10) and at
    # f's RESUME (spin at 11, then f); never at spin's CALL alone, where
    # the host runs the handler when a block's direct call of the leaf
    # has returned.
    got = run_ophis(LEAF_SIGNAL, tmp_path)
    shapes = set(got.stdout.splitlines())
    assert len(got.stdout.splitlines()) == 6, got.stderr
    assert shapes <= {"[('spin', 10)]", "[('spin', 11), ('f', 6)]"}, shapes
