"""During start-up (the program's site), a function's decoded form is
fused (and its lines read) only after FUSE_AFTER entries, loop iterations
counted as a fraction of an entry (ophis.vm.decode._fuse_later and
_fuse_later_back): start-up runs most of the functions it decodes a few
times.  Until then the form runs unfused from index 0;
tracing before, during and after the fusing keeps the host's events, and
the form is fused once.  Outside start-up, functions are fused at their
first run."""

import sys

import pytest

import ophis
from ophis.vm import decode, tracing
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate

SOURCE = ('def f(a, b):\n'
          '    c = a.real + b\n'
          '    return c\n'
          'def g(n):\n'
          '    total = 0\n'
          '    for i in range(n):\n'
          '        total += i\n'
          '    return total\n')


@pytest.fixture(autouse=True)
def starting():
    decode.STARTING[0] = True
    yield
    decode.STARTING[0] = False


def _run(source):
    code = ophis.compile(source, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    return namespace


def _superinstructions(instrs):
    return [h.__name__ for h, _ in instrs
            if '__' in h.__name__.strip('_')]


def test_fused_after_its_entries():
    namespace = _run(SOURCE)
    f = namespace['f']
    form = decoded(f.__code__)
    f(1, 2)
    assert form.instrs[0][0] is decode._fuse_later
    assert not _superinstructions(form.instrs)
    assert form._lines is None          # not read yet
    assert form.entry[0] == 0           # calls run the counting stub
    for _ in range(decode.FUSE_AFTER - 1):
        assert f(1, 2) == 3
    assert form.instrs[0][0] is not decode._fuse_later
    assert _superinstructions(form.instrs)
    assert form.entry[0] == 1           # calls start past the RESUME again
    assert form.unfused is not None
    assert not _superinstructions(form.unfused)
    assert f(2, 3) == 5


def _iterations():
    return decode.FUSE_AFTER * decode._ITERATIONS_PER_ENTRY


def _stubs(instrs):
    return [h.__name__ for h, _ in instrs if h.__name__.startswith('_fuse')]


def test_loops_counted():
    # A function with a loop waits too, its iterations counted at its
    # backward jumps; a loop that turns long enough has its form fused
    # while it runs, and goes on right.
    namespace = _run(SOURCE)
    g = namespace['g']
    assert g(3) == 3
    form = decoded(g.__code__)
    assert _stubs(form.instrs) == ['_fuse_later', '_fuse_later_back']
    assert not _superinstructions(form.instrs)
    assert form._lines is None
    assert g(_iterations() * 3) == sum(range(_iterations() * 3))
    assert not _stubs(form.instrs)
    assert _superinstructions(form.instrs)
    assert form.entry[0] == 1
    assert not _stubs(form.unfused)
    assert g(10) == 45


def test_loops_and_entries_share_the_count():
    namespace = _run(SOURCE)
    g = namespace['g']
    form = decoded(g.__code__)
    per_entry = decode._ITERATIONS_PER_ENTRY
    # Each call of g(1): its entry and one iteration.
    assert g(1) == 0
    calls = 1
    while _stubs(form.instrs):
        assert g(1) == 0
        calls += 1
    assert calls == -(-_iterations() // (per_entry + 1))


SOURCE_LOOPS = ('def h(n):\n'
                '    total = 0\n'
                '    for i in range(n):\n'
                '        if i % 3:\n'
                '            total += i\n'
                '    while n > 0:\n'
                '        n -= 2\n'
                '    return total, n\n')


def test_tracing_across_the_fusing_of_a_loop():
    # Traced while the count runs out in a loop, then fused after tracing
    # stops (the stubs it put back take themselves out): the host's
    # events and results all along.
    namespace = _run(SOURCE_LOOPS)
    h = namespace['h']
    host = {}
    exec(SOURCE_LOOPS, host)
    assert h(5) == host['h'](5)
    form = decoded(h.__code__)
    calls = [(4,), (_iterations(),), (7,)]
    assert _ophis_events(h, calls) == _host_events(SOURCE_LOOPS, 'h', calls)
    assert form.plain is None
    for n in (0, 1, 6, _iterations() * 2):
        assert h(n) == host['h'](n)
    assert not _stubs(form.instrs)
    assert _superinstructions(form.instrs)
    assert not _superinstructions(form.unfused or [])
    calls = [(3,), (9,)]
    assert _ophis_events(h, calls) == _host_events(SOURCE_LOOPS, 'h', calls)


def _host_events(source, name, calls):
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name == name:
            events.append((event, frame.f_lineno))
        return tracer
    host = {}
    exec(source, host)
    sys.settrace(tracer)
    try:
        for args in calls:
            host[name](*args)
    finally:
        sys.settrace(None)
    return events


def _ophis_events(func, calls):
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name == func.__name__:
            events.append((event, frame.f_lineno))
        return tracer
    tstate = get_tstate()
    tracing.set_trace(tstate, tracer)
    try:
        for args in calls:
            func(*args)
    finally:
        tracing.set_trace(tstate, None)
    return events


def test_tracing_across_the_fusing():
    # Traced while its entries run out (the stub is due under tracing):
    # the host's events; after tracing, the form is fused once, runs
    # right, and its unfused list holds no superinstruction.
    namespace = _run(SOURCE)
    f = namespace['f']
    f(1, 2)
    form = decoded(f.__code__)
    calls = [(1, 2)] * (decode.FUSE_AFTER + 2)
    assert _ophis_events(f, calls) == _host_events(SOURCE, 'f', calls)
    assert form.plain is None
    assert _superinstructions(form.instrs)
    assert not _superinstructions(form.unfused or [])
    for _ in range(decode.FUSE_AFTER * 2):
        assert f(1, 2) == 3
    assert not _superinstructions(form.unfused or [])
    calls = [(3, 4)] * 2
    assert _ophis_events(f, calls) == _host_events(SOURCE, 'f', calls)


def test_lines_before_fusing():
    # A traceback through an unfused function has the host's lines.
    source = ('def f(a):\n'
              '    b = a + 1\n'
              '    return b.missing\n'
              'try:\n'
              '    f(1)\n'
              'except AttributeError as e:\n'
              '    tb = e.__traceback__\n'
              '    lines = []\n'
              '    while tb is not None:\n'
              '        lines.append(tb.tb_lineno)\n'
              '        tb = tb.tb_next\n')
    host = {}
    exec(source, host)
    assert _run(source)['lines'] == host['lines']


def test_fuse_now():
    namespace = _run(SOURCE)
    form = decoded(namespace['f'].__code__)
    decode.fuse_now(form)
    assert _superinstructions(form.instrs)
    assert namespace['f'](1, 2) == 3


def test_fused_at_once_outside_start_up(starting):
    decode.STARTING[0] = False
    namespace = _run(SOURCE)
    f = namespace['f']
    assert f(1, 2) == 3
    form = decoded(f.__code__)
    assert form.instrs[0][0] is not decode._fuse_later
    assert _superinstructions(form.instrs)
    assert form.entry[0] == 1


def test_program_functions_fused_at_first_run(tmp_path):
    # The command's site runs with STARTING set; the program after it
    # without: its functions are fused at their first run.
    from tests.vm.ophis_runner import run_ophis
    result = run_ophis('def f(a):\n    return a + 1\n'
                       'f(1)\n'
                       'form = f.__code__._vm_decoded\n'
                       'print(form.instrs[0][0].__name__ == "_fuse_later",\n'
                       '      form.unfused is not None, form.entry[0])\n',
                       tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ['False', 'True', '1']
