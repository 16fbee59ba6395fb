"""What a block knows of the slots its own templates pushed
(ophis.vm.tier2.compiler.Emitter.facts): a CALL whose self slot a
LOAD_GLOBAL, LOAD_METHOD or PUSH_NULL of the same block filled with NULL
does not test that slot, and a callable read by a name that no generator
consumer has does not test whether its one argument is a generator --
tests that a call of `sin(i)` paid at run time on every call.  The
programs' behaviour (a consumer called by another name, a global rebound
while hot) is compared with python3 by
tests/programs/perf_tier2_call_facts.py."""

import math

import ophis
from ophis.vm.frame import decoded
from ophis.vm.generators import Generator
from ophis.vm.loop import run_code
from ophis.vm.tier2 import compiler
from ophis.vm.tier2.templates import TEMPLATES
from ophis.vm import ops_basic

SOURCE = '''
import math
def by_name(i):
    a = sin(i)
    b = math.cos(i)
    c = helper(a, b)
    return a + b + c
def consumers(g, words):
    c = sum(g)
    d = ' '.join(words)
    return c, d
def helper(x, y):
    return x * y
'''


def _blocks(name):
    """[(source, emitter)] of the blocks of the function name, decoded by
    a first run."""
    namespace = {'sin': abs}
    run_code(ophis.compile(SOURCE, '<facts>', 'exec'), namespace)
    cos = math.cos(-1)
    assert namespace['by_name'](-1) == 1 + cos + cos
    assert namespace['consumers'](iter([2, 3]), ['x', 'y']) == (5, 'x y')
    form = decoded(namespace[name].__code__)
    # (The list before superinstructions; None when fusing changed
    # nothing and the tier did not run.)
    base = form.unfused if form.unfused is not None else list(form.instrs)
    blocks = compiler.find_blocks(form, base)
    assert blocks
    return [compiler.block_source(base, start, end) for start, end in blocks]


def _builtin_tests(source):
    """The lines testing a callable before calling it inline."""
    return [line.strip() for line in source.splitlines()
            if line.strip().startswith('if ') and 'is BUILTIN' in line]


def test_a_null_pushed_in_the_block_is_not_tested():
    blocks = _blocks('by_name') + _blocks('consumers')
    lines = [line for source, _ in blocks for line in _builtin_tests(source)]
    # (Every call of both is by a LOAD_GLOBAL or a LOAD_METHOD.)
    assert lines
    assert not [line for line in lines if 'is NULL' in line]


def _generator_tests(source, e):
    # The generator test compares the argument's type with the block's
    # constant for Generator.
    if not any(value is Generator for value in e.const_values):
        return []
    return [line for line in _builtin_tests(source) if 'is not K' in line]


def test_only_consumers_test_for_a_generator():
    assert not [line for source, e in _blocks('by_name')
                for line in _generator_tests(source, e)]
    # sum(g) and ' '.join(words): each block running them tests.
    found = [len(_generator_tests(source, e))
             for source, e in _blocks('consumers')]
    assert found[0] == 2


def test_a_swapped_slot_is_not_known():
    # SWAP moves values between slots: neither keeps what it knew.
    e = compiler.Emitter(0, 0, {})
    null = e.push(('NULL',))
    other = e.push('len')
    assert e.facts == {null: ('NULL',), other: 'len'}
    TEMPLATES[ops_basic.SWAP][0](e, 2)
    assert e.facts == {}
