"""Code generation for function definitions and lambdas: defaults,
keyword-only defaults, the annotations tuple, the closure, decorators."""

import _ast

from ophis.bytecode import instructions as _I
from ophis.compiler.codegen import get_docstring, loc_of
from ophis.compiler.symtable import CELL, mangle
from ophis.compiler.unit import (
    SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA)

_Store = _ast.Store


def check_debug_args(gen, args):
    """``__debug__`` cannot be a parameter name."""
    for group in (args.posonlyargs, args.args, args.kwonlyargs):
        for arg in group:
            if arg.arg == '__debug__':
                raise gen.error('cannot assign to __debug__')
    for arg in (args.vararg, args.kwarg):
        if arg is not None and arg.arg == '__debug__':
            raise gen.error('cannot assign to __debug__')


def default_arguments(gen, args):
    """Push the defaults tuple and the keyword-only defaults dict; return
    MAKE_FUNCTION's flags for them."""
    flags = 0
    if args.defaults:
        gen.visit_exprs(args.defaults)
        gen.emit(_I.BUILD_TUPLE, len(args.defaults))
        flags |= _I.MF_DEFAULTS
    keys = []
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        if default is not None:
            keys.append(mangle(gen.u.private, arg.arg))
            gen.visit_expr(default)
    if keys:
        gen.load_const(tuple(keys))
        gen.emit(_I.BUILD_CONST_KEY_MAP, len(keys))
        flags |= _I.MF_KWDEFAULTS
    return flags


def _argannotation(gen, name, annotation):
    if annotation is None:
        return 0
    gen.load_const(mangle(gen.u.private, name))
    if gen.future_annotations:
        from ophis.compiler.unparse import unparse_annotation
        gen.load_const(unparse_annotation(annotation))
    elif annotation.__class__ is _ast.Starred:
        # *args: *Ts — the annotation is the one item of *Ts.
        gen.visit_expr(annotation.value)
        gen.emit(_I.UNPACK_SEQUENCE, 1)
    else:
        gen.visit_expr(annotation)
    return 2


def visit_annotations(gen, args, returns):
    """Push the (name, value, ...) annotations tuple; return whether one
    was pushed.  As CPython, the positional parameters come before the
    positional-only ones."""
    count = 0
    for arg in args.args:
        count += _argannotation(gen, arg.arg, arg.annotation)
    for arg in args.posonlyargs:
        count += _argannotation(gen, arg.arg, arg.annotation)
    if args.vararg is not None:
        count += _argannotation(gen, args.vararg.arg,
                                args.vararg.annotation)
    for arg in args.kwonlyargs:
        count += _argannotation(gen, arg.arg, arg.annotation)
    if args.kwarg is not None:
        count += _argannotation(gen, args.kwarg.arg, args.kwarg.annotation)
    count += _argannotation(gen, 'return', returns)
    if count:
        gen.emit(_I.BUILD_TUPLE, count)
        return True
    return False


def make_closure(gen, code, flags, qualname):
    """Push a function made from code, with the cells it closes over."""
    freevars = code.co_freevars
    if freevars:
        u = gen.u
        for name in freevars:
            # A name both free in a method and bound in the class is
            # taken from the class's cell.
            if u.scope_type == SCOPE_CLASS and name == '__class__':
                kind = CELL
            else:
                kind = u.scope.scope_of(name)
                if kind == 0:
                    raise SystemError(f'unknown scope for {name!r} in '
                                      f'{u.name}')
            if kind == CELL:
                arg = u.cellvars.get(name)
            else:
                arg = u.freevars.get(name)
            if arg is None:
                raise SystemError(
                    f'compiler_lookup_arg(name={name!r}) with reftype={kind}'
                    f' failed in {u.name}; freevars of code '
                    f'{code.co_name}: {freevars!r}')
            gen.emit(_I.LOAD_CLOSURE, arg)
        flags |= _I.MF_CLOSURE
        gen.emit(_I.BUILD_TUPLE, len(freevars))
    gen.load_const(code)
    gen.emit(_I.MAKE_FUNCTION, flags)


def compile_function(gen, node, is_async):
    args = node.args
    decorators = node.decorator_list
    scope_type = SCOPE_ASYNC_FUNCTION if is_async else SCOPE_FUNCTION
    check_debug_args(gen, args)
    gen.visit_exprs(decorators)
    firstlineno = node.lineno
    if decorators:
        firstlineno = decorators[0].lineno
    flags = default_arguments(gen, args)
    if visit_annotations(gen, args, node.returns):
        flags |= _I.MF_ANNOTATIONS
    gen.enter_scope(node.name, scope_type, node, firstlineno)
    u = gen.u
    body = node.body
    docstring = get_docstring(body) if gen.optimize < 2 else None
    u.consts.add(docstring)
    u.argcount = len(args.args)
    u.posonlyargcount = len(args.posonlyargs)
    u.kwonlyargcount = len(args.kwonlyargs)
    start = 1 if docstring is not None else 0
    visit = gen.visit_stmt
    for i in range(start, len(body)):
        visit(body[i])
    code = gen.make_code(True)
    qualname = u.qualname
    gen.exit_scope()
    make_closure(gen, code, flags, qualname)
    for deco in reversed(decorators):
        gen.u.loc = loc_of(deco)
        gen.emit(_I.CALL, 0)
    gen.set_loc(node)
    gen.nameop(node.name, _Store)


def compile_lambda(gen, node):
    args = node.args
    check_debug_args(gen, args)
    flags = default_arguments(gen, args)
    gen.enter_scope('<lambda>', SCOPE_LAMBDA, node, node.lineno)
    u = gen.u
    # None first, so a lambda never has a docstring.
    u.consts.add(None)
    u.argcount = len(args.args)
    u.posonlyargcount = len(args.posonlyargs)
    u.kwonlyargcount = len(args.kwonlyargs)
    gen.visit_expr(node.body)
    if u.scope.generator:
        code = gen.make_code(False)
    else:
        gen.emit(_I.RETURN_VALUE)
        code = gen.make_code(True)
    qualname = u.qualname
    gen.exit_scope()
    make_closure(gen, code, flags, qualname)
