"""``from __future__ import ...`` statements (CPython's Python/future.c).

Only the statements at the start of a module (after its docstring) count;
they set compiler flags for the whole compilation.  A future import later
in the module is an error, raised by the code generator (it knows the
line of the last valid one).
"""

import _ast

from ophis.compiler.errors import future_error

CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_ANNOTATIONS = 0x1000000

# Features that are always on: accepted, nothing to do.
_ALWAYS = frozenset((
    'nested_scopes', 'generators', 'division', 'absolute_import',
    'with_statement', 'print_function', 'unicode_literals',
    'generator_stop'))


def _check_features(stmt, filename):
    features = 0
    for alias in stmt.names:
        name = alias.name
        if name in _ALWAYS:
            continue
        if name == 'barry_as_FLUFL':
            features |= CO_FUTURE_BARRY_AS_BDFL
        elif name == 'annotations':
            features |= CO_FUTURE_ANNOTATIONS
        elif name == 'braces':
            raise future_error('not a chance', filename, stmt.lineno,
                               stmt.col_offset + 1)
        else:
            raise future_error(f'future feature {name} is not defined',
                               filename, stmt.lineno, stmt.col_offset + 1)
    return features


def parse_future(mod, filename):
    """(features, lineno of the last future statement, or -1)."""
    features = 0
    lineno = -1
    kind = mod.__class__
    if kind is not _ast.Module and kind is not _ast.Interactive:
        return features, lineno
    body = mod.body
    if not body:
        return features, lineno
    start = 0
    first = body[0]
    if first.__class__ is _ast.Expr and \
            first.value.__class__ is _ast.Constant and \
            isinstance(first.value.value, str):
        start = 1
    done = False
    prev_line = 0
    for stmt in body[start:]:
        if done and stmt.lineno > prev_line:
            break
        prev_line = stmt.lineno
        if stmt.__class__ is _ast.ImportFrom and \
                stmt.module == '__future__':
            if done:
                raise future_error('from __future__ imports must occur at '
                                   'the beginning of the file', filename,
                                   stmt.lineno, stmt.col_offset)
            features |= _check_features(stmt, filename)
            lineno = stmt.lineno
        else:
            done = True
    return features, lineno
