"""Superinstructions (ophis.vm.superinstructions): the guest program
tests/programs/perf_superinstructions.py (compared with the host by the
corpus runner) reaches every pair whose second instruction may raise; these
tests check that the pairs are fused there, that jumps into a pair's second
instruction still run it, and that tracing takes the pairs apart."""

import pathlib
import sys

import ophis
from ophis.vm import superinstructions, tracing
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate

PROGRAM = (pathlib.Path(__file__).parent.parent / 'programs' /
           'perf_superinstructions.py')

# The pairs whose second instruction may raise (RAISE_NEXT).
SECOND_RAISES = {
    'LOAD_FAST__LOAD_ATTR', 'LOAD_FAST__LOAD_METHOD', 'LOAD_FAST__STORE_ATTR',
    'LOAD_FAST__BINARY_MULTIPLY', 'LOAD_FAST__BINARY_ADD',
    'LOAD_FAST__BINARY_SUBTRACT', 'LOAD_FAST__BINARY_SUBSCR',
    'COMPARE_LT__POP_JUMP_IF_FALSE', 'COMPARE_GT__POP_JUMP_IF_FALSE',
    'COMPARE_EQ__POP_JUMP_IF_FALSE', 'COMPARE_OP__POP_JUMP_IF_FALSE',
    'LOAD_ATTR__BINARY_MULTIPLY', 'LOAD_ATTR__BINARY_ADD',
    'LOAD_ATTR__BINARY_SUBTRACT',
}
# Pairs that cannot raise in their second instruction, reached too.
ALSO_REACHED = {
    'COPY__COPY', 'SWAP__SWAP', 'STORE_FAST__STORE_FAST',
    'POP_TOP__LOAD_FAST', 'LOAD_GLOBAL_NULL__LOAD_FAST',
    'FOR_ITER__STORE_FAST', 'RESUME__LOAD_FAST', 'LOAD_FAST__LOAD_FAST',
}


def _codes(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            yield from _codes(const)


def _filled(code):
    """code's decoded form, filled (looking at its lines fills it)."""
    form = decoded(code)
    form.lines
    return form


def _fused_names(code):
    names = set()
    for each in _codes(code):
        for handler, _ in _filled(each).instrs:
            if '__' in handler.__name__.strip('_'):
                names.add(handler.__name__)
    return names


def test_program_reaches_the_raising_pairs():
    code = ophis.compile(PROGRAM.read_text(), str(PROGRAM), 'exec')
    missing = (SECOND_RAISES | ALSO_REACHED) - _fused_names(code)
    assert not missing


def test_every_pair_handler_is_named_for_its_instructions():
    for (first, second), (handler, _, _) in superinstructions.PAIRS.items():
        assert '__' in handler.__name__


def _run(source):
    code = ophis.compile(source, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    return code, namespace


def test_decoding_waits_for_the_first_run():
    code, namespace = _run('def f(x):\n    return x + 1\n'
                           'def g():\n    return 2\n')
    unrun = decoded(namespace['g'].__code__)
    assert len(unrun.instrs) == 1
    assert namespace['f'](1) == 2
    assert len(decoded(namespace['f'].__code__).instrs) > 1
    assert len(unrun.instrs) == 1
    assert unrun.lines and len(unrun.instrs) == len(unrun.lines)


def test_jump_into_second_instruction():
    # The loop's back edge lands between the pairs the loop body fuses;
    # the result must be the host's.
    source = ('def f(n):\n    total = 0\n    i = 0\n    while i < n:\n'
              '        total += i\n        i += 1\n    return total\n'
              'result = f(100)\n')
    host = {}
    exec(source, host)
    _, namespace = _run(source)
    assert namespace['result'] == host['result']


def test_tracing_takes_pairs_apart_and_restores_them():
    source = 'def f(a, b):\n    return a.real + b\n'
    code, namespace = _run(source)
    func_code = namespace['f'].__code__
    form = _filled(func_code)
    fused = list(form.instrs)
    assert form.unfused is not None and fused != form.unfused
    events = []

    def tracer(frame, event, arg):
        events.append((event, frame.f_lineno))
        return tracer
    tstate = get_tstate()
    tracing.set_trace(tstate, tracer)
    try:
        steps = [arg[1] for handler, arg in form.instrs]
        assert steps == [handler for handler, _ in form.unfused]
        namespace['f'](1, 2)
    finally:
        tracing.set_trace(tstate, None)
    assert form.instrs == fused
    host_events = []

    def host_tracer(frame, event, arg):
        if frame.f_code.co_name == 'f':
            host_events.append((event, frame.f_lineno))
        return host_tracer
    host = {}
    exec(source, host)
    sys.settrace(host_tracer)
    try:
        host['f'](1, 2)
    finally:
        sys.settrace(None)
    assert events == host_events
