"""Comparing two ASTs node by node, positions included: what
``ast.dump(tree, include_attributes=True)`` compares, several times faster,
and telling where the trees part."""
import ast

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def first_difference(expected, actual):
    """None if the trees are equal, else a description of the first place
    where they differ."""
    stack = [(expected, actual, 'tree')]
    while stack:
        e, a, path = stack.pop()
        if type(e) is not type(a):
            return f'{path}: {type(e).__name__} != {type(a).__name__}'
        if isinstance(e, ast.AST):
            for name in e._attributes:
                if getattr(e, name, None) != getattr(a, name, None):
                    return (f'{path}.{name}: {getattr(e, name, None)!r} != '
                            f'{getattr(a, name, None)!r} ({ast.dump(e)[:80]})')
            for name in e._fields:
                if not hasattr(a, name):
                    return f'{path}.{name}: missing'
                stack.append((getattr(e, name, None), getattr(a, name), f'{path}.{name}'))
        elif isinstance(e, list):
            if len(e) != len(a):
                return f'{path}: {len(e)} items != {len(a)}'
            for i in range(len(e) - 1, -1, -1):
                stack.append((e[i], a[i], f'{path}[{i}]'))
        elif e != a or (e is not a and isinstance(e, float) and repr(e) != repr(a)):
            if not (e != e and a != a):  # two NaNs are the same constant
                return f'{path}: {e!r} != {a!r}'
    return None


def error_fields(exc):
    return (type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
            exc.end_offset, exc.text)
