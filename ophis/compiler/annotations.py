"""Code generation for annotated assignments (``x: int = 1``).

In a module or class body, the annotation of a simple name is stored in
``__annotations__`` (created by SETUP_ANNOTATIONS at the start of the
body); in a function it is not evaluated.  A complex target's annotation
and the target's own sub-expressions are evaluated (and discarded) in
modules and classes.  Under ``from __future__ import annotations`` the
annotation is stored as a string and never evaluated.
"""

import _ast

from ophis.bytecode import instructions as _I
from ophis.compiler.symtable import mangle
from ophis.compiler.unit import SCOPE_MODULE, SCOPE_CLASS

_Store = _ast.Store


def _evaluate_annotation(gen, annotation):
    if gen.future_annotations:
        from ophis.compiler.unparse import unparse_annotation
        gen.load_const(unparse_annotation(annotation))
    else:
        gen.visit_expr(annotation)


def _check_ann_expr(gen, node):
    gen.visit_expr(node)
    gen.emit(_I.POP_TOP)


def _check_ann_subscr(gen, node):
    kind = node.__class__
    if kind is _ast.Slice:
        for part in (node.lower, node.upper, node.step):
            if part is not None:
                _check_ann_expr(gen, part)
    elif kind is _ast.Tuple:
        for elt in node.elts:
            _check_ann_subscr(gen, elt)
    else:
        _check_ann_expr(gen, node)


def compile_annassign(gen, node):
    target = node.target
    u = gen.u
    # The assignment comes first.
    if node.value is not None:
        gen.visit_expr(node.value)
        gen.visit_expr(target)
    kind = target.__class__
    if kind is _ast.Name:
        if target.id == '__debug__':
            raise gen.error('cannot assign to __debug__')
        if node.simple and u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
            _evaluate_annotation(gen, node.annotation)
            gen.emit_name(_I.LOAD_NAME, '__annotations__')
            gen.load_const(mangle(u.private, target.id))
            gen.emit(_I.STORE_SUBSCR)
    elif kind is _ast.Attribute:
        if target.attr == '__debug__':
            raise gen.error('cannot assign to __debug__')
        if node.value is None:
            _check_ann_expr(gen, target.value)
    elif kind is _ast.Subscript:
        if node.value is None:
            _check_ann_expr(gen, target.value)
            _check_ann_subscr(gen, target.slice)
    else:
        raise SystemError(f'invalid node type ({kind.__name__}) for '
                          'annotated assignment')
    # The annotation of a complex target is evaluated last.
    if not node.simple and not gen.future_annotations and \
            u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
        _check_ann_expr(gen, node.annotation)
