"""The fast paths of generator resumption (Generator.__next__ from host
code, FOR_ITER/SEND inline, the RESUME after a yield stepped over): that
they are taken, and that they leave the thread state as the general path
does.  Their semantics are compared with python3 by
tests/programs/perf_gen_resume.py."""

import pytest

import ophis
from ophis.vm import generators, ops_control
from ophis.vm.generators import Generator
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate

SOURCE = '''
def numbers(n):
    for i in range(n):
        yield i

def failing():
    yield 1
    raise KeyError('k')

def leaking():
    yield 1
    raise StopIteration

def inline_sum(gen):
    total = 0
    for v in gen:
        total += v
    return total

def delegate(gen):
    return (yield from gen)
'''


@pytest.fixture
def namespace():
    names = {}
    run_code(ophis.compile(SOURCE, '<fast>', 'exec'), names)
    return names


def _state(tstate):
    return (tstate.depth, tstate.reentries, tstate.frame, tstate.exc_info,
            tstate.exc_info.exc_value)


def test_next_does_not_take_the_general_path(namespace, monkeypatch):
    gen = namespace['numbers'](5)
    calls = []
    original = Generator._send2

    def counting(self, *args, **kwargs):
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Generator, '_send2', counting)
    assert list(gen) == [0, 1, 2, 3, 4]
    assert calls == []
    # Finished: the general path answers (and says so).
    assert next(gen, 'end') == 'end'
    assert len(calls) == 1


def test_resume_steps_over_resume(namespace, monkeypatch):
    # The RESUME after a yield is not dispatched on a fast resumption; the
    # first one (RESUME 0, after RETURN_GENERATOR's POP_TOP) still is.
    runs = []
    original = ops_control.RESUME

    def counting(f, stack, arg):
        runs.append(arg)
        return original(f, stack, arg)

    gen = namespace['numbers'](4)
    form_instrs = gen.gi_frame.instrs
    next(gen)      # fills the decoded form
    replaced = [i for i, (handler, _) in enumerate(form_instrs)
                if handler is original]
    assert replaced
    for index in replaced:
        form_instrs[index] = (counting, form_instrs[index][1])
    # (What the resumers compare the instruction's handler with.)
    monkeypatch.setattr(generators, '_RESUME', counting)
    monkeypatch.setattr(ops_control, 'RESUME', counting)
    try:
        assert list(gen) == [1, 2, 3]
        assert runs == []
        assert namespace['inline_sum'](namespace['numbers'](5)) == 10
        assert runs == [0]
    finally:
        for index in replaced:
            form_instrs[index] = (original, form_instrs[index][1])


@pytest.mark.parametrize('how', ['host', 'inline', 'delegate'])
@pytest.mark.parametrize('name', ['numbers', 'failing', 'leaking'])
def test_thread_state_restored(namespace, name, how):
    tstate = get_tstate()
    before = _state(tstate)
    for _ in range(3):
        gen = namespace[name](3) if name == 'numbers' else namespace[name]()
        try:
            if how == 'host':
                list(gen)
            elif how == 'inline':
                namespace['inline_sum'](gen)
            else:
                list(namespace['delegate'](gen))
            error = None
        except (KeyError, RuntimeError) as caught:
            error = caught
        assert _state(tstate) == before
        assert gen.gi_frame is None and not gen.gi_running
        if name == 'failing':
            assert isinstance(error, KeyError)
        elif name == 'leaking':
            assert isinstance(error, RuntimeError)
            assert isinstance(error.__cause__, StopIteration)
        else:
            assert error is None


def test_depth_limit_on_fast_path(namespace):
    tstate = get_tstate()
    gen = namespace['numbers'](3)
    next(gen)
    saved = tstate.depth
    tstate.depth = tstate.limit
    try:
        with pytest.raises(RecursionError):
            next(gen)
    finally:
        tstate.depth = saved
    # As in CPython, where gen_send_ex2 marks the generator completed when
    # its frame fails the depth check on entry (tests/programs/
    # perf_gen_resume.py compares the whole of it with python3).
    assert gen.gi_frame is None and not gen.gi_suspended
    assert list(gen) == []
    assert _state(tstate)[:3] == (saved, tstate.reentries, tstate.frame)
