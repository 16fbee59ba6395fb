"""A generator expression's loop inside its compiled block: when the
builtin consumer folds the value at the yield (templates_gen.
t_yield_value), the block goes back to the loop's head itself (`continue`
in a `while True`, compiler.block_source) instead of returning the head's
index for the eval loop to dispatch the same block again; and the
exhausted loop's RETURN_CONST is done by the block (compiler.Emitter.exit:
GEN_RETURN), not dispatched.  So a genexpr's values cost no dispatch of
their own.  The programs' semantics are compared with python3 by
tests/programs/perf_gen_loop.py (and perf_gen_fold.py,
perf_gen_builtins.py)."""

import pytest

import ophis
from ophis.vm import ops_control
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.tier2 import hotness, compiler

SOURCE = '''
def f(r, k):
    return (sum(x for x in r), tuple(x + k for x in r),
            set(x * k for x in r), any(x > 100 for x in r),
            all((1 if x < 100 else 0) for x in r))

result = [f(range(6), k) for k in range(20)]
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


def _expected(r, k):
    return (sum(x for x in r), tuple(x + k for x in r),
            set(x * k for x in r), any(x > 100 for x in r),
            all((1 if x < 100 else 0) for x in r))


@pytest.fixture
def hot(eager):
    names = {}
    run_code(ophis.compile(SOURCE, '<loop>', 'exec'), names)
    assert names['result'] == [_expected(range(6), k) for k in range(20)]
    return names['f']


def _genexprs(function):
    return [c for c in function.__code__.co_consts
            if getattr(c, 'co_name', None) == '<genexpr>']


def _count(function, wanted):
    """Wrap every entry of the genexprs' instruction lists for which
    wanted(handler) holds; {(genexpr number, index): [runs]}."""
    runs = {}
    for number, code in enumerate(_genexprs(function)):
        instrs = decoded(code).instrs
        for index, (handler, arg) in enumerate(instrs):
            if not wanted(handler):
                continue
            ran = runs[number, index] = []

            def counting(f, stack, arg, _handler=handler, _ran=ran):
                _ran.append(1)
                return _handler(f, stack, arg)
            instrs[index] = (counting, arg)
    return runs


def test_loop_heads_are_blocks(hot):
    # The genexprs' loops are compiled, each with a `while True`.
    for code in _genexprs(hot):
        instrs = decoded(code).instrs
        heads = [handler for handler, _ in instrs
                 if handler.__name__.startswith('BLOCK_')]
        assert heads, code


def test_one_dispatch_per_genexpr(hot):
    # The block at the loop's head runs once per genexpr, not once per
    # value (and once more at the end).
    runs = _count(hot, lambda h: h.__name__.startswith('BLOCK_'))
    for n in (0, 1, 6, 50):
        for ran in runs.values():
            del ran[:]
        assert hot(range(n), 3) == _expected(range(n), 3)
        heads = [len(ran) for (number, index), ran in runs.items()
                 if ran]
        # Five genexprs, each entered once by the consumer: its entry
        # block and its loop's block, whatever the number of values.
        assert sum(heads) == 10, (n, runs)


def test_return_not_dispatched(hot):
    # The exhausted loop's RETURN_CONST is the block's.
    runs = _count(hot, lambda h: h is ops_control.RETURN_CONST)
    assert runs
    for n in (0, 3):
        assert hot(range(n), 2) == _expected(range(n), 2)
    assert all(ran == [] for ran in runs.values()), runs



COLLECTING = '''
def g(r, k):
    a = tuple(x + k for x in r)
    b = set(x * k for x in r)
    c = list(x for x in r)
    d = frozenset(x - k for x in r)
    return a, b, c, d

result = [g(range(4), k) for k in range(20)]
'''


def test_collecting_without_construct(eager, monkeypatch):
    # tuple(), set(), list(), frozenset() of a genexpr in the middle of a
    # block: the generator's frame set up by generators.collecting_frame
    # from templates_gen.consume_site, not through call_site's class path
    # (callsite._construct -> construct.construct).
    from ophis.vm.tier2 import callsite
    names = {}
    run_code(ophis.compile(COLLECTING, '<collect>', 'exec'), names)
    g = names['g']
    made = []
    original = callsite.construct

    def counting(cls, *args):
        made.append(cls)
        return original(cls, *args)
    monkeypatch.setattr(callsite, 'construct', counting)
    for k in range(3):
        assert g(range(k + 2), k) == (
            tuple(x + k for x in range(k + 2)),
            set(x * k for x in range(k + 2)), list(range(k + 2)),
            frozenset(x - k for x in range(k + 2)))
    assert made == []
