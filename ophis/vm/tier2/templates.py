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
    e.emit(f'{e.push()} = NULL')


@template(_B.COPY)
def t_copy(e, arg):
    source = e.at(arg)
    e.emit(f'{e.push()} = {source}')


@template(_B.SWAP)
def t_swap(e, arg):
    top, other = e.at(1), e.at(arg)
    e.emit(f'{top}, {other} = {other}, {top}')


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
    target = e.push()
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
    e.emit(f'{e.push()} = NULL')


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
    e.emit(f'{e.push()} = {_getattr_text(e, owner, arg)}')


@template(_N.LOAD_METHOD, HOST)
def t_load_method(e, arg):
    owner = e.pop()
    e.emit(f'{e.push()} = {_getattr_text(e, owner, arg)}')
    e.emit(f'{e.push()} = NULL')


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

def _frame_text(func, items):
    """Lines making F, the frame of the Ophis function ``func`` called
    with the slot names items: what CALL's fast path does (ophis.vm.
    ops_calls.CALL; tests/vm/test_tier2_templates.py compares the
    frames)."""
    return ['F = new_frame(Frame)',
            f'F.code = {func}._code',
            f'F.globals = {func}._globals',
            f'F.builtins = {func}._builtins',
            'F.locals = None',
            f'F.localsplus = [{"".join(i + ", " for i in items)}'
            f'*{func}._pad]',
            'F.stack = []',
            f'F.pc = 0 if requested[0] else {func}._entry[0]',
            f'F.instrs = {func}._instrs',
            f'F.func = {func}',
            'F.gen = None']


def _call_at_text(e):
    """Lines handing F to the loop: the stack below the call written
    back, F on top, the index after the CALL in f.pc (where the caller
    goes on), CALL_AT."""
    below = [f's{i}' for i in range(e.depth)]
    return [f'stack += ({"".join(i + ", " for i in below)}F,)',
            f'f.pc = {e.index + 1}',
            'return CALL_AT']


def _run_leaf_text(e, levels):
    """Lines running E, the entry block of frame F, a leaf (it makes no
    frame itself, so the host recursion this adds is one level), leaving
    its result in r: the loop's push (the depth check, a RecursionError
    being the CALL's; levels is what the call counts: 2 for a class's
    __init__, whose shim frame counts one as type.__call__ does), the
    call, and the callee's next blocks while they are leaves."""
    check = ('T.depth >= T.limit' if levels == 1
             else f'T.depth + {levels - 1} >= T.limit')
    return [
        # f.pc for whoever reads the caller's frame (its line, while the
        # callee runs, is read from pc in this block's host frame).
        'T = TLOCAL.tstate',
        f'if {check}:',
        '    raise RecursionError(RECURSION_MESSAGE)',
        f'T.depth += {levels}',
        'F.back = f',
        f'f.pc = {e.index + 1}',
        'T.frame = F',
        'try:',
        '    r = E[0](F, F.stack, LEAF)',
        # The callee's next block, where its side exit or a branch leads,
        # run here too while it is a leaf (the loop would run it next; a
        # request pending or tracing switched on puts a plain instruction
        # there).
        '    while r is not RETURN_AT and r is not RAISE_AT:',
        '        E = F.instrs[r]',
        '        if E[1] is not LEAF:',
        '            break',
        '        r = E[0](F, F.stack, LEAF)',
        'except BaseException:',
        # (Only what escapes a block's own handling: the host's stack.)
        f'    T.depth -= {levels}',
        '    T.frame = f',
        '    raise']


def _leaf_return_text(levels, result):
    """Lines of the loop's return path for F after RETURN_AT: the caller
    running before the callee's locals die, first to last, when nobody
    else holds the frame (a frame kept keeps the f.pc its return set);
    the value into result."""
    return [f'T.depth -= {levels}',
            'T.frame = f',
            'if getrefcount(F) <= 2:',
            '    X = F.localsplus',
            '    if getrefcount(X) <= 3:',
            '        X.reverse()',
            '        X.clear()',
            '    X = None',
            f'{result} = F.stack.pop()',
            'F = None']


def _instrumented_text(e, result):
    # Tracing switched on in the callee: the rest of the caller runs
    # instrumented, from the instruction after the CALL.
    below = ''.join(f's{i}, ' for i in range(e.depth))
    return ['if INSTRUMENTED[0]:',
            f'    stack += ({below}{result},)',
            f'    return {e.index + 1}']


def _entered_text(e):
    """Lines leaving the callee F, unfinished (its side exit: r an index)
    or raising (RAISE_AT), to the loop as the running frame (ENTERED,
    ENTERED_RAISE), the caller's stack written back."""
    below = ''.join(f's{i}, ' for i in range(e.depth))
    return [f'stack += ({below})' if below else 'pass',
            'if r is RAISE_AT:',
            '    return ENTERED_RAISE',
            'F.pc = r',
            'return ENTERED']


def _direct_text(e, result):
    """Lines running F's entry block in this block when it is a leaf: the
    loop's push, the call, and for RETURN_AT the loop's return path, the
    value left in the slot result; otherwise (the callee's side exit or
    its exception) the callee goes on in the loop as the running frame.
    Anything else hands F to the loop (CALL_AT)."""
    lines = ['E = F.instrs[F.pc]', 'if E[1] is LEAF:']
    lines += ['    ' + line for line in _run_leaf_text(e, 1)]
    lines += ['    if r is RETURN_AT:']
    lines += ['        ' + line for line in _leaf_return_text(1, result)]
    lines += ['        ' + line for line in _instrumented_text(e, result)]
    lines += ['    else:']
    lines += ['        ' + line for line in _entered_text(e)]
    lines += ['else:']
    return lines + ['    ' + line for line in _call_at_text(e)]


def _construct_text(e, func, args, result):
    """Lines calling the class func (made by object.__new__) whose
    __init__ is an Ophis function taking args positionally and whose
    entry block is a leaf (E): the instance O, the __init__ frame F, its
    block run here as _direct_text does, type.__call__'s check of its
    result, the instance into result.  No shim frame (ophis.vm.
    construct) unless __init__ goes on in the loop: then the shim is made
    under F as the loop would have it, O alone on its stack, waiting for
    __init__'s return (its second instruction)."""
    lines = [f'O = object_new({func})']
    # (F.pc: the entry block, E, the request having been tested.)
    lines += [line if not line.startswith('F.pc =') else
              'F.pc = M._entry[0]' for line in _frame_text('M', ['O'] + args)]
    lines += _run_leaf_text(e, 2)
    lines += ['if r is RETURN_AT:']
    lines += ['    ' + line for line in _leaf_return_text(2, 'R')]
    lines += ['    if R is not None:',
              # At the CALL, O dying first (the shim's stack cleared).
              '        O = None',
              '        raise init_result_error(R)',
              f'    {result} = O',
              '    O = None']
    lines += ['    ' + line for line in _instrumented_text(e, result)]
    lines += ['else:',
              '    F.back = shim_frame(F, [O], 1, f)',
              '    O = None']
    lines += ['    ' + line for line in _entered_text(e)]
    return lines


@template(_K.CALL, HOST | GUARD)
def t_call(e, arg):
    # A host builtin function or method (len, isinstance, list.append...)
    # called inline, then the eval breaker as the handler checks it; an
    # Ophis function or a host bound method of one whose arguments bind
    # positionally: the frame made here, its entry block run here when it
    # is a leaf, otherwise the frame handed to the loop (CALL_AT); a
    # class: ophis.vm.construct's shim frame the same way, or the class
    # called inline; anything else (arguments to bind, a metaclass's
    # class) runs the handler.
    args = [e.pop() for _ in range(arg)][::-1]
    null = e.pop()
    func = e.pop()
    result = f's{e.depth}'
    call = f'{result} = {func}({", ".join(args)})'
    test = f'{null} is NULL and type({func}) is BUILTIN'
    if e.first and arg == 1:
        # A block starting at a one-argument call is where the loop comes
        # back from the call making its argument (a generator expression,
        # sum(x for x in r)): a generator goes to the handler, which runs
        # it for sum(), any(), max(), str.join()... in the loop
        # (ophis.vm.generators.consuming_frame).
        test += f' and type({args[0]}) is not {e.const(_Generator)}'
    if e.first:
        # At the block's start: failing, CALL's handler does it all.
        e.guard(test, consumed=arg + 2)
        e.emit(call)
        e.emit('if requested[0]:')
        e.emit('    service(f)')
    else:
        e.makes_frames = True
        e.emit(f'if {test}:')
        e.emit(f'    {call}')
        e.emit('    if requested[0]:')
        e.emit('        service(f)')
        e.emit(f'elif {null} is not NULL:')
        e.side_exit(1, arg + 2)
        e.emit('else:')
        e.indent += 1
        # The frame of an Ophis function or of a bound method of one (one
        # copy of what follows for both), or None.
        e.emit(f'if type({func}) is MethodType and '
               f'type(M := {func}.__func__) is Function and '
               f'M._fastcount == {arg + 1}:')
        for line in _frame_text('M', [f'{func}.__self__'] + args):
            e.emit('    ' + line)
        e.emit(f'elif type({func}) is Function and '
               f'{func}._fastcount == {arg}:')
        for line in _frame_text(func, args):
            e.emit('    ' + line)
        # A class (not super, not TracebackType, not a metaclass called
        # with three arguments: the handler's own cases): the shim frame
        # ophis.vm.construct makes when object.__new__ makes its instances
        # and its __init__ is an Ophis function; otherwise (int, tuple, a
        # class with its own __new__) called inline as the handler does.
        special = (f' and not issubclass({func}, type)' if arg == 3
                   else '')
        e.emit(f'elif type({func}) is type and {func} is not SUPER and '
               f'{func} is not TRACEBACK{special}:')
        # (__init__'s entry block a leaf: run here, no shim frame.)
        e.emit(f'    M = find_init({func}) '
               f'if {func}.__new__ is OBJECT_NEW else NULL')
        e.emit(f'    if type(M) is Function and M._fastcount == {arg + 1} '
               'and not requested[0] and '
               '(E := M._instrs[M._entry[0]])[1] is LEAF:')
        for line in _construct_text(e, func, args, result):
            e.emit('        ' + line)
        e.emit('    else:')
        # (__init__ found already: not looked up again.)
        e.emit(f'        F = (init_shim({func}, M, [{", ".join(args)}], '
               f'None, None) if type(M) is Function else '
               f'construct({func}, [{", ".join(args)}], None, None))')
        e.emit('        if F is not None:')
        for line in _call_at_text(e):
            e.emit('            ' + line)
        e.emit(f'        {call}')
        e.emit('        if requested[0]:')
        e.emit('            service(f)')
        e.emit('else:')
        e.side_exit(1, arg + 2)
        e.emit('if F is not None:')
        for line in _direct_text(e, result):
            e.emit('    ' + line)
        e.indent -= 1
    e.push()


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
    e.emit(f'stack += ({"".join(i + ", " for i in below)}{value},)')
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
