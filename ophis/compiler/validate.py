"""Checks on trees that compile() receives from user code, as CPython's
PyAST_obj2mod (the node types, required fields and attributes) does
before compiling them."""

import _ast

_MODE_NODES = {'exec': _ast.Module, 'eval': _ast.Expression,
               'single': _ast.Interactive, 'func_type': _ast.FunctionType}

# Abstract node kinds whose subclasses carry a position.
_POSITIONED = (
    (_ast.stmt, 'stmt'), (_ast.expr, 'expr'),
    (_ast.excepthandler, 'excepthandler'), (_ast.arg, 'arg'),
    (_ast.keyword, 'keyword'), (_ast.alias, 'alias'),
    (_ast.pattern, 'pattern'),
)


def check_tree(tree, mode):
    required = _MODE_NODES[mode]
    if not isinstance(tree, required):
        raise TypeError(f'expected {required.__name__} node, got '
                        f'{type(tree).__name__}')
    _check_node(tree)


def _kind_name(node):
    for base, name in _POSITIONED:
        if isinstance(node, base):
            return name
    return None


def _check_node(node):
    stack = [node]
    while stack:
        node = stack.pop()
        kind = _kind_name(node)
        if kind is not None:
            for attr in ('lineno', 'col_offset'):
                if getattr(node, attr, None) is None:
                    raise TypeError(f'required field "{attr}" missing from '
                                    f'{kind}')
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                continue
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, _ast.AST):
                        stack.append(item)
            elif isinstance(value, _ast.AST):
                stack.append(value)
