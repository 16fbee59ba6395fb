"""Handlers: the value stack, constants, fast locals, cells and free
variables."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL, CellType, CO_FAST_FREE

_type = type

UNBOUNDLOCAL_ERROR_MSG = ("cannot access local variable '%s' where it is "
                          "not associated with a value")
UNBOUNDFREE_ERROR_MSG = ("cannot access free variable '%s' where it is not "
                         "associated with a value in enclosing scope")


def unbound_error(code, index):
    """The error for an empty local or cell (CPython's format_exc_unbound):
    UnboundLocalError for a local or cell, NameError for a free variable."""
    name = code.co_localsplusnames[index]
    if code.co_localspluskinds[index] & CO_FAST_FREE:
        exc = NameError(UNBOUNDFREE_ERROR_MSG % name)
        exc.name = name
        return exc
    return UnboundLocalError(UNBOUNDLOCAL_ERROR_MSG % name)


def NOP(f, stack, arg):
    pass


def POP_TOP(f, stack, arg):
    del stack[-1]


def PUSH_NULL(f, stack, arg):
    stack.append(NULL)


def COPY(f, stack, arg):
    stack.append(stack[-arg])


def SWAP(f, stack, arg):
    stack[-1], stack[-arg] = stack[-arg], stack[-1]


def LOAD_CONST(f, stack, arg):
    # arg is the constant itself (decoded once per code object).
    stack.append(arg)


def EXTENDED_ARG(f, stack, arg):
    # Decoding folded the prefix into the instruction it prefixes; arg is
    # that instruction's index, reached when a jump lands on the prefix.
    return arg


def LOAD_FAST(f, stack, arg):
    stack.append(f.localsplus[arg])


def LOAD_FAST_CHECK(f, stack, arg):
    value = f.localsplus[arg]
    if value is NULL:
        raise unbound_error(f.code, arg)
    stack.append(value)


def STORE_FAST(f, stack, arg):
    f.localsplus[arg] = stack.pop()


def DELETE_FAST(f, stack, arg):
    localsplus = f.localsplus
    if localsplus[arg] is NULL:
        raise unbound_error(f.code, arg)
    localsplus[arg] = NULL


def MAKE_CELL(f, stack, arg):
    localsplus = f.localsplus
    value = localsplus[arg]
    localsplus[arg] = CellType() if value is NULL else CellType(value)


def LOAD_CLOSURE(f, stack, arg):
    stack.append(f.localsplus[arg])


def LOAD_DEREF(f, stack, arg):
    try:
        stack.append(f.localsplus[arg].cell_contents)
        return
    except ValueError:
        pass
    # Raised outside the except clause: the host must not chain the
    # ValueError as the new exception's context.
    raise unbound_error(f.code, arg)


def LOAD_CLASSDEREF(f, stack, arg):
    name = f.code.co_localsplusnames[arg]
    mapping = f.locals
    if _type(mapping) is dict:
        value = mapping.get(name, NULL)
    else:
        try:
            value = mapping[name]
        except KeyError:
            value = NULL
    if value is NULL:
        try:
            value = f.localsplus[arg].cell_contents
        except ValueError:
            pass
        if value is NULL:
            raise unbound_error(f.code, arg)
    stack.append(value)


def STORE_DEREF(f, stack, arg):
    f.localsplus[arg].cell_contents = stack.pop()


def DELETE_DEREF(f, stack, arg):
    cell = f.localsplus[arg]
    try:
        del cell.cell_contents
        return
    except ValueError:
        pass
    raise unbound_error(f.code, arg)


def COPY_FREE_VARS(f, stack, arg):
    localsplus = f.localsplus
    localsplus[len(localsplus) - arg:] = f.func.__closure__
