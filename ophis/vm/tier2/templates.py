"""Templates: what each instruction the block compiler knows does, as host
source text over the block's slot variables.

One template per handler (the decoded handler of ophis.vm.dispatch, so
that BINARY_OP's variants each have theirs), written next to nothing else:
the handler stays the definition, and tests/vm/test_tier2_templates.py runs
every template against its handler on the same inputs.

A template is a function ``(e, arg)`` over an Emitter (ophis.vm.tier2.
compiler): ``e.pop()``/``e.push()`` name the slot variables (slot i at
depth i is always ``s<i>``), ``e.at(k)`` the k-th from the top, ``e.const``
binds a value as a closure constant, ``e.emit`` writes a line, and
``e.exit(target)`` / ``e.side_exit()`` write the stack back and leave the
block.  A template never assigns a slot before the operation producing it
has completed, so that the slots are intact when that operation raises.

Flags per template: HOST (it can run host code -- an operator, a lookup, a
store that frees an object -- so the block records its index in ``pc``
first, for f_lineno and for the exception's position), END (control never
falls through: the block ends with it), GUARD (it has a type test with a
side exit: at the block's start the test runs before the block proper, and
failing it runs the instruction's own handler).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm import ops_basic as _B
from ophis.vm import ops_names as _N
from ophis.vm import ops_operators as _O
from ophis.vm import ops_control as _C
from ophis.vm import ops_build as _D
from ophis.vm import ops_calls as _K
from ophis.vm.generators import Generator as _Generator
from ophis.vm.function import Function as _Function

HOST = 1
END = 2
GUARD = 4

TEMPLATES = {}

# Attribute names that may be written as ``obj.name`` in generated source:
# ASCII identifiers (the host's compile() would NFKC-normalize others) that
# are not keywords; any other name goes through getattr/setattr.
_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'))


def plain_name(name):
    return (type(name) is str and name.isascii() and name.isidentifier()
            and name not in _KEYWORDS)


def template(handler, flags=0):
    def register(function):
        TEMPLATES[handler] = (function, flags)
        return function
    return register


# --- the value stack, constants and fast locals ---------------------------------

@template(_B.NOP)
def t_nop(e, arg):
    pass


@template(_B.EXTENDED_ARG)
def t_extended_arg(e, arg):
    # A prefix reached by a jump: the instruction it prefixes follows.
    pass


@template(_B.POP_TOP, HOST)
def t_pop_top(e, arg):
    e.pop()


@template(_B.PUSH_NULL)
def t_push_null(e, arg):
    e.emit(f'{e.push(_IS_NULL)} = NULL')


@template(_B.COPY)
def t_copy(e, arg):
    source = e.at(arg)
    e.emit(f'{e.push()} = {source}')


@template(_B.SWAP)
def t_swap(e, arg):
    top, other = e.at(1), e.at(arg)
    e.emit(f'{top}, {other} = {other}, {top}')
    e.facts.pop(top, None)
    e.facts.pop(other, None)


@template(_B.LOAD_CONST)
def t_load_const(e, arg):
    e.emit(f'{e.push()} = {e.const(arg)}')


@template(_B.LOAD_FAST)
def t_load_fast(e, arg):
    e.emit(f'{e.push()} = L[{arg}]')


@template(_B.STORE_FAST, HOST)
def t_store_fast(e, arg):
    # HOST: the value it replaces may be freed (a __del__).
    e.emit(f'L[{arg}] = {e.pop()}')


@template(_B.LOAD_CLOSURE)
def t_load_closure(e, arg):
    e.emit(f'{e.push()} = L[{arg}]')


@template(_B.LOAD_DEREF, HOST)
def t_load_deref(e, arg):
    # An empty cell raises the handler's error, outside the except clause
    # (no ValueError as its context).
    target = e.push()
    e.emit('try:')
    e.emit(f'    {target} = L[{arg}].cell_contents')
    e.emit('except ValueError:')
    e.emit(f'    {target} = NULL')
    e.emit(f'if {target} is NULL:')
    e.emit(f'    raise unbound_error(f.code, {arg})')


@template(_B.STORE_DEREF, HOST)
def t_store_deref(e, arg):
    e.emit(f'L[{arg}].cell_contents = {e.pop()}')


# --- globals and attributes -------------------------------------------------------

def _load_global(e, name):
    # As the handler: the globals dict's get, then the builtins dict's get
    # when both are dicts, then _load_global (mapping types, the
    # NameError) -- a builtin without the call.
    target = e.push(name)
    key = e.const(name)
    e.uses_globals = True
    e.emit(f'{target} = G.get({key}, NULL)')
    e.emit(f'if {target} is NULL:')
    e.emit('    BI = f.builtins')
    e.emit('    if type(BI) is dict and type(G) is dict:')
    e.emit(f'        {target} = BI.get({key}, NULL)')
    e.emit(f'    if {target} is NULL:')
    e.emit(f'        {target} = load_global(f, {key})')


@template(_N.LOAD_GLOBAL, HOST)
def t_load_global(e, arg):
    _load_global(e, arg)


@template(_N.LOAD_GLOBAL_NULL, HOST)
def t_load_global_null(e, arg):
    _load_global(e, arg)
    e.emit(f'{e.push(_IS_NULL)} = NULL')


def _getattr_text(e, owner, name):
    if plain_name(name):
        return f'{owner}.{name}'
    return f'getattr({owner}, {e.const(name)})'


@template(_N.STORE_GLOBAL, HOST)
def t_store_global(e, arg):
    # As the handler: dict's own __setitem__ on the globals (a subclass's
    # override is not called, as in CPython's STORE_GLOBAL).  For a plain
    # dict, a subscription: no host call, at which the eval breaker would
    # take a signal as one arriving in a blocking builtin (ophis.vm.
    # breaker._record) and run its handler here, not at the loop's next
    # check.
    e.uses_globals = True
    key = e.const(arg)
    value = e.pop()
    e.emit('if type(G) is dict:')
    e.emit(f'    G[{key}] = {value}')
    e.emit('else:')
    e.emit(f'    dict_setitem(G, {key}, {value})')


@template(_N.LOAD_ATTR, HOST)
def t_load_attr(e, arg):
    owner = e.pop()
    e.emit(f'{e.push(arg)} = {_getattr_text(e, owner, arg)}')


@template(_N.LOAD_METHOD, HOST)
def t_load_method(e, arg):
    owner = e.pop()
    e.emit(f'{e.push(arg)} = {_getattr_text(e, owner, arg)}')
    e.emit(f'{e.push(_IS_NULL)} = NULL')


@template(_N.STORE_ATTR, HOST)
def t_store_attr(e, arg):
    owner = e.pop()
    value = e.pop()
    if plain_name(arg):
        e.emit(f'{owner}.{arg} = {value}')
    else:
        e.emit(f'setattr({owner}, {e.const(arg)}, {value})')


# --- operators ------------------------------------------------------------------

_BINARY_SYMBOLS = {function: symbol
                   for symbol, function in _O._BINARY_FUNCS.items()}
_COMPARE_SYMBOLS = {function: symbol
                    for symbol, function in _O._COMPARE_FUNCS.items()}


def _binary(e, symbol):
    rhs = e.pop()
    lhs = e.pop()
    target = e.push()
    if symbol.endswith('=') and symbol not in ('==', '!=', '<=', '>='):
        # In place: ``lhs op= rhs`` on the slot (assigned when it is done).
        e.emit(f'{lhs} {symbol} {rhs}')
    else:
        e.emit(f'{target} = {lhs} {symbol} {rhs}')


@template(_O.BINARY_OP, HOST)
def t_binary_op(e, arg):
    _binary(e, _BINARY_SYMBOLS[arg])


for _handler, _symbol in ((_O._binary_add, '+'), (_O._binary_subtract, '-'),
                          (_O._binary_multiply, '*'), (_O._inplace_add, '+='),
                          (_O._inplace_subtract, '-=')):
    template(_handler, HOST)(
        lambda e, arg, _symbol=_symbol: _binary(e, _symbol))


@template(_O.COMPARE_OP, HOST)
def t_compare_op(e, arg):
    _binary(e, _COMPARE_SYMBOLS[arg])


for _handler, _symbol in ((_O._compare_lt, '<'), (_O._compare_eq, '=='),
                          (_O._compare_gt, '>')):
    template(_handler, HOST)(
        lambda e, arg, _symbol=_symbol: _binary(e, _symbol))


@template(_O.IS_OP)
def t_is_op(e, arg):
    rhs = e.pop()
    lhs = e.pop()
    e.emit(f'{e.push()} = {lhs} {"is not" if arg else "is"} {rhs}')


@template(_O.CONTAINS_OP, HOST)
def t_contains_op(e, arg):
    rhs = e.pop()
    lhs = e.pop()
    e.emit(f'{e.push()} = {lhs} {"not in" if arg else "in"} {rhs}')


for _handler, _symbol in ((_O.UNARY_POSITIVE, '+'), (_O.UNARY_NEGATIVE, '-'),
                          (_O.UNARY_INVERT, '~'), (_O.UNARY_NOT, 'not ')):
    def _unary(e, arg, _symbol=_symbol):
        operand = e.pop()
        e.emit(f'{e.push()} = {_symbol}{operand}')
    template(_handler, HOST)(_unary)


@template(_O.BINARY_SUBSCR, HOST)
def t_binary_subscr(e, arg):
    sub = e.pop()
    container = e.pop()
    e.emit(f'{e.push()} = {container}[{sub}]')


@template(_O.STORE_SUBSCR, HOST)
def t_store_subscr(e, arg):
    sub = e.pop()
    container = e.pop()
    value = e.pop()
    e.emit(f'{container}[{sub}] = {value}')


@template(_O.BINARY_SLICE, HOST)
def t_binary_slice(e, arg):
    stop = e.pop()
    start = e.pop()
    container = e.pop()
    e.emit(f'{e.push()} = {container}[{start}:{stop}]')


@template(_O.STORE_SLICE, HOST)
def t_store_slice(e, arg):
    stop = e.pop()
    start = e.pop()
    container = e.pop()
    value = e.pop()
    e.emit(f'{container}[{start}:{stop}] = {value}')


# --- building and unpacking -------------------------------------------------------

@template(_D.BUILD_TUPLE, HOST)
def t_build_tuple(e, arg):
    items = [e.pop() for _ in range(arg)][::-1]
    text = '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    e.emit(f'{e.push()} = {text}')


@template(_D.BUILD_LIST, HOST)
def t_build_list(e, arg):
    items = [e.pop() for _ in range(arg)][::-1]
    e.emit(f'{e.push()} = [{", ".join(items)}]')


@template(_D.LIST_APPEND, HOST)
def t_list_append(e, arg):
    value = e.pop()
    e.emit(f'{e.at(arg)}.append({value})')


@template(_D.UNPACK_SEQUENCE, HOST | GUARD)
def t_unpack_sequence(e, arg):
    # A tuple or list of the right length inline; anything else runs the
    # handler (its error messages, iteration protocol).
    seq = e.at(1)
    e.guard(f'(type({seq}) is tuple or type({seq}) is list) '
            f'and len({seq}) == {arg}')
    e.pop()
    targets = [e.push() for _ in range(arg)][::-1]
    if arg == 1:
        e.emit(f'{targets[0]}, = {seq}')
    elif arg:
        e.emit(f'{", ".join(targets)} = {seq}')


# --- jumps and iteration -------------------------------------------------------------

@template(_C.JUMP_FORWARD, END)
def t_jump_forward(e, arg):
    e.exit(arg)


@template(_C.JUMP_BACKWARD, END)
def t_jump_backward(e, arg):
    # The eval breaker: with a request pending, the real JUMP_BACKWARD runs
    # (it services it); otherwise straight to the loop's head.
    e.emit('if requested[0]:')
    e.side_exit(1)
    e.exit(arg)


def _conditional(test, keep):
    def emit(e, arg):
        cond = e.pop()
        e.emit(f'if {test.format(cond)}:')
        if keep:
            e.push()
            e.exit(arg, 1)
            e.pop()
        else:
            e.exit(arg, 1)
    return emit


template(_C.POP_JUMP_IF_FALSE, HOST)(_conditional('not {}', False))
template(_C.POP_JUMP_IF_TRUE, HOST)(_conditional('{}', False))
template(_C.POP_JUMP_IF_NONE)(_conditional('{} is None', False))
template(_C.POP_JUMP_IF_NOT_NONE)(_conditional('{} is not None', False))
template(_C.JUMP_IF_FALSE_OR_POP, HOST)(_conditional('not {}', True))
template(_C.JUMP_IF_TRUE_OR_POP, HOST)(_conditional('{}', True))


@template(_C.GET_ITER, HOST)
def t_get_iter(e, arg):
    iterable = e.pop()
    e.emit(f'{e.push()} = iter({iterable})')


@template(_C.FOR_ITER, HOST | GUARD)
def t_for_iter(e, arg):
    # Iterators of lists, tuples and ranges (their next() runs no host
    # code); a generator or anything else runs the handler.
    it = e.at(1)
    e.guard(f'type({it}) in SIMPLE_ITERATORS')
    value = e.push()
    e.emit(f'{value} = next({it}, NULL)')
    e.emit(f'if {value} is NULL:')
    e.pop()
    e.pop()
    e.exit(arg, 1)
    e.push()
    e.push()


# --- calls -----------------------------------------------------------------------

# (A fact of Emitter.facts: the slot holds NULL.)
_IS_NULL = ('NULL',)

# The names by which programs call the builtins that consume an Ophis
# generator in the loop (ophis.vm.generators.consuming_frame), and the
# classes that collect one there (collecting_frame).
_CONSUMERS = frozenset(('sum', 'any', 'all', 'max', 'min', 'sorted', 'join',
                        'tuple', 'list', 'set', 'frozenset'))

@template(_K.CALL, HOST)
def t_call(e, arg):
    # A host builtin function or method (len, isinstance, list.append...)
    # called inline, then the eval breaker as the handler checks it; an
    # Ophis function, a host bound method of one or a class: one call of
    # the helper ophis.vm.tier2.callsite.call_site (a few lines here
    # instead of its 70-150: compiling them was most of what compiling
    # blocks cost), which runs the callee's entry block when it is a
    # leaf, or pushes the callee for the loop (ENTERED, ENTERED_RAISE:
    # the stack below written back), or calls a class the host
    # constructs; anything else (a self below the callable, arguments to
    # bind by the handler, a metaclass's class) runs the handler.
    args = [e.pop() for _ in range(arg)][::-1]
    null = e.pop()
    func = e.pop()
    result = f's{e.depth}'
    below = ''.join(f's{i}, ' for i in range(e.depth))
    consumed = ''.join(f'{s}, ' for s in [func, null] + args)
    after = e.index + 1
    e.makes_frames = True
    # (What the templates pushing them know: a NULL pushed in this block
    # needs no test, and a callable read by a name no generator consumer
    # has needs no generator test -- should the name hold one at run
    # time, call_site or the builtin drives the generator, as exactly,
    # only slower.)
    no_self = e.facts.get(null) is _IS_NULL
    source = e.facts.get(func)
    test = f'type({func}) is BUILTIN'
    if not no_self:
        test = f'{null} is NULL and ' + test
    consumer = arg == 1 and (type(source) is not str or
                             source in _CONSUMERS)
    if consumer:
        # A generator goes to the handler, which runs it for sum(), any(),
        # max(), str.join()... in the loop (ophis.vm.generators.
        # consuming_frame): at a block's start, where the loop comes back
        # from the call making its argument, or after a comprehension's
        # call made in the block (below).  (next() resumes it from the
        # host whoever calls it: called here.)
        test += (f' and (type({args[0]}) is not {e.const(_Generator)} '
                 f'or {func} is {e.const(next)})')
    e.emit(f'if {test}:')
    e.emit(f'    {result} = {func}({", ".join(args)})')
    e.emit('    if requested[0]:')
    e.emit('        service(f)')
    if e.first:
        # At the block's start (no side exit: the loop has just run what
        # is before), CALL's handler itself, the stack as it found it.
        leave = [f'stack += ({below}{consumed})',
                 'return HANDLER(f, stack, HANDLER_ARG)']
        e.emit(f'elif type({func}) is BUILTIN:' if no_self else
               f'elif {null} is not NULL or type({func}) is BUILTIN:')
        for line in leave:
            e.emit('    ' + line)
    elif no_self:
        leave = None
    elif arg == 0:
        # A comprehension's call (MAKE_FUNCTION, its iterator in the self
        # slot, CALL 0): through call_site, which makes a genexpr's
        # generator there (ops_generators.created_at_call), instead of a
        # side exit to the handler; anything else with a self, as below.
        e.emit(f'elif {null} is not NULL and not (type({func}) is '
               f'{e.const(_Function)} and {func}._fastcount == 1):')
        e.side_exit(1, arg + 2)
        leave = None
    else:
        leave = None
        e.emit(f'elif {null} is not NULL:')
        e.side_exit(1, arg + 2)
    e.emit('else:')
    # (arg: the block's own, NESTED_ONCE or NESTED when call_site runs
    # it, which then runs fewer callees itself: callsite.NESTED.)  An
    # Ophis function or a bound method of one: its code's direct entry
    # when it has one (ophis.vm.tier2.direct: one host call for a leaf).
    helper = (f'(({func}._entry[1] or call_site) if type({func}) is '
              f'FUNCTION or type({func}) is METHOD and '
              f'type({func}.__func__) is FUNCTION else call_site)')
    call = f'{helper}(f, {func}, {after}, [{", ".join(args)}], arg)'
    if arg == 0 and not e.first and not no_self:
        # (NULL, or the comprehension's iterator: its one argument.)
        call = (f'{helper}(f, {func}, {after}, '
                f'[] if {null} is NULL else [{null}], arg)')
    elif consumer and not e.first:
        # A builtin here has a generator to consume, or the argument is a
        # generator (tuple(), set()...): ophis.vm.tier2.templates_gen.
        # consume_site runs it in the loop (anything else: call_site).
        from ophis.vm.tier2.templates_gen import consume_site
        call = (f'({e.const(consume_site)} if type({func}) is BUILTIN or '
                f'type({args[0]}) is {e.const(_Generator)} else {helper})'
                f'(f, {func}, {after}, [{args[0]}], arg)')
    _through_helper(e, null, call, leave, arg + 2, below, result, 1)


def _through_helper(e, null, call, leave, consumed, below, result, indent):
    """The call of a call-site helper (ophis.vm.tier2.callsite) writing
    the callee's value, or a signal, to null, and what the block does with
    a signal: UNHANDLED leaves (leave: the lines calling the handler, at
    the block's start; else a side exit with the consumed slots), ENTERED
    and ENTERED_RAISE return with the stack below written back."""
    pad = '    ' * indent
    # (The value in the NULL's slot, dead after the call: no local of the
    # block keeps it alive once the program drops it.)
    e.emit(f'{pad}{null} = {call}')
    e.emit(f'{pad}if type({null}) is SIGNAL:')
    e.emit(f'{pad}    if {null} is UNHANDLED:')
    e.emit(f'{pad}        {null} = NULL')
    if leave:
        for line in leave:
            e.emit(f'{pad}        {line}')
    else:
        e.side_exit(indent + 2, consumed)
    if below:
        e.emit(f'{pad}    stack += ({below})')
    e.emit(f'{pad}    return {null}')
    # Tracing switched on in the callee: the rest of the caller runs
    # instrumented, from the instruction after the call.
    e.emit(f'{pad}if INSTRUMENTED[0]:')
    e.emit(f'{pad}    stack += ({below}{null},)')
    e.emit(f'{pad}    return {e.index + 1}')
    e.emit(f'{pad}{result} = {null}')
    e.push()


@template(_K.CALL_KW, HOST)
def t_call_kw(e, arg):
    # An Ophis function or a host bound method of one: the call-site
    # helper binds the keyword arguments (callsite.call_site_kw) and runs
    # or pushes the frame as for CALL; anything else (a builtin, a class,
    # a self below the callable) runs CALL_KW's handler.  The block goes
    # on after it (compiler._CONTINUED): go's `find(update=True)`.
    kwnames = e.pop()
    args = [e.pop() for _ in range(arg)][::-1]
    null = e.pop()
    func = e.pop()
    _call_with_helper(
        e, func, null, [func, null] + args + [kwnames],
        f'call_site_kw(f, {func}, {e.index + 1}, [{", ".join(args)}], '
        f'{kwnames}, arg)')


@template(_K.CALL_FUNCTION_EX, HOST)
def t_call_function_ex(e, arg):
    # The same for ``f(*args)`` and ``f(*args, **kwargs)``
    # (callsite.call_site_ex): raytrace's `canvas.plot(x, y, *c)`.
    kwargs = e.pop() if arg & 1 else 'None'
    callargs = e.pop()
    null = e.pop()
    func = e.pop()
    consumed = [func, null, callargs] + ([kwargs] if arg & 1 else [])
    _call_with_helper(
        e, func, null, consumed,
        f'call_site_ex(f, {func}, {e.index + 1}, {callargs}, {kwargs}, '
        'arg)')


def _call_with_helper(e, func, null, consumed, call):
    """A call that only a call-site helper takes (no inline path): with a
    self below the callable, or when the helper leaves it (UNHANDLED),
    the instruction's handler -- called from the block at its start, a
    side exit elsewhere."""
    result = f's{e.depth}'
    below = ''.join(f's{i}, ' for i in range(e.depth))
    e.makes_frames = True
    known = e.facts.get(null) is _IS_NULL
    if e.first:
        leave = [f'stack += ({below}{"".join(s + ", " for s in consumed)})',
                 'return HANDLER(f, stack, HANDLER_ARG)']
        if not known:
            e.emit(f'if {null} is not NULL:')
            for line in leave:
                e.emit('    ' + line)
    else:
        leave = None
        if not known:
            e.emit(f'if {null} is not NULL:')
            e.side_exit(1, len(consumed))
    _through_helper(e, null, call, leave, len(consumed), below, result, 0)


def _return(e, value, pushed):
    below = [f's{i}' for i in range(e.depth)]
    # Tracing or profiling switched on in host code this block called (a
    # property starting setprofile): the return runs instrumented, for
    # its 'return' event.
    e.emit('if INSTRUMENTED[0]:')
    if pushed:
        e.emit(f'    stack += ({"".join(i + ", " for i in below)}{value},)')
    elif below:
        e.emit(f'    stack += ({"".join(i + ", " for i in below)})')
    e.emit(f'    return {e.index}')
    if below:
        e.emit(f'stack += ({"".join(i + ", " for i in below)}{value},)')
    else:
        # (The common case, nothing below: append() costs the host about
        # a third of ``+=`` with a one-item tuple, callgrind.)
        e.emit(f'stack.append({value})')
    e.emit(f'f.pc = {e.index + 1}')
    e.emit('return RETURN_AT')


@template(_C.RETURN_VALUE, END | GUARD)
def t_return_value(e, arg):
    # The frame's value to the loop's return path, with the index in f.pc
    # (for f_lineno of a frame somebody keeps); a generator's frame
    # (GEN_RETURN) returns through the handler.
    e.guard('f.gen is None')
    _return(e, e.pop(), True)


@template(_C.RETURN_CONST, END | GUARD)
def t_return_const(e, arg):
    e.guard('f.gen is None')
    _return(e, e.const(arg), False)
