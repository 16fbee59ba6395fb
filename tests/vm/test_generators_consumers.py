"""Builtin consumers of generators (sum, any, all, max, min, sorted,
str.join: ophis.vm.generators.consuming_frame): that CALL runs the
generator in the loop (no host resumption) where it may, hands it to the
builtin where it must, and leaves the thread state as it found it.  Their
semantics are compared with python3 by tests/programs/perf_gen_builtins.py."""

import pytest

import ophis
from ophis.vm.generators import Generator
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate
from ophis.vm.tracing import set_profile

SOURCE = '''
def numbers(n):
    for i in range(n):
        yield i

def run(consumer, n):
    return consumer(x for x in numbers(n))

def join(n):
    return ','.join(str(x) for x in numbers(n))
'''


@pytest.fixture
def namespace():
    names = {}
    run_code(ophis.compile(SOURCE, '<consumers>', 'exec'), names)
    return names


@pytest.fixture
def host_resumptions(monkeypatch):
    calls = []
    original = Generator.__next__

    def counting(self):
        calls.append(self)
        return original(self)

    monkeypatch.setattr(Generator, '__next__', counting)
    return calls


def _state(tstate):
    return (tstate.depth, tstate.reentries, tstate.frame, tstate.exc_info)


@pytest.mark.parametrize('consumer', [sum, any, all, max, min, sorted])
def test_consumed_in_the_loop(namespace, host_resumptions, consumer):
    tstate = get_tstate()
    before = _state(tstate)
    expected = consumer(x for x in range(6))
    assert namespace['run'](consumer, 6) == expected
    assert host_resumptions == []
    assert _state(tstate) == before


def test_join_in_the_loop(namespace, host_resumptions):
    assert namespace['join'](4) == '0,1,2,3'
    assert host_resumptions == []


def test_guest_operation_goes_to_the_builtin(namespace, host_resumptions):
    # A value whose + runs guest code: the rest is sum()'s own work, the
    # generator resumed from the host.
    names = {}
    run_code(ophis.compile(
        'class V:\n'
        '    def __radd__(self, other):\n'
        '        return other + 10\n'
        'def mixed():\n'
        '    yield 1\n'
        '    yield V()\n'
        '    yield 2\n'
        'result = sum(mixed())\n', '<mixed>', 'exec'), names)
    assert names['result'] == 13
    assert len(host_resumptions) >= 1


def test_profile_function_keeps_the_builtin(namespace, host_resumptions):
    # A profile function wants sum's c_call and c_return around the
    # generator's events: the host consumer runs it.
    events = []
    tstate = get_tstate()
    set_profile(tstate, lambda frame, event, arg: events.append(event))
    try:
        result = namespace['run'](sum, 3)
    finally:
        set_profile(tstate, None)
    assert result == 3
    assert len(host_resumptions) == 4
    assert 'c_call' in events
