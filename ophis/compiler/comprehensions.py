"""Code generation for comprehensions and generator expressions.

As in 3.11, each is a nested function called at once with the iterator of
its outermost iterable (evaluated in the enclosing scope) as its one
argument, ``.0``.  A list, set or dict comprehension builds its result on
the stack under the iterators and returns it; a generator expression is a
generator function that yields each element.
"""

import _ast

from ophis.bytecode import instructions as _I
from ophis.compiler.codegen import (
    ASYNC_COMPREHENSION_GENERATOR, COMP_GENEXP, COMP_LISTCOMP,
    COMP_SETCOMP, COMP_DICTCOMP)
from ophis.compiler.functions import make_closure
from ophis.compiler.unit import (
    SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION)

_BUILD = {COMP_LISTCOMP: _I.BUILD_LIST, COMP_SETCOMP: _I.BUILD_SET,
          COMP_DICTCOMP: _I.BUILD_MAP}


def compile_comprehension(gen, node, kind, name, elt, value):
    generators = node.generators
    outermost = generators[0]
    is_top_level_await = gen.is_top_level_await()
    outer_scope_type = gen.u.scope_type
    gen.enter_scope(name, SCOPE_COMPREHENSION, node, node.lineno)
    gen.set_loc(node)
    u = gen.u
    is_async_generator = u.scope.coroutine
    if is_async_generator and kind != COMP_GENEXP and \
            outer_scope_type != SCOPE_ASYNC_FUNCTION and \
            outer_scope_type != SCOPE_COMPREHENSION and \
            not is_top_level_await:
        raise gen.error('asynchronous comprehension outside of an '
                        'asynchronous function')
    if kind != COMP_GENEXP:
        gen.emit(_BUILD[kind], 0)
    _generator(gen, generators, 0, 0, elt, value, kind)
    if kind != COMP_GENEXP:
        gen.emit(_I.RETURN_VALUE)
    code = gen.make_code(True)
    qualname = u.qualname
    gen.exit_scope()
    if is_top_level_await and is_async_generator:
        gen.u.scope.coroutine = True
    make_closure(gen, code, 0, qualname)
    gen.visit_expr(outermost.iter)
    gen.emit(_I.GET_AITER if outermost.is_async else _I.GET_ITER)
    gen.emit(_I.CALL, 0)
    if is_async_generator and kind != COMP_GENEXP:
        gen.emit(_I.GET_AWAITABLE, 0)
        gen.load_const(None)
        gen.add_yield_from(True)


def _generator(gen, generators, index, depth, elt, value, kind):
    if generators[index].is_async:
        _async_generator(gen, generators, index, depth, elt, value, kind)
    else:
        _sync_generator(gen, generators, index, depth, elt, value, kind)


def _element(gen, elt, value, kind, depth):
    if kind == COMP_GENEXP:
        gen.visit_expr(elt)
        gen.add_yield()
        gen.emit(_I.POP_TOP)
    elif kind == COMP_LISTCOMP:
        gen.visit_expr(elt)
        gen.emit(_I.LIST_APPEND, depth + 1)
    elif kind == COMP_SETCOMP:
        gen.visit_expr(elt)
        gen.emit(_I.SET_ADD, depth + 1)
    else:
        # {k: v}: k is evaluated before v.
        gen.visit_expr(elt)
        gen.visit_expr(value)
        gen.emit(_I.MAP_ADD, depth + 1)


def _sync_generator(gen, generators, index, depth, elt, value, kind):
    start = gen.new_block()
    if_cleanup = gen.new_block()
    anchor = gen.new_block()
    comp = generators[index]
    if index == 0:
        # The outermost iterator is the argument.
        gen.u.argcount = 1
        gen.emit(_I.LOAD_FAST, 0)
    else:
        # for y in [f(x)]: a temporary binding, no loop.
        iterable = comp.iter
        elts = None
        if iterable.__class__ is _ast.List or \
                iterable.__class__ is _ast.Tuple:
            elts = iterable.elts
        if elts is not None and len(elts) == 1 and \
                elts[0].__class__ is not _ast.Starred:
            gen.visit_expr(elts[0])
            start = None
        else:
            gen.visit_expr(iterable)
            gen.emit(_I.GET_ITER)
    if start is not None:
        depth += 1
        gen.use_next_block(start)
        gen.emit_jump(_I.FOR_ITER, anchor)
    gen.visit_expr(comp.target)
    for cond in comp.ifs:
        gen.jump_if(cond, if_cleanup, False)
    index += 1
    if index < len(generators):
        _generator(gen, generators, index, depth, elt, value, kind)
    else:
        _element(gen, elt, value, kind, depth)
    gen.use_next_block(if_cleanup)
    if start is not None:
        gen.emit_jump(_I.JUMP, start)
        gen.use_next_block(anchor)


def _async_generator(gen, generators, index, depth, elt, value, kind):
    start = gen.new_block()
    except_ = gen.new_block()
    if_cleanup = gen.new_block()
    comp = generators[index]
    if index == 0:
        gen.u.argcount = 1
        gen.emit(_I.LOAD_FAST, 0)
    else:
        gen.visit_expr(comp.iter)
        gen.emit(_I.GET_AITER)
    gen.use_next_block(start)
    gen.push_fblock(ASYNC_COMPREHENSION_GENERATOR, start)
    gen.emit_jump(_I.SETUP_FINALLY, except_)
    gen.emit(_I.GET_ANEXT)
    gen.load_const(None)
    gen.add_yield_from(True)
    gen.emit(_I.POP_BLOCK)
    gen.visit_expr(comp.target)
    for cond in comp.ifs:
        gen.jump_if(cond, if_cleanup, False)
    depth += 1
    index += 1
    if index < len(generators):
        _generator(gen, generators, index, depth, elt, value, kind)
    else:
        _element(gen, elt, value, kind, depth)
    gen.use_next_block(if_cleanup)
    gen.emit_jump(_I.JUMP, start)
    gen.pop_fblock(ASYNC_COMPREHENSION_GENERATOR, start)
    gen.use_next_block(except_)
    gen.emit(_I.END_ASYNC_FOR)
