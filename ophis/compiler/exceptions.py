"""Code generation for try/except/finally, except* and with statements.

A protected region starts with a SETUP_* pseudo-instruction naming its
handler and ends with POP_BLOCK; the flow graph turns these into the
exception table.  A handler is entered with the exception on the stack
(and, for SETUP_CLEANUP and SETUP_WITH, the offset of the instruction that
raised under it, for ``RERAISE 1``).  ``PUSH_EXC_INFO`` makes it the
exception being handled and keeps the previous one below it, which
``POP_EXCEPT`` restores.  The shapes are CPython 3.11's.
"""

from ophis.bytecode import instructions as _I
from ophis.compiler.codegen import (
    EXCEPTION_GROUP_HANDLER, EXCEPTION_HANDLER, FINALLY_END, FINALLY_TRY,
    HANDLER_CLEANUP, TRY_EXCEPT, WITH, ASYNC_WITH, _Del, _Store)
from ophis.compiler.unit import SCOPE_ASYNC_FUNCTION


def pop_except_and_reraise(gen):
    # [prev_exc, lasti, exc] -> restore prev_exc, re-raise at lasti.
    gen.emit(_I.COPY, 3)
    gen.emit(_I.POP_EXCEPT)
    gen.emit(_I.RERAISE, 1)


def try_finally(gen, node, star=False):
    body = gen.new_block()
    end = gen.new_block()
    exit_ = gen.new_block()
    cleanup = gen.new_block()
    # The try block.
    gen.emit_jump(_I.SETUP_FINALLY, end)
    gen.use_next_block(body)
    gen.push_fblock(FINALLY_TRY, body, end, node.finalbody)
    if node.handlers:
        if star:
            try_star_except(gen, node)
        else:
            try_except(gen, node)
    else:
        gen.visit_stmts(node.body)
    gen.emit_noline(_I.POP_BLOCK)
    gen.pop_fblock(FINALLY_TRY, body)
    gen.visit_stmts(node.finalbody)
    gen.emit_jump_noline(_I.JUMP, exit_)
    # The finally block, when an exception is raised.
    gen.use_next_block(end)
    gen.unset_loc()
    gen.emit_jump(_I.SETUP_CLEANUP, cleanup)
    gen.emit(_I.PUSH_EXC_INFO)
    gen.push_fblock(FINALLY_END, end)
    gen.visit_stmts(node.finalbody)
    gen.pop_fblock(FINALLY_END, end)
    gen.emit(_I.RERAISE, 0)
    gen.use_next_block(cleanup)
    pop_except_and_reraise(gen)
    gen.use_next_block(exit_)


def try_star_finally(gen, node):
    try_finally(gen, node, star=True)


def try_except(gen, node):
    body = gen.new_block()
    except_ = gen.new_block()
    end = gen.new_block()
    cleanup = gen.new_block()
    gen.emit_jump(_I.SETUP_FINALLY, except_)
    gen.use_next_block(body)
    gen.push_fblock(TRY_EXCEPT, body)
    gen.visit_stmts(node.body)
    gen.pop_fblock(TRY_EXCEPT, body)
    gen.emit_noline(_I.POP_BLOCK)
    if node.orelse:
        gen.visit_stmts(node.orelse)
    gen.emit_jump_noline(_I.JUMP, end)
    handlers = node.handlers
    n = len(handlers)
    gen.use_next_block(except_)
    gen.unset_loc()
    gen.emit_jump(_I.SETUP_CLEANUP, cleanup)
    gen.emit(_I.PUSH_EXC_INFO)
    # The runtime has pushed the exception: account for it.
    gen.push_fblock(EXCEPTION_HANDLER, None)
    for i, handler in enumerate(handlers):
        gen.set_loc(handler)
        if handler.type is None and i < n - 1:
            raise gen.error("default 'except:' must be last")
        except_ = gen.new_block()
        if handler.type is not None:
            gen.visit_expr(handler.type)
            gen.emit(_I.CHECK_EXC_MATCH)
            gen.emit_jump(_I.POP_JUMP_IF_FALSE, except_)
        name = handler.name
        if name is not None:
            cleanup_end = gen.new_block()
            cleanup_body = gen.new_block()
            gen.nameop(name, _Store)
            # try:
            #     body
            # finally:
            #     name = None   # in case body contains "del name"
            #     del name
            gen.emit_jump(_I.SETUP_CLEANUP, cleanup_end)
            gen.use_next_block(cleanup_body)
            gen.push_fblock(HANDLER_CLEANUP, cleanup_body, None, name)
            gen.visit_stmts(handler.body)
            gen.pop_fblock(HANDLER_CLEANUP, cleanup_body)
            gen.unset_loc()
            gen.emit(_I.POP_BLOCK)
            gen.emit(_I.POP_BLOCK)
            gen.emit(_I.POP_EXCEPT)
            gen.load_const(None)
            gen.nameop(name, _Store)
            gen.nameop(name, _Del)
            gen.emit_jump(_I.JUMP, end)
            # When the body raises.
            gen.use_next_block(cleanup_end)
            gen.unset_loc()
            gen.load_const(None)
            gen.nameop(name, _Store)
            gen.nameop(name, _Del)
            gen.emit(_I.RERAISE, 1)
        else:
            cleanup_body = gen.new_block()
            gen.emit(_I.POP_TOP)
            gen.use_next_block(cleanup_body)
            gen.push_fblock(HANDLER_CLEANUP, cleanup_body)
            gen.visit_stmts(handler.body)
            gen.pop_fblock(HANDLER_CLEANUP, cleanup_body)
            gen.unset_loc()
            gen.emit(_I.POP_BLOCK)
            gen.emit(_I.POP_EXCEPT)
            gen.emit_jump(_I.JUMP, end)
        gen.use_next_block(except_)
    gen.unset_loc()
    gen.pop_fblock(EXCEPTION_HANDLER, None)
    gen.emit(_I.RERAISE, 0)
    gen.use_next_block(cleanup)
    pop_except_and_reraise(gen)
    gen.use_next_block(end)


def try_star_except(gen, node):
    """except*: each clause splits the exception group with
    CHECK_EG_MATCH; what the clauses raise or leave unmatched is collected
    in a list, and PREP_RERAISE_STAR decides what to raise at the end.

    Stack: [orig, res, exc] while matching, where orig is the original
    group, res the list and exc what is still unmatched."""
    body = gen.new_block()
    except_ = gen.new_block()
    orelse = gen.new_block()
    end = gen.new_block()
    cleanup = gen.new_block()
    reraise_star = gen.new_block()
    gen.emit_jump(_I.SETUP_FINALLY, except_)
    gen.use_next_block(body)
    gen.push_fblock(TRY_EXCEPT, body)
    gen.visit_stmts(node.body)
    gen.pop_fblock(TRY_EXCEPT, body)
    gen.emit_noline(_I.POP_BLOCK)
    gen.emit_jump_noline(_I.JUMP, orelse)
    handlers = node.handlers
    n = len(handlers)
    gen.use_next_block(except_)
    gen.unset_loc()
    gen.emit_jump(_I.SETUP_CLEANUP, cleanup)
    gen.emit(_I.PUSH_EXC_INFO)
    gen.push_fblock(EXCEPTION_GROUP_HANDLER, None, None, 'except handler')
    for i, handler in enumerate(handlers):
        gen.set_loc(handler)
        except_ = gen.new_block()
        except_with_error = gen.new_block()
        no_match = gen.new_block()
        if i == 0:
            # [exc] -> [orig, [], exc]
            gen.emit(_I.COPY, 1)
            gen.emit(_I.BUILD_LIST, 0)
            gen.emit(_I.SWAP, 2)
        if handler.type is not None:
            gen.visit_expr(handler.type)
            gen.emit(_I.CHECK_EG_MATCH)
            gen.emit(_I.COPY, 1)
            gen.emit_jump(_I.POP_JUMP_IF_NONE, no_match)
        cleanup_end = gen.new_block()
        cleanup_body = gen.new_block()
        name = handler.name
        if name is not None:
            gen.nameop(name, _Store)
        else:
            gen.emit(_I.POP_TOP)
        gen.emit_jump(_I.SETUP_CLEANUP, cleanup_end)
        gen.use_next_block(cleanup_body)
        gen.push_fblock(HANDLER_CLEANUP, cleanup_body, None, name)
        gen.visit_stmts(handler.body)
        gen.pop_fblock(HANDLER_CLEANUP, cleanup_body)
        gen.unset_loc()
        gen.emit(_I.POP_BLOCK)
        if name is not None:
            gen.load_const(None)
            gen.nameop(name, _Store)
            gen.nameop(name, _Del)
        gen.emit_jump(_I.JUMP, except_)
        # When the clause's body raises: add that to the list.
        gen.use_next_block(cleanup_end)
        gen.unset_loc()
        if name is not None:
            gen.load_const(None)
            gen.nameop(name, _Store)
            gen.nameop(name, _Del)
        gen.emit(_I.LIST_APPEND, 3)
        gen.emit(_I.POP_TOP)
        gen.emit_jump(_I.JUMP, except_with_error)
        gen.use_next_block(except_)
        gen.emit(_I.NOP)   # holds a propagated line
        gen.emit_jump(_I.JUMP, except_with_error)
        gen.use_next_block(no_match)
        gen.emit(_I.POP_TOP)
        gen.use_next_block(except_with_error)
        if i == n - 1:
            # The unmatched rest (or None) joins the list.
            gen.emit(_I.LIST_APPEND, 1)
            gen.emit_jump(_I.JUMP, reraise_star)
    gen.unset_loc()
    gen.pop_fblock(EXCEPTION_GROUP_HANDLER, None)
    reraise = gen.new_block()
    gen.use_next_block(reraise_star)
    gen.emit(_I.PREP_RERAISE_STAR)
    gen.emit(_I.COPY, 1)
    gen.emit_jump(_I.POP_JUMP_IF_NOT_NONE, reraise)
    # Nothing to re-raise.
    gen.emit(_I.POP_TOP)
    gen.emit(_I.POP_BLOCK)
    gen.emit(_I.POP_EXCEPT)
    gen.emit_jump(_I.JUMP, end)
    gen.use_next_block(reraise)
    gen.emit(_I.POP_BLOCK)
    gen.emit(_I.SWAP, 2)
    gen.emit(_I.POP_EXCEPT)
    gen.emit(_I.RERAISE, 0)
    gen.use_next_block(cleanup)
    pop_except_and_reraise(gen)
    gen.use_next_block(orelse)
    gen.visit_stmts(node.orelse)
    gen.use_next_block(end)


def with_except_finish(gen, cleanup):
    """After WITH_EXCEPT_START: re-raise unless __exit__ returned true."""
    gen.unset_loc()
    exit_ = gen.new_block()
    gen.emit_jump(_I.POP_JUMP_IF_TRUE, exit_)
    gen.emit(_I.RERAISE, 2)
    gen.use_next_block(cleanup)
    pop_except_and_reraise(gen)
    gen.use_next_block(exit_)
    gen.emit(_I.POP_TOP)       # the exception
    gen.emit(_I.POP_BLOCK)
    gen.emit(_I.POP_EXCEPT)
    gen.emit(_I.POP_TOP)       # lasti
    gen.emit(_I.POP_TOP)       # the exit function


def with_(gen, node, pos):
    item = node.items[pos]
    block = gen.new_block()
    final = gen.new_block()
    exit_ = gen.new_block()
    cleanup = gen.new_block()
    gen.visit_expr(item.context_expr)
    # Pushes the bound __exit__ and the result of __enter__().
    gen.emit(_I.BEFORE_WITH)
    gen.emit_jump(_I.SETUP_WITH, final)
    gen.use_next_block(block)
    gen.push_fblock(WITH, block, final, node)
    if item.optional_vars is not None:
        gen.visit_expr(item.optional_vars)
    else:
        gen.emit(_I.POP_TOP)
    pos += 1
    if pos == len(node.items):
        gen.visit_stmts(node.body)
    else:
        with_(gen, node, pos)
    gen.unset_loc()
    gen.emit(_I.POP_BLOCK)
    gen.pop_fblock(WITH, block)
    # Success: call __exit__(None, None, None).
    gen.set_loc(node)
    gen.call_exit_with_nones()
    gen.emit(_I.POP_TOP)
    gen.emit_jump(_I.JUMP, exit_)
    # An exception: call __exit__ with it.
    gen.use_next_block(final)
    gen.emit_jump(_I.SETUP_CLEANUP, cleanup)
    gen.emit(_I.PUSH_EXC_INFO)
    gen.emit(_I.WITH_EXCEPT_START)
    with_except_finish(gen, cleanup)
    gen.use_next_block(exit_)


def async_with(gen, node, pos):
    item = node.items[pos]
    if gen.is_top_level_await():
        gen.u.scope.coroutine = True
    elif gen.u.scope_type != SCOPE_ASYNC_FUNCTION:
        raise gen.error("'async with' outside async function")
    block = gen.new_block()
    final = gen.new_block()
    exit_ = gen.new_block()
    cleanup = gen.new_block()
    gen.visit_expr(item.context_expr)
    gen.emit(_I.BEFORE_ASYNC_WITH)
    gen.emit(_I.GET_AWAITABLE, 1)
    gen.load_const(None)
    gen.add_yield_from(True)
    gen.emit_jump(_I.SETUP_WITH, final)
    gen.use_next_block(block)
    gen.push_fblock(ASYNC_WITH, block, final, node)
    if item.optional_vars is not None:
        gen.visit_expr(item.optional_vars)
    else:
        gen.emit(_I.POP_TOP)
    pos += 1
    if pos == len(node.items):
        gen.visit_stmts(node.body)
    else:
        async_with(gen, node, pos)
    gen.pop_fblock(ASYNC_WITH, block)
    gen.emit(_I.POP_BLOCK)
    gen.set_loc(node)
    gen.call_exit_with_nones()
    gen.emit(_I.GET_AWAITABLE, 2)
    gen.load_const(None)
    gen.add_yield_from(True)
    gen.emit(_I.POP_TOP)
    gen.emit_jump(_I.JUMP, exit_)
    gen.use_next_block(final)
    gen.emit_jump(_I.SETUP_CLEANUP, cleanup)
    gen.emit(_I.PUSH_EXC_INFO)
    gen.emit(_I.WITH_EXCEPT_START)
    gen.emit(_I.GET_AWAITABLE, 2)
    gen.load_const(None)
    gen.add_yield_from(True)
    with_except_finish(gen, cleanup)
    gen.use_next_block(exit_)
