"""Each template of the second tier (ophis.vm.tier2.templates) against its
handler: the same instruction run by the handler and by a one-instruction
compiled block, on the same inputs, must leave the same stack, locals and
next index, or raise the same exception (the block returns RAISE_AT with
the exception on the stack and the instruction's index in f.pc)."""

import copy
import types

import pytest

from ophis.vm import ops_basic as B, ops_names as N, ops_operators as O
from ophis.vm import ops_control as C, ops_build as D, ops_calls as K
from ophis.vm.frame import NULL
from ophis.bytecode.instructions import (MF_DEFAULTS, MF_KWDEFAULTS,
                                         MF_ANNOTATIONS, MF_CLOSURE)
from ophis.vm import breaker
from ophis.vm.signals import (RAISE_AT, CALL_AT, RETURN_AT, RETURN, ENTERED,
                               GEN_RETURN, YIELD)
from ophis.vm.generators import YIELD_AT
from ophis.vm import ops_generators as GEN_OPS
from ophis.vm.frame import Frame
from ophis.vm.state import get_tstate
from ophis.vm.loop import run_code
from ophis.vm.tier2 import compiler, templates
import ophis


def _cell(value):
    return (lambda: value).__closure__[0]


def _empty_cell():
    def outer():
        def inner():
            return never
        never = None
        del never
        return inner
    return outer().__closure__[0]


CODE = types.SimpleNamespace(co_localsplusnames=('a', 'b', 'c', 'd'),
                             co_localspluskinds=(0x20, 0x20, 0x40, 0x80))


class FakeFrame:
    def __init__(self, localsplus):
        self.localsplus = list(localsplus) + [_cell('full'), _empty_cell()]
        self.code = CODE
        self.globals = {'g': 'global value'}
        self.builtins = {'len': len}
        self.pc = -1
        self.gen = None
        # (A generator frame's: no builtin consumer runs it inline.)
        self.inline = None


class SubscribedBuiltins(dict):
    # Its get() and its subscription disagree: which one ran shows.
    def __getitem__(self, name):
        return f'subscribed {name}'


class OverridingGlobals(dict):
    # STORE_GLOBAL stores with dict's own __setitem__: this one must not
    # run.
    def __setitem__(self, name, value):
        dict.__setitem__(self, name, ('overridden', value))


class OverridingGlobalsFrame(FakeFrame):
    def __init__(self, localsplus):
        super().__init__(localsplus)
        self.globals = OverridingGlobals(self.globals)


class MappingBuiltinsFrame(FakeFrame):
    # Builtins that are not exactly a dict (exec with a mapping as
    # __builtins__): looked up by subscription, as the handler's
    # _load_global does.
    def __init__(self, localsplus):
        super().__init__(localsplus)
        self.builtins = SubscribedBuiltins({'len': len})


class NullLocalFrame(FakeFrame):
    # An unbound local (MAKE_CELL of a local assigned only later).
    def __init__(self, localsplus):
        super().__init__(localsplus)
        self.localsplus[1] = NULL


class ClosureFrame(FakeFrame):
    # A closure's frame: COPY_FREE_VARS copies its function's cells.
    def __init__(self, localsplus):
        super().__init__(localsplus)
        self.func = _closure()


def _closure():
    first, second = 'first', 'second'

    def inner():
        return first, second
    return inner


class GenFrame(FakeFrame):
    # A generator's frame: its returns are GEN_RETURN.
    def __init__(self, localsplus):
        super().__init__(localsplus)
        self.gen = lambda: None


def _ophis_namespace():
    source = '''
def two(a, b):
    return a
def defaults(a, b=2):
    return b
def gen(a):
    yield a
class C:
    def method(self, x):
        return x
    def none(self):
        return self
class Made:
    def __init__(self, a, b=2):
        self.a = a
class HostInit(dict):
    pass
class Own:
    def __new__(cls):
        return 'own'
'''
    namespace = {'__name__': 'cases', '__builtins__': __builtins__}
    run_code(ophis.compile(source, '<cases>', 'exec'), namespace)
    return namespace


G = _ophis_namespace()
_obj = G['C']()

class Truthless:
    def __bool__(self):
        raise ValueError('no truth')


ns = types.SimpleNamespace(x=1, **{'if': 2})


class Hashes:
    # Its __hash__ and __eq__ run in a dict display: equal to any other
    # (the second key replaces the first's value, keeping the first key).
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return True

    def __repr__(self):
        return self.name


class Formats:
    def __init__(self, fail=False):
        self.fail = fail

    def __format__(self, spec):
        if self.fail:
            raise ValueError('no format')
        return Text(f'formatted {spec!r}')


class Text(str):
    # A str subclass: FORMAT_VALUE formats it (it is not exactly a str).
    def __format__(self, spec):
        return f'Text.__format__ {spec!r}'

def _code_of(source, name):
    for const in ophis.compile(source, '<case>', 'exec').co_consts:
        if hasattr(const, 'co_code') and const.co_name == name:
            return const
    for const in _code_of(source, 'outer').co_consts:
        if hasattr(const, 'co_code') and const.co_name == name:
            return const


_PLAIN_CODE = _code_of('def g(a, b=1, *, c=2):\n    return a\n', 'g')
_CLOSURE_CODE = _code_of(
    'def outer():\n    x = 1\n    def h():\n        return x\n', 'h')


CASES = [
    (B.NOP, 0, []),
    (B.POP_TOP, 0, [1, 2]),
    (B.PUSH_NULL, 0, [1]),
    (B.COPY, 1, [1, 2]),
    (B.COPY, 3, [1, 2, 3]),
    (B.SWAP, 2, [1, 2]),
    (B.SWAP, 3, [1, 2, 3]),
    (B.LOAD_CONST, 'const', []),
    (B.LOAD_CONST, None, []),
    (B.LOAD_CONST, (1, 2), [5]),
    (B.LOAD_FAST, 1, []),
    (B.STORE_FAST, 0, ['stored']),
    (B.LOAD_CLOSURE, 2, []),
    (B.LOAD_DEREF, 2, []),
    (B.LOAD_DEREF, 3, []),
    (B.STORE_DEREF, 2, ['new']),
    (O.BINARY_SLICE, 0, [[1, 2, 3], 1, None]),
    (O.BINARY_SLICE, 0, [5, 1, 2]),
    (O.STORE_SLICE, 0, [[9], [1, 2, 3], 0, 2]),
    (O.STORE_SLICE, 0, [[9], (1, 2, 3), 0, 2]),
    (D.LIST_APPEND, 1, [[], 5]),
    (D.LIST_APPEND, 2, [[], 'x', 5]),
    (N.LOAD_GLOBAL, 'g', []),
    (N.LOAD_GLOBAL, 'len', [7]),
    (N.LOAD_GLOBAL, 'missing', [7]),
    (N.LOAD_GLOBAL_NULL, 'g', []),
    (N.LOAD_GLOBAL_NULL, 'len', []),
    (N.LOAD_GLOBAL_NULL, 'missing', []),
    (N.STORE_GLOBAL, 'g', ['new']),
    (N.STORE_GLOBAL, 'fresh', [5]),
    (N.LOAD_ATTR, 'real', [3]),
    (N.LOAD_ATTR, 'nope', [3]),
    (N.LOAD_ATTR, 'if', [ns]),
    (N.LOAD_METHOD, 'append', [[]]),
    (N.LOAD_METHOD, 'nope', [1]),
    (N.STORE_ATTR, 'x', [5, ns]),
    (N.STORE_ATTR, 'x', [5, 3]),
    (O.IS_OP, 0, [1, 1]),
    (O.IS_OP, 1, [1, None]),
    (O.CONTAINS_OP, 0, [1, [1, 2]]),
    (O.CONTAINS_OP, 1, [1, [1, 2]]),
    (O.CONTAINS_OP, 0, [1, 5]),
    (O.UNARY_POSITIVE, 0, [-3]),
    (O.UNARY_NEGATIVE, 0, [3]),
    (O.UNARY_NEGATIVE, 0, ['x']),
    (O.UNARY_INVERT, 0, [3]),
    (O.UNARY_NOT, 0, [[]]),
    (O.UNARY_NOT, 0, [Truthless()]),
    (O.BINARY_SUBSCR, 0, [[1, 2], 1]),
    (O.BINARY_SUBSCR, 0, [[1, 2], 5]),
    (O.STORE_SUBSCR, 0, ['v', {}, 'k']),
    (O.STORE_SUBSCR, 0, ['v', (), 0]),
    (D.BUILD_TUPLE, 0, [1]),
    (D.BUILD_TUPLE, 1, [1]),
    (D.BUILD_TUPLE, 3, [1, 2, 3]),
    (D.BUILD_LIST, 2, [1, 2]),
    (D.UNPACK_SEQUENCE, 2, [(1, 2)]),
    (D.UNPACK_SEQUENCE, 3, [[1, 2, 3]]),
    (D.UNPACK_SEQUENCE, 1, [[1]]),
    (D.UNPACK_SEQUENCE, 2, ['ab']),
    (D.UNPACK_SEQUENCE, 2, [(1, 2, 3)]),
    (D.UNPACK_SEQUENCE, 2, [5]),
    (C.JUMP_FORWARD, 9, [1]),
    (C.JUMP_BACKWARD, 0, [1]),
    (C.POP_JUMP_IF_FALSE, 9, [0]),
    (C.POP_JUMP_IF_FALSE, 9, [1]),
    (C.POP_JUMP_IF_FALSE, 9, [Truthless()]),
    (C.POP_JUMP_IF_TRUE, 9, ['x', 1]),
    (C.POP_JUMP_IF_TRUE, 9, ['']),
    (C.POP_JUMP_IF_NONE, 9, [None]),
    (C.POP_JUMP_IF_NONE, 9, [0]),
    (C.POP_JUMP_IF_NOT_NONE, 9, [None]),
    (C.POP_JUMP_IF_NOT_NONE, 9, [0]),
    (C.JUMP_IF_FALSE_OR_POP, 9, [0]),
    (C.JUMP_IF_FALSE_OR_POP, 9, [2]),
    (C.JUMP_IF_TRUE_OR_POP, 9, [0]),
    (C.JUMP_IF_TRUE_OR_POP, 9, [2]),
    (C.JUMP_IF_TRUE_OR_POP, 9, [Truthless()]),
    (C.GET_ITER, 0, [[1]]),
    (C.GET_ITER, 0, [1]),
    (C.FOR_ITER, 9, [iter([1, 2])]),
    (C.FOR_ITER, 9, [iter([])]),
    (C.FOR_ITER, 9, [iter(range(3))]),
    (C.FOR_ITER, 9, [iter('ab')]),
    (C.FOR_ITER, 9, [iter({})]),
    (K.CALL, 1, [len, NULL, [1, 2]]),
    (K.CALL, 2, [divmod, NULL, 7, 2]),
    (K.CALL, 0, [(lambda: 'host function'), NULL]),
    (K.CALL, 1, [len, NULL, 5]),
    (K.CALL, 1, [[].append, NULL, 5]),
    # Ophis functions and their bound methods: the frame made in the block
    # (CALL_AT) or, when the arguments do not bind positionally, the
    # handler.
    (K.CALL, 2, [G['two'], NULL, 1, 2]),
    (K.CALL, 1, [G['two'], NULL, 1]),
    (K.CALL, 1, [G['defaults'], NULL, 1]),
    (K.CALL, 2, [G['defaults'], NULL, 1, 5]),
    (K.CALL, 1, [G['gen'], NULL, 1]),
    (K.CALL, 1, [_obj.method, NULL, 'x']),
    (K.CALL, 0, [_obj.none, NULL]),
    (K.CALL, 0, [_obj.method, NULL]),
    (K.CALL, 1, [G['two'], 'self', 1]),
    (K.CALL, 1, [G['C'], NULL, 1]),
    (K.CALL, 1, [G['Made'], NULL, 1]),
    (K.CALL, 2, [G['Made'], NULL, 1, 3]),
    (K.CALL, 0, [G['Made'], NULL]),
    (K.CALL, 0, [G['HostInit'], NULL]),
    (K.CALL, 1, [int, NULL, '5']),
    (K.CALL, 1, [int, NULL, 'x']),
    (K.CALL, 1, [tuple, NULL, [1, 2]]),
    (K.CALL, 0, [G['Own'], NULL]),
    (K.CALL, 3, [type, NULL, 'T', (), {}]),
    (K.CALL, 1, [type, NULL, 5]),
    (K.CALL, 2, [super, NULL, G['C'], _obj]),
    # Keyword and star calls (ophis.vm.tier2.callsite.call_site_kw,
    # call_site_ex): the frame bound by the helper, or the handler for
    # what the helper leaves.
    (K.CALL_KW, 1, [G['defaults'], NULL, 5, ('b',)]),
    (K.CALL_KW, 2, [G['two'], NULL, 1, 2, ('b',)]),
    (K.CALL_KW, 1, [_obj.method, NULL, 'x', ('x',)]),
    (K.CALL_KW, 1, [G['gen'], NULL, 1, ('a',)]),
    (K.CALL_KW, 1, [G['two'], NULL, 1, ('c',)]),
    (K.CALL_KW, 2, [G['two'], NULL, 1, 2, ('a',)]),
    (K.CALL_KW, 1, [G['two'], 'self', 1, ('b',)]),
    (K.CALL_KW, 2, [sorted, NULL, [2, 1], True, ('reverse',)]),
    (K.CALL_KW, 2, [G['Made'], NULL, 1, 3, ('b',)]),
    (K.CALL_FUNCTION_EX, 0, [G['two'], NULL, (1, 2)]),
    (K.CALL_FUNCTION_EX, 0, [G['two'], NULL, [1, 2]]),
    (K.CALL_FUNCTION_EX, 0, [G['two'], NULL, (1,)]),
    (K.CALL_FUNCTION_EX, 1, [G['defaults'], NULL, (1,), {'b': 3}]),
    (K.CALL_FUNCTION_EX, 1, [G['defaults'], NULL, (1,), {}]),
    (K.CALL_FUNCTION_EX, 0, [_obj.method, NULL, ('x',)]),
    (K.CALL_FUNCTION_EX, 0, [G['two'], NULL, 5]),
    (K.CALL_FUNCTION_EX, 0, [G['two'], NULL, 'ab']),
    (K.CALL_FUNCTION_EX, 1, [G['two'], NULL, (1,), {1: 2}]),
    (K.CALL_FUNCTION_EX, 1, [G['two'], NULL, (1,), [('b', 2)]]),
    (K.CALL_FUNCTION_EX, 0, [divmod, NULL, (7, 2)]),
    (C.RETURN_VALUE, 0, ['value']),
    (GEN_OPS.YIELD_VALUE, 0, ['value']),
    (GEN_OPS.YIELD_VALUE, 0, [1, 'value']),
    (C.RETURN_VALUE, 0, [1, 'value']),
    (C.RETURN_CONST, 'const', []),
    (C.RETURN_CONST, None, [1]),
    # ophis.vm.tier2.templates_build
    (D.BUILD_MAP, 0, [1]),
    (D.BUILD_MAP, 2, ['k', 1, 'j', 2]),
    (D.BUILD_MAP, 2, ['k', 1, 'k', 2]),
    (D.BUILD_MAP, 1, [[], 1]),
    (D.BUILD_MAP, 2, [Hashes('a'), 1, Hashes('b'), 2]),
    (D.BUILD_CONST_KEY_MAP, 2, [1, 2, ('a', 'b')]),
    (D.BUILD_CONST_KEY_MAP, 1, [0, 1, ('a',)]),
    (D.BUILD_SET, 0, [1]),
    (D.BUILD_SET, 3, [1, 2, 1]),
    (D.BUILD_SET, 2, [1, {}]),
    (D.SET_ADD, 1, [set(), 5]),
    (D.SET_ADD, 2, [set(), 'x', []]),
    (D.MAP_ADD, 1, [{}, 'k', 'v']),
    (D.MAP_ADD, 2, [{}, 'x', [], 'v']),
    (D.LIST_EXTEND, 1, [[0], [1, 2]]),
    (D.LIST_EXTEND, 2, [[0], 'x', (1, 2)]),
    (D.LIST_EXTEND, 1, [[0], 'ab']),
    (D.LIST_EXTEND, 1, [[0], 5]),
    (D.LIST_EXTEND, 1, [[0], iter([3])]),
    (D.LIST_TO_TUPLE, 0, [[1, 2]]),
    (D.FORMAT_VALUE, 0, ['s']),
    (D.FORMAT_VALUE, 0, [5]),
    (D.FORMAT_VALUE, 0, [Formats()]),
    (D.FORMAT_VALUE, 0, [Text('sub')]),
    (D.FORMAT_VALUE, 1, [5]),
    (D.FORMAT_VALUE, 2, ['s']),
    (D.FORMAT_VALUE, 3, ['\xe9']),
    (D.FORMAT_VALUE, 4, [5, '>4']),
    (D.FORMAT_VALUE, 4, ['s', '']),
    (D.FORMAT_VALUE, 4, [Text('sub'), '']),
    (D.FORMAT_VALUE, 4, [5, 'bad']),
    (D.FORMAT_VALUE, 6, [5, '>4']),
    (D.FORMAT_VALUE, 0, [Formats(fail=True)]),
    (D.BUILD_STRING, 0, [1]),
    (D.BUILD_STRING, 1, ['a']),
    (D.BUILD_STRING, 3, ['a', Text('b'), 'c']),
    (D.BUILD_SLICE, 2, [1, 2]),
    (D.BUILD_SLICE, 3, [1, None, -1]),
    (B.MAKE_CELL, 0, []),
    (B.MAKE_CELL, 1, [7]),
    (B.COPY_FREE_VARS, 2, []),
    # A closure's or generator's RESUME (run with and without a pending
    # eval-breaker request, below).
    (C.RESUME, 0, []),
    (C.RESUME, 1, ['sent']),
    # MAKE_FUNCTION: each piece the flags name (the code on top).
    (K.MAKE_FUNCTION, 0, [_PLAIN_CODE]),
    (K.MAKE_FUNCTION, MF_DEFAULTS, [(1,), _PLAIN_CODE]),
    (K.MAKE_FUNCTION, MF_DEFAULTS | MF_KWDEFAULTS | MF_ANNOTATIONS,
     [(1,), {'c': 2}, ('a', 'int'), _PLAIN_CODE]),
    (K.MAKE_FUNCTION, MF_CLOSURE, [(_cell(5),), _CLOSURE_CODE]),
]

for _symbol, _function in O._BINARY_FUNCS.items():
    CASES.append((O.BINARY_OP, _function, [7, 3]))
    CASES.append((O.BINARY_OP, _function, [[1], 'x']))
for _symbol, _function in O._COMPARE_FUNCS.items():
    CASES.append((O.COMPARE_OP, _function, [1, 2]))
    CASES.append((O.COMPARE_OP, _function, [1, 'x']))
for _handler in (O._binary_add, O._binary_subtract, O._binary_multiply,
                 O._inplace_add, O._inplace_subtract, O._compare_lt,
                 O._compare_eq, O._compare_gt):
    CASES.append((_handler, 0, [5, 2]))
    CASES.append((_handler, 0, [[5], [2]]))
    CASES.append((_handler, 0, [None, 2]))


def _copy(value):
    # Containers and iterators are looked at after the run, so each side
    # gets its own.
    if type(value) in (list, dict) or type(value).__name__.endswith(
            'iterator'):
        return copy.copy(value)
    return value


def _outcome(run, stack, f, index, handler, arg):
    """What running one instruction at index did: ('raised', type,
    message, stack), ('raised at', ...) for a block's RAISE_AT, or ('ok',
    next index, stack, locals).  A block's side exit (it returns the
    instruction's own index) is followed by the handler, as the loop
    would run it."""
    tstate = get_tstate()
    before = (tstate.frame, tstate.depth)
    try:
        result = run(f, stack)
        if result == index and type(result) is int:
            result = handler(f, stack, arg)
    except Exception as exc:   # the handler's own
        return ('raised', type(exc), str(exc), stack)
    if result is ENTERED:
        # The call-site helper (ophis.vm.tier2.callsite) has pushed the
        # callee as the loop's CALL_AT would: the running frame, over f,
        # one level deeper, the index after the CALL in f.pc.
        result = tstate.frame
        assert result.back is f and f.pc == index + 1
        assert tstate.depth == before[1] + 1
        tstate.frame, tstate.depth = before
    if result is CALL_AT:
        # The block made the frame: on top of the stack, the index after
        # the CALL in f.pc (where the handler's caller goes on).
        assert f.pc == index + 1
        result = stack.pop()
    if type(result) is Frame:
        return ('call', _frame_fields(result), stack)
    if result is RETURN_AT:
        assert f.pc == index + 1
        result = RETURN
    if result is RETURN or result is GEN_RETURN:
        return ('return', result, stack)
    if result is YIELD_AT:
        # A block's YIELD_VALUE (tier2.templates_gen): the handler's
        # YIELD, the index after it in f.pc.
        assert f.pc == index + 1
        result = YIELD
    if result is YIELD:
        return ('yield', f.yielded, stack)
    if result is RAISE_AT:
        exc = stack.pop()
        assert f.pc == index
        return ('raised at', type(exc), str(exc), stack)
    return ('ok', index + 1 if result is None else result, stack,
            f.localsplus[:2], _contents(f.localsplus[2]),
            sorted(dict.items(f.globals)))


def _frame_fields(frame):
    fields = {}
    for name in ('code', 'globals', 'builtins', 'locals', 'localsplus',
                 'stack', 'pc', 'instrs', 'func', 'gen'):
        value = getattr(frame, name, 'unset')
        if type(value) is list:
            # A class call's shim frame: the new instance (one per call)
            # by its type and attributes, the __init__ frame by its fields.
            value = [_frame_fields(v) if type(v) is Frame else
                     (type(v), vars(v)) if type(v).__name__ == 'Made'
                     else v for v in value]
        fields[name] = value
    return fields


def _contents(cell):
    try:
        return cell.cell_contents
    except ValueError:
        return 'empty'



def _normal(value):
    # Iterators and bound methods compare by what they are.
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if type(value).__name__.endswith('iterator'):
        return ('iterator', type(value))
    if isinstance(value, type) and value.__name__ == 'T':
        # type('T', (), {}): a new class on each side.
        return ('class', value.__qualname__, value.__bases__)
    if type(value).__name__ == 'function' and hasattr(value, '_code'):
        # An Ophis function: a new one on each side.
        return ('function', value.__code__, value.__defaults__,
                value.__kwdefaults__, value.__annotations__,
                value.__closure__, value.__qualname__,
                value.__globals__)
    if type(value) is super:
        return ('super', value.__thisclass__, value.__self__)
    if type(value).__name__ == 'builtin_function_or_method':
        return ('method', value.__name__)
    return value


@pytest.mark.parametrize('prefixed', [False, True])
@pytest.mark.parametrize('handler, arg, stack', CASES,
                         ids=[f'{h.__name__}-{i}'
                              for i, (h, a, s) in enumerate(CASES)])
def test_template_matches_handler(handler, arg, stack, prefixed):
    """The instruction alone in a block (where a guard runs before the
    block proper), or after a NOP (a guard inside the block, with its side
    exit)."""
    assert handler in templates.TEMPLATES
    base = [(B.NOP, 0)] * prefixed + [(handler, arg)]
    compiler.STRICT[0] = True
    try:
        block = compiler.compile_block(base, 0, len(base))
    finally:
        compiler.STRICT[0] = False
    if handler is C.JUMP_BACKWARD and not prefixed:
        # Its side exit (a pending eval-breaker request) is the plain
        # instruction at its own index: it cannot start a block.
        assert block is None
        return
    assert block is not None
    index = len(base) - 1
    locals_ = ['a', 'b']
    frames = [FakeFrame]
    if handler in (C.RETURN_VALUE, C.RETURN_CONST):
        frames.append(GenFrame)
    elif handler in (N.LOAD_GLOBAL, N.LOAD_GLOBAL_NULL):
        frames.append(MappingBuiltinsFrame)
    elif handler is N.STORE_GLOBAL:
        frames.append(OverridingGlobalsFrame)
    elif handler is B.MAKE_CELL:
        frames.append(NullLocalFrame)
    elif handler is B.COPY_FREE_VARS:
        # (Only a closure's code has the instruction.)
        frames = [ClosureFrame]
    # RESUME's eval-breaker test, both ways (the request is only looked
    # at: nothing services it here).
    pending = [False, True] if handler is C.RESUME else [False]
    for frame_type in frames:
        for request in pending:
            saved = breaker.requested[0]
            breaker.requested[0] = request
            try:
                expected = _outcome(lambda f, s: handler(f, s, arg),
                                    [_copy(v) for v in stack],
                                    frame_type(locals_), index, handler, arg)
                got = _outcome(lambda f, s: block(f, s, None),
                               [_copy(v) for v in stack],
                               frame_type(locals_), index, handler, arg)
            finally:
                breaker.requested[0] = saved
            _compare(got, expected, stack)


def _compare(got, expected, stack):
    if got[0] == 'raised at' and got[1:3] == expected[1:3]:
        # The block writes back the stack as it was before the raising
        # instruction; the handler has popped its inputs (the exception
        # table's depth is below them: the loop cuts the stack there).
        assert _normal(got[3]) == _normal(stack)
        assert _normal(expected[3]) == _normal(stack[:len(expected[3])])
        got = got[1:3]
        expected = expected[1:3]
    assert _normal(list(got)) == _normal(list(expected))


def test_every_template_has_a_case():
    covered = {handler for handler, _, _ in CASES}
    missing = [h.__name__ for h in templates.TEMPLATES if h not in covered]
    assert missing == ['EXTENDED_ARG']


@pytest.mark.parametrize('iterator, expected', [
    ([1, 2], 'inline'), ('ab', 'exit'), ([], 'inline')])
def test_guard_after_extended_arg(iterator, expected):
    """A block starting at an EXTENDED_ARG prefix (a loop head a backward
    jump reaches at its prefix) whose instruction has a guard: passing, the
    block runs it; failing, the block leaves for the prefixed instruction,
    which the loop runs as a plain instruction (not its handler from the
    prologue: its result would be taken as the prefix's)."""
    base = [(B.EXTENDED_ARG, 1), (C.FOR_ITER, 300), (B.POP_TOP, 0),
            (B.LOAD_CONST, 'next')]
    compiler.STRICT[0] = True
    try:
        block = compiler.compile_block(base, 0, len(base))
    finally:
        compiler.STRICT[0] = False
    assert block is not None
    it = iter(iterator)
    stack = [it]
    result = block(FakeFrame(['a', 'b']), stack, None)
    if expected == 'exit':
        assert result == 1 and stack == [it]
        return
    if not iterator:
        assert result == 300 and stack == []
    else:
        assert result == len(base) and stack == [it, 'next']
