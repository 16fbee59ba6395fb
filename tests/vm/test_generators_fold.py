"""A builtin consumer's step done at the yield (ophis.vm.ops_generators.
YIELD_VALUE_INLINE and LOAD_CONST__YIELD_VALUE, the fused list's yields;
the YIELD_VALUE template of ophis.vm.tier2.templates_gen): each against
the loop's own YIELD path, which calls the consumer's step
(generators.consuming_frame, collecting_frame), on the same values; and
fuse() puts them where they belong.  Whole programs: tests/programs/
perf_gen_fold.py."""

import pytest

from ophis.vm import ops_basic as B, ops_control as C
from ophis.vm import ops_generators as G
from ophis.vm import generators
from ophis.vm.generators import COLLECT, YIELD_AT
from ophis.vm.signals import YIELD
from ophis.vm.tier2 import compiler
from ophis.vm.frame import decoded
from ophis.vm.decode import fill, _first_run
from tests.support.hostfront import compile_source


class Frame:
    def __init__(self, how):
        self.inline = how
        self.localsplus = []
        self.pc = -1
        self.yielded = False
        self.gen = None


def _how(consumer):
    """A fresh (COLLECT, step, gen, finish, state) as the consumers make
    it (the generator itself is not needed here)."""
    if consumer in ('tuple', 'list', 'set', 'frozenset'):
        cls = {'tuple': tuple, 'list': list, 'set': set,
               'frozenset': frozenset}[consumer]
        if cls in (set, frozenset):
            acc = set()
            state = object.__new__(generators._SetCollect)
            state.acc, state.cls, state.gen = acc, cls, None
            return (COLLECT, state.step, None, cls, acc)
        acc = []
        return (COLLECT, acc.append, None, cls, acc)
    if consumer.startswith('sum'):
        state = object.__new__(generators._Sum)
        state.acc = {'sum': 0.5, 'sum0': 0, 'sumbig': 10 ** 400}[consumer]
        state.gen = None
        return (COLLECT, state.step, None, generators._sum_result, state)
    state = object.__new__(generators._AnyAll)
    state.deciding, state.gen = consumer == 'any', None
    return (COLLECT, state.step, None,
            generators._any_result if consumer == 'any'
            else generators._all_result, state)


def _loop_step(how, value):
    """What the loop's YIELD path does with value: ('on', state) when the
    step folded it, ('yield', ...) when it went to the consumer's rest."""
    try:
        then = how[1](value)
    except Exception as error:
        return ('raised', type(error))
    return ('on' if then is None else 'rest', _state(how))


def _state(how):
    state = how[4]
    if isinstance(state, (list, set)):
        return sorted(map(repr, state))
    return {name: getattr(state, name, None) for name in ('acc', 'best')}


CONSUMERS = ['sum', 'sum0', 'sumbig', 'any', 'all', 'tuple', 'list', 'set', 'frozenset']
VALUES = [0, 3, True, False, 2.5, 0.0, 1e308, 10 ** 400, 'a', '', None, (1,), (), [1], 10 ** 30,
          object()]


def _block():
    base = [(G.YIELD_VALUE, 0), (C.RESUME, 1)]
    return compiler.compile_block(base, 0, 1)


@pytest.mark.parametrize('consumer', CONSUMERS)
@pytest.mark.parametrize('value', VALUES, ids=[type(v).__name__ + repr(i)
                                               for i, v in enumerate(VALUES)])
def test_fold_matches_step(consumer, value):
    expected_how = _how(consumer)
    expected = _loop_step(expected_how, value)
    block = _block()
    for run in ('handler', 'pair', 'block'):
        how = _how(consumer)
        f = Frame(how)
        if run == 'handler':
            stack = ['below', value]
            r = G.YIELD_VALUE_INLINE(f, stack, (1, None, None))
        elif run == 'pair':
            stack = ['below']
            r = G.LOAD_CONST__YIELD_VALUE(f, stack, (value, 2, None, None))
        else:
            if block is None:
                continue
            stack = ['below', value]
            r = block(f, stack, None)
        if r is YIELD or r is YIELD_AT:
            # Not folded: the value yielded, for the loop's step.
            assert stack == ['below', value] and f.yielded
            if r is YIELD_AT:
                assert f.pc == (2 if run == 'pair' else 1)
            got = _loop_step(how, stack.pop())
            # A folded value's step would have folded it too.
        else:
            assert r == (2 if run == 'pair' else 1)
            assert stack == ['below', None] and not f.yielded
            got = ('on', _state(how))
            assert expected[0] == 'on', (run, consumer, value)
        assert got == expected, (run, consumer, value)


def test_not_inline():
    # A generator driven by host code (inline None) or by FOR_ITER/SEND in
    # the loop: the value yielded as YIELD_VALUE does.
    for how in (None, ('for', 7), ('send', 9)):
        f = Frame(how)
        stack = [1]
        assert G.YIELD_VALUE_INLINE(f, stack, (1, None, None)) is YIELD
        assert stack == [1] and f.yielded
        f = Frame(how)
        stack = []
        assert G.LOAD_CONST__YIELD_VALUE(f, stack, (1, 5, None, None)) \
            is YIELD_AT
        assert stack == [1] and f.yielded and f.pc == 5


def test_loop_head():
    # A loop's yield goes on at the loop's head, the RESUME, POP_TOP and
    # JUMP_BACKWARD stepped over, when the jump is plain and no request
    # is pending; else at the RESUME with None sent.
    from ophis.vm import breaker
    base = [(B.NOP, 0), (G.YIELD_VALUE, (2, 4, 0)), (C.RESUME, 1),
            (B.POP_TOP, 0), (C.JUMP_BACKWARD, 0)]
    block = compiler.compile_block(base, 1, 2)
    for stub in (False, True):
        for request in (False, True):
            for run in ('handler', 'pair', 'block'):
                f = Frame(_how('sum'))
                f.instrs = list(base)
                if stub:
                    f.instrs[4] = (lambda f, stack, arg: arg, 0)
                saved = breaker.requested[0]
                breaker.requested[0] = request
                try:
                    if run == 'handler':
                        stack = ['below', 3.0]
                        r = G.YIELD_VALUE_INLINE(f, stack, (2, 4, 0))
                    elif run == 'pair':
                        stack = ['below']
                        r = G.LOAD_CONST__YIELD_VALUE(f, stack, (3.0, 2, 4, 0))
                    else:
                        stack = ['below', 3.0]
                        r = block(f, stack, None)
                finally:
                    breaker.requested[0] = saved
                assert f.inline[4].acc == 3.5
                if stub or request:
                    assert (r, stack) == (2, ['below', None])
                else:
                    assert (r, stack) == (0, ['below'])


def test_fused_where_a_yield_resumes():
    src = ('def g(t, v):\n'
           '    return sum((1 if v in c else 0) for c in t)\n')
    code = compile_source(src, 'fold.py')
    inner = [c for c in code.co_consts if hasattr(c, 'co_code')][0]
    genexpr = [c for c in inner.co_consts if hasattr(c, 'co_code')][0]
    form = decoded(genexpr)
    if form.instrs[0][0] is _first_run:
        fill(form)
    handlers = [h for h, _ in form.instrs]
    plain = [h for h, _ in (form.unfused or form.instrs)]
    assert G.LOAD_CONST__YIELD_VALUE in handlers
    assert G.YIELD_VALUE_INLINE in handlers
    # The unfused list (tracing's, the second tier's) keeps YIELD_VALUE.
    assert G.YIELD_VALUE in plain
    assert G.YIELD_VALUE_INLINE not in plain
