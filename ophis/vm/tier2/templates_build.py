"""Templates of the second tier for building containers, strings, slices
and closures' cells: the instructions that ended blocks next, by
``benchmarks/profile_vm.py --exits`` (dict and set displays, f-strings,
slices, star-arguments, a closure's MAKE_CELL and COPY_FREE_VARS at its
entry and the RESUME after them, MAKE_FUNCTION).

The rules are templates.py's (see there): each template has its handler's
semantics, written from the handler (ophis.vm.ops_build, ops_basic); HOST
when it can run host code or raise (``__hash__``, ``__eq__``,
``__format__``, a failed allocation); a slot is assigned only once the
operation producing it has completed; a guard's side exit runs the
handler for the cases it does not do inline.  Registered with
templates.template; imported by ophis.vm.tier2.compiler after
templates.py.  tests/vm/test_tier2_templates.py runs each against its
handler.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm import ops_basic as _B
from ophis.vm import ops_build as _D
from ophis.vm import ops_control as _C
from ophis.vm import ops_calls as _K
from ophis.vm.function import new_function
from ophis.bytecode.instructions import (MF_DEFAULTS, MF_KWDEFAULTS,
                                         MF_ANNOTATIONS, MF_CLOSURE)
from ophis.vm.frame import CellType
from ophis.vm.tier2.templates import template, HOST, GUARD


def _pop_n(e, count):
    """The top count slots, deepest first."""
    return [e.pop() for _ in range(count)][::-1]


# --- dicts and sets ------------------------------------------------------------

@template(_D.BUILD_MAP, HOST)
def t_build_map(e, arg):
    # The host's dict display inserts key/value pairs in order, as the
    # handler does (a key's __hash__ and __eq__ run in the same order).
    items = _pop_n(e, 2 * arg)
    pairs = ', '.join(f'{items[i]}: {items[i + 1]}'
                      for i in range(0, 2 * arg, 2))
    e.emit(f'{e.push()} = {{{pairs}}}')


@template(_D.BUILD_CONST_KEY_MAP, HOST)
def t_build_const_key_map(e, arg):
    # keys: the tuple of constant keys on top; inserted in order.
    keys = e.pop()
    values = _pop_n(e, arg)
    pairs = ', '.join(f'{keys}[{i}]: {value}'
                      for i, value in enumerate(values))
    e.emit(f'{e.push()} = {{{pairs}}}')


@template(_D.BUILD_SET, HOST)
def t_build_set(e, arg):
    items = _pop_n(e, arg)
    if items:
        e.emit(f'{e.push()} = {{{", ".join(items)}}}')
    else:
        e.emit(f'{e.push()} = {e.const(set)}()')


@template(_D.SET_ADD, HOST)
def t_set_add(e, arg):
    value = e.pop()
    e.emit(f'{e.at(arg)}.add({value})')


@template(_D.MAP_ADD, HOST)
def t_map_add(e, arg):
    value = e.pop()
    key = e.pop()
    e.emit(f'{e.at(arg)}[{key}] = {value}')


# --- lists and tuples (star-arguments, list displays) -----------------------------

@template(_D.LIST_EXTEND, HOST | GUARD)
def t_list_extend(e, arg):
    # A list or tuple inline (what the handler does first); anything else
    # runs the handler (an iterator's own code, its TypeError's wording).
    iterable = e.at(1)
    e.guard(f'type({iterable}) is list or type({iterable}) is tuple')
    e.pop()
    e.emit(f'{e.at(arg)}.extend({iterable})')


@template(_D.LIST_TO_TUPLE, HOST)
def t_list_to_tuple(e, arg):
    source = e.pop()
    e.emit(f'{e.push()} = tuple({source})')


# --- strings and slices ------------------------------------------------------------

_CONVERSIONS = (None, str, repr, ascii)


@template(_D.FORMAT_VALUE, HOST)
def t_format_value(e, arg):
    # As the handler: the conversion, then the value itself if it is
    # exactly a str and there is no (or an empty) spec, else format().
    spec = e.pop() if arg & 4 else None
    value = e.pop()
    conversion = _CONVERSIONS[arg & 3]
    if conversion is not None:
        e.emit(f'V = {e.const(conversion)}({value})')
    else:
        e.emit(f'V = {value}')
    if spec is None:
        e.emit(f'{e.push()} = V if type(V) is str else '
               f'{e.const(format)}(V, "")')
    else:
        e.emit(f'{e.push()} = V if type(V) is str and not {spec} else '
               f'{e.const(format)}(V, {spec})')
    e.emit('V = None')


@template(_D.BUILD_STRING, HOST)
def t_build_string(e, arg):
    pieces = _pop_n(e, arg)
    inner = ''.join(piece + ', ' for piece in pieces)
    e.emit(f'{e.push()} = {e.const("")}.join(({inner}))')


@template(_D.BUILD_SLICE, HOST)
def t_build_slice(e, arg):
    parts = _pop_n(e, arg)
    e.emit(f'{e.push()} = {e.const(slice)}({", ".join(parts)})')


# --- closures' entries ----------------------------------------------------------------

@template(_B.MAKE_CELL)
def t_make_cell(e, arg):
    # The value moves into the cell (nothing is freed: no host code).
    e.emit(f'L[{arg}] = {e.const(CellType)}() if L[{arg}] is NULL else '
           f'{e.const(CellType)}(L[{arg}])')


@template(_B.COPY_FREE_VARS)
def t_copy_free_vars(e, arg):
    # The slots it fills hold NULL: nothing is freed.
    e.emit(f'L[len(L) - {arg}:] = f.func.__closure__')


# --- the eval breaker at a closure's or generator's RESUME ------------------------

@template(_C.RESUME, GUARD)
def t_resume(e, arg):
    # With a request pending (a signal, another thread's turn, a trace
    # function being set) the instruction itself runs and returns BREAK,
    # at its own index; otherwise it does nothing.  A code object's leading
    # RESUME, which calls skip (ophis.vm.function.set_entry), is not in a
    # block (ophis.vm.tier2.compiler.find_blocks): blocks start after it.
    e.guard('not requested[0]')


# --- functions made in a loop (closures, lambdas, generator expressions) ---------

@template(_K.MAKE_FUNCTION, HOST)
def t_make_function(e, arg):
    # The handler's one call: the pieces popped in its order (the code on
    # top, then closure, annotations, keyword defaults, defaults).
    code = e.pop()
    closure = e.pop() if arg & MF_CLOSURE else 'None'
    annotations = e.pop() if arg & MF_ANNOTATIONS else 'None'
    kwdefaults = e.pop() if arg & MF_KWDEFAULTS else 'None'
    defaults = e.pop() if arg & MF_DEFAULTS else 'None'
    e.emit(f'{e.push()} = {e.const(new_function)}({code}, f.globals, '
           f'{defaults}, {kwdefaults}, {annotations}, {closure})')
